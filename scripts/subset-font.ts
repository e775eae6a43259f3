/**
 * Makes the poster font: subsets of Noto Serif SC (SIL OFL 1.1, from the
 * @fontsource/noto-serif-sc npm package), regular and bold, holding the common
 * characters, ASCII, punctuation and every character of the content's front
 * matter. Run it when the build names characters the font lacks (a rare
 * character in a name), then commit assets/fonts/.
 *
 *   npm run fonts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import subsetFont from 'subset-font';
import * as fontkit from 'fontkit';
import { posterFixedText } from '../src/lib/share/poster-layout.ts';
import { fontExtension, weights, type Weight } from '../src/lib/share/fonts.ts';

const fontPackage = '@fontsource/noto-serif-sc@5.3.0';
const outDir = path.resolve('assets/fonts');
const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const punctuation = '，。、；：？！“”‘’（）《》「」『』【】〔〕…—·～％＋－×';

/** Every content file's front matter (the text between the first two `---` lines). */
function frontMatters(dir = 'content'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return frontMatters(full);
    if (!/\.mdx?$/.test(entry.name)) return [];
    return [/^---\n([\s\S]*?)\n---/.exec(readFileSync(full, 'utf8'))?.[1] ?? ''];
  });
}

/** The unpacked font package: from node_modules if installed, else fetched with `npm pack`. */
function fontPackageDir(): { dir: string; cleanup: () => void } {
  const installed = path.resolve('node_modules/@fontsource/noto-serif-sc');
  if (existsSync(installed)) return { dir: installed, cleanup: () => {} };
  const temporary = mkdtempSync(path.join(os.tmpdir(), 'dingge-font-'));
  console.log(`下载 ${fontPackage} …`);
  const tarball = execFileSync('npm', ['pack', fontPackage, '--silent', '--pack-destination', temporary], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', path.join(temporary, tarball.split('\n').at(-1)!), '-C', temporary]);
  return { dir: path.join(temporary, 'package'), cleanup: () => rmSync(temporary, { recursive: true, force: true }) };
}

/** The numbered slices of the full font and the code points each holds, from the package's CSS. */
function slices(dir: string, weight: Weight): { file: string; covers: (codePoint: number) => boolean }[] {
  const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[\s\S]*?unicode-range:\s*([^;]+);/g)].map(([, file, ranges]) => {
    const spans = ranges!.split(',').map((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)] as const;
    });
    return { file: path.join(dir, 'files', file!), covers: (cp: number) => spans.some(([a, b]) => cp >= a && cp <= b) };
  });
}

/**
 * The 3,755 most common characters (GB 2312 level 1), so that a new story or a test fixture
 * in everyday words needs no new font; rarer ones come from the content itself.
 */
function commonCharacters(): string {
  const gbk = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) chars.push(gbk.decode(new Uint8Array([row, cell])));
  }
  // The last cells of the last row are unassigned: the decoder gives private-use characters there.
  return chars.filter((c) => /^\p{Script=Han}$/u.test(c)).join('');
}

const text = ascii + punctuation + posterFixedText + commonCharacters() + frontMatters().join('');
const needed = [...new Set(text)].filter((c) => c === ' ' || c.trim()).join('');

const { dir, cleanup } = fontPackageDir();
try {
  for (const old of readdirSync(outDir).filter((name) => /^noto-serif-sc-.*\.(?:woff2|ttf)$/.test(name))) rmSync(path.join(outDir, old));
  for (const weight of weights) {
    const mainFile = path.join(dir, 'files', `noto-serif-sc-chinese-simplified-${weight}-normal.woff2`);
    const main = fontkit.openSync(mainFile) as fontkit.Font;
    const inMain = [...needed].filter((c) => main.hasGlyphForCodePoint(c.codePointAt(0)!));
    const written = [`noto-serif-sc-${weight}${fontExtension}`];
    writeFileSync(path.join(outDir, written[0]!), await subsetFont(readFileSync(mainFile), inMain.join(''), { targetFormat: 'sfnt' }));
    // Rarer characters live in the numbered slices of the full font: one small extra file per slice used.
    const rest = [...needed].filter((c) => !inMain.includes(c));
    const unfound: string[] = [];
    const bySlice = new Map<string, string[]>();
    for (const char of rest) {
      const slice = slices(dir, weight).find((s) => s.covers(char.codePointAt(0)!));
      if (slice) bySlice.set(slice.file, [...(bySlice.get(slice.file) ?? []), char]);
      else unfound.push(char);
    }
    for (const [file, chars] of bySlice) {
      const name = `noto-serif-sc-${weight}-extra-${/-(\d+)-\d+-normal/.exec(file)![1]!.padStart(3, '0')}${fontExtension}`;
      writeFileSync(path.join(outDir, name), await subsetFont(readFileSync(file), chars.join(''), { targetFormat: 'sfnt' }));
      written.push(name);
    }
    const bytes = written.reduce((sum, name) => sum + readFileSync(path.join(outDir, name)).length, 0);
    console.log(`${weight}：${needed.length} 个字符，${written.length} 个文件，共 ${(bytes / 1024).toFixed(0)} KB`);
    if (unfound.length)
      console.warn(
        `  字体里没有：${unfound.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()} ${c}`).join('，')}（不会出现在海报上的字可以忽略）`,
      );
  }
  copyFileSync(path.join(dir, 'LICENSE'), path.join(outDir, 'OFL.txt'));
} finally {
  cleanup();
}
