/**
 * Small SVG toolkit for the sample-photo scenes: a seeded random source, colour
 * mixing, a document builder that collects gradients and filters, and the
 * stylised worker figure every scene shares.
 *
 * Scenes draw in a fixed user space (1200 wide, 800/900 high; 900×1200 for
 * portraits) and the document is rendered at full camera resolution by librsvg.
 */

/* ---------------------------------------------------------------- random */

/** 32-bit FNV-1a hash of a string, for seeds. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    h ^= code & 0xff;
    h = Math.imul(h, 0x01000193);
    h ^= code >>> 8;
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche so that near-identical ids give unrelated seeds
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform in [a, b). */
  range: (a: number, b: number) => number;
  /** Integer in [a, b]. */
  int: (a: number, b: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
  /** Roughly normal, mean 0, sd 1. */
  gauss: () => number;
};

/** mulberry32: tiny, fast and good enough for composition choices and grain. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const range = (lo: number, hi: number) => lo + (hi - lo) * next();
  return {
    next,
    range,
    int: (lo, hi) => Math.floor(range(lo, hi + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance: (p) => next() < p,
    gauss: () => (next() + next() + next() + next() - 2) * 1.7320508,
  };
}

/* ---------------------------------------------------------------- colour */

function parseHex(c: string): [number, number, number] {
  const h = c.replace('#', '');
  const full = h.length === 3 ? h.replace(/./g, (x) => x + x) : h;
  const n = parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(r: number, g: number, b: number): string {
  const f = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${f(r)}${f(g)}${f(b)}`;
}

/** Linear mix of two hex colours, t = 0 gives a, 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = parseHex(a);
  const [r2, g2, b2] = parseHex(b);
  return toHex(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t);
}

/** Rounds a number for compact SVG output. */
export const f = (v: number) => (Math.round(v * 100) / 100).toString();

/* ---------------------------------------------------------------- document */

export type Stop = readonly [offset: number, color: string, opacity?: number];

function stops(list: readonly Stop[]): string {
  return list
    .map(([o, c, a]) => `<stop offset="${f(o)}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${f(a)}"`}/>`)
    .join('');
}

/** Collects defs and body markup for one picture. */
export class Doc {
  readonly W: number;
  readonly H: number;
  private defs: string[] = [];
  private body: string[] = [];
  private n = 0;
  private filters = new Map<string, string>();
  private glows = new Map<string, string>();

  private readonly ns: string;

  /** `ns` prefixes every id, so a second document can be nested inside another. */
  constructor(W: number, H: number, ns = '') {
    this.W = W;
    this.H = H;
    this.ns = ns;
  }

  uid(prefix: string): string {
    this.n += 1;
    return `${this.ns}${prefix}${this.n}`;
  }

  add(...markup: string[]): this {
    this.body.push(...markup);
    return this;
  }

  def(markup: string): this {
    this.defs.push(markup);
    return this;
  }

  /** Linear gradient in the shape's bounding box (default: top to bottom). */
  lin(list: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = this.uid('l');
    this.defs.push(`<linearGradient id="${id}" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}">${stops(list)}</linearGradient>`);
    return `url(#${id})`;
  }

  /** Linear gradient in user space (absolute coordinates). */
  linU(list: readonly Stop[], x1: number, y1: number, x2: number, y2: number): string {
    const id = this.uid('l');
    this.defs.push(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}">${stops(list)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** Radial gradient in user space. */
  rad(list: readonly Stop[], cx: number, cy: number, r: number, extra = ''): string {
    const id = this.uid('r');
    this.defs.push(
      `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" ${extra}>${stops(list)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  /** Gaussian blur filter (cached per strength). Use sparingly: blur is the slow part of rendering. */
  blur(sd: number): string {
    const key = f(sd);
    let id = this.filters.get(key);
    if (!id) {
      id = this.uid('b');
      this.filters.set(key, id);
      this.defs.push(
        `<filter id="${id}" x="-30%" y="-30%" width="160%" height="160%" color-interpolation-filters="sRGB"><feGaussianBlur stdDeviation="${key}"/></filter>`,
      );
    }
    return `url(#${id})`;
  }

  /** A soft glow made from a radial gradient (cheap, no filter); elliptical when ry is given. */
  glow(cx: number, cy: number, r: number, color: string, strength = 1, ry = r): this {
    const key = `${color}|${f(strength)}`;
    let id = this.glows.get(key);
    if (!id) {
      id = this.uid('g');
      this.glows.set(key, id);
      this.defs.push(
        `<radialGradient id="${id}">${stops([
          [0, color, Math.min(1, 0.95 * strength)],
          [0.18, color, Math.min(1, 0.55 * strength)],
          [0.45, color, 0.18 * strength],
          [0.75, color, 0.05 * strength],
          [1, color, 0],
        ])}</radialGradient>`,
      );
    }
    this.body.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r)}" ry="${f(ry)}" fill="url(#${id})"/>`);
    return this;
  }

  /** Full-frame rectangle. */
  fill(paint: string, opacity = 1, blend = ''): this {
    this.body.push(
      `<rect x="0" y="0" width="${this.W}" height="${this.H}" fill="${paint}"${opacity < 1 ? ` opacity="${f(opacity)}"` : ''}${blend ? ` style="mix-blend-mode:${blend}"` : ''}/>`,
    );
    return this;
  }

  /** A horizontal band of haze fading up and down from `y`. */
  haze(y: number, height: number, color: string, opacity: number): this {
    const paint = this.lin([
      [0, color, 0],
      [0.5, color, opacity],
      [1, color, 0],
    ]);
    this.body.push(`<rect x="0" y="${f(y - height / 2)}" width="${this.W}" height="${f(height)}" fill="${paint}"/>`);
    return this;
  }

  toString(pixelWidth: number, pixelHeight: number): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${pixelWidth}" height="${pixelHeight}" viewBox="0 0 ${this.W} ${this.H}" preserveAspectRatio="none">` +
      `<defs>${this.defs.join('')}</defs>${this.body.join('')}</svg>`
    );
  }
}

/* ---------------------------------------------------------------- shapes */

export type Pt = readonly [number, number];

export const poly = (pts: readonly Pt[], attrs: string) =>
  `<polygon points="${pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" ${attrs}/>`;

export const line = (pts: readonly Pt[], attrs: string) =>
  `<polyline points="${pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}"${/\bfill=/.test(attrs) ? '' : ' fill="none"'} ${attrs}/>`;

export const rect = (x: number, y: number, w: number, h: number, attrs: string) =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" ${attrs}/>`;

export const circle = (cx: number, cy: number, r: number, attrs: string) =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" ${attrs}/>`;

export const ellipse = (cx: number, cy: number, rx: number, ry: number, attrs: string) =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" ${attrs}/>`;

export const path = (d: string, attrs: string) => `<path d="${d}" ${attrs}/>`;

/** A ridge line across the frame: a filled silhouette from a wandering skyline down to `bottom`. */
export function ridge(r: Rng, W: number, y: number, amp: number, bottom: number, steps = 14, roughness = 0.5): string {
  const pts: Pt[] = [];
  let v = r.range(-1, 1);
  for (let i = 0; i <= steps; i++) {
    v = v * roughness + r.range(-1, 1) * (1 - roughness);
    pts.push([(W * i) / steps, y + v * amp]);
  }
  // smooth with quadratic curves through midpoints
  let d = `M0,${f(bottom)} L${f(pts[0]![0])},${f(pts[0]![1])}`;
  for (let i = 1; i < pts.length; i++) {
    const [px, py] = pts[i - 1]!;
    const [x, yy] = pts[i]!;
    d += ` Q${f(px)},${f(py)} ${f((px + x) / 2)},${f((py + yy) / 2)}`;
  }
  d += ` L${f(W)},${f(pts[pts.length - 1]![1])} L${f(W)},${f(bottom)} Z`;
  return d;
}

/* ---------------------------------------------------------------- figure */

export type Pose = 'stand' | 'walk' | 'crouch' | 'kneel' | 'point' | 'reach' | 'ride' | 'carry' | 'inspect' | 'rod' | 'sit' | 'read' | 'sitread';

export type FigureStyle = {
  /** Work clothes. */
  suit: string;
  /** Trousers (defaults to a darker suit colour). */
  legs?: string;
  /** Helmet colour, or undefined for a bare head / cap. */
  helmet?: string;
  cap?: string;
  skin: string;
  /** Hair colour for bare heads. */
  hair?: string;
  /** Reflective stripe colour across the chest and legs. */
  stripe?: string;
  /** Gloves / boots. */
  gloves?: string;
  boots?: string;
  /** Tint everything toward this colour (for distance / silhouettes). */
  tint?: string;
  tintAmount?: number;
};

type Joints = {
  head: Pt;
  neck: Pt;
  hip: Pt;
  elbowF: Pt;
  handF: Pt;
  elbowB: Pt;
  handB: Pt;
  kneeF: Pt;
  footF: Pt;
  kneeB: Pt;
  footB: Pt;
};

/** Joint positions for height 1, feet at y = 0, facing +x. */
const POSES: Record<Pose, Joints> = {
  stand: {
    head: [0.0, -0.925], neck: [0, -0.83], hip: [0, -0.49],
    elbowF: [0.05, -0.64], handF: [0.06, -0.47], elbowB: [-0.05, -0.64], handB: [-0.06, -0.47],
    kneeF: [0.03, -0.25], footF: [0.05, 0], kneeB: [-0.03, -0.25], footB: [-0.05, 0],
  },
  walk: {
    head: [0.03, -0.92], neck: [0.02, -0.83], hip: [0, -0.49],
    elbowF: [0.1, -0.65], handF: [0.17, -0.52], elbowB: [-0.08, -0.64], handB: [-0.14, -0.5],
    kneeF: [0.1, -0.27], footF: [0.17, 0], kneeB: [-0.06, -0.25], footB: [-0.17, -0.02],
  },
  crouch: {
    head: [0.17, -0.6], neck: [0.11, -0.52], hip: [-0.1, -0.2],
    elbowF: [0.22, -0.4], handF: [0.34, -0.38], elbowB: [0.12, -0.34], handB: [0.16, -0.24],
    kneeF: [0.13, -0.3], footF: [0.09, 0], kneeB: [0.06, -0.27], footB: [-0.06, 0],
  },
  kneel: {
    head: [0.14, -0.66], neck: [0.1, -0.58], hip: [-0.04, -0.33],
    elbowF: [0.2, -0.44], handF: [0.33, -0.42], elbowB: [0.12, -0.4], handB: [0.28, -0.36],
    kneeF: [0.14, -0.3], footF: [0.14, 0], kneeB: [0.04, -0.02], footB: [-0.2, 0],
  },
  point: {
    head: [0.02, -0.925], neck: [0.01, -0.83], hip: [0, -0.49],
    elbowF: [0.15, -0.86], handF: [0.28, -1.0], elbowB: [-0.05, -0.64], handB: [-0.02, -0.5],
    kneeF: [0.04, -0.25], footF: [0.07, 0], kneeB: [-0.03, -0.25], footB: [-0.06, 0],
  },
  reach: {
    head: [0.04, -0.925], neck: [0.02, -0.83], hip: [-0.01, -0.49],
    elbowF: [0.14, -0.92], handF: [0.22, -1.08], elbowB: [0.08, -0.66], handB: [0.17, -0.62],
    kneeF: [0.03, -0.25], footF: [0.05, 0], kneeB: [-0.04, -0.25], footB: [-0.07, 0],
  },
  ride: {
    head: [0.1, -0.86], neck: [0.07, -0.77], hip: [-0.06, -0.47],
    elbowF: [0.16, -0.6], handF: [0.27, -0.6], elbowB: [0.12, -0.6], handB: [0.24, -0.58],
    kneeF: [0.14, -0.46], footF: [0.12, -0.16], kneeB: [0.1, -0.44], footB: [0.06, -0.15],
  },
  carry: {
    head: [0.0, -0.925], neck: [0, -0.83], hip: [0, -0.49],
    elbowF: [0.1, -0.62], handF: [0.2, -0.66], elbowB: [0.06, -0.62], handB: [0.16, -0.68],
    kneeF: [0.05, -0.25], footF: [0.08, 0], kneeB: [-0.04, -0.25], footB: [-0.07, 0],
  },
  inspect: {
    head: [0.09, -0.88], neck: [0.06, -0.8], hip: [-0.02, -0.48],
    elbowF: [0.18, -0.68], handF: [0.3, -0.72], elbowB: [0.08, -0.62], handB: [0.16, -0.55],
    kneeF: [0.04, -0.25], footF: [0.07, 0], kneeB: [-0.05, -0.24], footB: [-0.09, 0],
  },
  sit: {
    head: [0.05, -0.7], neck: [0.02, -0.61], hip: [-0.04, -0.27],
    elbowF: [0.09, -0.42], handF: [0.23, -0.4], elbowB: [0.07, -0.42], handB: [0.21, -0.38],
    kneeF: [0.2, -0.29], footF: [0.2, 0], kneeB: [0.18, -0.28], footB: [0.15, 0],
  },
  sitread: {
    head: [0.07, -0.68], neck: [0.03, -0.6], hip: [-0.04, -0.27],
    elbowF: [0.1, -0.44], handF: [0.22, -0.52], elbowB: [0.08, -0.44], handB: [0.2, -0.5],
    kneeF: [0.2, -0.29], footF: [0.2, 0], kneeB: [0.18, -0.28], footB: [0.15, 0],
  },
  read: {
    head: [0.04, -0.915], neck: [0.01, -0.83], hip: [0, -0.49],
    elbowF: [0.08, -0.62], handF: [0.17, -0.72], elbowB: [0.05, -0.62], handB: [0.15, -0.7],
    kneeF: [0.03, -0.25], footF: [0.05, 0], kneeB: [-0.03, -0.25], footB: [-0.05, 0],
  },
  rod: {
    head: [0.07, -0.9], neck: [0.05, -0.81], hip: [-0.03, -0.48],
    elbowF: [0.15, -0.66], handF: [0.27, -0.62], elbowB: [0.06, -0.62], handB: [0.14, -0.6],
    kneeF: [0.1, -0.26], footF: [0.16, 0], kneeB: [-0.06, -0.25], footB: [-0.15, 0],
  },
};

export type Figure = {
  x: number;
  /** Feet baseline. */
  y: number;
  /** Standing height in user units. */
  h: number;
  pose: Pose;
  /** 1 faces right, -1 faces left. */
  face?: 1 | -1;
  style: FigureStyle;
  /** Optional rim light: colour and direction (-1 light from the left, 1 from the right). */
  rim?: { color: string; side: -1 | 1; width?: number };
};

/** Returns the front hand position in user space (for props such as torches). */
export function handOf(fig: Figure, which: 'F' | 'B' = 'F'): Pt {
  const j = POSES[fig.pose];
  const [hx, hy] = which === 'F' ? j.handF : j.handB;
  return [fig.x + hx * fig.h * (fig.face ?? 1), fig.y + hy * fig.h];
}

export function headOf(fig: Figure): Pt {
  const [hx, hy] = POSES[fig.pose].head;
  return [fig.x + hx * fig.h * (fig.face ?? 1), fig.y + hy * fig.h];
}

function figureBody(fig: Figure, flat?: string): string {
  const { h, style } = fig;
  const face = fig.face ?? 1;
  const j = POSES[fig.pose];
  const P = ([x, y]: Pt): Pt => [fig.x + x * h * face, fig.y + y * h];
  const t = (c: string) => (flat ? flat : style.tint ? mix(c, style.tint, style.tintAmount ?? 0.5) : c);
  const suit = t(style.suit);
  const suitBack = t(mix(style.suit, '#000000', 0.28));
  const legs = t(style.legs ?? mix(style.suit, '#1a1a22', 0.22));
  const legsBack = t(mix(style.legs ?? mix(style.suit, '#1a1a22', 0.22), '#000000', 0.3));
  const skin = t(style.skin);
  const gloves = t(style.gloves ?? style.skin);
  const boots = t(style.boots ?? '#23211f');
  const limb = (pts: Pt[], w: number, c: string) =>
    line(pts.map(P), `stroke="${c}" stroke-width="${f(w * h)}" stroke-linecap="round" stroke-linejoin="round"`);
  const out: string[] = [];

  const neck = P(j.neck);
  const hip = P(j.hip);
  // back limbs
  out.push(limb([j.hip, j.kneeB, j.footB], 0.085, legsBack));
  out.push(ellipse(P(j.footB)[0] + 0.03 * h * face, P(j.footB)[1] - 0.012 * h, 0.05 * h, 0.022 * h, `fill="${boots}"`));
  out.push(limb([[j.neck[0] - 0.02, j.neck[1] + 0.03], j.elbowB, j.handB], 0.06, suitBack));
  out.push(circle(...P(j.handB), 0.032 * h, `fill="${gloves}"`));
  // front leg
  out.push(limb([j.hip, j.kneeF, j.footF], 0.09, legs));
  out.push(ellipse(P(j.footF)[0] + 0.03 * h * face, P(j.footF)[1] - 0.012 * h, 0.052 * h, 0.024 * h, `fill="${boots}"`));
  // torso: a tapered shape along the spine with sloping shoulders, rounded by a same-colour stroke
  const dx = neck[0] - hip[0];
  const dy = neck[1] - hip[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const nx = -uy;
  const ny = ux;
  const at = (base: Pt, along: number, across: number): Pt => [base[0] + ux * along * h + nx * across * h, base[1] + uy * along * h + ny * across * h];
  const torso: Pt[] = [
    at(neck, 0.01, 0.045),
    at(neck, -0.035, 0.088),
    at(hip, 0.02, 0.072),
    at(hip, -0.01, 0.06),
    at(hip, -0.01, -0.06),
    at(hip, 0.02, -0.072),
    at(neck, -0.035, -0.088),
    at(neck, 0.01, -0.045),
  ];
  out.push(poly(torso, `fill="${suit}" stroke="${suit}" stroke-width="${f(0.035 * h)}" stroke-linejoin="round"`));
  if (!flat) {
    // form shading on the side away from the viewer's light
    const shadeSide = -face;
    const shadePts: Pt[] = [at(neck, -0.03, 0.02 * shadeSide), at(neck, -0.035, 0.088 * shadeSide), at(hip, 0.02, 0.072 * shadeSide), at(hip, -0.01, 0.02 * shadeSide)];
    out.push(poly(shadePts, `fill="#000000" fill-opacity="0.16"`));
  }
  if (style.stripe && !flat) {
    // reflective bands: one across the chest, one at the waist
    for (const k of [0.36, 0.72]) {
      const w = 0.088 + (0.072 - 0.088) * k;
      const c: Pt = [neck[0] + (hip[0] - neck[0]) * k, neck[1] + (hip[1] - neck[1]) * k];
      out.push(line([at(c, 0, w * 1.02), at(c, 0, -w * 1.02)], `stroke="${t(style.stripe)}" stroke-width="${f(0.026 * h)}"`));
    }
  }
  // front arm
  out.push(limb([[j.neck[0] + 0.01, j.neck[1] + 0.04], j.elbowF, j.handF], 0.065, suit));
  out.push(circle(...P(j.handF), 0.035 * h, `fill="${gloves}"`));
  // head
  const head = P(j.head);
  const hr = 0.068 * h;
  out.push(limb([j.neck, [j.head[0] * 0.7 + j.neck[0] * 0.3, j.head[1] * 0.6 + j.neck[1] * 0.4]], 0.05, skin));
  out.push(circle(head[0], head[1], hr, `fill="${skin}"`));
  if (style.helmet) {
    const hc = t(style.helmet);
    out.push(
      path(
        `M${f(head[0] - hr * 1.12)},${f(head[1] - hr * 0.05)} A${f(hr * 1.12)},${f(hr * 1.18)} 0 0 1 ${f(head[0] + hr * 1.12)},${f(head[1] - hr * 0.05)} Z`,
        `fill="${hc}"`,
      ),
      // brim
      line(
        [
          [head[0] - hr * 1.2 * face, head[1] - hr * 0.05],
          [head[0] + hr * 1.55 * face, head[1] - hr * 0.02],
        ],
        `stroke="${hc}" stroke-width="${f(hr * 0.28)}" stroke-linecap="round"`,
      ),
      // ridge highlight
      flat ? '' : line([[head[0] - hr * 0.2, head[1] - hr * 1.1], [head[0] + hr * 0.35, head[1] - hr * 1.05]], `stroke="#ffffff" stroke-opacity="0.35" stroke-width="${f(hr * 0.18)}" stroke-linecap="round"`),
    );
  } else if (style.cap) {
    const cc = t(style.cap);
    out.push(
      path(
        `M${f(head[0] - hr * 1.02)},${f(head[1] - hr * 0.15)} A${f(hr * 1.02)},${f(hr)} 0 0 1 ${f(head[0] + hr * 1.02)},${f(head[1] - hr * 0.15)} Z`,
        `fill="${cc}"`,
      ),
      line([[head[0], head[1] - hr * 0.15], [head[0] + hr * 1.7 * face, head[1] - hr * 0.05]], `stroke="${cc}" stroke-width="${f(hr * 0.25)}" stroke-linecap="round"`),
    );
  } else {
    const hc = t(style.hair ?? '#1d1a18');
    // hair over the crown and down the back of the head, hairline at the forehead
    const P2 = (deg: number, k = 1.04): Pt => [head[0] + Math.cos((deg * Math.PI) / 180) * hr * k * face, head[1] + Math.sin((deg * Math.PI) / 180) * hr * k];
    const fore = P2(-40);
    const nape = P2(150);
    const inner = P2(-150, 0.35);
    out.push(
      path(
        `M${f(fore[0])},${f(fore[1])} A${f(hr * 1.04)},${f(hr * 1.04)} 0 0 ${face > 0 ? 0 : 1} ${f(nape[0])},${f(nape[1])} Q${f(inner[0])},${f(inner[1])} ${f(fore[0])},${f(fore[1])} Z`,
        `fill="${hc}"`,
      ),
    );
  }
  return out.join('');
}

/** Draws a worker; with a rim light the figure is drawn first in the light colour, offset toward the light. */
export function figure(fig: Figure): string {
  if (!fig.rim) return `<g>${figureBody(fig)}</g>`;
  const w = (fig.rim.width ?? 0.007) * fig.h;
  const rimFig = { ...fig, x: fig.x + fig.rim.side * w, y: fig.y - w * 0.4 };
  return `<g>${figureBody(rimFig, fig.rim.color)}${figureBody(fig)}</g>`;
}

/** A soft elliptical shadow under something standing on the ground. */
export function groundShadow(x: number, y: number, rx: number, color = '#000000', opacity = 0.35): string {
  return ellipse(x, y, rx, rx * 0.16, `fill="${color}" fill-opacity="${f(opacity)}"`);
}
