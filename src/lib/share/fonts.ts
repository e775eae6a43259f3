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

/**
 * Plain TrueType, not WOFF2: fontkit reads a WOFF2 file's transformed glyph table
 * whole into JavaScript objects at the first glyph (75 MB of heap for the regular
 * subset), and every collection of a heap that holds them costs that much marking.
 * From a TrueType file it reads each glyph when asked. The files stay in the
 * repository and are never served, so their size costs nothing at run time.
 */
export const fontExtension = '.ttf';

/** Font files for one weight: `noto-serif-sc-400.ttf`, then `noto-serif-sc-400-extra-*.ttf`. */
export function faceFiles(names: readonly string[], weight: Weight): string[] {
  const main = `noto-serif-sc-${weight}${fontExtension}`;
  const extras = names.filter((n) => n.startsWith(`noto-serif-sc-${weight}-extra-`) && n.endsWith(fontExtension)).sort();
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
