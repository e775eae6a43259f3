/**
 * Environmental portrait, upright 3:4: head and shoulders of a worker in work
 * clothes (helmet, cap or bare head, colours taken from the alt text where it
 * names them) against an out-of-focus backdrop in the palette of their trade.
 * The face is left unpainted, as in editorial illustration.
 */
import { Doc, f, mix, rect, ellipse, path, line, type Rng } from '../svg.ts';
import { finish, focusAt, type SceneContext, type SceneResult } from './common.ts';
import { backdropFor, type SceneName } from './keywords.ts';

type Backdrop = { top: string; bottom: string; bokeh: string[]; key: string };

const BACKDROPS: Record<SceneName, Backdrop> = {
  railway: { top: '#1b2740', bottom: '#4a5c7c', bokeh: ['#ffb35c', '#9fb4d8'], key: '#ffd2a0' },
  furnace: { top: '#1e100b', bottom: '#4a2414', bokeh: ['#ff9a3c', '#ffcf7a'], key: '#ffb35a' },
  oilfield: { top: '#2c2342', bottom: '#b8677a', bokeh: ['#ffd08a', '#f3a07a'], key: '#ffc89a' },
  welding: { top: '#0b1c24', bottom: '#2a4a58', bokeh: ['#8fc8ff', '#ffc55a'], key: '#cfe8ff' },
  construction: { top: '#6f98c2', bottom: '#d7dfe2', bokeh: ['#ffffff', '#f0b323'], key: '#fff3dc' },
  highway: { top: '#221d40', bottom: '#b9566a', bokeh: ['#ffb27a', '#ff5a4a'], key: '#ffc79a' },
  courier: { top: '#0b1630', bottom: '#2a3b5c', bokeh: ['#ffd7a0', '#7fb0ff'], key: '#ffd7a0' },
  mural: { top: '#2a1a10', bottom: '#a4703f', bokeh: ['#ffe1a8', '#4f8f7c'], key: '#ffe1a8' },
  lecture: { top: '#7d6d52', bottom: '#cdbd9f', bokeh: ['#fff4d6', '#7d8f7a'], key: '#fff1cc' },
  street: { top: '#0a1130', bottom: '#2a2346', bokeh: ['#ff4fa3', '#38d6ff', '#ffb347'], key: '#ffc37a' },
  interior: { top: '#6a5a44', bottom: '#cdbd9f', bokeh: ['#fff4d6', '#8fc8ff'], key: '#fff1cc' },
  workshop: { top: '#2a3238', bottom: '#6a7478', bokeh: ['#f2f8ff', '#ffd27a'], key: '#eef6ff' },
  chemplant: { top: '#6a7a88', bottom: '#c8ccc8', bokeh: ['#ffffff', '#c8d0d4'], key: '#fff4dc' },
  portrait: { top: '#2f3a48', bottom: '#6a7686', bokeh: ['#e8d8c0'], key: '#ffe9cc' },
  fallback: { top: '#2f3a48', bottom: '#6a7686', bokeh: ['#e8d8c0', '#9fb4d8'], key: '#ffe9cc' },
};

const COLOURS: Array<[RegExp, string]> = [
  [/橙色|亮橙/, '#e06528'],
  [/红色|红黑/, '#b3322b'],
  [/灰蓝/, '#4a5a6c'],
  [/深蓝|藏青/, '#243a58'],
  [/蓝色|蓝工装/, '#2f5a8a'],
  [/白大褂|白色工作服|白衣/, '#e8e4dc'],
  [/绿色/, '#3f6a4a'],
  [/灰色|银色/, '#8f887d'],
  [/黄色/, '#e0b020'],
  [/黑色|深色/, '#2a2c34'],
];

const HELMETS: Array<[RegExp, string]> = [
  [/白色?安全帽|白帽/, '#f2f0ea'],
  [/黄色?安全帽/, '#f2c230'],
  [/红色?安全帽/, '#d8432f'],
  [/蓝色?安全帽/, '#2f6fd1'],
  [/橙色?安全帽/, '#ee7a2a'],
];

const TRADE_SUIT: Partial<Record<SceneName, string>> = {
  railway: '#e06528',
  oilfield: '#b3322b',
  furnace: '#8f887d',
  welding: '#41596a',
  construction: '#f06a1f',
  highway: '#2c3e5a',
  courier: '#2d6fd1',
  mural: '#e8e4dc',
  lecture: '#2f4a6b',
  street: '#e8661f',
  chemplant: '#2f4a6b',
  workshop: '#2f4a6b',
};

const HELMET_TRADES = new Set<SceneName>(['railway', 'oilfield', 'furnace', 'construction', 'welding', 'chemplant']);

export function portrait(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const trade = backdropFor(ctx.text);
  const B = BACKDROPS[trade];
  const side: 1 | -1 = r.chance(0.5) ? 1 : -1; // where the key light comes from

  // backdrop: gradient, a pool of light, out-of-focus lights
  d.fill(d.lin([[0, B.top], [1, B.bottom]]));
  d.glow(W / 2 + side * W * 0.25, H * 0.35, W * 0.9, B.key, 0.35);
  for (let i = 0; i < 16; i++) {
    const rad = r.range(30, 110);
    d.glow(r.range(0, W), r.range(0, H * 0.7), rad, r.pick(B.bokeh), r.range(0.15, 0.45));
  }

  // what they wear
  const alt = ctx.text;
  const clothes = alt.replace(/(白|黄|红|蓝|橙)色?(安全帽|头盔)/g, '');
  const named = COLOURS.find(([re]) => re.test(clothes))?.[1];
  const suit = named ?? TRADE_SUIT[trade] ?? r.pick(['#2f4a6b', '#3f6a4a', '#41596a']);
  const helmetNamed = HELMETS.find(([re]) => re.test(alt))?.[1];
  const wantsHelmet = helmetNamed !== undefined || /安全帽|头盔/.test(alt) || (HELMET_TRADES.has(trade) && !/帽/.test(alt) && r.chance(0.7));
  const mask = /面罩/.test(alt);
  const helmet = mask ? undefined : helmetNamed ?? (wantsHelmet ? (trade === 'courier' ? '#f2c230' : r.pick(['#f2f0ea', '#f2c230', '#d8432f'])) : undefined);
  const cap = !helmet && /帽/.test(alt) ? mix(suit, '#000000', 0.2) : undefined;
  const stripes = /反光|工装/.test(alt) || ['railway', 'construction', 'street', 'courier', 'oilfield'].includes(trade);
  const skin = r.pick(['#c39274', '#b07f62', '#a2715a', '#c89c7e']);
  const hair = /白发|银发/.test(alt) ? '#e6e4de' : /花白/.test(alt) ? '#9a968e' : /年轻|女/.test(alt) ? r.pick(['#1c1714', '#2a2420']) : r.pick(['#1c1714', '#2a2420', '#4a4540', '#8a8680']);
  const female = /女/.test(alt);
  const glasses = /眼镜/.test(alt) && !/护目镜|防护眼镜/.test(alt);
  const goggles = /护目镜/.test(alt);

  const cx = W / 2 + r.range(-30, 30);
  const headY = H * 0.37;
  const hrx = 138;
  const hry = 176;
  const lit = (c: string) => mix(c, B.key, 0.18);
  const shade = (c: string) => mix(c, '#000000', 0.42);

  // rim light behind the silhouette
  const shoulders = (dx: number) =>
    `M${f(cx - 430 + dx)},${f(H)} C${f(cx - 425 + dx)},${f(H * 0.72)} ${f(cx - 340 + dx)},${f(H * 0.64)} ${f(cx - 150 + dx)},${f(H * 0.6)} L${f(cx + 150 + dx)},${f(H * 0.6)} C${f(cx + 340 + dx)},${f(H * 0.64)} ${f(cx + 425 + dx)},${f(H * 0.72)} ${f(cx + 430 + dx)},${f(H)} Z`;
  d.add(path(shoulders(side * 7), `fill="${B.key}" opacity="0.7"`));
  d.add(ellipse(cx + side * 6, headY - 4, hrx, hry, `fill="${B.key}" opacity="0.7"`));

  // neck and shoulders
  d.add(rect(cx - 66, headY + 80, 132, H * 0.6 - headY - 60, `fill="${d.lin([[0, shade(skin)], [1, mix(skin, '#000000', 0.3)]])}"`));
  d.add(path(shoulders(0), `fill="${d.lin(side > 0 ? [[0, shade(suit)], [0.55, suit], [1, lit(suit)]] : [[0, lit(suit)], [0.45, suit], [1, shade(suit)]], 0, 0, 1, 0)}"`));
  // collar and placket
  const collar = mix(suit, '#000000', 0.2);
  d.add(path(`M${f(cx - 78)},${f(H * 0.59)} L${f(cx - 180)},${f(H * 0.63)} L${f(cx - 40)},${f(H * 0.73)} Z`, `fill="${collar}"`));
  d.add(path(`M${f(cx + 78)},${f(H * 0.59)} L${f(cx + 180)},${f(H * 0.63)} L${f(cx + 40)},${f(H * 0.73)} Z`, `fill="${mix(collar, B.key, 0.1)}"`));
  d.add(line([[cx, H * 0.68], [cx, H]], `stroke="${shade(suit)}" stroke-width="5"`));
  // pocket flap and badge
  d.add(rect(cx - 240, H * 0.76, 120, 12, `fill="${shade(suit)}" opacity="0.7"`));
  d.add(rect(cx + 120, H * 0.74, 70, 22, `rx="3" fill="#f3f0e8" opacity="0.8"`));
  if (stripes) {
    const band = (y: number) => path(`M${f(cx - 420)},${f(y + 30)} Q${f(cx)},${f(y - 12)} ${f(cx + 420)},${f(y + 30)} L${f(cx + 420)},${f(y + 62)} Q${f(cx)},${f(y + 20)} ${f(cx - 420)},${f(y + 62)} Z`, `fill="${d.lin([[0, '#cfd6d8'], [0.5, '#f4f7f6'], [1, '#aeb6b9']], 0, 0, 1, 0)}" opacity="0.92"`);
    d.add(band(H * 0.84));
  }

  // head, lit from one side, slightly turned
  const tilt = r.range(-4, 4);
  const head: string[] = [];
  if (female) head.push(path(`M${f(cx - hrx * 1.08)},${f(headY - 20)} C${f(cx - hrx * 1.2)},${f(headY + hry * 0.9)} ${f(cx - hrx * 0.5)},${f(headY + hry * 1.05)} ${f(cx)},${f(headY + hry * 0.7)} C${f(cx + hrx * 0.5)},${f(headY + hry * 1.05)} ${f(cx + hrx * 1.2)},${f(headY + hry * 0.9)} ${f(cx + hrx * 1.08)},${f(headY - 20)} Z`, `fill="${hair}"`));
  head.push(ellipse(cx - hrx, headY + 10, 18, 32, `fill="${side > 0 ? shade(skin) : skin}"`), ellipse(cx + hrx, headY + 10, 18, 32, `fill="${side > 0 ? skin : shade(skin)}"`));
  head.push(ellipse(cx, headY, hrx, hry, `fill="${d.lin(side > 0 ? [[0, shade(skin)], [0.5, skin], [1, lit(skin)]] : [[0, lit(skin)], [0.5, skin], [1, shade(skin)]], 0, 0, 1, 0)}"`));
  // a hint of form: the jaw's shadow on the neck
  head.push(ellipse(cx, headY + hry * 0.98, hrx * 0.55, 14, `fill="#000000" opacity="0.12"`));
  if (helmet) {
    head.push(path(`M${f(cx - hrx * 1.22)},${f(headY - 40)} C${f(cx - hrx * 1.2)},${f(headY - hry * 1.5)} ${f(cx + hrx * 1.2)},${f(headY - hry * 1.5)} ${f(cx + hrx * 1.22)},${f(headY - 40)} Z`, `fill="${d.lin(side > 0 ? [[0, shade(helmet)], [0.6, helmet], [1, lit(helmet)]] : [[0, lit(helmet)], [0.4, helmet], [1, shade(helmet)]], 0, 0, 1, 0)}"`));
    head.push(ellipse(cx, headY - 40, hrx * 1.42, 20, `fill="${mix(helmet, '#000000', 0.15)}"`));
    head.push(path(`M${f(cx - 14)},${f(headY - hry * 1.08)} L${f(cx + 14)},${f(headY - hry * 1.08)} L${f(cx + 10)},${f(headY - 46)} L${f(cx - 10)},${f(headY - 46)} Z`, `fill="${lit(helmet)}" opacity="0.6"`));
    head.push(path(`M${f(cx - hrx * 0.95)},${f(headY - 30)} Q${f(cx - hrx * 0.9)},${f(headY + hry * 0.7)} ${f(cx - 20)},${f(headY + hry * 0.98)}`, `fill="none" stroke="#1e1e22" stroke-width="5" opacity="0.8"`));
  } else if (cap) {
    head.push(path(`M${f(cx - hrx * 1.04)},${f(headY - 50)} C${f(cx - hrx)},${f(headY - hry * 1.35)} ${f(cx + hrx)},${f(headY - hry * 1.35)} ${f(cx + hrx * 1.04)},${f(headY - 50)} Z`, `fill="${cap}"`));
    head.push(ellipse(cx + side * 20, headY - 50, hrx * 1.1, 16, `fill="${mix(cap, '#000000', 0.25)}"`));
  } else {
    head.push(path(`M${f(cx - hrx * 1.02)},${f(headY - 10)} C${f(cx - hrx * 1.1)},${f(headY - hry * 1.35)} ${f(cx + hrx * 1.1)},${f(headY - hry * 1.35)} ${f(cx + hrx * 1.02)},${f(headY - 10)} C${f(cx + hrx * 0.8)},${f(headY - hry * 0.7)} ${f(cx - hrx * 0.8)},${f(headY - hry * 0.75)} ${f(cx - hrx * 1.02)},${f(headY - 10)} Z`, `fill="${hair}"`));
  }
  if (glasses) {
    const ey = headY + 4;
    for (const ex of [cx - hrx * 0.42, cx + hrx * 0.42]) head.push(rect(ex - 34, ey - 20, 68, 40, `rx="14" fill="#ffffff" fill-opacity="0.12" stroke="#2a2420" stroke-width="5"`));
    head.push(line([[cx - hrx * 0.42 + 34, ey - 4], [cx + hrx * 0.42 - 34, ey - 4]], `stroke="#2a2420" stroke-width="5"`));
  }
  if (goggles) {
    const gy = headY - hry * 0.55;
    head.push(rect(cx - hrx * 1.02, gy - 6, hrx * 2.04, 14, `fill="#2a2c30"`));
    for (const ex of [cx - hrx * 0.42, cx + hrx * 0.42]) head.push(rect(ex - 44, gy - 26, 88, 50, `rx="18" fill="#cfe8f0" fill-opacity="0.7" stroke="#3a3c40" stroke-width="6"`));
  }
  if (mask) {
    // a welding mask flipped up on top of the head
    head.push(path(`M${f(cx - hrx * 0.95)},${f(headY - hry * 0.9)} Q${f(cx)},${f(headY - hry * 1.75)} ${f(cx + hrx * 0.95)},${f(headY - hry * 0.9)} L${f(cx + hrx * 0.8)},${f(headY - hry * 0.62)} Q${f(cx)},${f(headY - hry * 1.2)} ${f(cx - hrx * 0.8)},${f(headY - hry * 0.62)} Z`, `fill="#24272b"`));
    head.push(rect(cx - 50, headY - hry * 1.22, 100, 34, `rx="6" fill="#3a5a70" opacity="0.9"`));
  }
  d.add(`<g transform="rotate(${f(tilt)} ${f(cx)} ${f(headY + hry)})">${head.join('')}</g>`);

  finish(d, { vignette: 0.55, grade: B.key, gradeOpacity: 0.04 });
  return focusAt(d, cx, headY);
}
