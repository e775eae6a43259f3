/**
 * City street at night in one-point perspective: facades with lit windows and
 * shop signs, street lamps, wet asphalt reflections, and a street sweeper (or,
 * for riders, a delivery rider on an e-bike) in the foreground.
 */
import { Doc, f, mix, rect, circle, line, path, poly, figure, headOf, handOf, groundShadow, type Rng, type Figure, type Pt } from '../svg.ts';
import { finish, focusAt, type SceneContext, type SceneResult } from './common.ts';

const NEON = ['#ff4fa3', '#38d6ff', '#ffb347', '#7dff9a', '#ff6a4f', '#b48cff'];

export function street(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const rider = /骑手|外卖|配送|快递/.test(ctx.text);
  const vx = W * r.range(0.42, 0.58);
  const vy = H * 0.5;
  const fl = W * 0.5;
  // world: x across, y down (eye at 0, ground at +2), z into the scene
  const P = (x: number, y: number, z: number): Pt => [vx + (x * fl) / z, vy + (y * fl) / z];
  const GROUND = 2;
  const zNear = 1.2;
  const zFar = 60;

  // sky glow above the street canyon
  d.fill(d.lin([[0, '#04060d'], [0.35, '#0c1330'], [0.5, '#2a2346'], [0.6, '#141a30'], [1, '#07080d']]));
  d.glow(vx, vy, W * 0.5, '#6a4a8a', 0.35, H * 0.3);

  // far towers at the end of the street
  const far: string[] = [];
  const farLights: string[] = [];
  for (let x = vx - 80; x < vx + 80; x += r.range(10, 22)) {
    const h = r.range(30, 110);
    far.push(rect(x, vy - h, r.range(10, 20), h + 4, ''));
    for (let y = vy - h + 4; y < vy; y += 5) if (r.chance(0.3)) farLights.push(rect(x + r.range(2, 8), y, 1.6, 2, ''));
  }
  d.add(`<g fill="#121833">${far.join('')}</g>`, `<g fill="#ffcf87" opacity="0.8">${farLights.join('')}</g>`);

  // street surface
  const road = poly([P(-6, GROUND, zNear), P(-6, GROUND, zFar), P(6, GROUND, zFar), P(6, GROUND, zNear)], `fill="${d.lin([[0, '#1a1c2a'], [0.3, '#14151f'], [1, '#0a0b10']])}"`);
  d.add(rect(0, vy, W, H - vy, `fill="#0b0c12"`), road);

  // both facades with windows and shop fronts
  const reflections: Array<{ x: number; y: number; c: string; w: number }> = [];
  for (const side of [-1, 1]) {
    const X = side * 6;
    const top = -r.range(14, 22);
    d.add(poly([P(X, GROUND, zNear), P(X, top, zNear), P(X, top, zFar), P(X, GROUND, zFar)], `fill="${side < 0 ? '#0f1324' : '#111528'}"`));
    // windows above the shops
    const wins: string[] = [];
    const warm: string[] = [];
    for (let z = zNear + 0.5; z < zFar * 0.6; z *= 1.12) {
      for (let y = -0.9; y > top + 1; y -= 1.05) {
        const q = [P(X, y, z), P(X, y - 0.6, z), P(X, y - 0.6, z * 1.07), P(X, y, z * 1.07)];
        (r.chance(0.35) ? warm : wins).push(poly(q, ''));
      }
    }
    d.add(`<g fill="#1b2240">${wins.join('')}</g>`, `<g fill="${r.pick(['#ffcf87', '#ffd9a0', '#bfe0ff'])}" opacity="0.85">${warm.join('')}</g>`);
    // shop fronts: glowing glass and a sign band each
    for (let z = zNear + 0.3; z < zFar * 0.5; z *= r.range(1.35, 1.6)) {
      const z2 = z * 1.28;
      const c = r.pick(NEON);
      d.add(poly([P(X, GROUND, z), P(X, 0.2, z), P(X, 0.2, z2), P(X, GROUND, z2)], `fill="${mix(c, '#ffe7c2', 0.55)}" opacity="0.55"`));
      d.add(poly([P(X, -0.1, z), P(X, -0.55, z), P(X, -0.55, z2), P(X, -0.1, z2)], `fill="${c}" opacity="0.9"`));
      const m = P(X, -0.3, (z + z2) / 2);
      d.glow(m[0], m[1], (fl / z) * 0.9, c, 0.45);
      const g = P(X * 0.8, GROUND, (z + z2) / 2);
      reflections.push({ x: g[0], y: g[1], c, w: (fl / z) * 0.35 });
    }
  }

  // street lamps down both sides
  for (const side of [-1, 1]) {
    for (let z = zNear + 1.2; z < zFar * 0.7; z *= 1.7) {
      const base = P(side * 5, GROUND, z);
      const headP = P(side * 4, -3.2, z);
      const poleTop = P(side * 5, -3.4, z);
      d.add(line([base, poleTop, headP], `stroke="#0a0c14" stroke-width="${f(Math.max(1, (fl / z) * 0.08))}"`));
      d.glow(headP[0], headP[1], (fl / z) * 1.2, '#ffc37a', 0.55);
      d.glow(headP[0], headP[1], (fl / z) * 0.2, '#fff2d6', 1);
      const g = P(side * 4, GROUND, z);
      reflections.push({ x: g[0], y: g[1], c: '#ffc37a', w: (fl / z) * 0.25 });
    }
  }
  // wet street: long vertical smears of every light
  for (const refl of reflections) {
    if (refl.y > H) continue;
    d.glow(refl.x, refl.y + refl.w * 2.5, refl.w * 0.7, refl.c, 0.45, refl.w * 3);
  }
  // lane markings
  const dashes: string[] = [];
  for (let z = zNear; z < zFar; z *= 1.5) dashes.push(poly([P(-0.08, GROUND, z), P(-0.08, GROUND, z * 1.2), P(0.08, GROUND, z * 1.2), P(0.08, GROUND, z)], ''));
  d.add(`<g fill="#d8d2c0" opacity="0.45">${dashes.join('')}</g>`);
  // kerbs
  for (const side of [-1, 1]) d.add(line([P(side * 4.6, GROUND, zNear), P(side * 4.6, GROUND, zFar)], `stroke="#3a3c48" stroke-width="3"`));

  // the worker in the foreground
  const left = r.chance(0.5);
  const fx = left ? W * r.range(0.22, 0.3) : W * r.range(0.7, 0.78);
  const face: 1 | -1 = left ? 1 : -1;
  let fig: Figure;
  if (rider) {
    fig = {
      x: fx,
      y: H * 0.9,
      h: H * 0.45,
      pose: 'ride',
      face,
      style: { suit: r.pick(['#2d6fd1', '#e0b020']), legs: '#1d1f26', helmet: '#f2c230', skin: '#a7775c', stripe: '#e8eef2', boots: '#141418', gloves: '#222228' },
      rim: { color: '#ff8fc8', side: (-face) as 1 | -1 },
    };
    const R = fig.h * 0.12;
    const X = (u: number) => fx + face * u * fig.h;
    d.add(groundShadow(fx, fig.y + R * 0.2, fig.h * 0.35, '#000000', 0.5));
    d.add(rect(Math.min(X(-0.42), X(-0.12)), fig.y - R * 2 - fig.h * 0.22, fig.h * 0.3, fig.h * 0.22, `fill="${fig.style.suit}" rx="4"`));
    d.add(path(`M${f(X(-0.3))},${f(fig.y - R)} L${f(X(0.05))},${f(fig.y - R * 1.3)} L${f(X(0.3))},${f(fig.y - R)} M${f(X(0.3))},${f(fig.y - R)} L${f(X(0.24))},${f(fig.y - fig.h * 0.58)}`, `fill="none" stroke="#16171c" stroke-width="${f(fig.h * 0.025)}" stroke-linejoin="round"`));
    for (const u of [-0.3, 0.3]) d.add(circle(X(u), fig.y - R, R, `fill="#0c0d10" stroke="#2a2c34" stroke-width="3"`));
    d.add(figure({ ...fig, y: fig.y - R * 0.6 }));
    d.glow(X(0.3), fig.y - fig.h * 0.55, fig.h * 0.08, '#fff6dc', 1);
  } else {
    fig = {
      x: fx,
      y: H * 0.93,
      h: H * 0.44,
      pose: 'rod',
      face,
      style: { suit: '#e8661f', legs: '#e8661f', cap: '#e8661f', skin: '#a7775c', stripe: '#e6eef0', gloves: '#d9d3c3', boots: '#141418', tint: '#201a2a', tintAmount: 0.25 },
      rim: { color: '#ffc37a', side: (-face) as 1 | -1 },
    };
    d.add(groundShadow(fx, fig.y, fig.h * 0.25, '#000000', 0.5));
    d.add(figure(fig));
    // broom: handle from the hands to the ground ahead, a fan of twigs
    const hand = handOf(fig);
    const foot: Pt = [fx + face * fig.h * 0.5, fig.y];
    d.add(line([[hand[0] - face * fig.h * 0.15, hand[1] - fig.h * 0.12], foot], `stroke="#b89a6a" stroke-width="${f(fig.h * 0.012)}" stroke-linecap="round"`));
    const twigs: string[] = [];
    for (let k = 0; k < 14; k++) twigs.push(line([[foot[0] - face * fig.h * 0.06, foot[1] - fig.h * 0.05], [foot[0] + face * fig.h * r.range(-0.02, 0.16), foot[1] + r.range(-4, 4)]], ''));
    d.add(`<g stroke="#8a7048" stroke-width="1.6">${twigs.join('')}</g>`);
    // leaves being swept
    for (let k = 0; k < 10; k++) d.add(circle(foot[0] + face * r.range(0, fig.h * 0.4), fig.y + r.range(-6, 8), r.range(2, 4), `fill="#7a5a2a" opacity="0.8"`));
  }

  finish(d, { vignette: 0.6, grade: '#2a1a5a', gradeOpacity: 0.06 });
  const head = headOf(fig);
  return focusAt(d, head[0], head[1] + fig.h * 0.2);
}
