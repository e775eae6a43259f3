/**
 * Training room: a master worker at the blackboard (a chalk diagram of a
 * wheel, a weld joint or a crank, and lines of handwriting), sunlight through
 * tall windows, and the backs of the trainees in the foreground.
 */
import { Doc, f, mix, rect, circle, line, path, figure, headOf, handOf, type Rng, type Figure } from '../svg.ts';
import { finish, focusAt, type SceneContext, type SceneResult } from './common.ts';

export function lecture(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  if (/论坛|会场|舞台|情景剧|演出|话筒|文化宫|大屏幕/.test(ctx.text)) return hall(d, r, ctx);
  const { W, H } = d;
  const winLeft = r.chance(0.5);
  const floorY = H * 0.72;

  // room: warm wall, wainscot, floor
  d.fill(d.lin([[0, '#cdbd9f'], [0.7, '#b9a684'], [1, '#8a7a5f']]));
  d.add(rect(0, floorY - H * 0.12, W, H * 0.12, `fill="#7d8f7a" opacity="0.55"`));
  d.add(rect(0, floorY, W, H - floorY, `fill="${d.lin([[0, '#7a5f43'], [1, '#3e2f22']])}"`));
  // windows on one side, with sun shafts across the room
  const wx = winLeft ? W * 0.03 : W * 0.83;
  for (let k = 0; k < 2; k++) {
    const x = wx + k * W * 0.07;
    d.add(rect(x, H * 0.12, W * 0.055, H * 0.46, `fill="${d.lin([[0, '#fff8e6'], [1, '#f2deb5']])}"`));
    d.add(line([[x, H * 0.35], [x + W * 0.055, H * 0.35]], `stroke="#8a7a5f" stroke-width="4"`), line([[x + W * 0.0275, H * 0.12], [x + W * 0.0275, H * 0.58]], `stroke="#8a7a5f" stroke-width="3"`));
    const dir = winLeft ? 1 : -1;
    d.add(path(`M${f(x)},${f(H * 0.12)} L${f(x + W * 0.055)},${f(H * 0.12)} L${f(x + W * 0.055 + dir * W * 0.35)},${f(H)} L${f(x + dir * W * 0.3)},${f(H)} Z`, `fill="${d.lin([[0, '#fff4d6', 0.28], [1, '#fff4d6', 0.02]])}"`));
  }
  // blackboard
  const bx = winLeft ? W * 0.24 : W * 0.08;
  const bw = W * 0.62;
  const by = H * 0.12;
  const bh = H * 0.38;
  d.add(rect(bx - 10, by - 10, bw + 20, bh + 20, `fill="#5c4330"`), rect(bx, by, bw, bh, `fill="${d.lin([[0, '#35503f'], [1, '#263a2e']])}"`));
  d.add(rect(bx - 14, by + bh + 8, bw + 28, 8, `fill="#4a3526"`));
  // chalk: a diagram matching the trade, then lines of writing
  const chalk = `stroke="#eeeadc" fill="none" stroke-linecap="round"`;
  const gx = bx + bw * 0.25;
  const gy = by + bh * 0.5;
  if (/列检|轮对|铁路|车辆/.test(ctx.text)) {
    d.add(circle(gx, gy, bh * 0.3, `${chalk} stroke-width="3" opacity="0.8"`), circle(gx, gy, bh * 0.22, `${chalk} stroke-width="2" opacity="0.6"`), circle(gx, gy, bh * 0.06, `${chalk} stroke-width="2" opacity="0.7"`));
    d.add(line([[gx - bh * 0.42, gy + bh * 0.3], [gx + bh * 0.42, gy + bh * 0.3]], `${chalk} stroke-width="3" opacity="0.7"`));
  } else if (/焊/.test(ctx.text)) {
    d.add(path(`M${f(gx - bh * 0.4)},${f(gy)} L${f(gx - bh * 0.05)},${f(gy)} L${f(gx)},${f(gy + bh * 0.2)} L${f(gx + bh * 0.05)},${f(gy)} L${f(gx + bh * 0.4)},${f(gy)}`, `${chalk} stroke-width="3" opacity="0.8"`));
    d.add(path(`M${f(gx - bh * 0.08)},${f(gy - bh * 0.05)} Q${f(gx)},${f(gy - bh * 0.15)} ${f(gx + bh * 0.08)},${f(gy - bh * 0.05)}`, `${chalk} stroke-width="2" opacity="0.7"`));
  } else {
    d.add(circle(gx - bh * 0.2, gy, bh * 0.16, `${chalk} stroke-width="3" opacity="0.8"`), line([[gx - bh * 0.2, gy], [gx + bh * 0.3, gy - bh * 0.2]], `${chalk} stroke-width="3" opacity="0.8"`), circle(gx + bh * 0.3, gy - bh * 0.2, 6, `${chalk} stroke-width="2"`));
  }
  // handwriting: clusters of short strokes, like lines of characters
  const strokes: string[] = [];
  for (let row = 0; row < 5; row++) {
    const y = by + bh * 0.18 + row * bh * 0.15;
    let x = bx + bw * 0.5;
    const end = bx + bw * (0.82 + r.range(0, 0.12));
    while (x < end) {
      for (let k = 0; k < r.int(2, 4); k++) {
        const x0 = x + r.range(0, 12);
        const y0 = y + r.range(-8, 8);
        strokes.push(`M${f(x0)},${f(y0)} l${f(r.range(-6, 10))},${f(r.range(-4, 10))}`);
      }
      x += r.range(16, 22);
    }
  }
  d.add(`<path d="${strokes.join(' ')}" ${chalk} stroke-width="2" opacity="0.72"/>`);

  // the master at the board, pointing
  const face: 1 | -1 = winLeft ? 1 : -1;
  const fig: Figure = {
    x: winLeft ? bx + bw * 0.03 - 20 : bx + bw + 40,
    y: floorY + H * 0.06,
    h: H * 0.5,
    pose: 'point',
    face,
    style: { suit: '#2f4a6b', legs: '#262a33', skin: '#b9896a', hair: '#3a3532', stripe: undefined, boots: '#1c1a18', tint: '#fff0cc', tintAmount: 0.04 },
    rim: { color: '#fff1cc', side: (winLeft ? -1 : 1) as 1 | -1 },
  };
  d.add(figure(fig));
  const hand = handOf(fig);
  d.add(line([hand, [hand[0] + (fig.face ?? 1) * 60, hand[1] - 30]], `stroke="#8a6a48" stroke-width="3" stroke-linecap="round"`));

  // desk at the front
  d.add(rect(winLeft ? bx + bw * 0.2 : bx + bw * 0.55, floorY - H * 0.05, W * 0.22, H * 0.13, `fill="#6b4b31"`));

  audience(d, r, H);

  finish(d, { vignette: 0.5, grade: '#ffb860', gradeOpacity: 0.05 });
  const head = headOf(fig);
  return focusAt(d, (head[0] + gx) / 2, head[1]);
}

/** Backs of heads and shoulders in two rows across the bottom of the frame. */
function audience(d: Doc, r: Rng, H: number, dim = 0): void {
  const W = d.W;
  const rows = [
    { y: H * 0.84, s: 0.75, n: 6, c: '#3b3d46' },
    { y: H * 0.96, s: 1, n: 4, c: '#2a2b32' },
  ];
  for (const row of rows) {
    d.add(rect(0, row.y - 20 * row.s, W, 18 * row.s, `fill="#5a4030"`));
    for (let i = 0; i < row.n; i++) {
      const x = (W / row.n) * (i + 0.5) + r.range(-20, 20);
      const s = row.s * r.range(0.92, 1.08);
      const jacket = r.pick(['#2f4a6b', '#3c3f48', '#e06528', '#41596a', '#2f4f7a']);
      const tone = mix(jacket, '#000000', row.s > 0.9 ? 0.4 : 0.25);
      d.add(path(`M${f(x - 70 * s)},${f(row.y + 40 * s)} Q${f(x - 68 * s)},${f(row.y - 70 * s)} ${f(x)},${f(row.y - 72 * s)} Q${f(x + 68 * s)},${f(row.y - 70 * s)} ${f(x + 70 * s)},${f(row.y + 40 * s)} Z`, `fill="${tone}"`));
      d.add(circle(x, row.y - 110 * s, 34 * s, `fill="${mix('#1d1a18', '#3a302a', r.next())}"`));
      if (r.chance(0.25)) d.add(path(`M${f(x - 38 * s)},${f(row.y - 110 * s)} A${f(38 * s)},${f(40 * s)} 0 0 1 ${f(x + 38 * s)},${f(row.y - 110 * s)} Z`, `fill="${mix('#f2c230', '#000000', 0.3)}"`));
    }
  }
  if (dim > 0) d.add(rect(0, H * 0.7, W, H * 0.3, `fill="#000000" opacity="${f(dim)}"`));
}

/** A hall with a stage: a speaker at a screen, a panel in a row of chairs, or a play under warm spotlights. */
function hall(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const play = /情景剧|演出|表演/.test(ctx.text);
  const panel = /坐成一排|对话|轮流/.test(ctx.text);
  const stageY = H * 0.66;
  d.fill(d.lin([[0, '#0c0d16'], [0.6, '#1a1c2c'], [1, '#0a0a10']]));
  // the big screen or a painted backdrop
  const sx = W * 0.2;
  const sw = W * 0.6;
  if (!play) {
    d.add(rect(sx, H * 0.08, sw, H * 0.34, `fill="${d.lin([[0, '#1f5fbf'], [1, '#0d2f6a']])}"`));
    d.glow(W / 2, H * 0.25, W * 0.55, '#3f8fff', 0.35);
    d.add(rect(sx + sw * 0.12, H * 0.16, sw * 0.76, H * 0.05, `rx="4" fill="#ffffff" opacity="0.85"`), rect(sx + sw * 0.25, H * 0.25, sw * 0.5, H * 0.025, `rx="3" fill="#ffffff" opacity="0.6"`));
    for (let k = 0; k < 14; k++) d.add(circle(sx + r.range(0, sw), H * r.range(0.1, 0.4), r.range(2, 5), `fill="#ffffff" opacity="0.3"`));
  } else {
    d.add(rect(sx - W * 0.1, H * 0.06, sw + W * 0.2, H * 0.5, `fill="${d.lin([[0, '#3a2a4a'], [1, '#6a3a3a']])}"`));
    d.add(rect(0, 0, W * 0.12, stageY, `fill="#6a1a1e"`), rect(W * 0.88, 0, W * 0.12, stageY, `fill="#6a1a1e"`));
  }
  // stage lights
  for (let x = W * 0.15; x < W; x += W * 0.175) d.glow(x, H * 0.02, 40, '#fff0cc', 0.9);
  // stage
  d.add(rect(0, stageY, W, H * 0.05, `fill="${d.lin([[0, '#6a4a32'], [1, '#3a2818']])}"`), rect(0, stageY + H * 0.05, W, H - stageY, `fill="#0e0d12"`));
  const skins = ['#b07f62', '#c39274', '#a2715a'];
  const people: Figure[] = [];
  if (panel) {
    for (let i = 0; i < 4; i++) {
      const x = W * (0.26 + i * 0.16);
      d.add(rect(x - 28, stageY - H * 0.13, 56, 8, `fill="#2a2420"`), line([[x - 20, stageY - H * 0.12], [x - 20, stageY]], `stroke="#2a2420" stroke-width="4"`));
      people.push({ x: x + 8, y: stageY, h: H * 0.34, pose: 'sit', face: (i < 2 ? 1 : -1) as 1 | -1, style: { suit: r.pick(['#2a2c34', '#2f4a6b', '#3c3f48']), legs: '#1e2028', skin: r.pick(skins), hair: r.pick(['#1c1714', '#4a4540']) } });
    }
  } else if (play) {
    for (let i = 0; i < 4; i++) {
      const x = W * (0.3 + i * 0.14) + r.range(-20, 20);
      people.push({ x, y: stageY + 4, h: H * r.range(0.36, 0.42), pose: r.pick(['stand', 'point', 'carry'] as const), face: (x < W / 2 ? 1 : -1) as 1 | -1, style: { suit: r.pick(['#2f4a6b', '#e06528', '#41596a', '#3f6a4a']), skin: r.pick(skins), helmet: r.chance(0.5) ? '#f2c230' : undefined, hair: '#1c1714' } });
    }
    d.glow(W / 2, stageY - H * 0.1, W * 0.35, '#ffc47a', 0.55, H * 0.3);
  } else {
    const x = W * r.pick([0.32, 0.68]);
    people.push({ x, y: stageY + 4, h: H * 0.44, pose: 'carry', face: (x < W / 2 ? 1 : -1) as 1 | -1, style: { suit: '#2a2c34', legs: '#1e2028', skin: r.pick(skins), hair: '#1c1714' } });
    d.add(rect(x + (x < W / 2 ? 50 : -130), stageY - H * 0.16, 80, H * 0.16, `fill="#5a3a24"`));
  }
  for (const p of people) d.add(figure({ ...p, rim: { color: '#ffe8c0', side: 1 } }));
  // a microphone for whoever speaks
  const speaker = people[0]!;
  const hnd = handOf(speaker);
  d.add(line([hnd, [hnd[0] + (speaker.face ?? 1) * 12, hnd[1] - 26]], `stroke="#111" stroke-width="5" stroke-linecap="round"`));
  d.glow(W / 2, stageY, W * 0.5, '#ffe0b0', 0.2, H * 0.1);
  audience(d, r, H, 0.35);
  finish(d, { vignette: 0.55, grade: '#2a2a6a', gradeOpacity: 0.05 });
  const head = headOf(speaker);
  return focusAt(d, play || panel ? W / 2 : head[0], head[1]);
}
