/**
 * Rooms where work is talked over, recorded or rested from: a reading room,
 * a rest station, a clinic corner, a control room, a lab, a shift room, a
 * dormitory at night. One painter, furnished from the words: bookshelves,
 * screens, appliances, glassware, a wall alarm, a desk lamp; a window with the
 * site (or the night) outside; people standing, sitting, reading.
 */
import { Doc, f, mix, rect, circle, line, path, poly, ellipse, figure, headOf, type Rng, type Figure, type FigureStyle } from '../svg.ts';
import { finish, focusAt, type SceneContext, type SceneResult } from './common.ts';

type Mode = 'books' | 'screens' | 'rest' | 'clinic' | 'lab' | 'shift' | 'night' | 'office';

function modeFor(text: string): Mode {
  if (/宿舍|台灯|夜里|深夜/.test(text)) return 'night';
  if (/中控|操作台|流程/.test(text)) return 'screens';
  if (/实验室|烧杯|量筒|溶液|玻璃容器|通风橱|反应设备/.test(text)) return 'lab';
  if (/医务|血压|医护|白大褂/.test(text)) return 'clinic';
  if (/冰箱|微波炉|饮水机|电视/.test(text)) return 'rest';
  if (/报警仪|交接班|走廊/.test(text)) return 'shift';
  if (/书屋|书架|读书|阅读|诗词|报纸|看书/.test(text)) return 'books';
  return 'office';
}

const WALLS: Record<Mode, [string, string]> = {
  books: ['#d9c7a5', '#b8a27c'],
  rest: ['#dcd8cc', '#b9b4a6'],
  clinic: ['#e2e4e0', '#c0c6c4'],
  screens: ['#2a3440', '#1a222c'],
  lab: ['#d8dedf', '#b4bec2'],
  shift: ['#e4e2dc', '#c2bfb6'],
  night: ['#2a2430', '#17141c'],
  office: ['#d6d2c8', '#b4afa2'],
};

export function interior(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const mode = modeFor(ctx.text);
  const site = /工地|脚手架/.test(ctx.text);
  const winLeft = r.chance(0.5);
  const floorY = H * 0.72;
  const [wallTop, wallBottom] = WALLS[mode];
  const dark = mode === 'night' || mode === 'screens';
  const light = mode === 'night' ? '#ffcf87' : mode === 'screens' ? '#cfe6ff' : '#fff4dc';

  // shell
  d.add(rect(0, 0, W, floorY, `fill="${d.lin([[0, wallTop], [1, wallBottom]])}"`));
  d.add(rect(0, floorY, W, H - floorY, `fill="${d.lin([[0, dark ? '#231f26' : '#8a7a66'], [1, dark ? '#0f0d12' : '#4a3f34']])}"`));
  d.add(rect(0, floorY - 6, W, 8, `fill="${mix(wallBottom, '#000000', 0.3)}"`));

  // window with the outside
  const wx = winLeft ? W * 0.04 : W * 0.72;
  const ww = W * 0.24;
  const wy = H * 0.12;
  const wh = H * 0.42;
  if (mode !== 'screens') {
    d.add(rect(wx - 8, wy - 8, ww + 16, wh + 16, `fill="${mix(wallBottom, '#ffffff', 0.3)}"`));
    const outside = mode === 'night' ? [['#0a1024', '#1c2444']] : [['#9cc3e4', '#e9eef0']];
    d.add(rect(wx, wy, ww, wh, `fill="${d.lin([[0, outside[0]![0]!], [1, outside[0]![1]!]])}"`));
    if (site && mode !== 'night') {
      const sc: string[] = [];
      for (let x = wx + 10; x < wx + ww; x += 26) sc.push(line([[x, wy], [x, wy + wh]], ''));
      for (let y = wy + 20; y < wy + wh; y += 34) sc.push(line([[wx, y], [wx + ww, y]], ''));
      d.add(rect(wx, wy + wh * 0.15, ww, wh * 0.85, `fill="#c9c1b3" opacity="0.6"`), `<g stroke="#6a6e72" stroke-width="2.5">${sc.join('')}</g>`);
      d.add(rect(wx + ww * 0.55, wy, ww * 0.45, wh, `fill="#2f7a55" opacity="0.35"`));
    } else if (mode === 'night') {
      const stars: string[] = [];
      for (let i = 0; i < 12; i++) stars.push(rect(wx + r.range(0, ww - 4), wy + wh * r.range(0.55, 0.95), 3, 4, ''));
      d.add(`<g fill="#ffcf87" opacity="0.7">${stars.join('')}</g>`);
    } else {
      d.add(rect(wx, wy + wh * 0.7, ww, wh * 0.3, `fill="${mix('#9cc3e4', '#6a7a6a', 0.5)}" opacity="0.6"`));
    }
    d.add(line([[wx + ww / 2, wy], [wx + ww / 2, wy + wh]], `stroke="${mix(wallBottom, '#ffffff', 0.3)}" stroke-width="6"`));
    if (mode !== 'night') {
      // sunlight falling into the room
      const dir = winLeft ? 1 : -1;
      d.add(path(`M${f(wx)},${f(wy)} L${f(wx + ww)},${f(wy)} L${f(wx + ww + dir * W * 0.3)},${f(H)} L${f(wx + dir * W * 0.22)},${f(H)} Z`, `fill="${d.lin([[0, '#fff4d6', 0.22], [1, '#fff4d6', 0.04]])}"`));
    }
  }
  // the room's furnishings, on the wall away from the window
  const fx0 = winLeft ? W * 0.34 : W * 0.04;
  const fx1 = winLeft ? W * 0.96 : W * 0.66;
  furnish(d, r, mode, fx0, fx1, floorY, W, H, light);

  // ceiling lights
  if (mode !== 'night') for (let x = W * 0.2; x < W; x += W * 0.3) d.glow(x, 0, W * 0.18, light, dark ? 0.35 : 0.25);

  // table or console in the middle ground
  const tableY = floorY + H * 0.09;
  const tx0 = W * 0.18;
  const tx1 = W * 0.82;
  const tableColour = mode === 'screens' ? '#2a3038' : mode === 'lab' ? '#cfd6d8' : '#8a6a4a';
  if (mode !== 'lab') {
    d.add(rect(tx0, tableY, tx1 - tx0, 14, `fill="${mix(tableColour, '#ffffff', 0.15)}"`), rect(tx0 + 10, tableY + 14, 12, H * 0.16, `fill="${mix(tableColour, '#000000', 0.4)}"`), rect(tx1 - 22, tableY + 14, 12, H * 0.16, `fill="${mix(tableColour, '#000000', 0.4)}"`));
  }

  // people
  const skins = ['#b07f62', '#c39274', '#a2715a', '#8f6248'];
  const suits = ['#2f4a6b', '#41596a', '#3f6a4a', '#6b5a44', '#e06528', '#2f4f7a'];
  const style = (suit: string, extra: Partial<FigureStyle> = {}): FigureStyle => ({ suit, legs: '#2a2c34', skin: r.pick(skins), hair: r.pick(['#1c1714', '#2a2420', '#6a6560']), boots: '#1c1a18', ...extra });
  const figs: Figure[] = [];
  const face: 1 | -1 = winLeft ? 1 : -1;
  let main: Figure;
  const mainX = winLeft ? W * r.range(0.32, 0.42) : W * r.range(0.58, 0.68);
  if (mode === 'night') {
    main = { x: W * 0.45, y: tableY + H * 0.2, h: H * 0.5, pose: 'sitread', face: 1, style: style('#5a5048', { tint: '#1a1420', tintAmount: 0.35 }), rim: { color: light, side: 1 } };
    const lamp: [number, number] = [W * 0.66, tableY - H * 0.12];
    d.add(path(`M${f(lamp[0] + 20)},${f(tableY)} L${f(lamp[0] + 20)},${f(lamp[1] + 10)} L${f(lamp[0] - 10)},${f(lamp[1])}`, `fill="none" stroke="#2a2420" stroke-width="5"`));
    d.add(path(`M${f(lamp[0] - 40)},${f(lamp[1] + 14)} L${f(lamp[0] - 20)},${f(lamp[1] - 14)} L${f(lamp[0] + 6)},${f(lamp[1] - 4)} L${f(lamp[0])},${f(lamp[1] + 24)} Z`, `fill="#3a342c"`));
    d.glow(lamp[0] - 14, tableY, W * 0.45, light, 0.7, H * 0.35);
    d.glow(lamp[0] - 18, lamp[1] + 16, 30, '#fff6dc', 1);
    d.add(rect(W * 0.52, tableY - 6, 70, 6, `fill="#f3eddf"`), rect(W * 0.72, tableY - 30, 22, 30, `rx="3" fill="#7a8a7a"`));
  } else if (mode === 'screens') {
    main = { x: mainX, y: tableY + H * 0.2, h: H * 0.52, pose: 'sit', face: (-face) as 1 | -1, style: style('#2f5a8a', { hair: '#1c1714' }), rim: { color: light, side: (-face) as 1 | -1 } };
    figs.push({ x: mainX + face * W * 0.22, y: tableY + H * 0.2, h: H * 0.5, pose: 'sit', face: (-face) as 1 | -1, style: style('#2f5a8a') });
  } else if (mode === 'lab') {
    main = { x: mainX, y: H * 0.94, h: H * 0.6, pose: 'inspect', face: (-face) as 1 | -1, style: style('#e8e4dc', { cap: '#e8e4dc', gloves: '#cfe0e6' }), rim: { color: light, side: (-face) as 1 | -1 } };
  } else if (mode === 'clinic') {
    main = { x: mainX, y: tableY + H * 0.2, h: H * 0.5, pose: 'sit', face, style: style(r.pick(suits)) };
    figs.push({ x: mainX + face * W * 0.2, y: tableY + H * 0.19, h: H * 0.55, pose: 'inspect', face: (-face) as 1 | -1, style: style('#eef0ee', { legs: '#d8dcdc' }) });
    d.add(ellipse(mainX + face * W * 0.12, tableY - 10, 30, 12, `fill="#e8eef0"`));
  } else if (mode === 'books') {
    const reading = /报纸/.test(ctx.text) ? 'sitread' : 'read';
    main = { x: mainX, y: reading === 'read' ? H * 0.95 : tableY + H * 0.2, h: reading === 'read' ? H * 0.62 : H * 0.5, pose: reading, face: (-face) as 1 | -1, style: style(/工装|工人/.test(ctx.text) && reading === 'sitread' ? '#e06528' : '#4a5060'), rim: { color: light, side: (-face) as 1 | -1 } };
    if (/围坐|聆听|职工/.test(ctx.text)) for (let i = 0; i < 3; i++) figs.push({ x: mainX + face * W * (0.2 + i * 0.13), y: tableY + H * 0.2, h: H * 0.48, pose: 'sit', face: (-face) as 1 | -1, style: style(r.pick(suits)) });
  } else {
    // rest station, shift room, office: people at the table
    main = { x: mainX, y: mode === 'shift' ? H * 0.95 : tableY + H * 0.2, h: mode === 'shift' ? H * 0.6 : H * 0.5, pose: mode === 'shift' ? 'inspect' : 'sit', face: (-face) as 1 | -1, style: style(r.pick(suits), mode === 'shift' ? { helmet: /黄/.test(ctx.text) ? '#f2c230' : '#f2f0ea' } : {}) };
    const n = /几名|几个|工人们|工友/.test(ctx.text) ? 2 : mode === 'office' ? 1 : 0;
    for (let i = 0; i < n; i++) figs.push({ x: mainX + face * W * (0.22 + i * 0.16), y: tableY + H * 0.2, h: H * 0.48, pose: 'sit', face: (-face) as 1 | -1, style: style(r.pick(suits)) });
  }
  // chairs for seated people, then people
  for (const fig of [...figs, main]) {
    if (fig.pose === 'sit' || fig.pose === 'sitread') {
      const fc = fig.face ?? 1;
      d.add(rect(fig.x - fc * fig.h * 0.12 - fig.h * 0.1, fig.y - fig.h * 0.28, fig.h * 0.24, fig.h * 0.04, `fill="#3a3430"`), line([[fig.x - fc * fig.h * 0.13, fig.y - fig.h * 0.26], [fig.x - fc * fig.h * 0.13, fig.y]], `stroke="#2a2420" stroke-width="4"`), line([[fig.x - fc * fig.h * 0.2, fig.y - fig.h * 0.28], [fig.x - fc * fig.h * 0.24, fig.y - fig.h * 0.62]], `stroke="#3a3430" stroke-width="${f(fig.h * 0.03)}" stroke-linecap="round"`));
    }
  }
  for (const fig of figs) d.add(figure(fig));
  d.add(figure(main));
  // the thing in their hands
  const head = headOf(main);
  if (main.pose === 'read' || main.pose === 'sitread') {
    const fc = main.face ?? 1;
    const bx = head[0] + fc * main.h * 0.12;
    const by = head[1] + main.h * (main.pose === 'read' ? 0.2 : 0.17);
    d.add(poly([[bx - fc * main.h * 0.06, by - main.h * 0.05], [bx + fc * main.h * 0.05, by - main.h * 0.07], [bx + fc * main.h * 0.06, by + main.h * 0.04], [bx - fc * main.h * 0.05, by + main.h * 0.05]], `fill="#f1ead8" stroke="#8a7a60" stroke-width="1.5"`));
  }
  // a table lamp or cup for life
  if (mode === 'rest' || mode === 'office' || mode === 'books') d.add(rect(W * 0.5, tableY - 22, 16, 22, `rx="3" fill="${r.pick(['#c0392b', '#2f6fd1', '#e8e4dc'])}"`));
  if (mode === 'rest' && /安全帽/.test(ctx.text)) d.add(path(`M${f(W * 0.62)},${f(tableY)} A28,26 0 0 1 ${f(W * 0.62 + 56)},${f(tableY)} Z`, `fill="#f2c230"`));

  finish(d, { vignette: 0.5, grade: dark ? '#10203a' : '#ffcf90', gradeOpacity: 0.05 });
  return focusAt(d, head[0], head[1] + H * 0.08);
}

function furnish(d: Doc, r: Rng, mode: Mode, x0: number, x1: number, floorY: number, W: number, H: number, light: string): void {
  const w = x1 - x0;
  if (mode === 'books' || mode === 'night') {
    const top = mode === 'night' ? H * 0.2 : H * 0.1;
    const sx1 = mode === 'night' ? x0 + w * 0.4 : x1;
    d.add(rect(x0, top, sx1 - x0, floorY - top, `fill="#5c4330"`));
    const books: string[] = [];
    const shelves = 5;
    const sh = (floorY - top) / shelves;
    for (let s = 0; s < shelves; s++) {
      const y = top + s * sh;
      d.add(rect(x0, y + sh - 6, sx1 - x0, 6, `fill="#3e2c1f"`));
      let x = x0 + 6;
      while (x < sx1 - 10) {
        const bw = r.range(6, 14);
        const bh = sh * r.range(0.55, 0.85);
        books.push(rect(x, y + sh - 6 - bh, bw, bh, `fill="${r.pick(['#8a3a2a', '#2f4a6b', '#3f6a4a', '#c9a76a', '#e6dcc8', '#5a4a7a', '#b8732e'])}"`));
        x += bw + (r.chance(0.1) ? r.range(8, 20) : 1);
      }
    }
    d.add(...books);
    if (mode === 'night') d.fill('#000000', 0.25);
  } else if (mode === 'screens') {
    // a video wall of process screens and a curved console
    const rows = 2;
    const cols = 4;
    const gw = (w - 20) / cols;
    const gh = H * 0.16;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const sx = x0 + 10 + j * gw;
        const sy = H * 0.1 + i * (gh + 10);
        d.add(rect(sx, sy, gw - 8, gh, `fill="#0b1826" stroke="#3a4a5a" stroke-width="3"`));
        const pts: Array<[number, number]> = [];
        for (let k = 0; k <= 12; k++) pts.push([sx + 8 + (k / 12) * (gw - 24), sy + gh * 0.3 + r.range(0, gh * 0.5)]);
        d.add(line(pts, `stroke="${r.pick(['#5fd1ff', '#7dff9a', '#ffcf5a'])}" stroke-width="2" opacity="0.85"`));
        for (let k = 0; k < 3; k++) d.add(rect(sx + 8 + k * 26, sy + 8, 20, 6, `fill="#2f6fd1" opacity="0.7"`));
      }
    }
    d.glow((x0 + x1) / 2, H * 0.25, w * 0.6, '#5fb0ff', 0.25);
    // console desk with monitors
    for (let k = 0; k < 4; k++) {
      const mx = W * 0.22 + k * W * 0.15;
      d.add(rect(mx, floorY - H * 0.02, W * 0.11, H * 0.09, `fill="#101a24" stroke="#2a3440" stroke-width="3"`));
      d.add(rect(mx + 6, floorY - H * 0.01, W * 0.11 - 12, H * 0.07, `fill="${d.lin([[0, '#2a6a9a'], [1, '#143a5a']])}" opacity="0.9"`));
    }
  } else if (mode === 'rest') {
    // fridge, counter with microwave, water dispenser, TV on the wall
    const fx = x0 + w * 0.05;
    d.add(rect(fx, floorY - H * 0.4, W * 0.1, H * 0.4, `rx="6" fill="${d.lin([[0, '#f2f2ee'], [1, '#c8c8c2']], 0, 0, 1, 0)}"`), line([[fx + W * 0.085, floorY - H * 0.36], [fx + W * 0.085, floorY - H * 0.28]], `stroke="#8a8a86" stroke-width="4"`));
    const cx = fx + W * 0.13;
    d.add(rect(cx, floorY - H * 0.16, W * 0.18, H * 0.16, `fill="#b9a88a"`), rect(cx + 10, floorY - H * 0.25, W * 0.1, H * 0.08, `rx="4" fill="#3a3c40"`), rect(cx + 16, floorY - H * 0.235, W * 0.06, H * 0.05, `fill="#1a1c20"`));
    const dx = cx + W * 0.22;
    d.add(rect(dx, floorY - H * 0.22, W * 0.05, H * 0.22, `fill="#e8e8e4"`), rect(dx + 6, floorY - H * 0.32, W * 0.05 - 12, H * 0.1, `rx="10" fill="#8fc8ff" opacity="0.8"`));
    const tvx = x0 + w * 0.55;
    d.add(rect(tvx, H * 0.12, W * 0.2, H * 0.13, `fill="#101214" stroke="#2a2c30" stroke-width="4"`), rect(tvx + 6, H * 0.12 + 6, W * 0.2 - 12, H * 0.13 - 12, `fill="${d.lin([[0, '#5a8ac0'], [1, '#2a4a6a']])}"`));
    d.add(rect(x1 - W * 0.1, floorY - H * 0.3, W * 0.09, H * 0.3, `fill="#6a7a8a"`), rect(x1 - W * 0.095, floorY - H * 0.34, W * 0.04, H * 0.035, `fill="#f2c230"`));
  } else if (mode === 'clinic' || mode === 'shift' || mode === 'office') {
    // posters / notice board / alarm
    for (let k = 0; k < 3; k++) {
      const px = x0 + w * (0.08 + k * 0.3);
      d.add(rect(px, H * 0.14, w * 0.2, H * 0.22, `fill="#f6f4ee" stroke="#a8a49a" stroke-width="2"`));
      d.add(rect(px + 10, H * 0.16, w * 0.2 - 20, H * 0.035, `fill="${mode === 'clinic' ? '#3f8a6a' : '#c0392b'}"`));
      for (let j = 0; j < 5; j++) d.add(rect(px + 10, H * 0.22 + j * H * 0.025, (w * 0.2 - 20) * r.range(0.5, 1), 4, `fill="#9a968c"`));
    }
    if (mode === 'shift') {
      const ax = x0 + w * 0.5;
      d.add(rect(ax, H * 0.42, 60, 60, `rx="6" fill="#e8e6e0" stroke="#8a867c" stroke-width="3"`), circle(ax + 30, H * 0.42 + 22, 7, `fill="#3adf6a"`));
      d.glow(ax + 30, H * 0.42 + 22, 26, '#3adf6a', 0.8);
    }
    if (mode === 'office') {
      d.add(rect(x0 + w * 0.3, floorY - H * 0.02, W * 0.16, H * 0.11, `fill="#101418" stroke="#2a2c30" stroke-width="4"`));
      const tiles: string[] = [];
      for (let i = 0; i < 4; i++) for (let j = 0; j < 6; j++) tiles.push(rect(x0 + w * 0.3 + 8 + j * W * 0.024, floorY + 4 + i * H * 0.022, W * 0.02, H * 0.018, `fill="${mix('#c39274', '#5a6a7a', r.next())}"`));
      d.add(...tiles);
    }
  } else if (mode === 'lab') {
    // fume hood with a lit interior and shelves of glassware, a steel reactor
    d.add(rect(x0 + w * 0.05, H * 0.12, w * 0.45, floorY - H * 0.12, `fill="#c8cfd2" stroke="#8a9296" stroke-width="4"`));
    d.add(rect(x0 + w * 0.08, H * 0.2, w * 0.39, H * 0.3, `fill="${d.lin([[0, '#f4fbff'], [1, '#bcd8e4']])}"`));
    d.glow(x0 + w * 0.27, H * 0.35, w * 0.3, '#e8f6ff', 0.4);
    for (let k = 0; k < 4; k++) {
      const gx = x0 + w * (0.12 + k * 0.08);
      const liquid = r.pick(['#f2c230', '#7dc8a0', '#c0392b', '#6aa8e8', '#e8a040']);
      d.add(path(`M${f(gx)},${f(H * 0.42)} L${f(gx)},${f(H * 0.48)} L${f(gx + 26)},${f(H * 0.48)} L${f(gx + 26)},${f(H * 0.42)}`, `fill="none" stroke="#6a7a80" stroke-width="2"`), rect(gx + 1, H * 0.45, 24, H * 0.03, `fill="${liquid}" opacity="0.85"`));
    }
    const rx = x0 + w * 0.62;
    d.add(rect(rx, floorY - H * 0.42, w * 0.22, H * 0.42, `rx="20" fill="${d.lin([[0, '#6d777c'], [0.35, '#d6dcdc'], [0.6, '#9aa5aa'], [1, '#4a5256']], 0, 0, 1, 0)}"`));
    for (let k = 0; k < 3; k++) d.add(circle(rx + w * (0.04 + k * 0.07), floorY - H * 0.3, 12, `fill="#f4f4f0" stroke="#3a3c40" stroke-width="3"`));
    d.add(rect(x0, floorY - H * 0.08, w, 10, `fill="#9aa5aa"`));
  }
  void light;
}
