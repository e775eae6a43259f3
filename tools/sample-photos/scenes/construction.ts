/** Building site in morning light: a concrete frame going up, tower cranes, workers tying rebar on the slab. */
import { Doc, f, mix, rect, line, path, figure, headOf, handOf, groundShadow, type Rng, type Figure } from '../svg.ts';
import { sky, cloud, skyline, finish, focusAt, lattice, type SceneContext, type SceneResult } from './common.ts';

type Palette = { sky: string[]; sun: string; haze: string; concrete: string; shadow: string; crane: string };

const PALETTES: Palette[] = [
  { sky: ['#4f86c0', '#8db8de', '#d9e4e6', '#f4e3c8'], sun: '#fff3dc', haze: '#c9d6df', concrete: '#c8bfb1', shadow: '#7d776f', crane: '#f0b323' },
  { sky: ['#6c8fb5', '#a9bdd0', '#e4d9c8', '#f2c9a0'], sun: '#ffe2bc', haze: '#dccbbb', concrete: '#cdbba6', shadow: '#7e6f62', crane: '#e8a21c' },
  { sky: ['#8a9aa8', '#b5bec6', '#d6d9d8', '#e6e2da'], sun: '#ffffff', haze: '#d4d7d7', concrete: '#bdb9b2', shadow: '#77756f', crane: '#d9a21f' },
];

export function construction(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  void ctx;
  const P = r.pick(PALETTES);
  const hz = H * 0.72;
  const frameLeft = r.chance(0.5);
  sky(d, [
    [0, P.sky[0]!],
    [0.45, P.sky[1]!],
    [0.85, P.sky[2]!],
    [1, P.sky[3]!],
  ], hz + 2);
  const sunX = frameLeft ? W * 0.85 : W * 0.15;
  d.glow(sunX, H * 0.12, W * 0.5, P.sun, 0.55);
  for (let i = 0; i < r.int(2, 4); i++) cloud(d, r, r.range(0, W), r.range(H * 0.12, H * 0.4), r.range(50, 110), '#ffffff', 0.35);

  // far city, and the streets far below the deck
  d.add(rect(0, hz, W, H - hz, `fill="${d.lin([[0, mix(P.haze, P.shadow, 0.25)], [1, mix(P.shadow, '#3a3f46', 0.4)]])}"`));
  skyline(d, r, hz, H * 0.04, H * 0.16, mix(P.haze, P.sky[1]!, 0.35), { gap: 30 });
  skyline(d, r, hz + 2, H * 0.02, H * 0.08, mix(P.haze, P.shadow, 0.3), {});
  skyline(d, r, H * 0.8, H * 0.02, H * 0.07, mix(P.haze, P.shadow, 0.5), { gap: 10 });
  skyline(d, r, H * 0.88, H * 0.02, H * 0.08, mix(P.shadow, '#4a4f58', 0.4), { gap: 6 });
  d.haze(hz, H * 0.1, P.haze, 0.7);
  d.haze(H * 0.8, H * 0.1, P.haze, 0.35);

  // the building frame going up
  const floors = r.int(7, 9);
  const fh = H * 0.075;
  const bx0 = frameLeft ? W * 0.04 : W * 0.5;
  const bw = W * 0.46;
  const base = H * 0.84;
  const bays = 6;
  const bayW = bw / bays;
  const topY = base - floors * fh;
  // interior darkness, then slabs and columns
  d.add(rect(bx0, topY, bw, floors * fh, `fill="${d.lin([[0, mix(P.shadow, '#2f3440', 0.4)], [1, mix(P.shadow, '#1f232b', 0.55)]])}"`));
  // a few floors already clad with windows
  for (let k = 0; k < Math.floor(floors * 0.4); k++) {
    const y = base - (k + 1) * fh;
    for (let b = 0; b < bays; b++) {
      d.add(rect(bx0 + b * bayW + 6, y + 8, bayW - 12, fh - 14, `fill="${mix(P.sky[1]!, P.shadow, 0.35)}" opacity="0.85"`));
      d.add(line([[bx0 + b * bayW + bayW / 2, y + 8], [bx0 + b * bayW + bayW / 2, y + fh - 6]], `stroke="${P.shadow}" stroke-width="2"`));
    }
  }
  const slabs: string[] = [];
  const cols: string[] = [];
  for (let k = 0; k <= floors; k++) slabs.push(rect(bx0 - 6, base - k * fh - 6, bw + 12, 9, ''));
  for (let b = 0; b <= bays; b++) cols.push(rect(bx0 + b * bayW - 5, topY, 10, floors * fh, ''));
  d.add(`<g fill="${P.concrete}">${cols.join('')}</g>`, `<g fill="${mix(P.concrete, '#ffffff', 0.2)}">${slabs.join('')}</g>`);
  // slab undersides in shadow
  d.add(`<g fill="${P.shadow}" opacity="0.6">${Array.from({ length: floors + 1 }, (_, k) => rect(bx0 - 6, base - k * fh + 3, bw + 12, 3, '')).join('')}</g>`);
  // rebar starters on the top floor
  const bars: string[] = [];
  for (let b = 0; b <= bays; b++) for (let j = -1; j <= 1; j++) bars.push(line([[bx0 + b * bayW + j * 3, topY], [bx0 + b * bayW + j * 3 + r.range(-2, 2), topY - r.range(18, 30)]], ''));
  d.add(`<g stroke="#6b4a36" stroke-width="1.4">${bars.join('')}</g>`);
  // scaffold and green safety net over one end
  const netX = frameLeft ? bx0 + bw - bayW * 1.6 : bx0 - 10;
  const net: string[] = [];
  for (let x = netX; x <= netX + bayW * 1.7; x += bayW / 3) net.push(line([[x, topY - 20], [x, base]], ''));
  for (let y = topY - 20; y <= base; y += fh / 2) net.push(line([[netX, y], [netX + bayW * 1.7, y]], ''));
  d.add(`<g stroke="#5b5f63" stroke-width="1.4">${net.join('')}</g>`);
  d.add(rect(netX, topY - 20, bayW * 1.7, base - topY + 20, `fill="#2f7a55" opacity="0.55"`));

  // tower cranes
  const craneX = frameLeft ? bx0 + bw + W * 0.08 : bx0 - W * 0.08;
  tower(d, craneX, base, H * 0.1, frameLeft ? -1 : 1, W * 0.55, W * 0.14, P.crane, P.shadow, H);
  const farX = frameLeft ? W * r.range(0.78, 0.9) : W * r.range(0.1, 0.22);
  d.add(`<g opacity="0.55">`);
  tower(d, farX, hz + 2, H * 0.22, frameLeft ? 1 : -1, W * 0.3, W * 0.08, mix(P.crane, P.haze, 0.5), mix(P.shadow, P.haze, 0.5), H, 0.6);
  d.add(`</g>`);

  // the slab we stand on, with a rebar mat
  const deckY = H * 0.86;
  d.add(rect(0, deckY, W, H - deckY, `fill="${d.lin([[0, mix(P.concrete, '#ffffff', 0.1)], [1, mix(P.concrete, P.shadow, 0.45)]])}"`));
  const mat: string[] = [];
  for (let x = -40; x < W + 40; x += 22) mat.push(line([[x, deckY + 4], [x + (x - W / 2) * 0.35, H]], ''));
  for (let k = 1; k < 9; k++) {
    const y = deckY + (H - deckY) * (k / 9) ** 1.3;
    mat.push(line([[0, y], [W, y]], ''));
  }
  d.add(`<g stroke="#6d4a35" stroke-width="2.2" opacity="0.8">${mat.join('')}</g>`);
  d.add(`<g stroke="#c28a62" stroke-width="0.8" opacity="0.5">${mat.join('')}</g>`);
  d.add(rect(0, deckY - 3, W, 5, `fill="${P.shadow}" opacity="0.6"`));

  // workers: one crouched tying rebar, one standing
  const crouchX = frameLeft ? W * r.range(0.55, 0.66) : W * r.range(0.34, 0.45);
  const face: 1 | -1 = frameLeft ? -1 : 1;
  const vest = { suit: '#2f4f7a', stripe: '#f06a1f', skin: '#b07a58', gloves: '#e9e4d4', boots: '#2a2622' };
  const a: Figure = { x: crouchX, y: H * 0.97, h: H * 0.36, pose: 'crouch', face, style: { ...vest, helmet: r.pick(['#f2c230', '#f4f1ea', '#d8432f']) } };
  const b: Figure = {
    x: crouchX + face * W * r.range(0.16, 0.22),
    y: H * 0.95,
    h: H * 0.38,
    pose: r.pick(['point', 'stand', 'carry'] as const),
    face: (-face) as 1 | -1,
    style: { ...vest, suit: '#f06a1f', stripe: '#f3f0e6', helmet: '#d8432f' },
  };
  for (const fig of [b, a]) {
    d.add(groundShadow(fig.x + face * fig.h * 0.1, fig.y, fig.h * 0.22, '#3a2f28', 0.35));
    d.add(figure(fig));
  }
  // tying wire glint at the crouched worker's hand
  const h = handOf(a);
  d.glow(h[0], h[1] + 6, 12, '#ffffff', 0.6);

  finish(d, { vignette: 0.42, grade: P.sun, gradeOpacity: 0.05 });
  const head = headOf(a);
  return focusAt(d, (head[0] + headOf(b)[0]) / 2, head[1]);
}

/** A tower crane: lattice mast, slewing unit, jib to `dir`, counter-jib with ballast, hook and a load. */
function tower(d: Doc, x: number, base: number, top: number, dir: 1 | -1, jib: number, counter: number, color: string, dark: string, H: number, scale = 1): void {
  const mw = 16 * scale;
  d.add(lattice([x - mw / 2, base], [x - mw / 2, top], mw, color, 1.6 * scale, 16 * scale));
  const jy = top;
  // slewing unit and cab
  d.add(rect(x - mw, jy - 4, mw * 2, 14 * scale, `fill="${color}"`));
  d.add(rect(x + dir * mw * 0.7, jy + 8 * scale, 14 * scale, 12 * scale, `fill="${mix(color, '#ffffff', 0.3)}" stroke="${dark}" stroke-width="1"`));
  // tower head and pendant ties
  d.add(path(`M${f(x - mw / 2)},${f(jy)} L${f(x)},${f(jy - 46 * scale)} L${f(x + mw / 2)},${f(jy)}`, `fill="none" stroke="${color}" stroke-width="${f(2.2 * scale)}"`));
  d.add(line([[x, jy - 46 * scale], [x + dir * jib * 0.6, jy - 2]], `stroke="${dark}" stroke-width="1"`));
  d.add(line([[x, jy - 46 * scale], [x - dir * counter, jy - 2]], `stroke="${dark}" stroke-width="1"`));
  // jib and counter-jib
  d.add(lattice([x, jy - 2], [x + dir * jib, jy + 2], -12 * scale, color, 1.4 * scale, 14 * scale));
  d.add(lattice([x, jy], [x - dir * counter, jy], -8 * scale, color, 1.4 * scale, 12 * scale));
  d.add(rect(dir > 0 ? x - counter : x + counter - 30 * scale, jy + 2, 30 * scale, 22 * scale, `fill="#9a958c"`));
  // trolley, hook line and a bundle of rebar
  const tx = x + dir * jib * 0.55;
  const ly = jy + H * 0.3 * scale;
  d.add(line([[tx, jy + 2], [tx, ly]], `stroke="${dark}" stroke-width="${f(1.2 * scale)}"`));
  d.add(path(`M${f(tx)},${f(ly)} L${f(tx - 34 * scale)},${f(ly + 16 * scale)} M${f(tx)},${f(ly)} L${f(tx + 34 * scale)},${f(ly + 16 * scale)}`, `stroke="${dark}" stroke-width="1" fill="none"`));
  d.add(rect(tx - 46 * scale, ly + 15 * scale, 92 * scale, 7 * scale, `fill="#6b4a36"`));
}
