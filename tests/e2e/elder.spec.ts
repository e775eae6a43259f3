import { expect, test, type Page } from '@playwright/test';
import { elderKey, pageTypes, rememberElderMode } from '../support/elder';

/**
 * 长辈模式 (src/components/ElderToggle.astro, src/scripts/elder-head.ts), to MIIT's
 * 《互联网网站适老化通用设计规范》: the switch and its memory, the first paint, and in
 * the mode the sizes, spacing, tap targets and single column on a 390 px phone.
 */

const story = 'stories/wo-wei-zhigong-pai-zhang-zhao/';
const isElder = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('elder'));

test('the switch is in the header of every page, labelled in words, one tap away', async ({ page }) => {
  for (const [name, sitePath] of pageTypes) {
    await page.goto(sitePath);
    const on = page.locator('header').getByRole('button', { name: '长辈模式' });
    await expect(on, name).toHaveCount(1);
    await expect(on, name).toBeVisible();
    await expect(on, name).toHaveAttribute('aria-pressed', 'false');
  }
});

test('the choice is remembered across a reload, across pages and in a new visit, and leaves no trace in the address', async ({
  page,
  context,
}) => {
  await page.goto('');
  await page.getByRole('button', { name: '长辈模式' }).click();
  await page.waitForURL((url) => !url.search.includes('elder'));
  expect(await isElder(page)).toBe(true);
  await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).search, 'a copied link must not carry the setting').toBe('');

  await page.reload();
  expect(await isElder(page)).toBe(true);
  await page.getByRole('link', { name: '人物', exact: true }).first().click();
  await page.waitForURL(/workers\/$/);
  expect(await isElder(page)).toBe(true);

  const later = await context.newPage();
  await later.goto(story);
  expect(await isElder(later), 'a later visit').toBe(true);

  await later.getByRole('button', { name: '长辈模式' }).click();
  await later.waitForURL((url) => !url.search.includes('elder'));
  expect(await isElder(later)).toBe(false);
  await later.reload();
  expect(await isElder(later)).toBe(false);
  expect(await later.evaluate((key) => localStorage.getItem(key), elderKey)).toBe('0');
});

test('the switch needs no JavaScript beyond the first-load script in <head>', async ({ page }) => {
  // Every script file and on-demand module refused: only inline scripts run.
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto(story);
  await page.getByRole('button', { name: '长辈模式' }).click();
  await page.waitForURL((url) => !url.search.includes('elder'));
  expect(await isElder(page)).toBe(true);
});

test('the first paint is already large: the mode is on before <body> exists', async ({ page }) => {
  await rememberElderMode(page);
  // Runs before the page's own scripts: notes the state at the moment <body> is parsed, before anything can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const w = window as unknown as { atBody: { elder: boolean; fontSize: number } };
      w.atBody = {
        elder: document.documentElement.classList.contains('elder'),
        fontSize: parseFloat(getComputedStyle(document.body).fontSize),
      };
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(story);
  const atBody = await page.evaluate(() => (window as unknown as { atBody: { elder: boolean; fontSize: number } }).atBody);
  expect(atBody.elder).toBe(true);
  expect(atBody.fontSize).toBeGreaterThanOrEqual(20);
});

/** Every visible element with text of its own, its font size in px. */
const textSizes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      // Decorative marks (the logo's 定, the switch's tick) are aria-hidden.
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 1 && !el.closest('[aria-hidden="true"]'))
      .map((el) => ({ text: el.textContent!.trim().slice(0, 20), size: parseFloat(getComputedStyle(el).fontSize) })),
  );

test.describe('in 长辈模式 on a 390 px phone', () => {
  test.beforeEach(async ({ page }) => rememberElderMode(page));

  test('body text is at least 20 px, captions and every other text at least 18 px', async ({ page }) => {
    const small: string[] = [];
    for (const [name, sitePath] of pageTypes) {
      await page.goto(sitePath);
      for (const t of await textSizes(page)) if (t.size < 18) small.push(`${name}: “${t.text}” ${t.size}px`);
    }
    expect(small).toEqual([]);
    await page.goto(story);
    const body = await page
      .locator('.prose > p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(body).toBeGreaterThanOrEqual(20);
    for (const caption of await page.locator('figcaption').all()) {
      expect(await caption.evaluate((c) => parseFloat(getComputedStyle(c).fontSize))).toBeGreaterThanOrEqual(18);
    }
  });

  test('line spacing at least 1.3, paragraph spacing at least 1.3 times the line spacing', async ({ page }) => {
    for (const sitePath of [story, 'workers/chi-xiufeng/']) {
      await page.goto(sitePath);
      const paragraphs = await page.locator('.prose > p + p').evaluateAll((ps) =>
        ps.map((p) => {
          const style = getComputedStyle(p);
          const previous = p.previousElementSibling!.getBoundingClientRect();
          return {
            ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
            lineHeight: parseFloat(style.lineHeight),
            gap: p.getBoundingClientRect().top - previous.bottom,
          };
        }),
      );
      expect(paragraphs.length, sitePath).toBeGreaterThan(0);
      for (const p of paragraphs) {
        expect(p.ratio, sitePath).toBeGreaterThanOrEqual(1.3);
        expect(p.gap, sitePath).toBeGreaterThanOrEqual(1.3 * p.lineHeight - 0.5);
      }
    }
  });

  test('tap targets are at least 60 × 60 px', async ({ page }) => {
    const small: string[] = [];
    for (const [name, sitePath] of pageTypes) {
      await page.goto(sitePath);
      for (const target of await smallTargets(page, 60)) small.push(`${name}: ${target}`);
    }
    expect(small).toEqual([]);
  });

  test('one column: no cards or photos side by side', async ({ page }) => {
    const found: string[] = [];
    for (const sitePath of ['', story, 'workers/chi-xiufeng/', 'stories/', 'workers/', 'photos/']) {
      await page.goto(sitePath);
      const rows = await page.evaluate(() => {
        const items = [...document.querySelectorAll<HTMLElement>('main article, main figure, main li')].filter((el) =>
          el.checkVisibility(),
        );
        const pairs: string[] = [];
        for (const a of items) {
          for (const b of items) {
            if (a === b || a.contains(b) || b.contains(a)) continue;
            const ra = a.getBoundingClientRect();
            const rb = b.getBoundingClientRect();
            // Side by side: overlapping rows, one to the right of the other.
            if (ra.width > 60 && rb.width > 60 && ra.top < rb.bottom - 4 && rb.top < ra.bottom - 4 && rb.left >= ra.right - 1) {
              pairs.push(`${a.className || a.tagName} | ${b.className || b.tagName}`);
            }
          }
        }
        return pairs;
      });
      found.push(...new Set(rows.map((row) => `${sitePath || 'home'}: ${row}`)));
    }
    expect(found).toEqual([]);
  });

  test('photos keep their proportions and nothing shifts as they load', async ({ page }) => {
    await page.goto(story, { waitUntil: 'load' });
    const cls = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(cls).toBe(0);
    const ratios = await page.locator('main img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[])
        .filter((img) => img.complete && img.naturalWidth && img.getBoundingClientRect().width > 0)
        .filter((img) => getComputedStyle(img).objectFit !== 'cover')
        .map((img) => {
          const r = img.getBoundingClientRect();
          return Math.abs(r.width / r.height - img.naturalWidth / img.naturalHeight);
        }),
    );
    for (const difference of ratios) expect(difference).toBeLessThan(0.02);
  });
});

test('outside the mode, tap targets are at least 44 × 44 px', async ({ page }) => {
  const small: string[] = [];
  for (const [name, sitePath] of pageTypes) {
    await page.goto(sitePath);
    for (const target of await smallTargets(page, 44)) small.push(`${name}: ${target}`);
  }
  expect(small).toEqual([]);
});

/**
 * Visible links, buttons and fields smaller than `min` px either way. A link inside a
 * line of text (WCAG 2.5.5's “inline” exception) counts by its line box, not its size.
 */
function smallTargets(page: Page, min: number) {
  return page.evaluate((min) => {
    const inline = (el: Element) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement?.closest('p, li, dd, figcaption, td');
      return !!block && block.textContent!.trim() !== el.textContent!.trim();
    };
    return (
      [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary')]
        .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden') && !el.matches('.skip-link') && !inline(el))
        // A field inside its label is tapped through the label.
        .map((el) => ({ el, r: (el.matches('input') && el.closest('label')) || el }))
        .map(({ el, r }) => ({ el, r: r.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < min - 0.5 || r.height < min - 0.5))
        .map(
          ({ el, r }) =>
            `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 16)}” ${Math.round(r.width)}×${Math.round(r.height)}`,
        )
    );
  }, min);
}
