/**
 * Cave-temple mural restoration: a faded wall painting (haloed figure,
 * flying apsaras with trailing scarves, border bands, losses and cracks), a
 * work lamp, a scaffold, and a restorer reaching up with a fine brush.
 */
import { Doc, f, mix, rect, circle, line, path, ellipse, figure, headOf, handOf, type Rng, type Figure } from '../svg.ts';
import { finish, focusAt, type SceneContext, type SceneResult } from './common.ts';

const OCHRE = '#b9824f';
const EARTH = '#9a4a30';
const MALACHITE = '#4f8f7c';
const LAPIS = '#3f5b8c';
const CREAM = '#e6d2aa';
const SOOT = '#3a2a20';

export function mural(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  void ctx;
  const lampLeft = r.chance(0.5);
  const wallTop = H * 0.04;
  const wallBottom = H * 0.78;

  // the painted wall
  d.add(rect(0, 0, W, H, `fill="#1e140e"`));
  d.add(rect(0, wallTop, W, wallBottom - wallTop, `fill="${d.lin([[0, '#a4703f'], [0.5, OCHRE], [1, '#8d5c35']])}"`));
  // border bands top and bottom: a chain of lozenges
  for (const by of [wallTop + 14, wallBottom - 26]) {
    d.add(rect(0, by - 10, W, 24, `fill="${EARTH}" opacity="0.85"`));
    const loz: string[] = [];
    for (let x = 0; x < W; x += 28) loz.push(`M${f(x)},${f(by + 2)} L${f(x + 14)},${f(by - 6)} L${f(x + 28)},${f(by + 2)} L${f(x + 14)},${f(by + 10)} Z`);
    d.add(`<path d="${loz.join(' ')}" fill="${MALACHITE}" opacity="0.7"/>`);
  }
  // central seated figure in a mandorla with haloes
  const cx = lampLeft ? W * r.range(0.55, 0.65) : W * r.range(0.35, 0.45);
  const cy = H * 0.4;
  d.add(ellipse(cx, cy + 20, 130, 190, `fill="${mix(LAPIS, OCHRE, 0.35)}" opacity="0.75"`));
  d.add(ellipse(cx, cy + 20, 112, 172, `fill="none" stroke="${CREAM}" stroke-width="5" opacity="0.6"`));
  for (const [rad, col] of [[70, MALACHITE], [58, CREAM], [46, EARTH]] as const) d.add(circle(cx, cy - 90, rad, `fill="${col}" opacity="0.7"`));
  d.add(circle(cx, cy - 90, 26, `fill="#d9b08a"`));
  d.add(path(`M${f(cx - 55)},${f(cy + 140)} Q${f(cx - 70)},${f(cy - 20)} ${f(cx)},${f(cy - 60)} Q${f(cx + 70)},${f(cy - 20)} ${f(cx + 55)},${f(cy + 140)} Z`, `fill="${EARTH}" opacity="0.9"`));
  d.add(path(`M${f(cx - 95)},${f(cy + 150)} Q${f(cx)},${f(cy + 90)} ${f(cx + 95)},${f(cy + 150)} Z`, `fill="${mix(EARTH, SOOT, 0.3)}"`));
  d.add(path(`M${f(cx - 20)},${f(cy - 40)} Q${f(cx)},${f(cy + 60)} ${f(cx + 20)},${f(cy - 40)}`, `fill="none" stroke="${CREAM}" stroke-width="3" opacity="0.6"`));
  // lotus pedestal
  for (let k = -3; k <= 3; k++) d.add(ellipse(cx + k * 26, cy + 160, 16, 30, `fill="${k % 2 ? MALACHITE : CREAM}" opacity="0.7"`));

  // flying apsaras with long scarves
  for (let i = 0; i < 3; i++) {
    const ax = i === 0 ? cx - W * 0.28 : i === 1 ? cx + W * 0.27 : cx + r.range(-0.1, 0.1) * W;
    const ay = i === 2 ? H * 0.12 : H * r.range(0.2, 0.34);
    const s = i === 2 ? 0.6 : r.range(0.85, 1.05);
    const dir = ax < cx ? 1 : -1;
    apsara(d, r, ax, ay, s, dir as 1 | -1);
  }
  // small flowers scattered in the sky of the painting
  const flowers: string[] = [];
  for (let i = 0; i < 60; i++) flowers.push(circle(r.range(0, W), r.range(wallTop + 30, H * 0.55), r.range(2, 5), ''));
  d.add(`<g fill="${CREAM}" opacity="0.55">${flowers.join('')}</g>`);

  // age: a veil of fading, losses, cracks and soot
  d.add(rect(0, wallTop, W, wallBottom - wallTop, `fill="#d8b98e" opacity="0.18"`));
  for (let i = 0; i < 14; i++) {
    const x = r.range(0, W);
    const y = r.range(wallTop, wallBottom);
    const s = r.range(12, 60);
    const pts = Array.from({ length: 9 }, (_, k) => {
      const a = (k / 9) * Math.PI * 2;
      const rr = s * r.range(0.6, 1.2);
      return `${f(x + Math.cos(a) * rr)},${f(y + Math.sin(a) * rr * 0.7)}`;
    });
    d.add(`<polygon points="${pts.join(' ')}" fill="#d9c4a0" opacity="${f(r.range(0.35, 0.7))}"/>`);
  }
  const cracks: string[] = [];
  for (let i = 0; i < 10; i++) {
    let x = r.range(0, W);
    let y = r.range(wallTop, wallBottom);
    const pts: Array<[number, number]> = [[x, y]];
    for (let k = 0; k < 8; k++) {
      x += r.range(-30, 30);
      y += r.range(5, 30);
      pts.push([x, y]);
    }
    cracks.push(line(pts, ''));
  }
  d.add(`<g stroke="${SOOT}" stroke-width="1.2" opacity="0.55">${cracks.join('')}</g>`);
  d.add(rect(0, wallTop, W, 90, `fill="${d.lin([[0, SOOT, 0.65], [1, SOOT, 0]])}"`));

  // lamp light: warm pool on the work area, the rest of the cave in shadow
  const lx = lampLeft ? W * 0.12 : W * 0.88;
  const ly = H * 0.5;
  const work: [number, number] = [lampLeft ? cx - W * 0.22 : cx + W * 0.22, H * 0.36];
  d.fill(d.rad([[0, '#000000', 0], [0.45, '#000000', 0.15], [1, '#000000', 0.62]], work[0], work[1], W * 0.75));
  d.glow(work[0], work[1], W * 0.35, '#ffe6b8', 0.35);
  // the lamp on its stand
  d.add(line([[lx, ly], [lx + (lampLeft ? -10 : 10), H]], `stroke="#111" stroke-width="5"`));
  d.add(`<g transform="rotate(${lampLeft ? -25 : 25} ${f(lx)} ${f(ly)})">${rect(lx - 26, ly - 18, 52, 36, `rx="6" fill="#1a1a1a"`)}</g>`);
  d.glow(lx, ly, 60, '#fff3d6', 1);
  // cave rock framing the view
  d.add(path(`M0,0 L${f(W)},0 L${f(W)},${f(H * 0.09)} Q${f(W / 2)},${f(-H * 0.02)} 0,${f(H * 0.09)} Z`, `fill="#140d09"`));
  d.add(rect(0, wallBottom, W, H - wallBottom, `fill="${d.lin([[0, '#2a1d14'], [1, '#120c08']])}"`));

  // scaffold: tubes and a plank
  const plankY = H * 0.66;
  const sx0 = work[0] - W * 0.2;
  const sx1 = work[0] + W * 0.2;
  const tubes: string[] = [];
  for (const x of [sx0, (sx0 + sx1) / 2, sx1]) tubes.push(line([[x, H * 0.2], [x, H]], ''));
  tubes.push(line([[sx0 - 20, H * 0.3], [sx1 + 20, H * 0.3]], ''), line([[sx0 - 20, plankY + 30], [sx1 + 20, plankY + 30]], ''));
  tubes.push(line([[sx0, plankY + 30], [(sx0 + sx1) / 2, H]], ''), line([[sx1, plankY + 30], [(sx0 + sx1) / 2, H]], ''));
  d.add(`<g stroke="#5e636a" stroke-width="7" stroke-linecap="round">${tubes.join('')}</g>`);
  d.add(`<g stroke="#a8aeb4" stroke-width="1.5" opacity="0.5">${tubes.join('')}</g>`);
  d.add(rect(sx0 - 30, plankY, sx1 - sx0 + 60, 14, `fill="#7a5532"`), rect(sx0 - 30, plankY + 14, sx1 - sx0 + 60, 5, `fill="#3e2a18"`));

  // the restorer on the plank, facing the wall (seen side-on), brush raised
  const face: 1 | -1 = lampLeft ? -1 : 1;
  const fig: Figure = {
    x: work[0] - face * W * 0.07,
    y: plankY + 2,
    h: H * 0.4,
    pose: 'reach',
    face,
    style: { suit: '#e4e0d6', legs: '#3b4150', skin: '#c08f70', hair: '#1c1612', gloves: '#f1efe8', boots: '#2a2622', tint: '#2a1d14', tintAmount: 0.12 },
    rim: { color: '#ffe1a8', side: lampLeft ? -1 : 1 },
  };
  d.add(figure(fig));
  const hand = handOf(fig);
  d.add(line([hand, [hand[0] + face * 20, hand[1] - 24]], `stroke="#2a1d14" stroke-width="3" stroke-linecap="round"`));
  // a palette of pigment dishes on the plank
  for (let k = 0; k < 4; k++) d.add(ellipse(fig.x - face * (60 + k * 22), plankY - 3, 9, 4, `fill="${[MALACHITE, EARTH, LAPIS, CREAM][k]}"`));

  finish(d, { vignette: 0.55, grade: '#6a3a1a', gradeOpacity: 0.05 });
  const head = headOf(fig);
  return focusAt(d, (head[0] + hand[0]) / 2, (head[1] + hand[1]) / 2);
}

/** A flying figure: small body, head with a halo, and two long trailing scarves. */
function apsara(d: Doc, r: Rng, x: number, y: number, s: number, dir: 1 | -1): void {
  const X = (u: number) => x + dir * u * s;
  const Y = (v: number) => y + v * s;
  const scarf = (c: string, off: number) =>
    path(
      `M${f(X(10))},${f(Y(off))} C${f(X(-60))},${f(Y(-40 + off))} ${f(X(-120))},${f(Y(50 + off))} ${f(X(-200))},${f(Y(10 + off))} S${f(X(-300))},${f(Y(-30 + off))} ${f(X(-340))},${f(Y(20 + off))}`,
      `fill="none" stroke="${c}" stroke-width="${f(9 * s)}" stroke-linecap="round" opacity="0.85"`,
    );
  d.add(scarf(MALACHITE, 0), scarf(LAPIS, 18));
  // body, flying diagonally, legs trailing
  d.add(path(`M${f(X(40))},${f(Y(-10))} Q${f(X(0))},${f(Y(0))} ${f(X(-70))},${f(Y(30))} Q${f(X(-10))},${f(Y(20))} ${f(X(40))},${f(Y(10))} Z`, `fill="${EARTH}" opacity="0.9"`));
  d.add(circle(X(48), Y(-8), 15 * s, `fill="${MALACHITE}" opacity="0.6"`), circle(X(48), Y(-8), 9 * s, `fill="#d9b08a"`));
  d.add(path(`M${f(X(30))},${f(Y(-2))} Q${f(X(60))},${f(Y(-30))} ${f(X(80))},${f(Y(-20))}`, `fill="none" stroke="#d9b08a" stroke-width="${f(4 * s)}" stroke-linecap="round"`));
  d.add(circle(X(84), Y(-22), 6 * s, `fill="${CREAM}"`));
  void r;
}
