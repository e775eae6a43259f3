/** Courier depot before dawn: parcels stacked under the canopy lights, e-trikes lined up, a rider loading up. */
import { Doc, f, mix, rect, circle, line, path, poly, ellipse, figure, headOf, handOf, groundShadow, type Rng, type Figure } from '../svg.ts';
import { finish, focusAt, skyline, sky, pebbles, type SceneContext, type SceneResult } from './common.ts';

const BRANDS = ['#2d6fd1', '#e0b020', '#d2462f', '#2f8a5a', '#6a4bb0'];

/** A cardboard box seen slightly from above: front, top and side faces. */
function box(x: number, y: number, w: number, h: number, tone: number, light: string): string {
  const top = Math.min(10, h * 0.25);
  const side = Math.min(12, w * 0.18);
  const front = mix('#b5864f', '#8a6038', tone);
  return (
    poly([[x, y], [x + side, y - top], [x + w + side, y - top], [x + w, y]], `fill="${mix(front, light, 0.35)}"`) +
    poly([[x + w, y], [x + w + side, y - top], [x + w + side, y + h - top], [x + w, y + h]], `fill="${mix(front, '#000000', 0.3)}"`) +
    rect(x, y, w, h, `fill="${front}"`) +
    rect(x + w * 0.44, y, w * 0.12, h, `fill="${mix(front, '#e6d2a6', 0.5)}" opacity="0.8"`) +
    rect(x + w * 0.1, y + h * 0.55, w * 0.26, h * 0.22, `fill="#f3f0e8" opacity="0.9"`)
  );
}

export function courier(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  if (/驶出|出发|大门/.test(ctx.text)) return departure(d, r, ctx);
  const { W, H } = d;
  const scanner = /安检|透视|过机/.test(ctx.text);
  const meeting = /围成|讲话|讲稿|小课堂/.test(ctx.text) && !/货架前/.test(ctx.text);
  const desk = /办公桌|单据|石膏/.test(ctx.text);
  const brand = r.pick(BRANDS);
  const floorY = H * 0.62;
  const lamp = r.pick(['#ffd7a0', '#e8f2ff']);

  // night sky beyond the open bay, and the town
  d.fill(d.lin([[0, '#07101f'], [0.5, '#13233f'], [0.62, '#2c3a58'], [1, '#0d1220']]));
  skyline(d, r, floorY, H * 0.03, H * 0.12, '#0c1424', { windows: '#ffcf87', windowDensity: 0.18 });
  // canopy: underside, beams and lamps
  d.add(rect(0, 0, W, H * 0.2, `fill="${d.lin([[0, '#0c0e14'], [1, '#1c2029']])}"`));
  const beams: string[] = [];
  for (let x = 0; x < W; x += W / 8) beams.push(rect(x, 0, 10, H * 0.2, ''));
  d.add(`<g fill="#090b10">${beams.join('')}</g>`, rect(0, H * 0.19, W, 10, `fill="#0b0d12"`));
  // back wall with roller shutters on one side
  const wallLeft = r.chance(0.5);
  const wx0 = wallLeft ? 0 : W * 0.5;
  d.add(rect(wx0, H * 0.2, W * 0.5, floorY - H * 0.2, `fill="${d.lin([[0, '#2a3140'], [1, '#1a1f29']])}"`));
  for (let k = 0; k < 2; k++) {
    const sx = wx0 + W * 0.05 + k * W * 0.22;
    const slats: string[] = [];
    for (let y = H * 0.28; y < floorY; y += 6) slats.push(line([[sx, y], [sx + W * 0.17, y]], ''));
    d.add(rect(sx, H * 0.28, W * 0.17, floorY - H * 0.28, `fill="#4a5262"`), `<g stroke="#353b48" stroke-width="1.5">${slats.join('')}</g>`);
  }
  // lamp rows with pools of light
  for (let x = W * 0.08; x < W; x += W * 0.21) {
    d.add(rect(x - 30, H * 0.17, 60, 6, `fill="#fffaf0"`));
    d.glow(x, H * 0.18, 120, lamp, 0.6, 60);
  }
  // floor
  d.add(rect(0, floorY, W, H - floorY, `fill="${d.lin([[0, '#3a3b42'], [1, '#1a1b20']])}"`));
  for (let x = W * 0.08; x < W; x += W * 0.21) d.glow(x, floorY + H * 0.12, 260, lamp, 0.28, 80);
  d.add(line([[0, floorY + H * 0.2], [W, floorY + H * 0.2]], `stroke="#e0b020" stroke-width="4" stroke-dasharray="40 20" opacity="0.6"`));

  // conveyor running back into the shed
  const cx0 = wallLeft ? W * 0.15 : W * 0.85;
  const cDir = wallLeft ? 1 : -1;
  d.add(poly([[cx0, floorY - 10], [cx0 + cDir * W * 0.5, floorY - 70], [cx0 + cDir * W * 0.5, floorY - 56], [cx0, floorY + 8]], `fill="#1a1c22"`));
  d.add(poly([[cx0, floorY - 14], [cx0 + cDir * W * 0.5, floorY - 74], [cx0 + cDir * W * 0.5, floorY - 68], [cx0, floorY - 4]], `fill="#5a606c"`));
  for (let i = 0; i < 6; i++) {
    const t = 0.1 + i * 0.15;
    const bx = cx0 + cDir * W * 0.5 * t;
    const by = floorY - 14 - 60 * t;
    const bw = r.range(22, 40) * (1 - t * 0.4);
    d.add(box(bx - bw / 2, by - bw * 0.7, bw, bw * 0.7, r.next(), lamp));
  }

  // parcel mountains
  const piles: string[] = [];
  for (let p = 0; p < 3; p++) {
    const px = r.range(0.05, 0.85) * W;
    const baseY = floorY + H * r.range(0.06, 0.14);
    let y = baseY;
    for (let row = 0; row < r.int(3, 5); row++) {
      let x = px + r.range(-10, 10) + row * 6;
      const rowH = r.range(24, 36);
      for (let k = 0; k < r.int(3, 6) - Math.floor(row / 2); k++) {
        const bw = r.range(30, 60);
        piles.push(box(x, y - rowH, bw, rowH, r.next(), lamp));
        x += bw + 2;
      }
      y -= rowH + 2;
    }
  }
  d.add(...piles);

  // e-trikes in a row, cargo boxes in the company colour
  const bikeY = H * 0.92;
  const order = r.chance(0.5) ? 1 : -1;
  const bikes: number[] = [];
  for (let i = 0; i < 3; i++) bikes.push(W * (order > 0 ? 0.5 + i * 0.17 : 0.5 - i * 0.17));
  for (const [i, bx] of bikes.entries()) trike(d, bx, bikeY - i * H * 0.03, 1 - i * 0.08, brand, order as 1 | -1, lamp);

  const face: 1 | -1 = (order > 0 ? 1 : -1) as 1 | -1;
  if (scanner || meeting || desk) {
    const skins = ['#a7775c', '#b07f62', '#c39274'];
    let main: Figure;
    if (scanner) {
      // x-ray tunnel with a parcel going in, and the monitor with its false-colour image
      const sx = W * 0.5 - face * W * 0.3;
      d.add(rect(sx - W * 0.15, H * 0.6, W * 0.3, H * 0.2, `rx="8" fill="${d.lin([[0, '#c8ccd0'], [1, '#8a9096']])}"`), rect(sx - W * 0.08, H * 0.64, W * 0.16, H * 0.12, `fill="#1a1c22"`));
      d.add(rect(sx - W * 0.3, H * 0.78, W * 0.6, 10, `fill="#2a2c32"`), box(sx + W * 0.1, H * 0.72, 50, 36, 0.3, lamp));
      const mx = sx + face * W * 0.26;
      d.add(line([[mx, H * 0.96], [mx, H * 0.6]], `stroke="#1a1c22" stroke-width="6"`), rect(mx - 70, H * 0.46, 140, 96, `rx="6" fill="#111316" stroke="#3a3c44" stroke-width="4"`));
      d.add(rect(mx - 62, H * 0.46 + 8, 124, 80, `fill="#0e2a3a"`));
      for (let k = 0; k < 6; k++) d.add(ellipse(mx - 40 + r.range(0, 80), H * 0.46 + 20 + r.range(0, 56), r.range(8, 20), r.range(6, 14), `fill="${r.pick(['#ff9a3c', '#5fd16a', '#3f8fff', '#b06aff'])}" opacity="0.85"`));
      d.glow(mx, H * 0.5, 120, '#5fb0ff', 0.35);
      main = { x: mx + face * W * 0.1, y: H * 0.97, h: H * 0.46, pose: 'inspect', face: (-face) as 1 | -1, style: { suit: brand, legs: '#22242c', skin: r.pick(skins), hair: '#1c1714', stripe: '#e8eef2', boots: '#18181c' }, rim: { color: '#8fc8ff', side: (-face) as 1 | -1 } };
      d.add(figure(main));
    } else if (meeting) {
      // a half circle of couriers listening to a man with his notes
      main = { x: W * 0.5 + face * W * 0.05, y: H * 0.84, h: H * 0.36, pose: 'read', face: (-face) as 1 | -1, style: { suit: '#2a2c34', legs: '#1e2028', skin: r.pick(skins), hair: '#1c1714', stripe: '#c0282d' }, rim: { color: lamp, side: 1 } };
      const ring: Figure[] = [];
      for (let i = 0; i < 9; i++) {
        const a = Math.PI * (0.1 + (i / 8) * 0.8);
        const x = W * 0.5 + Math.cos(a) * W * 0.36 * -face;
        const depth = Math.sin(a);
        ring.push({ x, y: H * (0.97 - depth * 0.2), h: H * (0.44 - depth * 0.14), pose: 'stand', face: (x < main.x ? 1 : -1) as 1 | -1, style: { suit: r.chance(0.6) ? brand : '#2a2c34', legs: '#22242c', skin: r.pick(skins), hair: '#1c1714', stripe: '#e8eef2', helmet: r.chance(0.3) ? mix(brand, '#ffffff', 0.15) : undefined } });
      }
      ring.sort((a, b) => a.y - b.y);
      for (const p of ring.filter((p) => p.y < main.y)) d.add(figure(p));
      d.add(figure(main));
      for (const p of ring.filter((p) => p.y >= main.y)) d.add(figure(p));
      const hnd = handOf(main);
      d.add(rect(hnd[0] - 12, hnd[1] - 18, 24, 30, `fill="#f4f2ec"`));
    } else {
      // a desk in the corner: one shows the other his phone; the listener's arm is in a cast
      const tx = W * 0.5;
      d.add(rect(tx - W * 0.2, H * 0.74, W * 0.4, 12, `fill="#7a5a3e"`), rect(tx - W * 0.18, H * 0.75, 10, H * 0.2, `fill="#4a3626"`), rect(tx + W * 0.17, H * 0.75, 10, H * 0.2, `fill="#4a3626"`));
      d.add(rect(tx + W * 0.05, H * 0.72, 60, 14, `fill="#f4f2ec"`), rect(tx + W * 0.05 + 4, H * 0.705, 56, 12, `fill="#e8e4d8"`));
      main = { x: tx - W * 0.14, y: H * 0.96, h: H * 0.5, pose: 'sit', face: 1, style: { suit: '#2a2c34', legs: '#1e2028', skin: r.pick(skins), hair: '#1c1714', stripe: '#c0282d' } };
      const other: Figure = { x: tx + W * 0.14, y: H * 0.96, h: H * 0.5, pose: 'sit', face: -1, style: { suit: brand, legs: '#22242c', skin: r.pick(skins), hair: '#2a2420' } };
      d.add(figure(other), figure(main));
      const oh = handOf(other);
      d.add(rect(oh[0] - 6, oh[1] - 30, 40, 22, `rx="8" fill="#f6f6f2" transform="rotate(-20 ${f(oh[0])} ${f(oh[1])})"`));
      const mh = handOf(main);
      d.add(rect(mh[0] - 8, mh[1] - 26, 22, 38, `rx="4" fill="#111214"`), rect(mh[0] - 5, mh[1] - 23, 16, 32, `fill="#5a8ac0"`));
    }
    finish(d, { vignette: 0.55, grade: '#0d2a5a', gradeOpacity: 0.06 });
    const head = headOf(main);
    return focusAt(d, head[0], head[1] + H * 0.08);
  }

  // the rider, carrying a parcel toward the first trike
  const fig: Figure = {
    x: bikes[0]! - face * W * 0.2,
    y: H * 0.97,
    h: H * 0.44,
    pose: 'carry',
    face,
    style: { suit: brand, legs: '#22242c', helmet: mix(brand, '#ffffff', 0.15), skin: '#a7775c', stripe: '#e8eef2', boots: '#18181c', gloves: '#2a2a30' },
    rim: { color: lamp, side: (-face) as 1 | -1 },
  };
  d.add(groundShadow(fig.x, fig.y, fig.h * 0.22, '#000000', 0.45));
  d.add(figure(fig));
  const hand = handOf(fig);
  d.add(box(hand[0] - fig.h * 0.08 + face * fig.h * 0.04, hand[1] - fig.h * 0.12, fig.h * 0.17, fig.h * 0.12, 0.2, lamp));

  finish(d, { vignette: 0.55, grade: '#0d2a5a', gradeOpacity: 0.06 });
  const head = headOf(fig);
  return focusAt(d, (head[0] + bikes[0]!) / 2, head[1] + H * 0.08);
}

/** An electric cargo tricycle: cab-less frame, seat, handlebar, big box on the back. */
function trike(d: Doc, x: number, y: number, s: number, brand: string, face: 1 | -1, lamp: string): void {
  const R = 26 * s;
  const X = (u: number) => x + face * u * s;
  const boxW = 130 * s;
  const boxH = 100 * s;
  // box at the back, behind the seat
  const bx0 = Math.min(X(-150), X(-150 + 130));
  d.add(rect(bx0, y - R * 2 - boxH, boxW, boxH, `rx="${f(4 * s)}" fill="${d.lin([[0, mix(brand, lamp, 0.3)], [0.2, brand], [1, mix(brand, '#000000', 0.45)]])}"`));
  d.add(rect(bx0 + boxW * 0.3, y - R * 2 - boxH * 0.62, boxW * 0.4, boxH * 0.24, `fill="#ffffff" opacity="0.8" rx="${f(3 * s)}"`));
  // frame, seat, handlebar
  d.add(path(`M${f(X(-140))},${f(y - R * 1.6)} L${f(X(10))},${f(y - R * 1.6)} L${f(X(40))},${f(y - R * 1.3)} L${f(X(80))},${f(y - R)}`, `fill="none" stroke="#1c1d22" stroke-width="${f(9 * s)}" stroke-linejoin="round"`));
  d.add(rect(Math.min(X(-10), X(20)), y - R * 2.1, 30 * s, 9 * s, `rx="3" fill="#17181c"`));
  d.add(path(`M${f(X(60))},${f(y - R * 1.1)} L${f(X(50))},${f(y - R * 3.2)} L${f(X(35))},${f(y - R * 3.3)}`, `fill="none" stroke="#1c1d22" stroke-width="${f(6 * s)}" stroke-linecap="round"`));
  d.add(path(`M${f(X(80))},${f(y - R)} L${f(X(55))},${f(y - R * 2.6)} L${f(X(62))},${f(y - R * 2.6)}`, `fill="none" stroke="${mix(brand, '#000000', 0.3)}" stroke-width="${f(14 * s)}" stroke-linejoin="round"`));
  // wheels
  for (const u of [-120, -40, 80]) {
    d.add(circle(X(u), y - R, R, `fill="#0f1013"`), circle(X(u), y - R, R * 0.5, `fill="#3a3c44"`), circle(X(u), y - R, R * 0.15, `fill="#8a8c94"`));
  }
  // headlamp
  d.glow(X(58), y - R * 2.5, 26 * s, '#fff6dc', 0.9);
}

/** Daybreak in winter: riders on loaded e-trikes filing out of the depot gate, snow on the kerb, breath in the cold. */
function departure(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  void ctx;
  const brand = r.pick(BRANDS);
  const hz = H * 0.58;
  sky(d, [[0, '#2a3a5e'], [0.55, '#7a86a6'], [0.85, '#d8b8a8'], [1, '#f2d2b0']], hz + 2);
  d.glow(W * r.range(0.6, 0.85), hz, W * 0.5, '#ffd8b0', 0.45, H * 0.25);
  skyline(d, r, hz, H * 0.04, H * 0.14, '#4a5270', { windows: '#ffcf87', windowDensity: 0.1 });
  d.haze(hz, H * 0.1, '#c8c0c8', 0.5);
  // street and snowy kerbs
  d.add(rect(0, hz, W, H - hz, `fill="${d.lin([[0, '#6a6a78'], [1, '#3a3a44']])}"`));
  pebbles(d, r, hz + 10, H, 300, '#2a2a30', '#ffffff', 0.8);
  const snow: string[] = [];
  for (let i = 0; i < 40; i++) snow.push(ellipse(r.range(0, W), r.range(H * 0.9, H), r.range(20, 80), r.range(3, 8), ''));
  d.add(`<g fill="#eef0f4" opacity="0.75">${snow.join('')}</g>`, rect(0, hz + 4, W, 8, `fill="#eef0f4" opacity="0.7"`));
  // the depot gate on one side
  const dir: 1 | -1 = r.chance(0.5) ? 1 : -1;
  const gx = dir > 0 ? W * 0.08 : W * 0.92;
  d.add(rect(gx - 14, hz - H * 0.22, 28, H * 0.36, `fill="#3a3c48"`), rect(gx + dir * W * 0.3 - 14, hz - H * 0.22, 28, H * 0.36, `fill="#3a3c48"`));
  d.add(rect(Math.min(gx, gx + dir * W * 0.3) - 14, hz - H * 0.26, W * 0.3 + 28, H * 0.05, `fill="${brand}"`));
  // riders filing out, nearest largest
  const riders: Figure[] = [];
  for (let i = 3; i >= 0; i--) {
    const s = 0.55 + i * 0.2;
    const x = gx + dir * W * (0.18 + i * 0.2);
    const y = hz + H * (0.08 + i * 0.09);
    trike(d, x, y, s, brand, dir, '#ffe0b8');
    const rider: Figure = { x: x + dir * 10 * s, y: y - 26 * s * 0.6, h: 150 * s * 1.2, pose: 'ride', face: dir, style: { suit: brand, legs: '#22242c', helmet: mix(brand, '#ffffff', 0.2), skin: '#a7775c', stripe: '#e8eef2', gloves: '#1a1a1e', boots: '#18181c' } };
    d.add(figure(rider));
    const head = headOf(rider);
    d.glow(head[0] + dir * rider.h * 0.1, head[1] + rider.h * 0.03, rider.h * 0.07, '#ffffff', 0.4);
    riders.push(rider);
  }
  finish(d, { vignette: 0.5, grade: '#ffd0a0', gradeOpacity: 0.05 });
  const head = headOf(riders[riders.length - 1]!);
  return focusAt(d, head[0], head[1] + H * 0.1);
}
