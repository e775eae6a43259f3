/**
 * Chemical plant: pipe racks, columns and storage tanks under an even sky, a
 * tank truck at the unloading bay behind a yellow-and-black barrier, a notice
 * of operating rules on the wall, and a worker in a hard hat checking a list,
 * pointing at the rules or crouched at a bund wall, as the words say.
 */
import { Doc, f, mix, rect, circle, line, path, ellipse, figure, headOf, handOf, groundShadow, type Rng, type Figure } from '../svg.ts';
import { sky, cloud, finish, focusAt, lattice, type SceneContext, type SceneResult } from './common.ts';

export function chemplant(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const truck = /槽罐车|卸车|罐车/.test(ctx.text);
  const rules = /规程|贴/.test(ctx.text);
  const bund = /围堰|蹲/.test(ctx.text);
  const sunny = /阳光|午后/.test(ctx.text) || r.chance(0.4);
  const groundY = H * 0.74;
  const left = r.chance(0.5);

  sky(d, sunny ? [[0, '#5e8fc0'], [0.6, '#a9c6de'], [1, '#e8e6dc']] : [[0, '#8a97a4'], [0.6, '#b6bec4'], [1, '#dcdcd6']], groundY);
  if (sunny) d.glow(left ? W * 0.85 : W * 0.15, H * 0.1, W * 0.4, '#fff4dc', 0.5);
  for (let i = 0; i < 3; i++) cloud(d, r, r.range(0, W), r.range(H * 0.08, H * 0.3), r.range(50, 100), '#ffffff', sunny ? 0.3 : 0.2);

  // columns and a flare stack in the distance
  const far = '#8a949c';
  for (let i = 0; i < r.int(3, 5); i++) {
    const x = r.range(0.05, 0.95) * W;
    const h = r.range(H * 0.22, H * 0.42);
    const w = r.range(18, 34);
    d.add(rect(x - w / 2, groundY - h, w, h, `rx="${f(w / 2)}" fill="${far}" opacity="0.7"`));
    for (let y = groundY - h + 30; y < groundY; y += 40) d.add(rect(x - w / 2 - 6, y, w + 12, 3, `fill="${mix(far, '#000000', 0.2)}" opacity="0.6"`));
  }
  // storage tanks
  for (let i = 0; i < 3; i++) {
    const x = (left ? W * 0.55 : W * 0.05) + i * W * 0.14;
    const tw = W * 0.12;
    const th = H * r.range(0.14, 0.2);
    d.add(rect(x, groundY - th, tw, th, `fill="${d.lin([[0, '#c8ced2'], [0.35, '#eef1f2'], [1, '#9aa4aa']], 0, 0, 1, 0)}"`), ellipse(x + tw / 2, groundY - th, tw / 2, 8, `fill="#dfe4e6"`));
    d.add(path(`M${f(x + tw * 0.1)},${f(groundY)} L${f(x + tw * 0.9)},${f(groundY - th)}`, `fill="none" stroke="#6a747a" stroke-width="2"`));
  }
  // pipe rack across the middle
  const rackY = H * 0.42;
  d.add(lattice([0, rackY], [W, rackY], 18, '#5a646a', 2, 30));
  for (let x = 20; x < W; x += 150) d.add(rect(x, rackY, 10, groundY - rackY, `fill="#5a646a"`));
  const pipes = ['#c8d0d4', '#b8c2c6', '#e0b020', '#c0392b', '#d8dee0'];
  pipes.forEach((c, i) => {
    d.add(rect(0, rackY - 10 - i * 9, W, 7, `fill="${d.lin([[0, mix(c, '#ffffff', 0.4)], [0.5, c], [1, mix(c, '#000000', 0.3)]])}"`));
  });
  for (let x = r.range(60, 140); x < W; x += r.range(180, 260)) d.add(path(`M${f(x)},${f(rackY - 20)} L${f(x)},${f(groundY - 30)} Q${f(x)},${f(groundY - 10)} ${f(x + 20)},${f(groundY - 10)}`, `fill="none" stroke="#b8c2c6" stroke-width="8"`));

  // ground
  d.add(rect(0, groundY, W, H - groundY, `fill="${d.lin([[0, '#9a9890'], [1, '#5a5852']])}"`));
  const joints: string[] = [];
  for (let x = 0; x < W; x += 90) joints.push(line([[x, groundY], [x - (x - W / 2) * 0.3, H]], ''));
  d.add(`<g stroke="#6a6860" stroke-width="1.5" opacity="0.6">${joints.join('')}</g>`);
  if (/潮湿|湿/.test(ctx.text)) for (let i = 0; i < 6; i++) d.add(ellipse(r.range(0, W), r.range(groundY + 20, H), r.range(40, 120), r.range(4, 10), `fill="#8aa0b0" opacity="0.35"`));

  // unloading bay: wall with the rules, truck, barrier
  const bayX = left ? W * 0.05 : W * 0.45;
  if (rules || truck) {
    d.add(rect(bayX, groundY - H * 0.3, W * 0.5, H * 0.3, `fill="${d.lin([[0, '#e8e4da'], [1, '#c8c2b6']])}"`));
    if (rules) {
      const px = bayX + W * 0.05;
      d.add(rect(px, groundY - H * 0.26, W * 0.12, H * 0.16, `fill="#ffffff" stroke="#8a867c" stroke-width="2"`), rect(px + 8, groundY - H * 0.25, W * 0.12 - 16, H * 0.025, `fill="#c0392b"`));
      for (let j = 0; j < 6; j++) d.add(rect(px + 8, groundY - H * 0.215 + j * H * 0.018, (W * 0.12 - 16) * r.range(0.6, 1), 3.5, `fill="#7a766c"`));
    }
  }
  let truckFront = 0;
  if (truck) {
    const len = W * 0.56;
    const dir = left ? -1 : 1;
    const tx = left ? W * 0.98 : W * 0.02;
    const ty = H * 0.86;
    const R = 24;
    const tankTop = ty - R * 2 - H * 0.16;
    const x0 = Math.min(tx, tx + dir * len * 0.72);
    d.add(rect(x0, tankTop, len * 0.72, H * 0.15, `rx="${f(H * 0.075)}" fill="${d.lin([[0, '#ffffff'], [0.4, '#eceeee'], [1, '#a8aeb0']])}"`));
    d.add(rect(x0, ty - R * 2 - 10, len * 0.72, 12, `fill="#2a2c30"`));
    const cab0 = tx + dir * len * 0.74;
    const cx0 = Math.min(cab0, cab0 + dir * len * 0.2);
    d.add(rect(cx0, tankTop - 6, len * 0.2, ty - R - tankTop + 6, `rx="10" fill="${d.lin([[0, '#f4f4f2'], [1, '#b8bcbe']])}"`));
    d.add(rect(dir > 0 ? cx0 + len * 0.12 : cx0 + 6, tankTop + 8, len * 0.07, H * 0.07, `fill="${d.lin([[0, '#9ab8cc'], [1, '#3a4a58']])}"`));
    for (const u of [0.08, 0.2, 0.6, 0.8, 0.9]) {
      const wx = tx + dir * len * u;
      d.add(circle(wx, ty - R, R, `fill="#141416"`), circle(wx, ty - R, R * 0.45, `fill="#8a8c90"`));
    }
    truckFront = cab0 + dir * len * 0.2;
    // barrier in front of the cab
    const bx = truckFront + dir * 30;
    const stripes: string[] = [];
    for (let k = 0; k < 6; k++) stripes.push(rect(Math.min(bx, bx + dir * 90) + k * 15, ty - 60, 15, 20, `fill="${k % 2 ? '#1a1a1a' : '#f2c230'}"`));
    d.add(...stripes, rect(Math.min(bx, bx + dir * 90) + 6, ty - 40, 8, 40, `fill="#3a3a3a"`), rect(Math.min(bx, bx + dir * 90) + 76, ty - 40, 8, 40, `fill="#3a3a3a"`));
  }
  if (bund) {
    d.add(rect(0, H * 0.84, W, H * 0.05, `fill="${d.lin([[0, '#c8c4ba'], [1, '#8a867c']])}"`), rect(0, H * 0.84, W, 4, `fill="#e8e4da"`));
    const vx = left ? W * 0.7 : W * 0.3;
    d.add(line([[vx, rackY], [vx, H * 0.8]], `stroke="#b8c2c6" stroke-width="10"`), rect(vx - 30, H * 0.6, 60, 10, `fill="#c0392b"`));
  }

  // the worker
  const face: 1 | -1 = left ? 1 : -1;
  const pose = bund ? 'crouch' : rules ? 'point' : 'read';
  const fig: Figure = {
    x: truck ? truckFront + (left ? -1 : 1) * W * 0.14 : left ? W * 0.4 : W * 0.6,
    y: H * 0.95,
    h: H * 0.5,
    pose,
    face: (rules ? -1 : -face) as 1 | -1,
    style: { suit: /藏青|深蓝/.test(ctx.text) ? '#243a58' : '#2f4a6b', legs: '#243040', helmet: /黄色安全帽/.test(ctx.text) ? '#f2c230' : '#f2f0ea', skin: '#b07f62', stripe: '#d8dcd8', boots: '#1a1a1e', gloves: '#e8e4d4' },
  };
  if (rules) fig.x = bayX + W * 0.3;
  if (truck && !rules) fig.face = (left ? 1 : -1) as 1 | -1;
  d.add(groundShadow(fig.x, fig.y, fig.h * 0.2, '#2a2824', 0.35));
  d.add(figure(fig));
  if (pose === 'read') {
    const hnd = handOf(fig);
    d.add(rect(hnd[0] - 18, hnd[1] - 28, 36, 44, `fill="#f4f2ec" stroke="#6a5a44" stroke-width="3"`));
  }
  if (/手电/.test(ctx.text)) d.glow(...handOf(fig), 30, '#fff6d8', 0.9);

  finish(d, { vignette: 0.42, grade: sunny ? '#ffd8a0' : '#a8b8c8', gradeOpacity: 0.05 });
  const head = headOf(fig);
  return focusAt(d, head[0], head[1] + H * 0.1);
}
