import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

/**
 * Byte budgets, measured deterministically on dist/: what a first visit on a
 * 390 px phone downloads before any interaction. Sizes are gzip-compressed
 * (what any static host sends), images as stored.
 */
const KB = 1024;

interface Load {
  html: number;
  css: number;
  js: number;
  /** Image bytes of the renditions drawn in the first screen. */
  aboveFoldImages: number;
  /** Web font files: none, text is set in the system's CJK fonts (src/styles/global.css). */
  fonts: number;
}

async function firstLoad(page: Page, sitePath: string): Promise<Load> {
  const bodies: { type: string; url: string; body: Buffer }[] = [];
  let fonts = 0;
  page.on('response', async (res) => {
    const type = res.request().resourceType();
    if (type === 'font') fonts++;
    if (['document', 'stylesheet', 'script'].includes(type)) bodies.push({ type, url: res.url(), body: await res.body() });
  });
  await page.goto(sitePath, { waitUntil: 'networkidle' });
  const html = bodies.find((b) => b.type === 'document')!.body.toString('utf8');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  // Inline scripts that run (JSON-LD is data, never executed).
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  const gz = (b: Buffer | string) => gzipSync(b).length;
  const sum = (type: string) => bodies.filter((b) => b.type === type).reduce((n, b) => n + gz(b.body), 0);
  const visible = await page.evaluate(() =>
    [...document.images]
      .filter((img) => {
        const r = img.getBoundingClientRect();
        return img.complete && img.currentSrc && r.bottom > 0 && r.top < innerHeight && r.width > 0;
      })
      .map((img) => img.currentSrc),
  );
  let images = 0;
  for (const src of new Set(visible)) images += (await (await page.request.get(src)).body()).length;
  return {
    html: gz(html),
    css: sum('stylesheet') + gz(inlineCss),
    js: sum('script') + (inlineJs ? gz(inlineJs) : 0),
    aboveFoldImages: images,
    fonts,
  };
}

/**
 * JavaScript on first load, all of it inline and gzipped: the header search's
 * focus listener (≈0.2 KB) on every page, the share button (≈0.5 KB) on profile
 * and photo pages, the lightbox's click listener (≈0.2 KB) where photos open in
 * it. Search code, PhotoSwipe and their styles load on first focus or first open,
 * without Vite's preload helper (src/integrations/lazy-modules.ts).
 */
const budgets: [string, string, Partial<Load>][] = [
  ['home', '', { js: 0.4 * KB, css: 20 * KB, html: 40 * KB }],
  ['story', 'stories/wo-wei-zhigong-pai-zhang-zhao/', { js: 1 * KB, css: 20 * KB, html: 30 * KB }],
  ['profile', 'workers/chi-xiufeng/', { js: 1 * KB, css: 20 * KB, html: 30 * KB }],
  ['photo', 'photos/chi-xiufeng-portrait/', { js: 1 * KB, css: 20 * KB, html: 20 * KB }],
  ['story list', 'stories/', { js: 0.4 * KB, css: 20 * KB, html: 30 * KB }],
  ['people list', 'workers/', { js: 0.4 * KB, css: 20 * KB, html: 40 * KB }],
];

test.describe('first-visit byte budgets on a 390 px phone', () => {
  for (const [name, sitePath, budget] of budgets) {
    test(name, async ({ page }) => {
      const load = await firstLoad(page, sitePath);
      console.log(
        `${name}: html ${(load.html / KB).toFixed(1)} KB, css ${(load.css / KB).toFixed(1)} KB, js ${(load.js / KB).toFixed(1)} KB, first-screen images ${(load.aboveFoldImages / KB).toFixed(0)} KB`,
      );
      for (const key of Object.keys(budget) as (keyof Load)[]) expect(load[key], `${name} ${key}`).toBeLessThanOrEqual(budget[key]!);
      expect(load.fonts, `${name}: web fonts`).toBe(0);
    });
  }

  test('the first screen of a story is under 250 KB in all', async ({ page }) => {
    const load = await firstLoad(page, 'stories/wo-wei-zhigong-pai-zhang-zhao/');
    expect(load.html + load.css + load.js + load.aboveFoldImages).toBeLessThanOrEqual(250 * KB);
  });
});
