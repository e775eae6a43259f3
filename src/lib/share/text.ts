/**
 * Setting Chinese text for images: measuring, line breaking with the usual
 * rules (no closing mark at a line's start, no opening mark at its end), a
 * quarter-em between Han characters and Latin letters or digits, and drawing
 * each line as one SVG path from the font's outlines.
 */
import { glyphFor, type Face } from './fonts.ts';

export interface TextStyle {
  face: Face;
  /** Font size in pixels. */
  size: number;
  /** Extra space after each character, in em. */
  letterSpacing?: number;
}

/** A character no font of the face can draw: the build stops rather than print a box. */
export class MissingGlyphError extends Error {
  readonly characters: string[];
  constructor(characters: string[]) {
    super(`海报字体里没有这些字：${characters.join('、')}。运行 npm run fonts 重新生成 assets/fonts/ 的字体子集`);
    this.name = 'MissingGlyphError';
    this.characters = characters;
  }
}

/** The characters of `text` that no font of the face can draw, each once. */
export function missingCharacters(face: Face, text: string): string[] {
  return [...new Set([...text].filter((char) => !glyphFor(face, char)))];
}

/** Marks that may not start a line (行首禁则). */
const noLineStart = new Set('，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}～');
/** Marks that may not end a line (行尾禁则). */
const noLineEnd = new Set('（《「『【〔〈“‘([{');

type Script = 'han' | 'latin' | 'other';
function scriptOf(char: string): Script {
  if (/\p{Script=Han}/u.test(char)) return 'han';
  return /[A-Za-z0-9]/.test(char) ? 'latin' : 'other';
}

interface Placed {
  x: number;
  glyph: NonNullable<ReturnType<typeof glyphFor>>;
}

/** Where each character of one line goes, in px from the line's start, and the line's width. */
export function placeLine(style: TextStyle, text: string): { placed: Placed[]; width: number } {
  const { face, size, letterSpacing = 0 } = style;
  const placed: Placed[] = [];
  const missing: string[] = [];
  let x = 0;
  let previous: Script | undefined;
  for (const char of text) {
    const script = scriptOf(char);
    if ((previous === 'han' && script === 'latin') || (previous === 'latin' && script === 'han')) x += size / 4;
    previous = script;
    const glyph = glyphFor(face, char);
    if (!glyph) {
      missing.push(char);
      continue;
    }
    placed.push({ x, glyph });
    x += (glyph.glyph.advanceWidth * size) / glyph.font.unitsPerEm + letterSpacing * size;
  }
  if (missing.length) throw new MissingGlyphError([...new Set(missing)]);
  return { placed, width: placed.length ? x - letterSpacing * size : 0 };
}

export function measure(style: TextStyle, text: string): number {
  return placeLine(style, text).width;
}

/**
 * Breakable units: each Han character alone, a run of Latin letters and digits
 * whole; closing marks stick to the unit before them, opening marks to the one after.
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let opening = '';
  for (const [token] of text.matchAll(/[A-Za-z0-9][A-Za-z0-9.,:/%+\-_@#&=?~]*|./gsu)) {
    if (noLineEnd.has(token)) opening += token;
    else if (noLineStart.has(token) && units.length && !opening) units[units.length - 1] += token;
    else {
      units.push(opening + token);
      opening = '';
    }
  }
  if (opening) units.push(opening);
  return units;
}

/** Greedy line breaking into at most `maxLines` lines; cut text ends with “……”. */
export function wrap(style: TextStyle, text: string, maxWidth: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim())) {
    if (line && measure(style, line + unit) > maxWidth) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line += unit;
    // A unit wider than the line (a long number or address) is cut where it must be.
    while (measure(style, line) > maxWidth) {
      const chars = [...line];
      let fit = chars.length - 1;
      while (fit > 1 && measure(style, chars.slice(0, fit).join('')) > maxWidth) fit--;
      lines.push(chars.slice(0, fit).join(''));
      line = chars.slice(fit).join('');
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...kept.pop()!];
  while (last.length && measure(style, last.join('') + '……') > maxWidth) last.pop();
  while (last.length && /[，。、；：,.;:\s]/.test(last.at(-1)!)) last.pop();
  kept.push(last.join('') + '……');
  return kept;
}

/** Lines of about equal width (like CSS `text-wrap: balance`), so a heading never leaves one character alone. */
export function wrapBalanced(style: TextStyle, text: string, maxWidth: number, maxLines: number): string[] {
  const lines = wrap(style, text, maxWidth, maxLines);
  if (lines.length < 2 || lines.at(-1)!.endsWith('……')) return lines;
  let best = lines;
  for (let width = maxWidth - style.size / 2; width > maxWidth / lines.length; width -= style.size / 2) {
    const narrower = wrap(style, text, width);
    if (narrower.length !== lines.length) break;
    best = narrower;
  }
  return best;
}

/** How far a line starting with an opening mark (“ 《 …) hangs left, so the text's edge stays straight. */
export function hang(style: TextStyle, line: string): number {
  return /^[“‘（《「『【〔]/.test(line) ? style.size / 2 : 0;
}

const relativeCommand: Record<string, string> = { moveTo: 'm', lineTo: 'l', quadraticCurveTo: 'q', bezierCurveTo: 'c', closePath: 'z' };

type GlyphOutline = { glyph: { path: { commands: { command: string; args: number[] }[] } } };

/**
 * A glyph's outline at one size as relative path data after its first point
 * (in tenths of a pixel from the glyph's origin), made once per glyph and size:
 * the same characters recur on every poster. Each point is rounded where it
 * lies, and the steps are taken between rounded points, so nothing drifts.
 */
const outlines = new WeakMap<object, Map<number, { x: number; y: number; rest: string }>>();
function outline(glyph: GlyphOutline['glyph'], scale: number): { x: number; y: number; rest: string } {
  let sizes = outlines.get(glyph);
  if (!sizes) outlines.set(glyph, (sizes = new Map()));
  const known = sizes.get(scale);
  if (known) return known;
  let rest = '';
  let first: { x: number; y: number } | undefined;
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const { command, args } of glyph.path.commands) {
    if (command === 'closePath') {
      rest += 'z';
      [x, y] = [startX, startY];
      continue;
    }
    const points: [number, number][] = [];
    for (let i = 0; i < args.length; i += 2) points.push([Math.round(args[i]! * scale * 10), Math.round(-args[i + 1]! * scale * 10)]);
    if (!first) {
      // The first point is written absolute where the glyph is placed.
      first = { x: points[0]![0], y: points[0]![1] };
      [x, y, startX, startY] = [first.x, first.y, first.x, first.y];
      continue;
    }
    rest += relativeCommand[command] + points.map(([px, py]) => `${(px - x) / 10} ${(py - y) / 10}`).join(' ');
    [x, y] = points.at(-1)!;
    if (command === 'moveTo') [startX, startY] = [x, y];
  }
  const made = { x: first?.x ?? 0, y: first?.y ?? 0, rest: first ? rest : '' };
  sizes.set(scale, made);
  return made;
}

/** One line as SVG path data, starting at `x` on the baseline `baseline`, to a tenth of a pixel. */
export function linePath(style: TextStyle, text: string, x: number, baseline: number): string {
  let d = '';
  for (const { x: offset, glyph } of placeLine(style, text).placed) {
    const shape = outline(glyph.glyph, style.size / glyph.font.unitsPerEm);
    if (!shape.rest) continue;
    d += `M${(Math.round((x + offset) * 10) + shape.x) / 10} ${(Math.round(baseline * 10) + shape.y) / 10}${shape.rest}`;
  }
  return d;
}
