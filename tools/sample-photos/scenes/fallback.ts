/** Fallback: an industrial edge of town at first light, chimneys and steam, a worker walking in along the road. */
import { Doc, f, mix, rect, line, path, ridge, ellipse, figure, headOf, handOf, groundShadow, type Rng, type Figure } from '../svg.ts';
import { sky, streaks, skyline, tufts, finish, focusAt, lattice, type SceneContext, type SceneResult } from './common.ts';

export function fallback(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  if (/大棚|温室|蔬菜/.test(ctx.text)) return greenhouse(d, r, ctx);
  const { W, H } = d;
  const hz = H * 0.62;
  const warm = r.pick(['#f0b48a', '#e9c89a', '#f2a37a']);
  sky(d, [
    [0, '#1f2c48'],
    [0.45, '#56668a'],
    [0.85, mix('#b7a6a6', warm, 0.4)],
    [1, warm],
  ], hz + 2);
  const sunX = W * r.range(0.2, 0.8);
  d.glow(sunX, hz, W * 0.6, '#ffd8a8', 0.55, H * 0.35);
  streaks(d, r, H * 0.1, hz * 0.8, '#f6d2b8', 6, 0.25);

  // the works: halls with sawtooth roofs, chimneys with steam
  const works = mix('#4a5470', warm, 0.15);
  skyline(d, r, hz, H * 0.02, H * 0.06, mix(works, warm, 0.35), {});
  const halls: string[] = [];
  let x = r.range(-60, 0);
  while (x < W) {
    const w = r.range(120, 220);
    const h = r.range(H * 0.05, H * 0.1);
    let dd = `M${f(x)},${f(hz + 2)} L${f(x)},${f(hz - h)}`;
    for (let t = x; t < x + w; t += 30) dd += ` L${f(t + 22)},${f(hz - h - 14)} L${f(t + 22)},${f(hz - h)} L${f(t + 30)},${f(hz - h)}`;
    dd += ` L${f(x + w)},${f(hz + 2)} Z`;
    halls.push(path(dd, ''));
    x += w + r.range(10, 60);
  }
  d.add(`<g fill="${works}">${halls.join('')}</g>`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const cx = r.range(0.1, 0.9) * W;
    const ch = r.range(H * 0.22, H * 0.32);
    d.add(path(`M${f(cx - 9)},${f(hz)} L${f(cx - 6)},${f(hz - ch)} L${f(cx + 6)},${f(hz - ch)} L${f(cx + 9)},${f(hz)} Z`, `fill="${works}"`));
    d.add(rect(cx - 6, hz - ch + 14, 12, 6, `fill="#b0403a" opacity="0.8"`));
    // steam: a rising, drifting chain of soft puffs
    const drift = r.range(0.6, 1.4);
    for (let k = 0; k < 9; k++) {
      const t = k / 8;
      d.glow(cx + t * 160 * drift, hz - ch - 20 - t * H * 0.2, 30 + t * 70, '#f4ece6', 0.5 * (1 - t * 0.6));
    }
  }
  d.haze(hz, H * 0.1, mix('#c8b8b8', warm, 0.4), 0.6);
  // pylons and lines
  const py = [W * 0.15, W * 0.5, W * 0.85];
  for (const px of py) d.add(lattice([px - 8, H * 0.72], [px - 2, hz - H * 0.18], 14, '#2a2f3e', 1.2, 12));
  d.add(path(`M0,${f(hz - H * 0.16)} Q${f(W * 0.33)},${f(hz - H * 0.12)} ${f(W * 0.5)},${f(hz - H * 0.175)} Q${f(W * 0.67)},${f(hz - H * 0.12)} ${f(W)},${f(hz - H * 0.16)}`, `fill="none" stroke="#2a2f3e" stroke-width="1"`));

  // fields and the road in
  d.add(rect(0, hz, W, H - hz, `fill="${d.lin([[0, '#3c4050'], [1, '#1a1c24']])}"`));
  d.add(path(ridge(r, W, H * 0.7, 6, H, 10, 0.6), `fill="#2a2e38"`));
  const roadL = W * r.range(0.3, 0.45);
  d.add(path(`M${f(roadL)},${f(hz + 4)} L${f(roadL + 30)},${f(hz + 4)} L${f(W * 0.95)},${f(H)} L${f(W * 0.35)},${f(H)} Z`, `fill="${d.lin([[0, mix('#6a6470', warm, 0.3)], [1, '#3a3a42']])}"`));
  // poplars along the road
  for (let i = 0; i < 9; i++) {
    const t = i / 8;
    const tx = roadL - 20 - t * t * W * 0.3;
    const ty = hz + 4 + t * t * (H - hz) * 0.8;
    const th = 40 + t * t * 260;
    d.add(line([[tx, ty], [tx, ty - th * 0.3]], `stroke="#1a1c22" stroke-width="${f(2 + t * 5)}"`));
    d.add(`<ellipse cx="${f(tx)}" cy="${f(ty - th * 0.6)}" rx="${f(th * 0.14)}" ry="${f(th * 0.42)}" fill="${mix('#1f2a24', '#3c4050', 0.5 - t * 0.5)}"/>`);
  }
  tufts(d, r, H * 0.98, 80, '#14161c', H * 0.06);

  const fig: Figure = {
    x: W * r.range(0.55, 0.65),
    y: H * 0.92,
    h: H * 0.38,
    pose: 'walk',
    face: -1,
    style: { suit: r.pick(['#2f4a6b', '#41596a', '#e06528']), legs: '#2a2c34', helmet: r.pick(['#f2f0ea', '#f2c230']), skin: '#b07f62', stripe: '#d8dcd8', boots: '#1a1a1e' },
    rim: { color: '#ffd8a8', side: sunX > W * 0.6 ? 1 : -1 },
  };
  d.add(groundShadow(fig.x, fig.y, fig.h * 0.22, '#000000', 0.4));
  d.add(figure(fig));
  if (/家属|一群|十几名|跟着|参观/.test(ctx.text)) {
    // a group in visitors' hard hats following the guide along the road
    const hat = /红色安全帽/.test(ctx.text) ? '#d8432f' : '#f2c230';
    for (let i = 0; i < 7; i++) {
      const t = (i + 1) / 8;
      const gx = fig.x + W * 0.05 + t * W * 0.32;
      const gy = fig.y + (i % 2 ? 6 : -10) + t * 10;
      const g: Figure = { x: gx, y: gy, h: fig.h * (0.92 + r.range(-0.06, 0.06)), pose: 'walk', face: -1, style: { suit: r.pick(['#5a4a6a', '#2f4a6b', '#8a3a2a', '#6a6a70', '#3f6a4a', '#b8732e']), legs: '#2a2c34', helmet: hat, skin: r.pick(['#b07f62', '#c39274']), boots: '#1a1a1e' }, rim: { color: '#ffd8a8', side: sunX > W * 0.6 ? 1 : -1 } };
      d.add(groundShadow(g.x, g.y, g.h * 0.2, '#000000', 0.3));
      d.add(figure(g));
    }
  }

  finish(d, { vignette: 0.5 });
  const head = headOf(fig);
  return focusAt(d, head[0], head[1] + fig.h * 0.3);
}

/** Inside a vegetable greenhouse: arched ribs, light through the film, rows of plants, people talking between them. */
function greenhouse(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  void ctx;
  d.fill(d.lin([[0, '#e9efe6'], [0.5, '#d3dccb'], [1, '#9aa88a']]));
  // arched ribs converging on the far end
  const vx = W * 0.5;
  const vy = H * 0.45;
  for (let k = 0; k < 9; k++) {
    const t = (k + 1) / 10;
    const half = W * (0.75 - 0.7 * t);
    const top = vy - H * (0.6 - 0.5 * t);
    const base = vy + H * (0.6 - 0.55 * t);
    d.add(path(`M${f(vx - half)},${f(base)} C${f(vx - half)},${f(top)} ${f(vx + half)},${f(top)} ${f(vx + half)},${f(base)}`, `fill="none" stroke="#8a968a" stroke-width="${f(6 - t * 4)}" opacity="0.8"`));
  }
  d.glow(W * 0.5, H * 0.1, W * 0.6, '#ffffff', 0.5, H * 0.3);
  // ground and rows of plants running away from us
  d.add(path(`M0,${f(H)} L${f(vx - 20)},${f(vy + 10)} L${f(vx + 20)},${f(vy + 10)} L${f(W)},${f(H)} Z`, `fill="${d.lin([[0, '#8a7a5a'], [1, '#5a4a34']])}"`));
  for (const side of [-1, 1]) {
    for (let row = 0; row < 3; row++) {
      const leaves: string[] = [];
      for (let i = 0; i < 40; i++) {
        const t = i / 40;
        const z = 1 / (0.15 + t * 1.2);
        const x = vx + side * (60 + row * 120) * z * 0.35;
        const y = vy + 10 + (H - vy) * z * 0.16;
        if (y > H + 40) continue;
        const s = 7 * z;
        leaves.push(ellipse(x + r.range(-s, s), y - s, s * 1.4, s * 0.8, ''));
        leaves.push(ellipse(x + r.range(-s, s), y - s * 1.6, s, s * 0.6, ''));
      }
      d.add(`<g fill="${mix('#3f7a3a', '#6aa04a', row / 3)}">${leaves.join('')}</g>`);
    }
  }
  const people: Figure[] = [];
  const skins = ['#a2715a', '#b07f62', '#8f6248'];
  for (let i = 0; i < 3; i++) {
    const x = W * (0.38 + i * 0.13);
    people.push({ x, y: H * 0.9, h: H * r.range(0.46, 0.52), pose: i === 1 ? 'inspect' : 'stand', face: (i === 0 ? 1 : -1) as 1 | -1, style: { suit: r.pick(['#3c4a5a', '#6b5a44', '#2f4a6b', '#8a3a2a']), legs: '#2a2c34', skin: r.pick(skins), hair: r.pick(['#1c1714', '#4a4540']), cap: i === 1 ? '#6b5a44' : undefined } });
  }
  for (const p of people) {
    d.add(groundShadow(p.x, p.y, p.h * 0.2, '#2a2016', 0.3));
    d.add(figure(p));
  }
  const hnd = handOf(people[1]!);
  d.add(ellipse(hnd[0] + 8, hnd[1] - 6, 14, 8, `fill="#4a8a3a"`));
  finish(d, { vignette: 0.45, grade: '#ffe8b0', gradeOpacity: 0.05 });
  const head = headOf(people[1]!);
  return focusAt(d, head[0], head[1] + H * 0.1);
}
