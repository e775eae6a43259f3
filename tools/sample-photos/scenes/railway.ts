/** Railway yard: freight wagons side-on, a carriage inspector with a torch at the wheelset. */
import { Doc, f, mix, rect, circle, line, path, poly, ellipse, figure, handOf, headOf, groundShadow, type Rng, type Figure } from '../svg.ts';
import { sky, skyline, pebbles, beam, streaks, finish, focusAt, type SceneContext, type SceneResult } from './common.ts';

type Light = { name: string; sky: string[]; haze: string; ground: string; rail: string; sun?: string; lamps?: string; key: string };

const LIGHTS: Light[] = [
  { name: 'dawn', sky: ['#101c38', '#2b4471', '#7d86ab', '#e9ab84'], haze: '#9aa3c2', ground: '#222633', rail: '#d9b9a6', sun: '#ffd2a0', key: '#ffcfa0' },
  { name: 'night', sky: ['#05080f', '#0b1428', '#18223d', '#2f3550'], haze: '#3d4563', ground: '#12141b', rail: '#ffb566', lamps: '#ffb35c', key: '#ffb35c' },
  { name: 'grey', sky: ['#6f8092', '#9aa8b4', '#c3cacd', '#dedfd9'], haze: '#c3c8cb', ground: '#3a3d42', rail: '#e8e6e0', key: '#f1ece2' },
];

const WAGONS = [
  { kind: 'gondola', body: '#5e2b22' },
  { kind: 'boxcar', body: '#6a3424' },
  { kind: 'tank', body: '#23272c' },
  { kind: 'gondola', body: '#3c4a3f' },
] as const;

export function railway(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const L = ctx.text.includes('夜') ? LIGHTS[1]! : /清晨|晨光|灰蓝/.test(ctx.text) ? r.pick([LIGHTS[0]!, LIGHTS[2]!]) : /阳光/.test(ctx.text) ? LIGHTS[0]! : r.pick([LIGHTS[0]!, LIGHTS[0]!, LIGHTS[1]!, LIGHTS[2]!]);
  const hz = H * r.range(0.44, 0.5);
  const railY = H * 0.76;
  const R = H * 0.052; // wheel radius

  // sky and far distance
  sky(d, [
    [0, L.sky[0]!],
    [0.45, L.sky[1]!],
    [0.8, L.sky[2]!],
    [1, L.sky[3]!],
  ], hz + 2);
  const sunX = W * r.range(0.55, 0.9);
  if (L.sun) {
    d.glow(sunX, hz, W * 0.55, L.sun, 0.55, H * 0.35);
    d.glow(sunX, hz, W * 0.08, '#fff1d6', 0.9);
    streaks(d, r, H * 0.08, hz * 0.8, '#f3b6a0', 6, 0.25);
  } else if (L.name === 'grey') {
    streaks(d, r, H * 0.05, hz * 0.7, '#ffffff', 5, 0.18);
  }
  skyline(d, r, hz + 4, H * 0.02, H * 0.07, mix(L.haze, L.sky[3]!, 0.35), { chimneys: 2, windows: L.lamps ? '#ffc77a' : undefined, windowDensity: 0.08 });
  skyline(d, r, hz + 6, H * 0.01, H * 0.035, mix(L.haze, L.ground, 0.45), {});
  // ground
  d.add(rect(0, hz, W, H - hz, `fill="${d.lin([[0, mix(L.haze, L.ground, 0.55)], [0.25, L.ground], [1, mix(L.ground, '#000000', 0.45)]])}"`));
  d.haze(hz, H * 0.12, L.haze, 0.55);

  // distant tracks: thin bright lines getting further apart toward the camera
  const tracks: string[] = [];
  for (let i = 1; i < 9; i++) {
    const y = hz + (railY - R * 3.2 - hz) * (i / 9) ** 1.6;
    tracks.push(line([[0, y], [W, y]], `stroke="${L.rail}" stroke-opacity="${f(0.12 + i * 0.03)}" stroke-width="${f(0.5 + i * 0.12)}"`));
  }
  d.add(...tracks);

  // catenary masts and wires behind the train
  const mastColor = mix(L.ground, L.haze, 0.25);
  const mastStep = W * r.range(0.22, 0.3);
  const mastTop = hz - H * 0.2;
  const masts: string[] = [];
  for (let x = r.range(0, mastStep); x < W + mastStep; x += mastStep) {
    masts.push(rect(x - 4, mastTop, 8, railY - mastTop - R * 2, `fill="${mastColor}"`));
    masts.push(line([[x, mastTop + 16], [x + 46, mastTop + 12]], `stroke="${mastColor}" stroke-width="3"`));
    if (L.lamps) d.glow(x + 40, mastTop + 18, 90, L.lamps, 0.55);
  }
  d.add(...masts);
  d.add(path(`M0,${f(mastTop + 10)} Q${f(W / 2)},${f(mastTop + 26)} ${f(W)},${f(mastTop + 10)}`, `fill="none" stroke="${mastColor}" stroke-width="1.6"`));
  d.add(path(`M0,${f(mastTop + 30)} Q${f(W / 2)},${f(mastTop + 40)} ${f(W)},${f(mastTop + 30)}`, `fill="none" stroke="${mastColor}" stroke-width="1.2"`));
  if (L.lamps) for (let x = r.range(0, mastStep); x < W; x += mastStep) d.glow(x + 40, mastTop + 18, 14, '#fff0d0', 1);

  // ballast under the train
  pebbles(d, r, railY - R * 0.2, H, 900, '#000000', L.rail, 1.3);

  // wagons
  const wagon = r.pick(WAGONS);
  const bodyBottom = railY - R * 2.25;
  const bodyTop = bodyBottom - H * (wagon.kind === 'tank' ? 0.24 : 0.27);
  const gapX = W * r.range(0.58, 0.72);
  const spans: Array<[number, number]> = [
    [gapX - W * 1.05, gapX - 14],
    [gapX + 14, gapX + W * 1.05],
  ];
  const lit = L.key;
  for (const [x0, x1] of spans) drawWagon(d, r, wagon.kind, wagon.body, x0, x1, bodyTop, bodyBottom, railY, R, lit, L.name);
  // coupler
  d.add(rect(gapX - 22, bodyBottom - R * 0.2, 44, R * 0.35, `fill="#121214"`));

  // rail the train stands on
  d.add(rect(0, railY, W, 7, `fill="#2a2826"`), line([[0, railY + 0.8], [W, railY + 0.8]], `stroke="${L.rail}" stroke-opacity="0.75" stroke-width="1.6"`));

  // the inspector: crouched at a wheelset with a torch; or walking the yard; or down at the brake gear
  const walking = /走向|穿行|快步|走在/.test(ctx.text);
  const prone = /半趴|伸进|钻进|车底/.test(ctx.text);
  const photographer = /摄影|相机|镜头/.test(ctx.text);
  const leftWagonBogie = gapX - W * 0.16;
  const wheelX = leftWagonBogie - R * 1.35;
  const side: 1 | -1 = r.chance(0.5) ? 1 : -1;
  const suit = { suit: '#e06528', stripe: '#dfe6e6', helmet: r.pick(['#f2f0ea', '#f2c230']), skin: '#b98466', gloves: '#d8d2c0', boots: '#1d1c1b' };
  const rimSide: 1 | -1 = L.sun && sunX > wheelX ? 1 : -1;
  let fig: Figure;
  if (walking) {
    // small in the distance of the yard, between the trains
    fig = { x: W * r.range(0.3, 0.7), y: railY + H * 0.035, h: H * 0.2, pose: 'walk', face: side, style: suit, rim: { color: lit, side: rimSide } };
    d.add(groundShadow(fig.x, fig.y, fig.h * 0.3, '#000000', 0.4));
    d.add(figure(fig));
  } else {
    fig = {
      x: wheelX - side * R * (prone ? 2.2 : 2.6),
      y: railY + H * (photographer ? 0.05 : 0.07),
      h: H * (photographer ? 0.3 : 0.4),
      pose: prone ? 'kneel' : 'crouch',
      face: side,
      style: suit,
      rim: { color: lit, side: rimSide, width: 0.01 },
    };
    d.add(groundShadow(fig.x, fig.y, fig.h * 0.22, '#000000', 0.45));
    const hand = handOf(fig);
    // torch beam onto the wheel, and the pool of light it makes
    beam(d, hand, [wheelX, railY - R * (prone ? 1.6 : 0.9)], R * 0.9, '#fff3c8', 0.55);
    d.glow(wheelX, railY - R * (prone ? 1.6 : 0.9), R * 1.6, '#fff0c0', 0.85);
    d.add(figure(fig));
    // the torch itself and the inspection hammer in the other hand
    d.add(circle(hand[0], hand[1], fig.h * 0.018, `fill="#fffbe6"`));
    d.glow(hand[0], hand[1], fig.h * 0.06, '#fff6d0', 1);
    const back = handOf(fig, 'B');
    d.add(line([[back[0], back[1]], [back[0] + side * fig.h * 0.02, back[1] + fig.h * 0.16]], `stroke="#8a6a48" stroke-width="${f(fig.h * 0.012)}" stroke-linecap="round"`));
    d.add(rect(back[0] + side * fig.h * 0.02 - fig.h * 0.03, back[1] + fig.h * 0.15, fig.h * 0.06, fig.h * 0.025, `fill="#3a3a3c"`));
  }
  if (/霜|寒冷|雪/.test(ctx.text)) {
    // frost on the sleepers and ballast
    pebbles(d, r, railY, H, 700, '#dfe6ee', '#ffffff', 1.1);
    d.haze(railY, H * 0.2, '#c8d2e0', 0.18);
  }

  // a near rail across the bottom, out of focus
  const nearY = H * 0.95;
  d.add(rect(0, nearY - 9, W, 40, `fill="${mix(L.ground, '#000000', 0.5)}"`));
  d.add(line([[0, nearY - 8], [W, nearY - 8]], `stroke="${L.rail}" stroke-opacity="0.55" stroke-width="3.5"`));

  if (photographer) {
    const px = fig.x - side * W * 0.3;
    const ph: Figure = { x: px, y: H * 1.02, h: H * 0.62, pose: 'kneel', face: side, style: { suit: '#23262e', legs: '#1a1c22', skin: '#a2715a', hair: '#1c1714', boots: '#141416', gloves: '#2a2a2e' }, rim: { color: lit, side: rimSide } };
    d.add(figure(ph));
    const hnd = handOf(ph);
    d.add(rect(hnd[0] - ph.h * 0.05, hnd[1] - ph.h * 0.07, ph.h * 0.1, ph.h * 0.07, `rx="4" fill="#111114"`), circle(hnd[0] + side * ph.h * 0.06, hnd[1] - ph.h * 0.035, ph.h * 0.03, `fill="#1c1c20" stroke="#3a3a40" stroke-width="2"`));
    // breath in the cold
    d.glow(headOf(ph)[0] + side * ph.h * 0.12, headOf(ph)[1] + ph.h * 0.03, ph.h * 0.08, '#ffffff', 0.35);
  }

  finish(d, { vignette: 0.55, grade: L.name === 'night' ? '#1a2a55' : '#2a3a66', gradeOpacity: 0.06 });
  const head = headOf(fig);
  return focusAt(d, (head[0] + wheelX) / 2, head[1]);
}

function drawWagon(
  d: Doc,
  r: Rng,
  kind: string,
  body: string,
  x0: number,
  x1: number,
  top: number,
  bottom: number,
  railY: number,
  R: number,
  lit: string,
  light: string,
): void {
  const w = x1 - x0;
  const shade = mix(body, '#000000', 0.45);
  const hi = mix(body, lit, 0.28);
  // underframe
  d.add(rect(x0 + 20, bottom - 2, w - 40, R * 0.5, `fill="#17171a"`));
  if (kind === 'tank') {
    const cy = (top + bottom) / 2;
    const ry = (bottom - top) / 2;
    const paint = d.lin([[0, hi], [0.3, body], [0.8, shade], [1, mix(shade, '#000000', 0.3)]]);
    d.add(rect(x0, top, w, bottom - top, `rx="${f(ry)}" ry="${f(ry)}" fill="${paint}"`));
    // bands and walkway
    for (let x = x0 + w * 0.12; x < x1; x += w * 0.19) d.add(line([[x, top + 2], [x, bottom - 2]], `stroke="${shade}" stroke-width="2.2"`));
    d.add(rect(x0 + w * 0.46, top - R * 0.45, w * 0.08, R * 0.5, `fill="${shade}"`));
    d.add(line([[x0 + 10, cy + ry * 0.95], [x1 - 10, cy + ry * 0.95]], `stroke="#111" stroke-width="3"`));
  } else {
    const paint = d.lin([[0, hi], [0.12, body], [0.85, mix(body, '#000000', 0.2)], [1, shade]]);
    d.add(rect(x0, top, w, bottom - top, `fill="${paint}"`));
    // top rim catches the sky
    d.add(rect(x0, top - 3, w, 6, `fill="${mix(body, lit, 0.5)}"`));
    if (kind === 'gondola') {
      const ribs: string[] = [];
      for (let x = x0 + 18; x < x1 - 8; x += w / 15) {
        ribs.push(rect(x, top + 3, 7, bottom - top - 3, ''));
      }
      d.add(`<g fill="${shade}" opacity="0.8">${ribs.join('')}</g>`);
      const edges: string[] = [];
      for (let x = x0 + 18; x < x1 - 8; x += w / 15) edges.push(line([[x, top + 4], [x, bottom]], ''));
      d.add(`<g stroke="${hi}" stroke-width="1.2" opacity="0.6">${edges.join('')}</g>`);
      d.add(line([[x0, (top + bottom) / 2], [x1, (top + bottom) / 2]], `stroke="${shade}" stroke-width="3" opacity="0.7"`));
    } else {
      // boxcar: sliding door and panel seams
      const door = x0 + w * 0.42;
      d.add(rect(door, top + 8, w * 0.16, bottom - top - 10, `fill="${mix(body, '#000000', 0.15)}" stroke="${shade}" stroke-width="3"`));
      const seams: string[] = [];
      for (let x = x0 + w / 24; x < x1; x += w / 24) if (x < door - 4 || x > door + w * 0.16 + 4) seams.push(line([[x, top + 6], [x, bottom - 4]], ''));
      d.add(`<g stroke="${shade}" stroke-width="1.5" opacity="0.55">${seams.join('')}</g>`);
    }
    // a small number plate, blank
    d.add(rect(x0 + w * 0.2, bottom - (bottom - top) * 0.32, w * 0.06, (bottom - top) * 0.12, `fill="${mix(body, '#ffffff', 0.25)}" opacity="0.55"`));
  }
  // weathering: soft vertical streaks
  const grime: string[] = [];
  for (let i = 0; i < 26; i++) {
    const x = r.range(x0, x1);
    grime.push(rect(x, top + r.range(0, 20), r.range(3, 14), (bottom - top) * r.range(0.3, 0.9), ''));
  }
  d.add(`<g fill="#000000" opacity="${light === 'grey' ? 0.07 : 0.1}">${grime.join('')}</g>`);

  // two bogies
  for (const bx of [x0 + w * 0.16, x1 - w * 0.16]) {
    const cy = railY - R;
    d.add(rect(bx - R * 2.6, cy - R * 0.55, R * 5.2, R * 0.95, `rx="6" fill="#1b1b1e"`));
    for (const wx of [bx - R * 1.35, bx + R * 1.35]) {
      d.add(circle(wx, cy, R, `fill="#222225" stroke="#3b3b3f" stroke-width="2"`));
      d.add(circle(wx, cy, R * 0.82, `fill="none" stroke="#2d2d31" stroke-width="${f(R * 0.1)}"`));
      d.add(circle(wx, cy, R * 0.3, `fill="#333338"`));
      d.add(path(`M${f(wx - R * 0.95)},${f(cy + R * 0.3)} A${f(R)},${f(R)} 0 0 0 ${f(wx + R * 0.95)},${f(cy + R * 0.3)}`, `fill="none" stroke="${lit}" stroke-opacity="0.4" stroke-width="2"`));
    }
    // spring nest and side frame
    d.add(rect(bx - R * 0.55, cy - R * 0.75, R * 1.1, R * 0.9, `fill="#141416"`));
    for (let k = 0; k < 3; k++) d.add(line([[bx - R * 0.4, cy - R * 0.6 + k * R * 0.25], [bx + R * 0.4, cy - R * 0.6 + k * R * 0.25]], `stroke="#3a3a40" stroke-width="3"`));
    d.add(poly([[bx - R * 2.4, cy - R * 0.35], [bx + R * 2.4, cy - R * 0.35], [bx + R * 1.6, cy + R * 0.25], [bx - R * 1.6, cy + R * 0.25]], `fill="#202024"`));
  }
  void ellipse;
}
