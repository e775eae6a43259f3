import { expect, test, type Page } from '@playwright/test';
import { pageTypes, rememberElderMode } from '../support/elder';

/**
 * The reader's own settings: at 320 CSS px, with text twice as large, no page scrolls
 * sideways and no text is cut off or runs into other text, in both modes.
 *
 * What is modelled, and how:
 * - 200 % text zoom (Chrome's and Safari's “text size” settings, Android's font scale):
 *   the root font size at 200 %, which scales every rem and em on this site (all its
 *   text sizes are rem or em, checked by the first test below).
 * - WeChat's largest 字体大小: WeChat's in-app browser scales a page's text rather than
 *   zooming it (on iOS through `-webkit-text-size-adjust` on the page, on Android
 *   through the WebView's text zoom). Modelled as `-webkit-text-size-adjust: 200%`
 *   set on <body> as an inline style, as the app does, over the site's own 100 % on <html>.
 *   Chromium honours the property only with mobile emulation (this project's phone).
 */

async function zoomText(page: Page, how: 'root' | 'wechat') {
  await page.evaluate((how) => {
    if (how === 'root') document.documentElement.style.fontSize = '200%';
    else document.body.style.setProperty('-webkit-text-size-adjust', '200%');
  }, how);
}

/** Text that is cut off (clipped by an ancestor that hides overflow) or wider than the page. */
function problems(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *, footer *')) {
      if (!el.checkVisibility() || el.closest('.visually-hidden, [hidden]')) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!hasText) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.right > width + 1 || r.left < -1)
        found.push(`off the page: ${el.tagName.toLowerCase()} “${el.textContent!.trim().slice(0, 12)}”`);
      // Clipped: text taller or wider than a box that hides its overflow (a deliberate two-line clamp excepted).
      const style = getComputedStyle(el);
      const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
      if (!clamped && style.overflow !== 'visible' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        found.push(`clipped: ${el.tagName.toLowerCase()}.${el.className} “${el.textContent!.trim().slice(0, 12)}”`);
      }
    }
    // Overlap: two text boxes of different elements that cross (only leaf text elements).
    const leaves = [
      ...document.querySelectorAll<HTMLElement>(
        'main p, main h1, main h2, main h3, main dt, main dd, main a, main button, main figcaption, header a, header button',
      ),
    ]
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    for (let i = 0; i < leaves.length; i++) {
      for (let j = i + 1; j < leaves.length; j++) {
        const a = leaves[i]!;
        const b = leaves[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) found.push(`overlap: “${a.el.textContent!.trim().slice(0, 10)}” × “${b.el.textContent!.trim().slice(0, 10)}”`);
      }
    }
    return [...new Set(found)];
  });
}

test.use({ viewport: { width: 320, height: 640 } });

test('every text size on the site is in rem or em, so the reader’s text size scales it', async ({ page }) => {
  await page.goto('stories/wo-wei-zhigong-pai-zhang-zhao/');
  const before = await page
    .locator('.prose > p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await zoomText(page, 'root');
  const after = await page
    .locator('.prose > p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(after).toBeCloseTo(before * 2, 0);
});

test('WeChat’s text size reaches the page (the model works in this browser)', async ({ page }) => {
  await page.goto('stories/wo-wei-zhigong-pai-zhang-zhao/');
  const before = await page
    .locator('.prose > p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await zoomText(page, 'wechat');
  const after = await page
    .locator('.prose > p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  test.skip(after === before, 'this Chromium ignores -webkit-text-size-adjust');
  expect(after).toBeGreaterThan(before * 1.5);
});

for (const mode of ['standard', 'elder'] as const) {
  for (const how of ['root', 'wechat'] as const) {
    test(`320 px, ${how === 'root' ? '200 % text zoom' : 'WeChat’s largest text'}, ${mode === 'elder' ? '长辈模式' : 'standard'}: nothing scrolls sideways, is cut off or overlaps`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      if (mode === 'elder') await rememberElderMode(page);
      const found: string[] = [];
      for (const [name, sitePath] of pageTypes) {
        await page.goto(sitePath, { waitUntil: 'load' });
        await zoomText(page, how);
        for (const problem of await problems(page)) found.push(`${name}: ${problem}`);
      }
      expect(found).toEqual([]);
    });
  }
}
