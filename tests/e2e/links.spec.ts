import { expect, test } from '@playwright/test';
import { distFiles, testBasePath } from '../support/site';

/**
 * Crawls every HTML page in dist/ in the browser and requests every internal
 * link, image, stylesheet and script it refers to; anchors must exist on their page.
 */
test('every internal link, asset and anchor in dist/ resolves under the base path', async ({ page, request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const pages = distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((f) => testBasePath + f.replace(/index\.html$/, ''));
  const targets = new Map<string, string>();
  const anchors: { from: string; url: string }[] = [];
  for (const sitePath of pages) {
    await page.goto(origin + sitePath);
    const refs = await page.evaluate(() => {
      const urls: string[] = [];
      document.querySelectorAll<HTMLElement>('a[href], link[href], img[src], script[src], source[srcset], img[srcset]').forEach((el) => {
        for (const attr of ['href', 'src']) if (el.hasAttribute(attr)) urls.push((el as HTMLAnchorElement)[attr as 'href']);
        const set = el.getAttribute('srcset');
        if (set) for (const part of set.split(',')) urls.push(new URL(part.trim().split(/\s+/)[0]!, location.href).href);
      });
      return urls;
    });
    for (const ref of refs) {
      const url = new URL(ref);
      if (url.origin !== origin) continue;
      expect(url.pathname.startsWith(testBasePath), `${sitePath} → ${ref}`).toBe(true);
      if (url.hash) anchors.push({ from: sitePath, url: ref });
      url.hash = '';
      if (!targets.has(url.href)) targets.set(url.href, sitePath);
    }
  }
  expect(targets.size).toBeGreaterThan(100);
  const broken: string[] = [];
  for (const [url, from] of targets) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) broken.push(`${from} → ${url} (${response.status()})`);
  }
  expect(broken).toEqual([]);
  for (const { from, url } of anchors) {
    await page.goto(url);
    const id = decodeURIComponent(new URL(url).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count(), `${from} → ${url}`).toBe(1);
  }
});
