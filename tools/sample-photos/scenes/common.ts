/** Pieces several scenes share: skies, skylines, ground texture, the finishing layer. */
import { Doc, f, mix, rect, ellipse, line, path, type Rng, type Stop } from '../svg.ts';

export type SceneContext = {
  /** alt + caption + place, for painters that pick details from the words. */
  text: string;
  id: string;
};

/** What a painter reports back: where the subject is (fractions of width/height). */
export type SceneResult = { focus: { x: number; y: number } };

export type Painter = (d: Doc, r: Rng, ctx: SceneContext) => SceneResult;

export const focusAt = (d: Doc, x: number, y: number): SceneResult => ({
  focus: { x: Math.round((x / d.W) * 100) / 100, y: Math.round((y / d.H) * 100) / 100 },
});

/** Sky gradient from the top of the frame down to `bottom`. */
export function sky(d: Doc, stops: readonly Stop[], bottom = d.H): void {
  d.add(rect(0, 0, d.W, bottom, `fill="${d.lin(stops)}"`));
}

/** Long thin horizontal cloud streaks (dawn/dusk skies). */
export function streaks(d: Doc, r: Rng, yMin: number, yMax: number, color: string, n: number, opacity = 0.35): void {
  for (let i = 0; i < n; i++) {
    const y = r.range(yMin, yMax);
    const w = r.range(d.W * 0.15, d.W * 0.5);
    const x = r.range(-w * 0.3, d.W - w * 0.7);
    const h = r.range(3, 10);
    const paint = d.lin(
      [
        [0, color, 0],
        [0.3, color, opacity * r.range(0.5, 1)],
        [0.7, color, opacity * r.range(0.5, 1)],
        [1, color, 0],
      ],
      0,
      0,
      1,
      0,
    );
    d.add(ellipse(x + w / 2, y, w / 2, h, `fill="${paint}"`));
  }
}

/** Soft cumulus made of overlapping radial glows. */
export function cloud(d: Doc, r: Rng, cx: number, cy: number, size: number, color: string, strength = 0.5): void {
  const n = r.int(5, 8);
  for (let i = 0; i < n; i++) {
    const dx = r.range(-1, 1) * size;
    const dy = r.range(-0.25, 0.15) * size;
    const s = size * r.range(0.45, 0.8);
    d.glow(cx + dx, cy + dy, s, color, strength, s * 0.6);
  }
}

/** A skyline of blocks (and optional chimneys) standing on `base`. */
export function skyline(
  d: Doc,
  r: Rng,
  base: number,
  minH: number,
  maxH: number,
  color: string,
  opts: { chimneys?: number; gap?: number; windows?: string; windowDensity?: number } = {},
): void {
  let x = -r.range(0, 40);
  const parts: string[] = [];
  const lights: string[] = [];
  while (x < d.W) {
    const w = r.range(25, 90);
    const h = r.range(minH, maxH) * (r.chance(0.15) ? 1.5 : 1);
    parts.push(rect(x, base - h, w, h + 2, ''));
    if (r.chance(0.2)) parts.push(rect(x + w * 0.2, base - h - r.range(6, 18), w * 0.3, 20, ''));
    if (opts.windows) {
      for (let wy = base - h + 6; wy < base - 6; wy += 7) {
        for (let wx = x + 4; wx < x + w - 5; wx += 6) {
          if (r.chance(opts.windowDensity ?? 0.2)) lights.push(rect(wx, wy, 2.6, 3.2, ''));
        }
      }
    }
    x += w + (opts.gap ? r.range(0, opts.gap) : 0);
  }
  for (let i = 0; i < (opts.chimneys ?? 0); i++) {
    const cx = r.range(0.05, 0.95) * d.W;
    const ch = r.range(maxH * 1.4, maxH * 2.4);
    parts.push(path(`M${f(cx - 5)},${f(base)} L${f(cx - 3.5)},${f(base - ch)} L${f(cx + 3.5)},${f(base - ch)} L${f(cx + 5)},${f(base)} Z`, ''));
  }
  d.add(`<g fill="${color}">${parts.join('')}</g>`);
  if (lights.length) d.add(`<g fill="${opts.windows}" opacity="0.85">${lights.join('')}</g>`);
}

/** Scattered pebbles for ballast, gravel or dirt (adds the fine detail real photos have). */
export function pebbles(d: Doc, r: Rng, y0: number, y1: number, n: number, dark: string, light: string, scale = 1): void {
  const a: string[] = [];
  const b: string[] = [];
  for (let i = 0; i < n; i++) {
    const y = r.range(y0, y1);
    const k = ((y - y0) / Math.max(1, y1 - y0)) * 0.8 + 0.4; // larger toward the camera
    const rx = r.range(1.2, 3.2) * k * scale;
    (r.chance(0.5) ? a : b).push(ellipse(r.range(0, d.W), y, rx, rx * r.range(0.5, 0.8), ''));
  }
  d.add(`<g fill="${dark}" opacity="0.55">${a.join('')}</g><g fill="${light}" opacity="0.35">${b.join('')}</g>`);
}

/** Grass / reed tufts along the bottom edge. */
export function tufts(d: Doc, r: Rng, y: number, n: number, color: string, height: number, opacity = 1, x0 = -10, x1 = d.W + 10): void {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r.range(x0, x1);
    const by = y + r.range(-height * 0.2, height * 0.4);
    const blades = r.int(3, 6);
    for (let b = 0; b < blades; b++) {
      const h = height * r.range(0.4, 1);
      const lean = r.range(-0.35, 0.35) * h;
      parts.push(`M${f(x + b * 1.5)},${f(by)} Q${f(x + lean * 0.3)},${f(by - h * 0.6)} ${f(x + lean)},${f(by - h)}`);
    }
  }
  d.add(`<path d="${parts.join(' ')}" fill="none" stroke="${color}" stroke-width="1.6" stroke-linecap="round" opacity="${f(opacity)}"/>`);
}

/** Lattice girder between two points (cranes, gantries, pylons). */
export function lattice(a: readonly [number, number], b: readonly [number, number], depth: number, color: string, width = 1.4, step = 14): string {
  const [x1, y1] = a;
  const [x2, y2] = b;
  const len = Math.hypot(x2 - x1, y2 - y1);
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const nx = -uy * depth;
  const ny = ux * depth;
  const segs = Math.max(1, Math.round(len / step));
  let dd = `M${f(x1)},${f(y1)} L${f(x2)},${f(y2)} M${f(x1 + nx)},${f(y1 + ny)} L${f(x2 + nx)},${f(y2 + ny)}`;
  for (let i = 0; i < segs; i++) {
    const t0 = i / segs;
    const t1 = (i + 1) / segs;
    const p0 = [x1 + (x2 - x1) * t0, y1 + (y2 - y1) * t0] as const;
    const p1 = [x1 + (x2 - x1) * t1, y1 + (y2 - y1) * t1] as const;
    dd += ` M${f(p0[0])},${f(p0[1])} L${f(p1[0] + nx)},${f(p1[1] + ny)} L${f(p1[0])},${f(p1[1])}`;
  }
  return `<path d="${dd}" fill="none" stroke="${color}" stroke-width="${f(width)}" stroke-linejoin="round"/>`;
}

/** Full-frame vignette, a gentle colour grade and the sample label. */
export function finish(d: Doc, opts: { vignette?: number; grade?: string; gradeOpacity?: number; labelCorner?: 'br' | 'bl' } = {}): void {
  if (opts.grade) d.fill(opts.grade, opts.gradeOpacity ?? 0.08);
  const v = opts.vignette ?? 0.5;
  const vig = d.rad(
    [
      [0, '#000000', 0],
      [0.55, '#000000', 0],
      [0.8, '#000000', v * 0.45],
      [1, '#000000', v],
    ],
    d.W / 2,
    d.H / 2,
    Math.hypot(d.W, d.H) / 2,
  );
  d.fill(vig);
  label(d, opts.labelCorner ?? 'br');
}

/** The "示例图片 SAMPLE" tag, about 1.6% of the short edge tall in text. */
export function label(d: Doc, corner: 'br' | 'bl'): void {
  const s = Math.min(d.W, d.H) / 900; // 1 for 1200×900
  const fs = 19 * s;
  const padX = 12 * s;
  const w = fs * 4 + fs * 0.6 * 6.6 + padX * 2; // four CJK glyphs, a space and "SAMPLE"
  const h = fs * 1.75;
  const m = 26 * s;
  const x = corner === 'br' ? d.W - m - w : m;
  const y = d.H - m - h;
  d.add(
    `<g>` +
      rect(x, y, w, h, `rx="${f(h * 0.22)}" fill="#101114" fill-opacity="0.62" stroke="#ffffff" stroke-opacity="0.35" stroke-width="${f(1.2 * s)}"`) +
      `<text x="${f(x + padX)}" y="${f(y + h * 0.69)}" font-family="Noto Sans CJK SC, Noto Sans CJK JP, sans-serif" font-size="${f(fs)}" fill="#ffffff" fill-opacity="0.94">` +
      `<tspan font-weight="700">示例图片</tspan><tspan dx="${f(fs * 0.45)}" font-size="${f(fs * 0.82)}" letter-spacing="${f(fs * 0.08)}">SAMPLE</tspan></text>` +
      `</g>`,
  );
}

/** Light beam: a cone from `from` toward `to`, fading out. */
export function beam(d: Doc, from: readonly [number, number], to: readonly [number, number], spread: number, color: string, opacity: number): void {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const len = Math.hypot(x2 - x1, y2 - y1);
  const nx = (-(y2 - y1) / len) * spread;
  const ny = ((x2 - x1) / len) * spread;
  const paint = d.linU(
    [
      [0, color, opacity],
      [0.6, color, opacity * 0.35],
      [1, color, 0],
    ],
    x1,
    y1,
    x2 + (x2 - x1) * 0.15,
    y2 + (y2 - y1) * 0.15,
  );
  d.add(path(`M${f(x1)},${f(y1)} L${f(x2 + nx)},${f(y2 + ny)} L${f(x2 - nx)},${f(y2 - ny)} Z`, `fill="${paint}"`));
}

export { mix, line };
