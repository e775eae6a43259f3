import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serve } from '../../scripts/serve.ts';
import { build } from '../support/fixture-site';
import { testBasePath, testPort } from '../support/site';
import { withdrawnIds, withdrawnProbe, writeWithdrawnSite } from '../support/withdrawn-site';

/**
 * One photo withdrawn at a family's request, seen in the browser: a small site
 * (tests/support/withdrawn-site.ts) built under the test sub-path and served
 * the way a static host would. What no built file may hold is checked in
 * tests/build/withdrawn-photo.test.ts; here, what a visitor can reach.
 */
test.describe.configure({ mode: 'serial' });

let root: string;
let origin: string;
let stop: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  root = mkdtempSync(path.join(os.tmpdir(), 'dingge-e2e-withdrawn-'));
  const content = await writeWithdrawnSite(root);
  const result = await build(root, content, { BASE_PATH: testBasePath, OUT_DIR: path.join(root, 'dist') });
  expect(result.code, result.output).toBe(0);
  const port = testPort + 200;
  const server = await serve(path.join(root, 'dist'), testBasePath, port);
  stop = () => new Promise((resolve) => server.close(() => resolve()));
  origin = `http://127.0.0.1:${port}${testBasePath}`;
});

test.afterAll(async () => {
  await stop?.();
  rmSync(root, { recursive: true, force: true });
});

test('its address shows the notice, with no image, caption or name', async ({ page }) => {
  for (const id of withdrawnIds) {
    const response = await page.goto(`${origin}photos/${id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('此页内容已撤下');
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await page.locator('body').innerText()).not.toMatch(/张三|zqx|琥珀|翡翠/);
  }
});

test('the story, its lightbox and the profile go on without it', async ({ page }) => {
  await page.goto(`${origin}stories/test-story/`);
  const placed = await page.locator('a[data-photo]').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.photo));
  expect(placed).toEqual(['test-story-b', 'test-story-c']);
  // Through the whole lightbox, from the first photo to the last: never the withdrawn one.
  await page.locator('a[data-photo]').first().click();
  await expect(page.locator('.pswp')).toHaveClass(/pswp--open/);
  await expect(page).toHaveURL(/photos\/test-story-b\/$/);
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.pswp'))).toBe(true);
  const seen = [new URL(page.url()).pathname];
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/photos\/test-story-c\/$/);
  seen.push(new URL(page.url()).pathname);
  await page.keyboard.press('ArrowRight');
  seen.push(new URL(page.url()).pathname);
  expect(seen.join(' ')).not.toContain('test-story-a');

  await page.goto(`${origin}workers/zhang-san/`);
  await expect(page.locator('.portrait img')).toBeVisible();
  const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.filter((href) => withdrawnIds.some((id) => href.includes(id)))).toEqual([]);
  await expect(page.locator('#downloads-title')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(withdrawnProbe.portraitCaption);
});

test('search finds the rest of the story and nothing of the withdrawn photo', async ({ page }) => {
  const count = async (query: string) => {
    await page.goto(`${origin}search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toHaveText(/找到|没有/);
    return page.locator('[data-search-results] .hit').count();
  };
  const hrefs = () => page.locator('[data-search-results] .hit a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(await count('公开的故事')).toBeGreaterThan(0);
  expect((await hrefs()).some((href) => href.includes('stories/test-story/'))).toBe(true);
  // Words found only in the withdrawn captions: nothing at all.
  expect(await count('zqxphotoprobe')).toBe(0);
  expect(await count('zqxportraitprobe')).toBe(0);
  // Their whole captions and alt text may match other pages by a common word (车间), never the withdrawn photos.
  for (const query of Object.values(withdrawnProbe)) {
    await count(query);
    const hrefs = await page.locator('[data-search-results] .hit a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(
      hrefs.filter((href) => withdrawnIds.some((id) => href.includes(id))),
      query,
    ).toEqual([]);
  }
});
