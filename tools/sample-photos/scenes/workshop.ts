/**
 * Machine shop: rows of machine tools under bright high-bay lights, a
 * machinist at a lathe; from the words, someone filming with a phone or a
 * small crew with camera and fill light, or a group gathered round a part.
 * For a phone showing a short video, the hall falls out of focus behind a
 * hand holding the phone.
 */
import { Doc, f, mix, rect, circle, line, path, figure, headOf, handOf, groundShadow, type Rng, type Figure, type FigureStyle } from '../svg.ts';
import { finish, focusAt, lattice, type SceneContext, type SceneResult } from './common.ts';

export function workshop(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const phoneClose = /一只手|手握着.*手机|屏幕上播放/.test(ctx.text);
  const filming = !phoneClose && /拍|摄像|摄制|录|镜头|手机/.test(ctx.text);
  const crew = /摄制组|摄像机|补光灯/.test(ctx.text);
  const group = /围|凑近|交流|讲解|来访/.test(ctx.text);
  const floorY = H * 0.7;
  const left = r.chance(0.5);

  const hall: string[] = [];
  const g = new Doc(W, H, 'hall'); // paint the hall into its own doc so it can be blurred for the phone close-up
  g.fill(g.lin([[0, '#3a4248'], [0.6, '#5a646a'], [1, '#4a5258']]));
  for (let x = r.range(0, 60); x < W; x += 180) g.add(rect(x, H * 0.08, 110, H * 0.34, `fill="${g.lin([[0, '#dfe9ee'], [1, '#a9bcc4']])}" opacity="0.55"`));
  g.add(lattice([0, H * 0.05], [W, H * 0.05], H * 0.04, '#2a3034', 2, 22));
  for (let x = W * 0.1; x < W; x += W * 0.2) {
    g.add(rect(x - 30, H * 0.1, 60, 8, `fill="#f8fbff"`));
    g.glow(x, H * 0.12, W * 0.15, '#f2f8ff', 0.5);
  }
  g.add(rect(0, floorY, W, H - floorY, `fill="${g.lin([[0, '#6a7478'], [1, '#3a4044']])}"`));
  g.add(rect(0, floorY + H * 0.06, W, 6, `fill="#e0b020" opacity="0.7"`));
  // far row of machining centres
  for (let x = r.range(-30, 20); x < W; x += r.range(140, 170)) {
    const mw = 120;
    const mh = H * 0.14;
    const y = floorY + 4;
    g.add(rect(x, y - mh, mw, mh, `rx="6" fill="${g.lin([[0, '#e4e8e8'], [1, '#b8c0c2']])}"`), rect(x + 14, y - mh + 14, mw * 0.5, mh * 0.45, `fill="#2a3a44" opacity="0.8"`), rect(x + mw * 0.72, y - mh + 14, mw * 0.18, mh * 0.3, `fill="#3a4a54"`), rect(x, y - mh * 0.25, mw, mh * 0.25, `fill="#2f6fd1" opacity="0.55"`));
  }
  // the lathe in the middle ground
  const lx = left ? W * 0.52 : W * 0.18;
  const ly = H * 0.86;
  const lw = W * 0.32;
  g.add(rect(lx, ly - H * 0.16, lw, H * 0.16, `fill="${g.lin([[0, '#5a7a8a'], [1, '#3a5260']])}"`));
  g.add(rect(lx - 10, ly - H * 0.2, lw + 20, H * 0.05, `fill="#8aa0aa"`));
  g.add(rect(lx, ly - H * 0.34, lw * 0.22, H * 0.16, `fill="#4a6a7a"`), circle(lx + lw * 0.26, ly - H * 0.25, H * 0.05, `fill="#c8d0d2" stroke="#5a6468" stroke-width="4"`));
  g.add(rect(lx + lw * 0.3, ly - H * 0.265, lw * 0.45, H * 0.03, `fill="#d8dcdc"`), rect(lx + lw * 0.78, ly - H * 0.3, lw * 0.18, H * 0.1, `fill="#4a6a7a"`));
  g.glow(lx + lw * 0.32, ly - H * 0.25, 30, '#ffd27a', 0.6);
  hall.push(g.toString(W, H));

  // put the hall in the picture (blurred for the phone close-up)
  const inner = hall[0]!.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  d.add(phoneClose ? `<g filter="${d.blur(9)}">${inner}</g>` : inner);

  const skins = ['#b07f62', '#c39274', '#a2715a'];
  const style = (suit: string, extra: Partial<FigureStyle> = {}): FigureStyle => ({ suit, legs: mix(suit, '#1a1a22', 0.3), skin: r.pick(skins), hair: r.pick(['#1c1714', '#4a4540', '#8a8680']), boots: '#1c1a18', ...extra });
  const face: 1 | -1 = left ? 1 : -1;
  const machinist: Figure = { x: lx - face * 0 + (left ? -W * 0.04 : lw + W * 0.04), y: H * 0.93, h: H * 0.5, pose: 'inspect', face, style: style('#2f4a6b', { cap: '#2f4a6b' }) };
  let focusFig = machinist;

  if (phoneClose) {
    // the hall small and soft behind; a hand and phone fill the foreground
    d.add(`<g filter="${d.blur(6)}">${figure({ ...machinist, h: H * 0.42 })}</g>`);
    const px = W * 0.5 + r.range(-60, 60);
    const py = H * 0.52;
    const pw = H * 0.34;
    const ph = H * 0.66;
    // hand
    d.add(path(`M${f(px - pw * 0.6)},${f(H)} C${f(px - pw * 0.7)},${f(py + ph * 0.35)} ${f(px - pw * 0.55)},${f(py + ph * 0.15)} ${f(px - pw * 0.45)},${f(py + ph * 0.2)} L${f(px + pw * 0.55)},${f(py + ph * 0.3)} C${f(px + pw * 0.7)},${f(py + ph * 0.45)} ${f(px + pw * 0.5)},${f(H * 0.95)} ${f(px + pw * 0.3)},${f(H)} Z`, `fill="${d.lin([[0, '#c8987a'], [1, '#9a6a52']], 0, 0, 1, 0)}"`));
    d.add(rect(px - pw / 2, py - ph / 2, pw, ph, `rx="${f(pw * 0.12)}" fill="#101114"`));
    const sx = px - pw / 2 + 8;
    const sy = py - ph / 2 + 8;
    const sw = pw - 16;
    const sh = ph - 16;
    d.add(rect(sx, sy, sw, sh, `rx="${f(pw * 0.09)}" fill="${d.lin([[0, '#2a3a48'], [0.6, '#4a5a64'], [1, '#2a3034']])}"`));
    // the video: a worker under a work light
    d.glow(sx + sw * 0.5, sy + sh * 0.35, sw * 0.6, '#ffd27a', 0.5);
    d.add(figure({ x: sx + sw * 0.45, y: sy + sh * 0.8, h: sh * 0.5, pose: 'inspect', face: 1, style: style('#e06528', { helmet: '#f2c230', stripe: '#dfe6e6' }) }));
    d.add(rect(sx + sw * 0.55, sy + sh * 0.55, sw * 0.35, sh * 0.1, `fill="#8aa0aa"`));
    // like, comment, share
    for (let k = 0; k < 3; k++) d.add(circle(sx + sw * 0.86, sy + sh * (0.45 + k * 0.1), sw * 0.05, `fill="#ffffff" opacity="${k === 0 ? 0.95 : 0.75}"`));
    d.add(circle(sx + sw * 0.86, sy + sh * 0.45, sw * 0.025, `fill="#ff3a5a"`));
    for (let k = 0; k < 2; k++) d.add(rect(sx + sw * 0.06, sy + sh * (0.86 + k * 0.045), sw * (0.6 - k * 0.2), 5, `rx="2" fill="#ffffff" opacity="0.8"`));
    // thumb
    d.add(path(`M${f(px - pw * 0.5)},${f(py + ph * 0.22)} C${f(px - pw * 0.2)},${f(py + ph * 0.1)} ${f(px - pw * 0.05)},${f(py + ph * 0.18)} ${f(px - pw * 0.1)},${f(py + ph * 0.28)} L${f(px - pw * 0.45)},${f(py + ph * 0.4)} Z`, `fill="#b8886a"`));
    finish(d, { vignette: 0.5, grade: '#ffd8a0', gradeOpacity: 0.04 });
    return focusAt(d, px, py);
  }

  d.add(groundShadow(machinist.x, machinist.y, machinist.h * 0.2, '#000000', 0.3));
  d.add(figure(machinist));
  if (filming) {
    const fx = machinist.x - face * W * (crew ? 0.34 : 0.26);
    const filmer: Figure = { x: fx, y: H * 0.97, h: H * 0.54, pose: 'read', face, style: style(r.pick(['#3c3f48', '#6a5a44', '#2f4a6b'])) };
    if (crew) {
      // camera on a tripod and a soft light
      const cx = fx + face * W * 0.08;
      d.add(line([[cx, H * 0.97], [cx, H * 0.62]], `stroke="#1a1a1c" stroke-width="5"`), line([[cx - 30, H * 0.97], [cx, H * 0.66], [cx + 30, H * 0.97]], `stroke="#1a1a1c" stroke-width="4"`));
      d.add(rect(cx - 40, H * 0.57, 80, 44, `rx="6" fill="#1e1f22"`), rect(cx + face * 40 - (face > 0 ? 0 : 26), H * 0.585, 26, 28, `fill="#2a2c30"`));
      const sx = machinist.x + face * W * 0.16;
      d.add(line([[sx, H * 0.95], [sx, H * 0.45]], `stroke="#1a1a1c" stroke-width="4"`), rect(sx - 40, H * 0.38, 80, 60, `fill="#f4f0e6" stroke="#2a2c30" stroke-width="4"`));
      d.glow(sx, H * 0.41, W * 0.3, '#fff6e6', 0.45);
    }
    d.add(groundShadow(fx, filmer.y, filmer.h * 0.2, '#000000', 0.3));
    d.add(figure(filmer));
    const hnd = handOf(filmer);
    d.add(rect(hnd[0] - 16, hnd[1] - 30, 32, 54, `rx="5" fill="#111214" stroke="#3a3c40" stroke-width="2"`), rect(hnd[0] - 12, hnd[1] - 26, 24, 46, `rx="3" fill="#5a7a9a" opacity="0.85"`));
    focusFig = machinist;
  }
  if (group) {
    const n = 3;
    for (let i = 0; i < n; i++) {
      const gx = machinist.x - face * W * (0.12 + i * 0.1);
      d.add(figure({ x: gx, y: H * (0.95 + (i % 2) * 0.02), h: H * r.range(0.48, 0.54), pose: i === 0 ? 'point' : 'stand', face, style: style(r.pick(['#2f4a6b', '#41596a', '#3f6a4a', '#6b5a44']), { hair: i === 0 ? '#c8c4bc' : undefined }) }));
    }
  }

  finish(d, { vignette: 0.45, grade: '#a8c8d8', gradeOpacity: 0.05 });
  const head = headOf(focusFig);
  return focusAt(d, head[0], head[1] + H * 0.1);
}
