/**
 * Smelting hall: a furnace mouth pouring molten metal into a ladle (or, for
 * refining and precious metals, a crucible pour into a row of moulds), sparks,
 * fume, and a furnace worker in a heat suit silhouetted with a long rod.
 */
import { Doc, f, mix, rect, circle, line, path, poly, ellipse, figure, headOf, handOf, type Rng, type Figure } from '../svg.ts';
import { finish, focusAt, lattice, type SceneContext, type SceneResult } from './common.ts';

export function furnace(d: Doc, r: Rng, ctx: SceneContext): SceneResult {
  const { W, H } = d;
  const refining = /提纯|贵金属|铂|钯|金川|精炼|坩埚/.test(ctx.text);
  const left = r.chance(0.5);
  const hot = '#ff7a1c';
  const core = '#fff1c2';
  const floorY = H * 0.8;

  // dark hall with warm light rising from below
  d.fill(d.lin([[0, '#0b0809'], [0.55, '#1d110d'], [0.8, '#2a140b'], [1, '#120a08']]));
  // far wall: columns and a crane girder catching the glow
  const cols: string[] = [];
  for (let x = r.range(-40, 60); x < W; x += r.range(150, 230)) {
    cols.push(rect(x, H * 0.05, r.range(16, 26), floorY - H * 0.05, ''));
  }
  d.add(`<g fill="#1a100c">${cols.join('')}</g>`);
  d.add(lattice([0, H * 0.14], [W, H * 0.14], H * 0.04, '#2a1a12', 2, 22));
  d.add(rect(0, H * 0.2, W, H * 0.025, `fill="#22150f"`));
  for (let x = r.range(0, 90); x < W; x += r.range(80, 130)) d.glow(x, H * 0.06, 26, '#ffd7a0', 0.35);

  // the source of light
  const mx = left ? W * r.range(0.2, 0.3) : W * r.range(0.7, 0.8);
  const my = H * (refining ? 0.48 : 0.42);
  const dir = left ? 1 : -1;
  d.glow(mx, my, W * 0.85, hot, 0.55, H * 0.75);
  d.glow(mx, my, W * 0.3, '#ffad4a', 0.7);

  let pourEnd: [number, number];
  if (!refining) {
    // furnace body with a glowing taphole
    const fw = W * 0.24;
    d.add(path(`M${f(mx - fw / 2)},${f(floorY)} L${f(mx - fw / 2)},${f(H * 0.25)} Q${f(mx)},${f(H * 0.17)} ${f(mx + fw / 2)},${f(H * 0.25)} L${f(mx + fw / 2)},${f(floorY)} Z`, `fill="${d.lin([[0, '#2a1913'], [0.6, '#3b2216'], [1, '#1c110c']], 0, 0, 1, 0)}"`));
    for (let k = 1; k < 5; k++) d.add(line([[mx - fw / 2, H * 0.25 + k * H * 0.1], [mx + fw / 2, H * 0.25 + k * H * 0.1]], `stroke="#150c09" stroke-width="4"`));
    d.add(ellipse(mx, my, W * 0.045, H * 0.05, `fill="${d.rad([[0, '#ffffff'], [0.45, core], [0.8, '#ffb347'], [1, hot]], mx, my, W * 0.05)}"`));
    // launder and stream down into the ladle
    const lx = mx + dir * W * 0.2;
    const ly = H * 0.62;
    d.add(poly([[mx + dir * W * 0.03, my + H * 0.03], [mx + dir * W * 0.14, my + H * 0.1], [mx + dir * W * 0.14, my + H * 0.13], [mx + dir * W * 0.03, my + H * 0.07]], `fill="#2c1a12"`));
    const sx = mx + dir * W * 0.14;
    const sy = my + H * 0.11;
    const stream = `M${f(mx + dir * W * 0.035)},${f(my + H * 0.04)} L${f(sx)},${f(sy)} Q${f(sx + dir * W * 0.04)},${f(sy + H * 0.02)} ${f(lx - dir * W * 0.02)},${f(ly)}`;
    d.add(path(stream, `fill="none" stroke="${hot}" stroke-width="22" stroke-opacity="0.25" stroke-linecap="round"`));
    d.add(path(stream, `fill="none" stroke="#ffc45e" stroke-width="9" stroke-linecap="round"`));
    d.add(path(stream, `fill="none" stroke="${core}" stroke-width="4" stroke-linecap="round"`));
    d.glow(lx - dir * W * 0.02, ly, W * 0.12, '#ffb347', 0.9);
    // ladle
    const lw = W * 0.17;
    d.add(path(`M${f(lx - lw / 2)},${f(ly)} L${f(lx + lw / 2)},${f(ly)} L${f(lx + lw * 0.4)},${f(floorY - 10)} L${f(lx - lw * 0.4)},${f(floorY - 10)} Z`, `fill="${d.lin([[0, '#5a2a16'], [0.25, '#2c1710'], [1, '#140c09']])}"`));
    d.add(ellipse(lx, ly, lw / 2, H * 0.018, `fill="${d.rad([[0, '#fff6d6'], [0.6, '#ffc35a'], [1, '#ff8a24']], lx, ly, lw / 2)}"`));
    d.add(rect(lx - lw * 0.55, ly + H * 0.04, lw * 1.1, H * 0.02, `fill="#1a0f0b"`));
    pourEnd = [lx - dir * W * 0.02, ly];
  } else {
    // refining: a small tilting crucible in tongs, pouring into a row of ingot moulds
    const cw = W * 0.06;
    // hoist chain and bail holding the crucible
    d.add(line([[mx, 0], [mx, my - H * 0.12]], `stroke="#2a1a12" stroke-width="5" stroke-dasharray="7 3"`));
    d.add(path(`M${f(mx - cw * 0.62)},${f(my - H * 0.02)} L${f(mx)},${f(my - H * 0.12)} L${f(mx + cw * 0.62)},${f(my - H * 0.02)}`, `fill="none" stroke="#3a2418" stroke-width="4"`));
    d.add(
      path(
        `M${f(mx - cw / 2)},${f(my - H * 0.07)} L${f(mx + cw / 2)},${f(my - H * 0.07)} L${f(mx + cw * 0.38)},${f(my + H * 0.03)} L${f(mx - cw * 0.38)},${f(my + H * 0.03)} Z`,
        `transform="rotate(${f(dir * 35)} ${f(mx)} ${f(my)})" fill="${d.lin([[0, '#ffdca0'], [0.35, '#ff9a3c'], [1, '#c2461c']])}"`,
      ),
    );
    d.glow(mx, my, W * 0.1, core, 1);
    const mouldY = H * 0.68;
    const lip: [number, number] = [mx + dir * cw * 0.55, my - H * 0.02];
    const first: [number, number] = [mx + dir * W * 0.1, mouldY];
    const stream = `M${f(lip[0])},${f(lip[1])} Q${f(lip[0] + dir * W * 0.04)},${f(lip[1] + H * 0.01)} ${f(first[0])},${f(first[1] - 4)}`;
    d.add(path(stream, `fill="none" stroke="#ffc45e" stroke-width="6" stroke-linecap="round"`), path(stream, `fill="none" stroke="${core}" stroke-width="2.5" stroke-linecap="round"`));
    // moulds on a bench: the first still glowing, later ones cooling
    const benchA = first[0] - dir * W * 0.04;
    const benchB = first[0] + dir * W * 0.32;
    d.add(rect(Math.min(benchA, benchB), mouldY + H * 0.02, Math.abs(benchB - benchA), H * 0.03, `fill="#1b110c"`));
    d.add(rect(Math.min(benchA, benchB) + 10, mouldY + H * 0.05, 10, floorY - mouldY - H * 0.05, `fill="#140c09"`));
    d.add(rect(Math.max(benchA, benchB) - 20, mouldY + H * 0.05, 10, floorY - mouldY - H * 0.05, `fill="#140c09"`));
    for (let i = 0; i < 6; i++) {
      const x = first[0] + dir * i * W * 0.055;
      const heat = Math.max(0, 1 - i * 0.22);
      d.add(rect(x - W * 0.02, mouldY - 4, W * 0.04, H * 0.025, `fill="#24160f" stroke="#3b271b" stroke-width="2"`));
      if (heat > 0) {
        d.add(rect(x - W * 0.016, mouldY - 2, W * 0.032, H * 0.012, `fill="${mix('#5a2212', '#ffd27a', heat)}"`));
        d.glow(x, mouldY, W * 0.05, '#ff9a3c', heat * 0.7);
      }
    }
    pourEnd = first;
  }

  // sparks thrown up and out from the pour
  const sparks: string[] = [];
  const n = refining ? 90 : 170;
  for (let i = 0; i < n; i++) {
    const a = -Math.PI / 2 + r.gauss() * 0.9;
    const dist = r.range(10, H * 0.3) * (0.4 + r.next());
    const x0 = pourEnd[0] + r.range(-12, 12);
    const y0 = pourEnd[1] + r.range(-6, 6);
    const x1 = x0 + Math.cos(a) * dist;
    const y1 = y0 + Math.sin(a) * dist * 0.8;
    const len = r.range(4, 16);
    const ang = Math.atan2(y1 - y0, x1 - x0);
    sparks.push(
      line(
        [
          [x1, y1],
          [x1 - Math.cos(ang) * len, y1 - Math.sin(ang) * len],
        ],
        `stroke="${r.chance(0.3) ? '#fff3c8' : '#ffb347'}" stroke-opacity="${f(r.range(0.35, 1))}" stroke-width="${f(r.range(0.8, 2.2))}" stroke-linecap="round"`,
      ),
    );
  }
  d.add(`<g>${sparks.join('')}</g>`);

  // fume drifting up through the light
  for (let i = 0; i < 7; i++) {
    d.glow(pourEnd[0] + r.range(-W * 0.15, W * 0.15), pourEnd[1] - r.range(H * 0.1, H * 0.4), r.range(W * 0.08, W * 0.18), '#c98a5a', 0.12);
  }

  // floor with the glow reflected in it
  d.add(rect(0, floorY, W, H - floorY, `fill="${d.lin([[0, '#22130c'], [1, '#0d0807']])}"`));
  d.glow(mx + dir * W * 0.1, floorY + H * 0.05, W * 0.45, hot, 0.45, H * 0.08);
  const scuffs: string[] = [];
  for (let i = 0; i < 60; i++) scuffs.push(ellipse(r.range(0, W), r.range(floorY + 4, H), r.range(8, 40), r.range(1, 3), ''));
  d.add(`<g fill="#000000" opacity="0.25">${scuffs.join('')}</g>`);

  // the furnace worker, back-lit, reaching toward the pour with a rod
  const fig: Figure = {
    x: pourEnd[0] + dir * W * r.range(0.2, 0.26),
    y: H * 0.93,
    h: H * 0.52,
    pose: 'rod',
    face: (dir > 0 ? -1 : 1) as 1 | -1,
    style: { suit: '#a39c90', legs: '#8f887d', helmet: '#c9c3b6', skin: '#6b4b3a', gloves: '#8a8175', boots: '#1a1412', tint: '#1b120e', tintAmount: 0.72 },
    rim: { color: '#ffb35a', side: (dir > 0 ? -1 : 1) as 1 | -1, width: 0.007 },
  };
  const hand = handOf(fig);
  const fc = fig.face ?? 1;
  const tip: [number, number] = [pourEnd[0] - fc * 0 + (hand[0] - pourEnd[0]) * 0.18, pourEnd[1] - H * 0.01];
  d.add(line([[hand[0] - fc * fig.h * 0.12, hand[1] + fig.h * 0.04], tip], `stroke="#2b1d16" stroke-width="${f(fig.h * 0.012)}" stroke-linecap="round"`));
  d.add(line([[tip[0] + (hand[0] - tip[0]) * 0.15, tip[1] + (hand[1] - tip[1]) * 0.15], tip], `stroke="#ffb347" stroke-width="${f(fig.h * 0.01)}" stroke-linecap="round"`));
  d.glow(tip[0], tip[1], 20, '#ffe0a0', 0.9);
  d.add(ellipse(fig.x, fig.y, fig.h * 0.22, fig.h * 0.025, `fill="#000000" opacity="0.5"`));
  d.add(figure(fig));
  // face shield: a warm reflection on the visor
  const head = headOf(fig);
  d.add(ellipse(head[0] + fc * fig.h * 0.045, head[1] + fig.h * 0.01, fig.h * 0.03, fig.h * 0.045, `fill="#ffb347" opacity="0.55"`));
  // a second worker further back, smaller and darker
  if (r.chance(0.6)) {
    d.add(
      figure({
        x: mx - dir * W * 0.2,
        y: floorY + H * 0.02,
        h: H * 0.22,
        pose: 'stand',
        face: (dir > 0 ? 1 : -1) as 1 | -1,
        style: { suit: '#8f887d', helmet: '#b8b2a6', skin: '#4a3328', tint: '#1b120e', tintAmount: 0.75 },
        rim: { color: '#ff9a3c', side: (dir > 0 ? 1 : -1) as 1 | -1, width: 0.015 },
      }),
    );
  }
  void circle;

  finish(d, { vignette: 0.6 });
  return focusAt(d, (head[0] + pourEnd[0]) / 2, (head[1] + pourEnd[1]) / 2);
}
