import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { distDir, sitemapPaths, testBasePath } from '../support/site';
import { loadFonts } from '../../src/lib/share/fonts';
import { headingLetterSpacing, posterHead, posterPaper } from '../../src/lib/share/poster-layout';
import { hang, linePath, placeLine } from '../../src/lib/share/text';

/** SITE_URL of the test build (package.json, build:test). */
const site = 'https://dingge.example';
const absolute = (sitePath: string) => `${site}${testBasePath}${sitePath}`;

/** The file in dist/ an address of the site points to (absolute, or base-relative), if any. */
function distFileFor(url: string): string | undefined {
  const address = new URL(url, site + testBasePath);
  if (address.origin !== site || !address.pathname.startsWith(testBasePath)) return undefined;
  const relative = decodeURIComponent(address.pathname.slice(testBasePath.length));
  return [relative, path.join(relative, 'index.html')]
    .map((candidate) => path.join(distDir, candidate))
    .find((file) => existsSync(file) && statSync(file).isFile());
}

interface Head {
  title: string;
  h1: string;
  meta: { key: string; content: string }[];
  links: { rel: string; href: string }[];
  scripts: string[];
  jsonLd: unknown[];
  images: string[];
}

/** Fetches a page's HTML as a crawler does (no JavaScript) and parses it with the browser's HTML parser. */
async function crawl(page: Page, request: APIRequestContext, sitePath: string): Promise<Head> {
  const response = await request.get(sitePath);
  expect([200, 404], sitePath).toContain(response.status());
  const html = await response.text();
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return {
      title: doc.title,
      h1: doc.querySelector('h1')?.textContent?.trim() ?? '',
      meta: [...doc.head.querySelectorAll('meta')].map((m) => ({
        key:
          m.getAttribute('property') ??
          m.getAttribute('name') ??
          (m.getAttribute('itemprop') ? `itemprop:${m.getAttribute('itemprop')}` : ''),
        content: m.getAttribute('content') ?? '',
      })),
      links: [...doc.head.querySelectorAll('link[href]')].map((l) => ({ rel: l.getAttribute('rel') ?? '', href: l.getAttribute('href')! })),
      scripts: [...doc.head.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '')),
      images: [...doc.querySelectorAll('main img')].map((img) => img.getAttribute('src')!),
    };
  }, html);
}

/** Every string in a JSON value that is an address. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  // `@context` names the vocabulary, not a page of ours.
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => (key === '@context' ? [] : urlsIn(v)));
  return [];
}

/** Mean difference (0–255) between the preview image and the best-matching full-width or full-height crop of a photo. */
async function cropDistance(preview: string, photo: string): Promise<number> {
  const width = 96;
  const height = Math.round((width * 630) / 1200);
  const target = await sharp(preview).resize(width, height, { fit: 'fill' }).greyscale().raw().toBuffer();
  const meta = await sharp(photo).metadata();
  const tall = meta.width! / meta.height! <= 1200 / 630;
  const size = tall
    ? { width, height: Math.round((width * meta.height!) / meta.width!) }
    : { width: Math.round((height * meta.width!) / meta.height!), height };
  const source = await sharp(photo).resize(size.width, size.height, { fit: 'fill' }).greyscale().raw().toBuffer();
  let best = Infinity;
  const slack = tall ? size.height - height : size.width - width;
  for (let offset = 0; offset <= slack; offset++) {
    let sum = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const from = tall ? (y + offset) * size.width + x : y * size.width + x + offset;
        sum += Math.abs(target[y * width + x]! - source[from]!);
      }
    }
    best = Math.min(best, sum / (width * height));
  }
  return best;
}

const pageTypes = {
  home: '',
  stories: 'stories/',
  workers: 'workers/',
  photos: 'photos/',
  search: 'search/',
  story: 'stories/wo-wei-zhigong-pai-zhang-zhao/',
  worker: 'workers/chi-xiufeng/',
  photo: 'photos/chi-xiufeng-portrait/',
  notFound: '404.html',
};

test('each page type has a complete link preview whose every URL resolves in dist/', async ({ page, request }) => {
  test.setTimeout(120_000);
  const otherPhoto = distFileFor((await crawl(page, request, 'photos/chi-xiufeng-lundui-jiancha/')).images[0]!)!;
  for (const [type, sitePath] of Object.entries(pageTypes)) {
    const head = await crawl(page, request, sitePath);
    const meta = (key: string) => head.meta.filter((m) => m.key === key).map((m) => m.content);
    const one = (key: string) => {
      expect(meta(key), `${type}: ${key}`).toHaveLength(1);
      return meta(key)[0]!;
    };
    // Every address in the head resolves to a file in dist/.
    const addresses = [
      ...head.meta.map((m) => m.content).filter((c) => /^(?:https?:\/\/|\/)/.test(c)),
      ...head.links.map((l) => l.href),
      ...head.scripts,
      ...head.jsonLd.flatMap(urlsIn),
    ];
    // The head was read (stylesheets and scripts are inline, so the icon is a sure address).
    expect(
      addresses.some((address) => address.endsWith('/favicon.svg')),
      type,
    ).toBe(true);
    for (const address of addresses) expect(distFileFor(address), `${type}: ${address}`).toBeDefined();

    expect(head.title, type).toMatch(/定格/);
    expect(one('description').length, type).toBeGreaterThan(5);
    expect(one('og:title'), type).toBe(head.title);
    expect(one('og:description').length, type).toBeGreaterThan(5);
    expect(one('og:site_name')).toBe('定格');
    expect(one('itemprop:name')).toBe(head.title);
    expect(one('itemprop:description')).toBe(one('og:description'));
    if (type !== 'notFound') {
      const canonical = head.links.find((l) => l.rel === 'canonical')?.href;
      expect(canonical, type).toBe(absolute(sitePath));
      expect(one('og:url')).toBe(canonical);
    }

    // Notices (404, withdrawn pages) show no picture of anyone.
    if (type === 'notFound') {
      expect(meta('og:image')).toEqual([]);
      expect(meta('itemprop:image')).toEqual([]);
      expect(one('twitter:card')).toBe('summary');
      continue;
    }

    // The image: absolute, the same for every crawler, and a 1200×630 JPEG in dist/.
    expect(one('twitter:card')).toBe('summary_large_image');
    const image = one('og:image');
    expect(image.startsWith(absolute('_img/')), `${type}: ${image}`).toBe(true);
    expect([one('twitter:image'), one('itemprop:image')]).toEqual([image, image]);
    expect([one('og:image:width'), one('og:image:height')]).toEqual(['1200', '630']);
    expect(one('og:image:alt').length).toBeGreaterThan(5);
    const file = distFileFor(image);
    expect(file, image).toBeDefined();
    const info = await sharp(file!).metadata();
    expect([info.format, info.width, info.height, info.exif], image).toEqual(['jpeg', 1200, 630, undefined]);

    // A photo previews as itself, a profile as its portrait, a story as one of its own photos (its cover).
    if (type === 'photo' || type === 'worker' || type === 'story') {
      const own = await Promise.all(head.images.map((src) => cropDistance(file!, distFileFor(src)!)));
      const ownBest = Math.min(...(type === 'story' ? own : own.slice(0, 1)));
      expect(ownBest, `${type}: preview is a crop of the page's photo`).toBeLessThan(8);
      if (type !== 'worker') expect(await cropDistance(file!, otherPhoto), `${type}: and not of another`).toBeGreaterThan(ownBest + 4);
    }

    // Structured data of the right type, every address in it published.
    const expected = { worker: 'Person', photo: 'ImageObject', story: 'NewsArticle' }[type as string];
    if (expected) {
      expect(
        head.jsonLd.map((d) => (d as { '@type': string })['@type']),
        type,
      ).toContain(expected);
      const data = head.jsonLd.find((d) => (d as { '@type': string })['@type'] === expected) as Record<string, unknown>;
      if (expected === 'Person') expect(data.name).toBe(head.h1);
      if (expected === 'NewsArticle') expect(data.headline).toBe(head.h1);
      if (expected === 'ImageObject') expect(data.caption).toBe(head.h1);
    }
  }
});

/** Reads the QR code in an image file (whole, or a region of it). */
async function readQr(image: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** A built page's HTML, read from dist/ (these loops do slow work between pages, longer than a server keeps a connection). */
const builtPage = (sitePath: string) => readFileSync(distFileFor(sitePath)!, 'utf8');

const shared = () => sitemapPaths().filter((p) => /^(?:photos|workers)\/[^/]+\/$/.test(p));

test('every photo and profile has a 1080×1440 poster whose QR code opens that page, shown as a lighter copy', async ({ page }) => {
  test.setTimeout(180_000);
  const pages = shared();
  expect(pages.filter((p) => p.startsWith('workers/')).length).toBeGreaterThan(5);
  expect(pages.filter((p) => p.startsWith('photos/')).length).toBeGreaterThan(20);
  for (const sitePath of pages) {
    const html = builtPage(sitePath);
    const { shown, srcset, save, alt } = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const link = [...doc.querySelectorAll('section.share a')].find((a) => a.textContent?.trim() === '保存海报');
      const img = doc.querySelector('section.share img');
      return {
        shown: img?.getAttribute('src'),
        srcset: img?.getAttribute('srcset'),
        alt: img?.getAttribute('alt') ?? '',
        save: link && { href: link.getAttribute('href'), download: link.getAttribute('download') },
      };
    }, html);
    expect(alt, sitePath).toMatch(/^分享海报/);
    expect(save, `${sitePath}: 保存海报`).toEqual({ href: expect.any(String), download: expect.stringMatching(/\.jpg$/) });
    // The page shows a 720 px copy; screens past 2.25x, and 保存海报, get the full poster.
    expect(srcset, sitePath).toBe(`${shown} 720w, ${save!.href} 1080w`);
    for (const [file, width, height] of [
      [save!.href!, 1080, 1440],
      [shown!, 720, 960],
    ] as const) {
      const bytes = readFileSync(distFileFor(file)!);
      const info = await sharp(bytes).metadata();
      expect([info.format, info.width, info.height, info.exif], `${sitePath}: ${file}`).toEqual(['jpeg', width, height, undefined]);
      // The code sits in the lower right, under the photo: read it there (quicker than the whole poster).
      const scale = width / 1080;
      const corner = await sharp(bytes)
        .extract({
          left: Math.round(540 * scale),
          top: Math.round(560 * scale),
          width: Math.round(540 * scale),
          height: Math.round(880 * scale),
        })
        .toBuffer();
      expect(await readQr(corner), `${sitePath}: ${file}`).toBe(absolute(sitePath));
    }
  }
});

/** Normalised cross-correlation of two greyscale images of the same size (1 = the same picture). */
function correlation(a: Uint8Array, b: Uint8Array): number {
  const mean = (x: Uint8Array) => x.reduce((s, v) => s + v, 0) / x.length;
  const [ma, mb] = [mean(a), mean(b)];
  let ab = 0,
    aa = 0,
    bb = 0;
  for (let i = 0; i < a.length; i++) {
    const [da, db] = [a[i]! - ma, b[i]! - mb];
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  return aa && bb ? ab / Math.sqrt(aa * bb) : 0;
}

test('posters set the name in the bundled font, not in missing-glyph boxes', async ({ page }) => {
  test.setTimeout(120_000);
  const fonts = loadFonts(path.resolve('assets/fonts'));
  const profiles = shared().filter((p) => p.startsWith('workers/'));
  for (const sitePath of profiles) {
    const html = builtPage(sitePath);
    const { name, poster } = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      return { name: doc.querySelector('h1')!.textContent!.trim(), poster: doc.querySelector('section.share img')!.getAttribute('src')! };
    }, html);
    const { heading } = posterHead(name, absolute(sitePath), fonts.faces);
    const style = { face: fonts.faces[700], size: heading.size, letterSpacing: headingLetterSpacing };
    const line = heading.lines[0]!;
    const pad = 6;
    const width = Math.ceil(placeLine(style, line).width) + 2 * pad;
    const height = Math.ceil(heading.size * 1.1) + 2 * pad;
    const baseline = pad + 0.88 * heading.size;
    // Compared at half size: plenty to tell letters from boxes, and quick.
    const half = { width: Math.ceil(width / 2), height: Math.ceil(height / 2) };
    const template = (drawing: string) =>
      sharp(
        Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${half.width}" height="${half.height}"><rect width="100%" height="100%" fill="${posterPaper}"/><g transform="scale(0.5)">${drawing}</g></svg>`,
        ),
      )
        .greyscale()
        .raw()
        .toBuffer();
    const glyphs = await template(`<path fill="#1b1b1a" d="${linePath(style, line, pad, baseline)}"/>`);
    // What a font without these characters would draw: a hollow box per character.
    const boxes = await template(
      placeLine(style, line)
        .placed.map(
          (p) =>
            `<rect x="${pad + p.x + 0.1 * heading.size}" y="${baseline - 0.8 * heading.size}" width="${0.8 * heading.size}" height="${0.9 * heading.size}" fill="none" stroke="#1b1b1a" stroke-width="${heading.size / 14}"/>`,
        )
        .join(''),
    );
    const full = await sharp(readFileSync(distFileFor(poster)!))
      .resize(540, 720)
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const left = Math.round((heading.x - hang(style, line) - pad) / 2);
    // The name sits at the left margin somewhere below the photo: find the best-matching height for each drawing.
    const best = (drawing: Buffer) => {
      let score = -1;
      const region = new Uint8Array(half.width * half.height);
      for (let top = 250; top + half.height < full.info.height - 150; top += 1) {
        for (let y = 0; y < half.height; y++) {
          const row = (top + y) * full.info.width + left;
          region.set(full.data.subarray(row, row + half.width), y * half.width);
        }
        score = Math.max(score, correlation(region, drawing));
      }
      return score;
    };
    const [withFont, withBoxes] = [best(glyphs), best(boxes)];
    expect(withFont, `${sitePath}: ${name} in the bundled font`).toBeGreaterThan(0.9);
    expect(withBoxes, `${sitePath}: ${name} as boxes`).toBeLessThan(withFont - 0.3);
  }
});

test.describe('share button', () => {
  const sitePath = 'workers/chi-xiufeng/';

  test('copies the address where there is no Web Share API, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    await page.goto(sitePath);
    const button = page.locator('section.share button');
    await expect(button).toHaveText('复制链接');
    const status = page.locator('section.share [role="status"]');
    await expect(status).toBeEmpty();
    await button.click();
    await expect(status).toContainText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absolute(sitePath));
  });

  test('opens the system share sheet where the browser has one', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = calls;
      Object.defineProperty(Navigator.prototype, 'share', { value: async (data: ShareData) => void calls.push(data), configurable: true });
      Object.defineProperty(Navigator.prototype, 'canShare', { value: () => true, configurable: true });
    });
    await page.goto(sitePath);
    const button = page.locator('section.share button');
    await expect(button).toHaveText('分享');
    await button.click();
    // What a tap does loads on the first press: the share follows a moment later.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: '迟秀峰：列检员', text: expect.any(String), url: absolute(sitePath) }]);
  });

  test('stays hidden without JavaScript, while the poster and QR code still work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(sitePath);
    await expect(page.locator('section.share button')).toBeHidden();
    await expect(page.locator('section.share .poster img')).toBeVisible();
    await expect(page.locator('section.share .qr svg')).toBeVisible();
    await context.close();
  });
});

test('photo and profile pages show a scannable QR code of their address at computer width', async ({ page }) => {
  for (const sitePath of ['workers/chi-xiufeng/', 'photos/chi-xiufeng-lundui-jiancha/']) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(sitePath);
    const qr = page.locator('section.share .qr svg');
    await expect(qr).toBeVisible();
    expect(await readQr(await qr.screenshot()), sitePath).toBe(absolute(sitePath));
    await expect(qr.locator('rect').first()).toHaveAttribute('fill', '#fff');
    await expect(qr.locator('path')).toHaveAttribute('fill', '#000');
    // On a phone the page is already open there: no QR code on screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(qr).toBeHidden();
  }
});

/** Pages of a PDF, from its page tree. */
const pdfPages = (pdf: Buffer) => Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))![1]);

test('a profile prints as a one-page A4 record; a photo as the picture with its caption and credit', async ({ page }) => {
  test.setTimeout(180_000);
  // Every profile; every fourth photo (a PDF takes a while), which includes upright and wide ones.
  const photos = shared().filter((p) => p.startsWith('photos/'));
  const pages = [...shared().filter((p) => p.startsWith('workers/')), ...photos.filter((_, i) => i % 4 === 0)];
  for (const sitePath of pages) {
    await page.goto(sitePath);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header'), sitePath).toBeHidden();
    await expect(page.locator('section.share .poster'), sitePath).toBeHidden();
    await expect(page.locator('section.share .qr svg'), sitePath).toBeVisible();
    await expect(page.locator('h1'), sitePath).toBeVisible();
    await expect(page.locator('main article img').first(), sitePath).toBeVisible();
    if (sitePath.startsWith('workers/')) {
      await expect(page.locator('main > article blockquote, main > article .facts').first(), sitePath).toBeVisible();
      const honours = page.locator('main > article .honours');
      if (await honours.count()) await expect(honours, sitePath).toBeVisible();
    } else {
      await expect(page.locator('main article .credit').first(), sitePath).toBeVisible();
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf), `${sitePath} prints on one page`).toBe(1);
  }
});
