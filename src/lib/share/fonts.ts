/**
 * The poster's typeface, brought with the project: subsets of Noto Serif SC
 * (SIL Open Font License) in assets/fonts/, made by scripts/subset-font.ts.
 * Text is drawn as glyph outlines, so rendering needs no system font at all.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

export type Weight = 400 | 700;
export const weights: readonly Weight[] = [400, 700];

/** One weight: the main subset first, then any extra subsets for rarer characters. */
export interface Face {
  weight: Weight;
  fonts: fontkit.Font[];
}

export type Faces = Record<Weight, Face>;

export interface FontSet {
  faces: Faces;
  /** Hash of every font file: part of each poster's cache key. */
  fingerprint: string;
}

/** Font files for one weight: `noto-serif-sc-400.woff2`, then `noto-serif-sc-400-extra-*.woff2`. */
export function faceFiles(names: readonly string[], weight: Weight): string[] {
  const main = `noto-serif-sc-${weight}.woff2`;
  const extras = names.filter((n) => n.startsWith(`noto-serif-sc-${weight}-extra-`) && n.endsWith('.woff2')).sort();
  return names.includes(main) ? [main, ...extras] : extras;
}

export function loadFonts(dir: string): FontSet {
  const names = readdirSync(dir);
  const hash = createHash('sha256');
  const load = (weight: Weight): Face => {
    const files = faceFiles(names, weight);
    if (!files.length) throw new Error(`${dir} 里没有 ${weight} 字重的海报字体：运行 npm run fonts 生成`);
    const fonts = files.map((name) => {
      const bytes = readFileSync(path.join(dir, name));
      hash.update(name).update(bytes);
      return fontkit.create(bytes) as fontkit.Font;
    });
    return { weight, fonts };
  };
  const faces = { 400: load(400), 700: load(700) };
  return { faces, fingerprint: hash.digest('hex').slice(0, 16) };
}

/** The font in the chain that has the character, with its glyph; undefined when none does. */
export function glyphFor(face: Face, char: string): { font: fontkit.Font; glyph: fontkit.Glyph } | undefined {
  const codePoint = char.codePointAt(0)!;
  for (const font of face.fonts) {
    if (font.hasGlyphForCodePoint(codePoint)) return { font, glyph: font.glyphForCodePoint(codePoint) };
  }
  return undefined;
}

/** Characters of `text` that no font of the face can draw (line breaks and spaces aside). */
export function missingCharacters(face: Face, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) if (!/\s/.test(char) && !glyphFor(face, char)) missing.add(char);
  return [...missing];
}
