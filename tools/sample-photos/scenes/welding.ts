/**
 * Assembly hall: a rocket engine (bell nozzle with cooling tubes, chamber and
 * turbopump plumbing) on its stand, a welder kneeling at the nozzle under a
 * blue-white arc with a fan of sparks. Without rocket words, a heavy steel
 * seam on a pipe section stands in for the engine.
 */
import { Doc, f, mix, rect, line, path, ellipse, figure, headOf, handOf, type Rng, type Figure } from '../svg.ts';
import { finish, focusAt, lattice, type SceneContext, type SceneResult } from './common.ts';

export function welding(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const rocket = /火箭|发动机|喷管|航天|推力室/.test(ctx.text);
  const floorY = H * 0.82;
  const left = r.chance(0.5);

  // cool, clean hall
  d.fill(d.lin([[0, '#0a141a'], [0.5, '#132630'], [0.82, '#1a313b'], [1, '#0b1418']]));
  // tall windows on the back wall
  const panes: string[] = [];
  for (let x = r.range(20, 120); x < W; x += r.range(220, 300)) {
    for (let k = 0; k < 3; k++) {
      for (let j = 0; j < 5; j++) panes.push(rect(x + k * 34, H * 0.1 + j * 58, 30, 54, ''));
    }
  }
  d.add(`<g fill="${d.lin([[0, '#6f97a6'], [1, '#2d4a56']])}" opacity="0.35">${panes.join('')}</g>`);
  // shafts of daylight
  for (let i = 0; i < 3; i++) {
    const x = r.range(0.05, 0.8) * W;
    d.add(path(`M${f(x)},${f(H * 0.1)} L${f(x + 100)},${f(H * 0.1)} L${f(x + 330)},${f(floorY)} L${f(x + 140)},${f(floorY)} Z`, `fill="${d.lin([[0, '#bcd8e0', 0.12], [1, '#bcd8e0', 0]])}"`));
  }
  // overhead crane
  d.add(lattice([0, H * 0.06], [W, H * 0.06], H * 0.035, '#0c1a20', 2, 24));
  d.add(rect(0, H * 0.095, W, H * 0.02, `fill="#0e1c22"`));
  // floor
  d.add(rect(0, floorY, W, H - floorY, `fill="${d.lin([[0, '#1d343d'], [1, '#0a1216']])}"`));
  const lines: string[] = [];
  for (let k = 1; k < 6; k++) lines.push(line([[0, floorY + (H - floorY) * (k / 6) ** 1.5], [W, floorY + (H - floorY) * (k / 6) ** 1.5]], ''));
  d.add(`<g stroke="#2b4a55" stroke-width="1" opacity="0.5">${lines.join('')}</g>`);

  const ex = left ? W * r.range(0.58, 0.66) : W * r.range(0.34, 0.42);
  const metal = (x0: number, x1: number) =>
    d.linU([[0, '#2a2f33'], [0.2, '#7d8a90'], [0.42, '#c9d1d2'], [0.6, '#6d777c'], [1, '#1f2427']], x0, 0, x1, 0);
  let seam: [number, number];
  if (rocket) {
    // engine standing on its stand: chamber on top, bell opening downward
    const top = H * 0.16;
    const throatY = H * 0.36;
    const exitY = H * 0.74;
    const throat = W * 0.035;
    const exit = W * 0.15;
    const chamber = W * 0.06;
    // stand
    d.add(rect(ex - exit * 1.1, exitY + 6, 12, floorY - exitY - 6, `fill="#0f1d22"`), rect(ex + exit * 1.1 - 12, exitY + 6, 12, floorY - exitY - 6, `fill="#0f1d22"`));
    d.add(rect(ex - exit * 1.2, exitY, exit * 2.4, 12, `fill="#142429"`));
    // chamber and injector dome
    d.add(rect(ex - chamber, top + H * 0.06, chamber * 2, throatY - top - H * 0.08, `fill="${metal(ex - chamber, ex + chamber)}"`));
    d.add(path(`M${f(ex - chamber)},${f(top + H * 0.065)} Q${f(ex)},${f(top - H * 0.02)} ${f(ex + chamber)},${f(top + H * 0.065)} Z`, `fill="${metal(ex - chamber, ex + chamber)}"`));
    // bell
    const bell = `M${f(ex - chamber)},${f(throatY - H * 0.03)} C${f(ex - throat)},${f(throatY)} ${f(ex - throat)},${f(throatY + H * 0.02)} ${f(ex - throat * 1.2)},${f(throatY + H * 0.05)} C${f(ex - exit * 0.55)},${f(throatY + H * 0.2)} ${f(ex - exit * 0.9)},${f(exitY - H * 0.08)} ${f(ex - exit)},${f(exitY)} L${f(ex + exit)},${f(exitY)} C${f(ex + exit * 0.9)},${f(exitY - H * 0.08)} ${f(ex + exit * 0.55)},${f(throatY + H * 0.2)} ${f(ex + throat * 1.2)},${f(throatY + H * 0.05)} C${f(ex + throat)},${f(throatY + H * 0.02)} ${f(ex + throat)},${f(throatY)} ${f(ex + chamber)},${f(throatY - H * 0.03)} Z`;
    d.add(path(bell, `fill="${d.linU([[0, '#3a2a20'], [0.18, '#9a6a46'], [0.4, '#e0b48a'], [0.58, '#8c5e3e'], [1, '#2a1c14']], ex - exit, 0, ex + exit, 0)}"`));
    // regenerative cooling tubes: lines that follow the bell's flare
    const tubes: string[] = [];
    const nT = 28;
    for (let i = 1; i < nT; i++) {
      const u = i / nT - 0.5;
      const pts: Array<[number, number]> = [];
      for (let k = 0; k <= 12; k++) {
        const t = k / 12;
        const y = throatY + H * 0.05 + (exitY - throatY - H * 0.05) * t;
        const half = throat * 1.2 + (exit - throat * 1.2) * Math.pow(t, 0.75);
        pts.push([ex + u * 2 * half * Math.sqrt(1 - (2 * u) ** 2 * 0.15), y]);
      }
      tubes.push(line(pts, ''));
    }
    d.add(`<g stroke="#3a2416" stroke-width="1.1" opacity="0.55">${tubes.join('')}</g>`);
    for (let k = 1; k < 4; k++) {
      const t = k / 4;
      const y = throatY + H * 0.05 + (exitY - throatY - H * 0.05) * t;
      const half = throat * 1.2 + (exit - throat * 1.2) * Math.pow(t, 0.75);
      d.add(path(`M${f(ex - half)},${f(y)} Q${f(ex)},${f(y + H * 0.015)} ${f(ex + half)},${f(y)}`, `fill="none" stroke="#5a3a26" stroke-width="4"`));
    }
    d.add(ellipse(ex, exitY, exit, H * 0.012, `fill="#1a120d"`));
    // turbopump and plumbing beside the chamber
    const side = left ? -1 : 1;
    const px = ex + side * chamber * 2.4;
    d.add(rect(px - W * 0.03, top + H * 0.04, W * 0.06, H * 0.13, `rx="10" fill="${metal(px - W * 0.03, px + W * 0.03)}"`));
    d.add(path(`M${f(px)},${f(top + H * 0.17)} C${f(px)},${f(top + H * 0.26)} ${f(ex + side * chamber * 1.6)},${f(top + H * 0.2)} ${f(ex + side * chamber)},${f(top + H * 0.15)}`, `fill="none" stroke="#6f7b80" stroke-width="12"`));
    d.add(path(`M${f(px - side * W * 0.03)},${f(top + H * 0.08)} C${f(ex)},${f(top)} ${f(ex - side * chamber)},${f(top + H * 0.02)} ${f(ex - side * chamber * 1.8)},${f(top + H * 0.12)} L${f(ex - side * chamber * 1.8)},${f(throatY + H * 0.08)} Q${f(ex - side * chamber * 1.8)},${f(throatY + H * 0.12)} ${f(ex - side * throat * 2.2)},${f(throatY + H * 0.12)}`, `fill="none" stroke="#87949a" stroke-width="8"`));
    seam = [ex - (left ? 1 : -1) * exit * 0.86, exitY - H * 0.06];
  } else {
    // a large pipe section on rollers with a girth seam
    const cy = H * 0.58;
    const rad = H * 0.16;
    const len = W * 0.42;
    d.add(rect(ex - len / 2, cy - rad, len, rad * 2, `fill="${d.lin([[0, '#2b3236'], [0.25, '#9aa5aa'], [0.45, '#d6dcdc'], [0.7, '#5c666b'], [1, '#1b2023']])}"`));
    d.add(ellipse(ex + len / 2, cy, rad * 0.32, rad, `fill="#1a2023" stroke="#6f7b80" stroke-width="4"`));
    d.add(line([[ex, cy - rad], [ex, cy + rad]], `stroke="#40484c" stroke-width="6"`));
    for (const x of [ex - len * 0.35, ex + len * 0.35]) d.add(rect(x - 30, cy + rad - 4, 60, floorY - cy - rad + 4, `fill="#101b20"`));
    seam = [ex, cy + rad * (left ? 0.2 : -0.1)];
  }

  // the welder, kneeling at the seam
  const face: 1 | -1 = left ? 1 : -1;
  const fig: Figure = {
    x: seam[0] - face * H * 0.2,
    y: rocket ? floorY + H * 0.02 : floorY + H * 0.03,
    h: H * 0.44,
    pose: rocket ? 'kneel' : 'inspect',
    face,
    style: { suit: '#41596a', legs: '#2f4150', helmet: '#1e2429', skin: '#5e4436', gloves: '#8b6a48', boots: '#15191b', tint: '#0a1418', tintAmount: 0.35 },
    rim: { color: '#bfe3ff', side: (face > 0 ? 1 : -1) as 1 | -1, width: 0.006 },
  };
  // place the arc at the welder's hand, on the metal
  const hand = handOf(fig);
  const arc: [number, number] = [hand[0] + face * fig.h * 0.04, hand[1] - fig.h * 0.01];
  d.glow(arc[0], arc[1], W * 0.6, '#6fb4ff', 0.45, H * 0.55);
  d.add(ellipse(fig.x, fig.y, fig.h * 0.25, fig.h * 0.03, `fill="#000000" opacity="0.4"`));
  d.add(figure(fig));
  // torch
  d.add(line([hand, arc], `stroke="#2a2a2a" stroke-width="${f(fig.h * 0.016)}" stroke-linecap="round"`));
  d.add(path(`M${f(hand[0])},${f(hand[1])} C${f(hand[0] - face * 40)},${f(hand[1] + 60)} ${f(fig.x - face * 80)},${f(fig.y - 10)} ${f(fig.x - face * 200)},${f(fig.y + 6)}`, `fill="none" stroke="#101416" stroke-width="4"`));
  // spark fan: hot streaks thrown down and away from the arc, bouncing on the floor
  const sparks: string[] = [];
  for (let i = 0; i < 190; i++) {
    const a = Math.PI / 2 + face * r.range(0.2, 1.4) + r.gauss() * 0.15;
    const v = r.range(30, H * 0.35);
    const x1 = arc[0] + Math.cos(a) * v;
    const y1 = Math.min(floorY + H * 0.06, arc[1] + Math.sin(a) * v);
    const cx = arc[0] + Math.cos(a) * v * 0.5;
    const cy = arc[1] + Math.sin(a) * v * 0.3;
    const col = r.chance(0.35) ? '#fff6d8' : r.pick(['#ffc55a', '#ff9f3a', '#ffd98a']);
    sparks.push(path(`M${f(arc[0] + Math.cos(a) * v * 0.1)},${f(arc[1] + Math.sin(a) * v * 0.1)} Q${f(cx)},${f(cy)} ${f(x1)},${f(y1)}`, `stroke="${col}" stroke-opacity="${f(r.range(0.15, 0.85))}" stroke-width="${f(r.range(0.5, 1.6))}"`));
  }
  d.add(`<g fill="none" stroke-linecap="round">${sparks.join('')}</g>`);
  d.glow(arc[0], floorY + H * 0.05, W * 0.2, '#ffb24a', 0.25, H * 0.03);
  // the arc itself
  d.glow(arc[0], arc[1], W * 0.09, '#d6ecff', 1);
  d.glow(arc[0], arc[1], W * 0.025, '#ffffff', 1);
  // apprentices watching, faces lit by the arc
  if (/围|观看|年轻|学徒|徒弟|示范/.test(ctx.text)) {
    for (let i = 0; i < 3; i++) {
      const ox = arc[0] + face * W * (0.12 + i * 0.09);
      d.add(
        figure({
          x: ox,
          y: floorY + H * (0.06 + (i % 2) * 0.03),
          h: H * r.range(0.46, 0.52),
          pose: i === 0 ? 'inspect' : 'stand',
          face: (-face) as 1 | -1,
          style: { suit: r.pick(['#41596a', '#2f4a6b', '#3c4a5a']), legs: '#243040', skin: '#8a6a58', hair: '#1c1714', helmet: r.chance(0.5) ? '#f2f0ea' : undefined, tint: '#0a1418', tintAmount: 0.45 },
          rim: { color: '#cfe8ff', side: (-face) as 1 | -1, width: 0.008 },
        }),
      );
    }
  }
  // the mask's dark lens, with a blue reflection
  const head = headOf(fig);
  d.add(ellipse(head[0] + face * fig.h * 0.05, head[1] + fig.h * 0.005, fig.h * 0.022, fig.h * 0.04, `fill="${mix('#1b3a55', '#8fc8ff', 0.3)}"`));

  finish(d, { vignette: 0.6, grade: '#0a2a3a', gradeOpacity: 0.06 });
  return focusAt(d, (head[0] + arc[0]) / 2, (head[1] + arc[1]) / 2);
}
