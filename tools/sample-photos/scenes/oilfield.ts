/** Oil field at sunrise: pump jacks over a reed-pond plain, an oil worker walking the well site. */
import { Doc, f, mix, rect, circle, line, path, poly, ellipse, ridge, figure, headOf, handOf, groundShadow, type Rng, type Figure } from '../svg.ts';
import { sky, streaks, tufts, pebbles, finish, focusAt, type SceneContext, type SceneResult } from './common.ts';

type Palette = { sky: string[]; sun: string; haze: string; land: string[]; ink: string; rim: string };

const PALETTES: Palette[] = [
  // sunrise: violet to gold
  { sky: ['#1c1d45', '#4a3a6c', '#c06a7c', '#f4ad6a', '#ffd898'], sun: '#ffe3ae', haze: '#d9939a', land: ['#3b2b48', '#1c1426'], ink: '#1a1224', rim: '#ffb77a' },
  // hazy morning: blue-grey to pale amber
  { sky: ['#3f5677', '#7a8ca6', '#c2bcb8', '#ecd2aa', '#f6e2bd'], sun: '#fff2d8', haze: '#d8c9b8', land: ['#5a5652', '#2d2b2c'], ink: '#2a272b', rim: '#ffe1b0' },
  // winter dusk: steel blue to rose
  { sky: ['#141a33', '#2e3a5e', '#7b6f8c', '#d8928a', '#f0b58e'], sun: '#ffd2b0', haze: '#b49aa8', land: ['#39334a', '#17141f'], ink: '#15121c', rim: '#ffc29a' },
];

export function oilfield(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  void ctx;
  const P = r.pick(PALETTES);
  const hz = H * r.range(0.6, 0.66);
  sky(d, [
    [0, P.sky[0]!],
    [0.35, P.sky[1]!],
    [0.7, P.sky[2]!],
    [0.9, P.sky[3]!],
    [1, P.sky[4]!],
  ], hz + 2);
  const sunX = W * r.pick([0.22, 0.3, 0.72, 0.8]);
  d.glow(sunX, hz, W * 0.75, P.sun, 0.6, H * 0.45);
  d.glow(sunX, hz - H * 0.02, W * 0.1, '#fff6e6', 0.9);
  d.add(circle(sunX, hz - H * 0.02, H * 0.032, `fill="#fff8ea"`));
  streaks(d, r, H * 0.12, hz * 0.85, mix(P.sky[3]!, '#ffffff', 0.2), 8, 0.3);

  // far plain: a faint line of small pump jacks and power poles
  d.add(path(ridge(r, W, hz - 3, 3, hz + 20, 10, 0.7), `fill="${mix(P.haze, P.land[0]!, 0.4)}"`));
  const far: string[] = [];
  for (let i = 0; i < r.int(5, 9); i++) {
    const x = r.range(0, W);
    far.push(pumpJack(x, hz + 2, H * r.range(0.025, 0.045), r.range(-0.2, 0.2), r.chance(0.5) ? 1 : -1));
  }
  for (let x = r.range(0, 80); x < W; x += r.range(70, 110)) far.push(rect(x, hz - H * 0.05, 1.6, H * 0.05, ''));
  d.add(`<g fill="${mix(P.haze, P.ink, 0.35)}" stroke="${mix(P.haze, P.ink, 0.35)}" opacity="0.7">${far.join('')}</g>`);
  d.add(path(`M0,${f(hz - H * 0.045)} ${Array.from({ length: 14 }, (_, i) => `Q${f((i + 0.5) * (W / 13))},${f(hz - H * 0.04)} ${f((i + 1) * (W / 13))},${f(hz - H * 0.045)}`).join(' ')}`, `fill="none" stroke="${mix(P.haze, P.ink, 0.35)}" stroke-width="0.8" opacity="0.6"`));

  // land
  d.add(rect(0, hz + 2, W, H - hz, `fill="${d.lin([[0, mix(P.land[0]!, P.haze, 0.35)], [0.4, P.land[0]!], [1, P.land[1]!]])}"`));
  d.haze(hz + 4, H * 0.09, P.haze, 0.6);

  // a reed pond that mirrors the sky
  const pondY = hz + (H - hz) * r.range(0.22, 0.3);
  const pondX = r.range(0.05, 0.3) * W;
  const pondW = W * r.range(0.35, 0.5);
  const pondPaint = d.lin([[0, mix(P.sky[3]!, P.land[0]!, 0.25)], [1, mix(P.sky[1]!, P.land[1]!, 0.4)]]);
  d.add(ellipse(pondX + pondW / 2, pondY, pondW / 2, (H - hz) * 0.09, `fill="${pondPaint}"`));
  d.glow(sunX, pondY, W * 0.12, P.sun, 0.35, H * 0.02);
  tufts(d, r, pondY - (H - hz) * 0.07, 70, mix(P.ink, P.land[0]!, 0.3), H * 0.05, 0.9, pondX - 20, pondX + pondW + 20);
  tufts(d, r, pondY + (H - hz) * 0.08, 50, mix(P.ink, P.land[0]!, 0.2), H * 0.06, 0.95, pondX, pondX + pondW);

  // main pump jack and a second, further one
  const face: 1 | -1 = sunX > W / 2 ? -1 : 1;
  const mainX = sunX > W / 2 ? W * r.range(0.32, 0.42) : W * r.range(0.58, 0.68);
  const mainY = hz + (H - hz) * 0.42;
  const size = H * r.range(0.36, 0.42);
  const secondX = mainX + (sunX > W / 2 ? -1 : 1) * W * r.range(0.28, 0.36);
  d.add(`<g fill="${mix(P.ink, P.haze, 0.4)}" stroke="${mix(P.ink, P.haze, 0.4)}">${pumpJack(secondX, hz + (H - hz) * 0.18, size * 0.42, r.range(-0.15, 0.15), face)}</g>`);
  d.add(ellipse(mainX, mainY + 3, size * 0.7, size * 0.05, `fill="#000000" opacity="0.35"`));
  d.add(`<g fill="${P.ink}" stroke="${P.ink}">${pumpJack(mainX, mainY, size, r.range(-0.14, 0.14), face)}</g>`);
  // sunlit edges on the walking beam
  d.add(`<g fill="none" stroke="${P.rim}" opacity="0.55">${pumpJackRim(mainX, mainY, size, face, sunX > mainX ? 1 : -1)}</g>`);
  // wellhead and a walkway rail
  d.add(rect(mainX + face * size * 0.52 - 4, mainY - size * 0.12, 8, size * 0.12, `fill="${P.ink}"`));
  d.add(rect(mainX + face * size * 0.52 - 12, mainY - size * 0.07, 24, 5, `fill="${P.ink}"`));

  // foreground: a dirt track leading in, gravel, grass
  const trackTop = mainY + 6;
  d.add(
    path(
      `M${f(mainX - size * 0.1)},${f(trackTop)} C${f(mainX - W * 0.05)},${f(trackTop + H * 0.08)} ${f(W * 0.35)},${f(H * 0.88)} ${f(W * 0.2)},${f(H)} L${f(W * 0.62)},${f(H)} C${f(W * 0.6)},${f(H * 0.9)} ${f(mainX + W * 0.06)},${f(trackTop + H * 0.08)} ${f(mainX + size * 0.1)},${f(trackTop)} Z`,
      `fill="${d.lin([[0, mix(P.land[0]!, P.sky[3]!, 0.18)], [1, mix(P.land[1]!, P.sky[3]!, 0.12)]])}"`,
    ),
  );
  pebbles(d, r, mainY + 10, H, 500, '#000000', P.rim, 1);
  tufts(d, r, H * 0.97, 120, mix(P.ink, '#000000', 0.3), H * 0.08);

  // the oil worker, walking the track with a pipe wrench
  const fig: Figure = {
    x: W * r.range(0.4, 0.5),
    y: H * 0.9,
    h: H * 0.34,
    pose: 'walk',
    face: sunX > W / 2 ? 1 : -1,
    style: { suit: '#b3322b', legs: '#2b2c3a', helmet: '#e9e4da', skin: '#a97458', stripe: '#d8d2c0', gloves: '#e7dfc8', boots: '#1b1716', tint: P.ink, tintAmount: 0.35 },
    rim: { color: P.rim, side: sunX > W / 2 ? 1 : -1, width: 0.012 },
  };
  d.add(groundShadow(fig.x - (fig.face ?? 1) * fig.h * 0.15, fig.y, fig.h * 0.3, '#000000', 0.35));
  d.add(figure(fig));
  const hand = handOf(fig, 'B');
  const fc = fig.face ?? 1;
  d.add(line([hand, [hand[0] - fc * fig.h * 0.05, hand[1] + fig.h * 0.3]], `stroke="#3a3636" stroke-width="${f(fig.h * 0.02)}" stroke-linecap="round"`));
  d.add(rect(hand[0] - fc * fig.h * 0.05 - fig.h * 0.04, hand[1] + fig.h * 0.29, fig.h * 0.08, fig.h * 0.035, `fill="#3a3636" rx="2"`));

  finish(d, { vignette: 0.5, grade: P.sun, gradeOpacity: 0.05 });
  const head = headOf(fig);
  return focusAt(d, (head[0] + mainX) / 2, (head[1] + mainY - size * 0.6) / 2);
}

/** A beam pump (磕头机) standing on `y`, `s` tall, beam tilted by `tilt` radians, horse head toward `face`. */
function pumpJack(x: number, y: number, s: number, tilt: number, face: 1 | -1): string {
  const pivot: [number, number] = [x, y - s * 0.78];
  const front = s * 0.62;
  const back = s * 0.55;
  const c = Math.cos(tilt);
  const sn = Math.sin(tilt) * face;
  const headEnd: [number, number] = [pivot[0] + face * front * c, pivot[1] + front * sn];
  const backEnd: [number, number] = [pivot[0] - face * back * c, pivot[1] - back * sn];
  const bw = Math.max(1.2, s * 0.045);
  const parts: string[] = [];
  // skid and samson post (A-frame)
  parts.push(rect(x - s * 0.62, y - s * 0.05, s * 1.2, s * 0.05, 'stroke="none"'));
  parts.push(poly([[x - s * 0.16, y - s * 0.04], [pivot[0] - s * 0.02, pivot[1]], [pivot[0] + s * 0.02, pivot[1]], [x + s * 0.16, y - s * 0.04], [x + s * 0.11, y - s * 0.04], [x, pivot[1] + s * 0.1], [x - s * 0.11, y - s * 0.04]], 'stroke="none"'));
  // walking beam
  parts.push(line([headEnd, backEnd], `stroke-width="${f(bw * 1.6)}" stroke-linecap="butt"`));
  // horse head: a curved plate at the front end
  const hx = headEnd[0];
  const hy = headEnd[1];
  parts.push(path(`M${f(hx - face * s * 0.03)},${f(hy - s * 0.1)} Q${f(hx + face * s * 0.13)},${f(hy + s * 0.02)} ${f(hx + face * s * 0.02)},${f(hy + s * 0.2)} L${f(hx - face * s * 0.04)},${f(hy + s * 0.17)} Q${f(hx + face * s * 0.05)},${f(hy + s * 0.02)} ${f(hx - face * s * 0.06)},${f(hy - s * 0.06)} Z`, 'stroke="none"'));
  // bridle down to the well
  parts.push(line([[hx + face * s * 0.02, hy + s * 0.18], [hx + face * s * 0.02, y - s * 0.12]], `stroke-width="${f(Math.max(0.6, s * 0.008))}"`));
  // gearbox, crank and counterweight, pitman arm
  const gx = x - face * s * 0.42;
  const gy = y - s * 0.2;
  parts.push(rect(gx - s * 0.09, gy - s * 0.06, s * 0.18, s * 0.2, 'stroke="none"'));
  const crankA = tilt * 3 + 1.2;
  const cx = gx + Math.cos(crankA) * s * 0.14;
  const cy = gy + Math.sin(crankA) * s * 0.14;
  parts.push(line([[gx, gy], [cx, cy]], `stroke-width="${f(bw * 1.4)}"`));
  parts.push(circle(cx, cy, s * 0.09, 'stroke="none"'));
  parts.push(line([[cx, cy], backEnd], `stroke-width="${f(bw * 0.8)}"`));
  // equaliser at the back of the beam, and the motor on its rail
  parts.push(rect(backEnd[0] - s * 0.05, backEnd[1] - s * 0.02, s * 0.1, s * 0.04, 'stroke="none"'));
  parts.push(rect(gx - face * s * 0.18 - s * 0.05, y - s * 0.12, s * 0.1, s * 0.08, 'stroke="none"'));
  return parts.join('');
}

/** Highlight strokes on the edges of a pump jack that face the light. */
function pumpJackRim(x: number, y: number, s: number, face: 1 | -1, side: 1 | -1): string {
  const pivot: [number, number] = [x, y - s * 0.78];
  return (
    line([[pivot[0] + side * s * 0.02, pivot[1] + 4], [x + side * s * 0.16, y - s * 0.05]], `stroke-width="${f(Math.max(0.8, s * 0.006))}"`) +
    line([[x - s * 0.6, y - s * 0.05], [x + s * 0.58, y - s * 0.05]], `stroke-width="${f(Math.max(0.8, s * 0.004))}"`) +
    (void face, '')
  );
}
