/** Highway across the Gobi at dusk: a long-haul truck pulled over on the shoulder, the driver checking the wheels. */
import { Doc, f, mix, rect, circle, line, path, poly, ridge, ellipse, figure, headOf, handOf, groundShadow, type Rng, type Figure } from '../svg.ts';
import { sky, streaks, tufts, pebbles, beam, finish, focusAt, type SceneContext, type SceneResult } from './common.ts';

type Palette = { sky: string[]; sun: string; ridges: string[]; land: string[]; road: string; rim: string };

const PALETTES: Palette[] = [
  { sky: ['#181a3c', '#47305f', '#b8566c', '#f09a5c', '#ffcb86'], sun: '#ffd9a0', ridges: ['#7a4f72', '#4e3556', '#2e2138'], land: ['#2a1f33', '#140f1a'], road: '#262230', rim: '#ffb27a' },
  { sky: ['#0f1c33', '#2a3f63', '#7b7d96', '#d69a7a', '#f3c695'], sun: '#ffe0b8', ridges: ['#6a6f86', '#444a63', '#272c40'], land: ['#262a38', '#12141c'], road: '#22252f', rim: '#ffc79a' },
];

/** Winter night: freezing fog, snow on the verges, sodium and marker lights. */
const NIGHT: Palette = { sky: ['#05070d', '#0b1120', '#1a2236', '#2e3348', '#3e3e4e'], sun: '#ffcf8a', ridges: ['#2a3042', '#1c2232', '#141824'], land: ['#2a2e3a', '#15171e'], road: '#1c1e26', rim: '#ffc27a' };

export function highway(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  if (/驾驶室内|方向盘|仪表台/.test(ctx.text)) return cabInterior(d, r, ctx);
  const { W, H } = d;
  const night = /夜|冬|雪/.test(ctx.text);
  const P = night ? NIGHT : r.pick(PALETTES);
  const hz = H * r.range(0.56, 0.6);
  sky(d, [
    [0, P.sky[0]!],
    [0.4, P.sky[1]!],
    [0.72, P.sky[2]!],
    [0.92, P.sky[3]!],
    [1, P.sky[4]!],
  ], hz + 4);
  const sunX = W * r.range(0.15, 0.85);
  if (!night) {
    d.glow(sunX, hz, W * 0.7, P.sun, 0.55, H * 0.4);
    d.glow(sunX, hz, W * 0.12, '#fff1da', 0.8, H * 0.06);
    streaks(d, r, H * 0.1, hz * 0.8, mix(P.sky[3]!, '#ffffff', 0.1), 9, 0.35);
  } else {
    d.glow(W * 0.5, hz, W * 0.8, '#8a7a6a', 0.35, H * 0.25);
  }

  // mountain ranges stepping forward, with wind turbines on the far ridge
  const ridges = P.ridges;
  d.add(path(ridge(r, W, hz - H * 0.1, H * 0.05, hz + 10, 12, 0.55), `fill="${mix(ridges[0]!, P.sky[3]!, 0.45)}"`));
  const turbines: string[] = [];
  for (let i = 0; i < r.int(4, 8); i++) {
    const x = r.range(0.05, 0.95) * W;
    const y = hz - H * r.range(0.11, 0.14);
    const th = H * r.range(0.07, 0.1);
    const a = r.range(0, Math.PI * 2);
    turbines.push(line([[x, y], [x, y - th]], `stroke-width="1.4"`));
    for (let k = 0; k < 3; k++) {
      const b = a + (k * Math.PI * 2) / 3;
      turbines.push(line([[x, y - th], [x + Math.cos(b) * th * 0.5, y - th + Math.sin(b) * th * 0.5]], `stroke-width="1"`));
    }
  }
  d.add(`<g stroke="${mix(ridges[0]!, '#ffffff', 0.25)}" opacity="0.6">${turbines.join('')}</g>`);
  d.add(path(ridge(r, W, hz - H * 0.05, H * 0.035, hz + 10, 16, 0.5), `fill="${mix(ridges[1]!, P.sky[3]!, 0.25)}"`));
  d.haze(hz, H * 0.08, P.sky[3]!, 0.45);
  d.add(path(ridge(r, W, hz - H * 0.012, H * 0.01, hz + 10, 20, 0.4), `fill="${ridges[2]}"`));

  // gobi plain
  d.add(rect(0, hz, W, H - hz, `fill="${d.lin([[0, mix(P.land[0]!, P.sky[3]!, 0.2)], [0.3, P.land[0]!], [1, P.land[1]!]])}"`));
  pebbles(d, r, hz + 10, H * 0.72, 500, '#000000', P.rim, 0.7);
  // power line along the road
  const poles: string[] = [];
  for (let x = r.range(0, 120); x < W; x += 150) poles.push(rect(x, H * 0.5, 3, H * 0.2, ''), rect(x - 14, H * 0.51, 31, 3, ''));
  d.add(`<g fill="${P.ridges[2]}">${poles.join('')}</g>`);
  d.add(path(`M0,${f(H * 0.515)} ${Array.from({ length: 10 }, (_, i) => `Q${f(i * 150 + 75)},${f(H * 0.54)} ${f((i + 1) * 150)},${f(H * 0.515)}`).join(' ')}`, `fill="none" stroke="${P.ridges[2]}" stroke-width="0.8"`));

  // the road, side-on, with its sheen of sky
  const roadTop = H * 0.72;
  const roadBottom = H * 0.86;
  d.add(rect(0, roadTop, W, roadBottom - roadTop, `fill="${d.lin([[0, mix(P.road, P.sky[3]!, 0.25)], [0.5, P.road], [1, mix(P.road, '#000000', 0.3)]])}"`));
  d.glow(sunX, roadTop + 8, W * 0.4, P.sun, 0.25, 10);
  const dashes: string[] = [];
  for (let x = r.range(-40, 0); x < W; x += 90) dashes.push(rect(x, (roadTop + roadBottom) / 2 - 1.5, 48, 3, ''));
  d.add(`<g fill="#e9e2d2" opacity="0.6">${dashes.join('')}</g>`);
  d.add(rect(0, roadTop + 4, W, 2, `fill="#e9e2d2" opacity="0.45"`), rect(0, roadBottom - 6, W, 2.5, `fill="#e9e2d2" opacity="0.5"`));
  // guardrail on the far side
  const rail: string[] = [];
  for (let x = 10; x < W; x += 40) rail.push(rect(x, roadTop - 14, 3, 14, ''));
  d.add(`<g fill="#1a1620">${rail.join('')}</g>`, rect(0, roadTop - 14, W, 4, `fill="#8b8797" opacity="0.6"`));
  // distant traffic
  for (let i = 0; i < r.int(2, 4); i++) {
    const x = r.range(0, W);
    d.glow(x, roadTop + 12, 14, r.chance(0.5) ? '#ff5a4a' : '#fff1c8', 0.8);
  }

  // the truck, pulled over, facing left or right
  const dir: 1 | -1 = r.chance(0.5) ? 1 : -1;
  const tl = len0(W); // overall length
  const tx = dir > 0 ? W * r.range(0.12, 0.2) : W * r.range(0.8, 0.88); // rear end
  const wheelY = roadBottom - 4;
  const trailer = r.pick(['#2f5d8a', '#8a2f2f', '#cfcfd2', '#3f6a4a', '#c98a2b']);
  const cab = r.pick(['#b8322a', '#2d5a9a', '#2f6b4a', '#c8782a'].filter((c) => c !== trailer));
  truck(d, tx, wheelY, tl, dir, trailer, cab, P);

  // headlight beam along the road
  const front = tx + dir * tl;
  beam(d, [front, wheelY - 38], [front + dir * W * 0.4, wheelY - 20], 40, '#fff4d6', 0.35);
  d.glow(front, wheelY - 38, 60, '#fff4d6', 0.9);

  // foreground shoulder
  d.add(rect(0, roadBottom, W, H - roadBottom, `fill="${d.lin([[0, mix(P.land[1]!, P.rim, 0.08)], [1, P.land[1]!]])}"`));
  pebbles(d, r, roadBottom, H, 500, '#000000', P.rim, 1.3);
  tufts(d, r, H * 0.98, 70, '#0e0a12', H * 0.07);

  if (night) {
    // more trucks queued nose to tail behind the first, in the fog
    for (let k = 1; k < 3; k++) {
      const rear2 = tx - dir * k * (tl + W * 0.05);
      d.add(`<g opacity="${f(1 - k * 0.3)}">`);
      truck(d, rear2, wheelY - k * 6, tl, dir, r.pick(['#2f5d8a', '#8a2f2f', '#cfcfd2']), r.pick(['#b8322a', '#2d5a9a']), P);
      d.add(`</g>`);
    }
    d.haze(roadTop, H * 0.25, '#8a8a96', 0.35);
    // snow along the verge and on the shoulder
    const snow: string[] = [];
    for (let i = 0; i < 60; i++) snow.push(ellipse(r.range(0, W), r.range(roadBottom + 4, H), r.range(10, 60), r.range(2, 6), ''));
    d.add(`<g fill="#d8dce4" opacity="0.35">${snow.join('')}</g>`, rect(0, roadTop - 18, W, 6, `fill="#d8dce4" opacity="0.4"`));
  }

  // the driver, checking the front wheel with a torch (or a volunteer handing something up to the cab)
  const volunteer = /递|志愿者/.test(ctx.text);
  const fig: Figure = volunteer ? {
    x: front - dir * len0(W) * 0.12,
    y: H * 0.93,
    h: H * 0.34,
    pose: 'reach',
    face: dir,
    style: { suit: '#c0282d', stripe: '#f2c230', legs: '#25252c', skin: '#b07f62', hair: '#1c1714', boots: '#141216' },
    rim: { color: P.rim, side: (sunX > front ? 1 : -1) as 1 | -1 },
  } : {
    x: front - dir * len0(W) * 0.1,
    y: H * 0.96,
    h: H * 0.36,
    pose: 'inspect',
    face: (-dir) as 1 | -1,
    style: { suit: '#2c3e5a', legs: '#25252c', cap: '#b03a2e', skin: '#a3735a', stripe: undefined, boots: '#141216' },
    rim: { color: P.rim, side: (sunX > front ? 1 : -1) as 1 | -1 },
  };
  d.add(groundShadow(fig.x, fig.y, fig.h * 0.2, '#000000', 0.4));
  d.add(figure(fig));
  const hand = handOf(fig);
  if (volunteer) {
    d.add(rect(hand[0] - 12, hand[1] - 16, 24, 22, `rx="4" fill="#d8262d"`), rect(hand[0] - 4, hand[1] - 20, 8, 6, `fill="#f2c230"`));
  } else {
    d.add(circle(hand[0], hand[1], 3, `fill="#fffbe6"`));
    beam(d, hand, [front - dir * tl * 0.1, wheelY - 10], 22, '#fff3c8', 0.3);
  }

  finish(d, { vignette: 0.55, grade: P.sky[2]!, gradeOpacity: 0.04 });
  const head = headOf(fig);
  return focusAt(d, (head[0] + (tx + front) / 2) / 2, (head[1] + wheelY - 80) / 2);
}

function len0(W: number): number {
  return W * 0.62;
}

function truck(d: Doc, rear: number, wheelY: number, len: number, dir: 1 | -1, body: string, cab: string, P: Palette): void {
  const X = (u: number) => rear + dir * u; // u: distance from the rear toward the front
  const R = 22;
  const cabLen = len * 0.2;
  const trailerLen = len - cabLen - 10;
  const boxTop = wheelY - R - 150;
  const boxBottom = wheelY - R - 14;
  const sx = (a: number, b: number) => [Math.min(X(a), X(b)), Math.abs(X(b) - X(a))] as const;
  // trailer box with corrugations and a lit edge
  const [bx, bw] = sx(0, trailerLen);
  d.add(rect(bx, boxTop, bw, boxBottom - boxTop, `fill="${d.lin([[0, mix(body, P.rim, 0.25)], [0.15, body], [1, mix(body, '#000000', 0.4)]])}"`));
  const ribs: string[] = [];
  for (let u = 14; u < trailerLen; u += 18) ribs.push(line([[X(u), boxTop + 4], [X(u), boxBottom - 3]], ''));
  d.add(`<g stroke="#000000" stroke-opacity="0.16" stroke-width="3">${ribs.join('')}</g>`);
  d.add(rect(bx, boxBottom - 2, bw, 10, `fill="#16141a"`));
  // marker lights along the side
  for (let u = 30; u < trailerLen; u += 80) d.glow(X(u), boxBottom + 3, 8, '#ffb347', 0.9);
  d.glow(X(2), boxBottom - 4, 12, '#ff4a3a', 0.9);
  // cab: a boxy forward-control cab with a lit window
  const c0 = trailerLen + 10;
  const cabTop = boxTop - 8;
  const pts: Array<[number, number]> = [
    [X(c0), boxBottom + 8],
    [X(c0), cabTop + 6],
    [X(c0 + cabLen * 0.85), cabTop],
    [X(c0 + cabLen), cabTop + 40],
    [X(c0 + cabLen), boxBottom + 8],
  ];
  d.add(poly(pts, `fill="${d.lin([[0, mix(cab, '#ffffff', 0.25)], [0.5, cab], [1, mix(cab, '#000000', 0.5)]])}" stroke="#2b2a2e" stroke-width="1.5" stroke-linejoin="round"`));
  // windscreen and side window
  d.add(poly([[X(c0 + cabLen * 0.55), cabTop + 8], [X(c0 + cabLen * 0.86), cabTop + 6], [X(c0 + cabLen * 0.98), cabTop + 42], [X(c0 + cabLen * 0.55), cabTop + 46]], `fill="${d.lin([[0, mix(P.sky[2]!, '#ffffff', 0.2)], [1, '#2a2a3a']])}"`));
  d.add(rect(Math.min(X(c0 + cabLen * 0.12), X(c0 + cabLen * 0.48)), cabTop + 12, cabLen * 0.36, 36, `fill="#ffcf87" opacity="0.85"`));
  d.glow(X(c0 + cabLen * 0.3), cabTop + 30, 50, '#ffcf87', 0.35);
  // grille and bumper
  d.add(rect(Math.min(X(c0 + cabLen - 4), X(c0 + cabLen + 6)), cabTop + 50, 10, boxBottom - cabTop - 36, `fill="#2b2a2e"`));
  // wheels: three trailer axles, two under the cab
  for (const u of [24, 24 + 2.3 * R, 24 + 4.6 * R, c0 + 22, c0 + cabLen - 26]) {
    d.add(circle(X(u), wheelY - R, R, `fill="#121114"`), circle(X(u), wheelY - R, R * 0.45, `fill="#5a5860"`), circle(X(u), wheelY - R, R * 0.15, `fill="#2a292e"`));
  }
  d.add(rect(Math.min(X(c0 - 10), X(c0 + cabLen)), wheelY - R - 20, cabLen + 10, 8, `fill="#1c1b20"`));
}

/** From the driver's seat: dashboard, wheel and a hand on it, a small sticker, a grey winter highway through the glass. */
function cabInterior(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const winter = /冬|雪|灰白/.test(ctx.text);
  // the view out: grey sky, flat land, the road running away
  const hz = H * 0.42;
  d.add(rect(0, 0, W, hz, `fill="${d.lin(winter ? [[0, '#9aa2ac'], [1, '#d8dadc']] : [[0, '#7fa6cc'], [1, '#e4e6e2']])}"`));
  d.add(rect(0, hz, W, H - hz, `fill="${winter ? '#c8ccce' : '#8a8a72'}"`));
  d.add(path(`M${f(W * 0.48)},${f(hz)} L${f(W * 0.52)},${f(hz)} L${f(W * 0.95)},${f(H)} L${f(W * 0.05)},${f(H)} Z`, `fill="${winter ? '#7a7e84' : '#5a5a60'}"`));
  for (let k = 0; k < 6; k++) {
    const t0 = (k / 6) ** 2;
    const t1 = ((k + 0.5) / 6) ** 2;
    d.add(path(`M${f(W * 0.5 - 2 - t0 * 6)},${f(hz + t0 * (H - hz))} L${f(W * 0.5 + 2 + t0 * 6)},${f(hz + t0 * (H - hz))} L${f(W * 0.5 + 2 + t1 * 6)},${f(hz + t1 * (H - hz))} L${f(W * 0.5 - 2 - t1 * 6)},${f(hz + t1 * (H - hz))} Z`, `fill="#e8e8e4"`));
  }
  d.add(rect(0, hz - 6, W, 6, `fill="${winter ? '#8a9098' : '#6a7a6a'}"`));
  if (winter) d.haze(hz, H * 0.2, '#e8eaec', 0.5);
  // a truck far ahead
  d.add(rect(W * 0.49, hz - 8, 16, 12, `fill="#3a3c44"`));
  // cab: pillars, roof, dashboard
  d.add(path(`M0,0 L${f(W)},0 L${f(W)},${f(H)} L0,${f(H)} Z M${f(W * 0.14)},${f(H * 0.1)} L${f(W * 0.86)},${f(H * 0.1)} L${f(W * 0.97)},${f(H * 0.62)} L${f(W * 0.03)},${f(H * 0.62)} Z`, `fill="#1e2024" fill-rule="evenodd"`));
  d.add(path(`M0,${f(H * 0.6)} Q${f(W * 0.5)},${f(H * 0.55)} ${f(W)},${f(H * 0.6)} L${f(W)},${f(H)} L0,${f(H)} Z`, `fill="${d.lin([[0, '#3a3c42'], [1, '#16171a']])}"`));
  // gauges glowing softly
  for (let k = 0; k < 2; k++) {
    const gx = W * (0.3 + k * 0.1);
    d.add(circle(gx, H * 0.66, 28, `fill="#0c0d10" stroke="#4a4c52" stroke-width="3"`), line([[gx, H * 0.66], [gx + 14, H * 0.66 - 18]], `stroke="#ff8a3a" stroke-width="3"`));
    d.glow(gx, H * 0.66, 40, '#6ab0ff', 0.25);
  }
  // the sticker on the dash
  d.add(rect(W * 0.64, H * 0.6, 90, 50, `rx="6" fill="#f4f0e6" transform="rotate(-4 ${f(W * 0.64 + 45)} ${f(H * 0.6 + 25)})"`), rect(W * 0.64 + 10, H * 0.6 + 10, 70, 9, `fill="#c0392b"`), rect(W * 0.64 + 10, H * 0.6 + 28, 60, 6, `fill="#8a867c"`));
  // the steering wheel and a hand on it
  const wx = W * 0.34;
  const wy = H * 0.86;
  d.add(ellipse(wx, wy, W * 0.2, H * 0.2, `fill="none" stroke="#121316" stroke-width="26"`));
  d.add(ellipse(wx, wy, W * 0.2, H * 0.2, `fill="none" stroke="#3a3c42" stroke-width="3" transform="translate(0 -8)"`));
  d.add(path(`M${f(wx - W * 0.19)},${f(wy)} L${f(wx - 40)},${f(wy + 10)} M${f(wx + W * 0.19)},${f(wy)} L${f(wx + 40)},${f(wy + 10)}`, `stroke="#121316" stroke-width="22"`));
  d.add(circle(wx, wy + 10, 50, `fill="#1a1b1f"`));
  const hx = wx + W * 0.14;
  const hy = wy - H * 0.15;
  d.add(path(`M${f(hx + 120)},${f(H)} C${f(hx + 80)},${f(hy + 120)} ${f(hx + 40)},${f(hy + 40)} ${f(hx)},${f(hy)} C${f(hx - 30)},${f(hy - 20)} ${f(hx - 10)},${f(hy - 40)} ${f(hx + 30)},${f(hy - 30)} C${f(hx + 70)},${f(hy - 20)} ${f(hx + 130)},${f(hy + 60)} ${f(hx + 200)},${f(H)} Z`, `fill="${d.lin([[0, '#c8987a'], [1, '#8a5a42']], 0, 0, 1, 0)}"`));
  d.add(path(`M${f(hx + 120)},${f(H)} C${f(hx + 100)},${f(hy + 160)} ${f(hx + 80)},${f(hy + 90)} ${f(hx + 60)},${f(hy + 60)} L${f(hx + 200)},${f(hy + 120)} L${f(hx + 260)},${f(H)} Z`, `fill="#2a3a5a"`));
  // reflections on the glass
  d.add(path(`M${f(W * 0.2)},${f(H * 0.12)} L${f(W * 0.3)},${f(H * 0.12)} L${f(W * 0.18)},${f(H * 0.55)} L${f(W * 0.12)},${f(H * 0.55)} Z`, `fill="#ffffff" opacity="0.06"`));
  void r;
  finish(d, { vignette: 0.5, grade: '#8aa0b8', gradeOpacity: 0.05 });
  return focusAt(d, W * 0.6, H * 0.62);
}
