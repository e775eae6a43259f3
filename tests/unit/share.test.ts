import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { focusCrop } from '../../src/lib/share/crop';
import { faceFiles, fontExtension, loadFonts, missingCharacters, weights } from '../../src/lib/share/fonts';
import { jsonLd, newsArticleData, previewDescription, previewTags } from '../../src/lib/share/link-preview';
import { layoutPoster, posterFixedText, posterSize, type PosterContent } from '../../src/lib/share/poster-layout';
import { renderPoster } from '../../src/lib/share/poster';
import { qrMatrix, qrSvg, quietZone } from '../../src/lib/share/qr';
import { breakUnits, linePath, measure, MissingGlyphError, placeLine, wrap, wrapBalanced } from '../../src/lib/share/text';

const fonts = loadFonts(path.resolve('assets/fonts'));
const body = { face: fonts.faces[400], size: 34 };

describe('focusCrop', () => {
  it('keeps the focus point in the middle where the edges allow', () => {
    expect(focusCrop(3000, 2000, 1200 / 630, { x: 0.5, y: 0.5 })).toEqual({ left: 0, top: 213, width: 3000, height: 1575 });
    // A focus near the top pins the crop to the top edge rather than leaving the picture.
    expect(focusCrop(3000, 2000, 1200 / 630, { x: 0.5, y: 0.05 }).top).toBe(0);
    expect(focusCrop(3000, 2000, 1200 / 630, { x: 0.5, y: 0.95 }).top).toBe(2000 - 1575);
    // A tall crop of a wide picture follows the focus sideways.
    const side = focusCrop(3000, 2000, 3 / 4, { x: 0.8, y: 0.5 });
    expect(side).toEqual({ left: 3000 - 1500, top: 0, width: 1500, height: 2000 });
    expect(focusCrop(3000, 2000, 3 / 4, { x: 0.4, y: 0.5 }).left).toBe(1200 - 750);
  });
});

describe('Chinese line breaking', () => {
  it('keeps closing marks off line starts, opening marks off line ends, and Latin runs whole', () => {
    expect(breakUnits('他说：“好。”2025年')).toEqual(['他', '说：', '“好。”', '2025', '年']);
    const text =
      '这是一次令我难忘的拍摄，等我老了回顾自己的职业生涯，还有这样值得回忆的闪光点。“我们”在2025年拍了36张照片，《人民日报》也报道了。';
    for (const width of [200, 260, 333, 420, 700]) {
      const lines = wrap(body, text, width);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(measure(body, line), line).toBeLessThanOrEqual(width);
        expect(line, `width ${width}`).not.toMatch(/^[，。、；：？！）》”’]/);
        expect(line, `width ${width}`).not.toMatch(/[（《“‘]$/);
      }
      expect(lines.some((line) => /\d$/.test(line) && /^\d/.test(lines[lines.indexOf(line) + 1] ?? ''))).toBe(false);
    }
  });

  it('cuts long text to the line limit with an ellipsis', () => {
    const lines = wrap(body, '车轮、制动部件、车钩，迟秀峰一节一节地查。'.repeat(6), 600, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/……$/);
    for (const line of lines) expect(measure(body, line)).toBeLessThanOrEqual(600);
  });

  it('balances a heading over two lines instead of leaving one character alone', () => {
    const heading = { face: fonts.faces[700], size: 64 };
    const title = '工地边上有了“筑友驿站”';
    const width = measure(heading, '工地边上有了“筑友驿') + 1;
    expect(wrap(heading, title, width).at(-1)).toBe('站”');
    const balanced = wrapBalanced(heading, title, width, 2);
    expect(balanced).toHaveLength(2);
    expect(balanced.join('')).toBe(title);
    expect(Math.abs(measure(heading, balanced[0]!) - measure(heading, balanced[1]!))).toBeLessThan(3 * heading.size);
  });

  it('puts a quarter em between Han characters and Latin letters or digits', () => {
    const joined = measure(body, '干了30年');
    const parts = measure(body, '干了') + measure(body, '30') + measure(body, '年');
    expect(joined - parts).toBeCloseTo(2 * (body.size / 4), 5);
  });
});

describe('poster font', () => {
  it('loads the main subset first, then the extras for rarer characters', () => {
    expect(faceFiles(['noto-serif-sc-400-extra-051.ttf', 'OFL.txt', 'noto-serif-sc-400.ttf', 'noto-serif-sc-700.ttf'], 400)).toEqual([
      'noto-serif-sc-400.ttf',
      'noto-serif-sc-400-extra-051.ttf',
    ]);
  });

  it('is plain TrueType, which fontkit reads a glyph at a time (WOFF2 it reads whole onto the heap)', () => {
    const names = readdirSync(path.resolve('assets/fonts'));
    for (const weight of weights) {
      const files = faceFiles(names, weight);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(file.endsWith(fontExtension)).toBe(true);
        expect(readFileSync(path.resolve('assets/fonts', file)).readUInt32BE(0)).toBe(0x00010000);
      }
    }
  });

  it('has every fixed word of the poster, in both weights', () => {
    expect(missingCharacters(fonts.faces[400], posterFixedText)).toEqual([]);
    expect(missingCharacters(fonts.faces[700], posterFixedText + '迟秀峰')).toEqual([]);
  });

  it('refuses a character it lacks instead of drawing a box', () => {
    expect(missingCharacters(fonts.faces[400], '迟秀峰龘')).toEqual(['龘']);
    expect(() => placeLine(body, '迟秀峰龘')).toThrow(MissingGlyphError);
    expect(() => placeLine(body, '迟秀峰龘')).toThrow(/龘.*npm run fonts/);
  });
});

/** The on-curve and control points of SVG path data, absolute, in order (M, L, Q, C and Z, either case). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, letter, numbers] of d.matchAll(/([MLQCZmlqcz])([^MLQCZmlqcz]*)/g)) {
    const args = numbers!.trim()
      ? numbers!
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : [];
    if (letter === 'z' || letter === 'Z') {
      [x, y] = [startX, startY];
      continue;
    }
    const relative = letter === letter!.toLowerCase();
    const absolute: [number, number][] = [];
    for (let i = 0; i < args.length; i += 2) absolute.push(relative ? [x + args[i]!, y + args[i + 1]!] : [args[i]!, args[i + 1]!]);
    points.push(...absolute);
    [x, y] = absolute.at(-1)!;
    if (letter === 'm' || letter === 'M') [startX, startY] = [x, y];
  }
  return points;
}

describe('glyph outlines', () => {
  it('stay within a tenth of a pixel of the font’s own outline, however long the line', () => {
    const style = { face: fonts.faces[400], size: 34 };
    const line = '这是一次令我难忘的拍摄，等我老了回顾自己的职业生涯，还有这样值得回忆的闪光点。2025年';
    const [x, baseline] = [72.37, 1001.61];
    const ours = pathPoints(linePath(style, line, x, baseline));
    const theirs = placeLine(style, line).placed.flatMap(({ x: offset, glyph: { font, glyph } }) => {
      const scale = style.size / font.unitsPerEm;
      return pathPoints(
        glyph.path
          .scale(scale, -scale)
          .translate(x + offset, baseline)
          .toSVG(),
      );
    });
    expect(ours.length).toBe(theirs.length);
    expect(ours.length).toBeGreaterThan(1000);
    const worst = Math.max(...ours.map(([px, py], i) => Math.max(Math.abs(px - theirs[i]![0]), Math.abs(py - theirs[i]![1]))));
    expect(worst).toBeLessThanOrEqual(0.1 + 0.01);
  });
});

/** Decodes the QR code in an image, or undefined. */
async function decodeQr(image: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

describe('QR codes', () => {
  const url = 'https://dingge.example/some/sub/path/workers/chi-xiufeng/';

  it('draws a scannable black-on-white SVG with a four-module quiet zone', async () => {
    const svg = qrSvg(url, '本页二维码');
    const side = qrMatrix(url).size + 2 * quietZone;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain('<rect width="' + side + '" height="' + side + '" fill="#fff"/>');
    const png = await sharp(Buffer.from(svg), { density: 300 })
      .resize(side * 8)
      .png()
      .toBuffer();
    expect(await decodeQr(png)).toBe(url);
    // The quiet zone is white all round.
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    const band = (quietZone - 0.5) * (info.width / side);
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        const inside = x > band && y > band && x < info.width - band && y < info.height - band;
        if (!inside) expect(data[y * info.width + x]).toBeGreaterThan(200);
      }
    }
  });
});

describe('link previews', () => {
  const preview = {
    title: '迟秀峰：列检员 · 定格',
    description: '在货运列车列检岗位上干了30余年的老列检员。',
    url: 'https://dingge.example/sub/workers/chi-xiufeng/',
    type: 'profile' as const,
    image: { url: 'https://dingge.example/sub/_img/0123456789abcdef/og.jpg', width: 1200, height: 630, alt: '列检员站在货车旁' },
  };

  it('carries Open Graph, Twitter card and itemprop tags with absolute URLs', () => {
    const tags = previewTags(preview);
    const value = (key: string) => tags.find((t) => Object.values(t).includes(key))?.content;
    expect(value('og:image')).toBe(preview.image.url);
    expect(value('og:image:width')).toBe('1200');
    expect(value('og:url')).toBe(preview.url);
    expect(value('twitter:card')).toBe('summary_large_image');
    expect(value('image')).toBe(preview.image.url);
    expect(value('name')).toBe(preview.title);
    expect(tags.filter((t) => /^https?:/.test(t.content)).every((t) => t.content.startsWith('https://dingge.example/'))).toBe(true);
  });

  it('shortens long descriptions at a clean point', () => {
    const text = '一'.repeat(200);
    expect([...previewDescription(text)].length).toBe(110);
    expect(previewDescription(text)).toMatch(/…$/);
    expect(previewDescription('短句。')).toBe('短句。');
  });

  it('writes JSON-LD no text can break out of', () => {
    const data = newsArticleData(
      {
        title: '</script><script>alert(1)</script>',
        summary: '摘要',
        date: new Date('2025-12-01'),
        bylines: [
          { role: '撰文', name: '定格编辑部' },
          { role: '记者', name: '芦男' },
        ],
        place: { province: '黑龙江' },
        industry: '铁路',
        tags: [],
        workers: [],
        cover: 'x',
        photos: [],
        draft: false,
        withdrawn: false,
      },
      { url: preview.url, images: [preview.image.url], homeUrl: 'https://dingge.example/sub/' },
    );
    const text = jsonLd(data);
    expect(text).not.toContain('</script');
    const parsed = JSON.parse(text);
    expect(parsed['@type']).toBe('NewsArticle');
    expect(parsed.headline).toBe('</script><script>alert(1)</script>');
    expect(parsed.author.map((a: { '@type': string }) => a['@type'])).toEqual(['Organization', 'Person']);
  });
});

describe('poster', () => {
  const content: PosterContent = {
    heading: '迟秀峰',
    subheading: '列检员 · 中国铁路哈尔滨局集团有限公司',
    body: '这是一次令我难忘的拍摄，等我老了回顾自己的职业生涯，还有这样值得回忆的闪光点。',
    quote: true,
    credit: '定格编辑部 制图',
    sample: true,
    url: 'https://dingge.example/some/sub/path/workers/chi-xiufeng/',
  };
  const photo = () =>
    sharp({ create: { width: 1600, height: 2200, channels: 3, background: '#3b6e8f' } })
      .composite([{ input: Buffer.from('<svg width="1600" height="2200"><circle cx="800" cy="800" r="400" fill="#e8c9a8"/></svg>') }])
      .jpeg()
      .toBuffer();

  it('draws its words as glyph outlines, needing no system font', async () => {
    const layout = layoutPoster(content, { width: 1600, height: 2200, focus: { x: 0.5, y: 0.35 } }, fonts.faces);
    for (const svg of [layout.overlays.photo, layout.overlays.panel]) {
      expect(svg).toMatch(/<path/);
      expect(svg).not.toMatch(/<text|font-family/);
    }
    expect(layout.photoHeight).toBeGreaterThanOrEqual(560);
    expect(layout.heading.lines).toEqual(['迟秀峰']);
  });

  it('renders the same pixels when fontconfig can find no font at all', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dingge-nofonts-'));
    const source = path.join(dir, 'photo.jpg');
    writeFileSync(source, await photo());
    const emptyConfig = path.join(dir, 'fonts.conf');
    writeFileSync(emptyConfig, '<?xml version="1.0"?><fontconfig><cachedir>' + dir + '</cachedir></fontconfig>');
    const script = (out: string) => `
      import { readFileSync, writeFileSync } from 'node:fs';
      import sharp from 'sharp';
      import { loadFonts } from './src/lib/share/fonts.ts';
      import { renderPoster } from './src/lib/share/poster.ts';
      const content = ${JSON.stringify(content)};
      const poster = await (await renderPoster(readFileSync(${JSON.stringify(source)}), { x: 0.5, y: 0.35 }, content, loadFonts('assets/fonts'))).raw().toBuffer();
      const control = await sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="0" y="60" font-size="60">迟秀峰</text></svg>')).raw().toBuffer();
      writeFileSync(${JSON.stringify(out)}, JSON.stringify({ poster: poster.toString('base64'), control: control.toString('base64') }));
    `;
    const run = (env: NodeJS.ProcessEnv, out: string) => {
      execFileSync(process.execPath, ['--input-type=module', '-e', script(out)], { cwd: process.cwd(), env: { ...process.env, ...env } });
      return JSON.parse(readFileSync(out, 'utf8')) as { poster: string; control: string };
    };
    const normal = run({}, path.join(dir, 'normal.json'));
    const noFonts = run({ FONTCONFIG_FILE: emptyConfig }, path.join(dir, 'nofonts.json'));
    // The control proves the isolation works: text set in a system font changes without fonts…
    expect(noFonts.control).not.toBe(normal.control);
    // …while the poster, drawn from the bundled font, is identical pixel for pixel.
    expect(noFonts.poster).toBe(normal.poster);
  }, 60_000);

  it('is 1080×1440 with a QR code of the page and no metadata', async () => {
    const jpeg = await (await renderPoster(await photo(), { x: 0.5, y: 0.35 }, content, fonts)).toBuffer();
    const meta = await sharp(jpeg).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([posterSize.width, posterSize.height, 'jpeg']);
    expect(meta.exif).toBeUndefined();
    expect(await decodeQr(jpeg)).toBe(content.url);
  });
});
