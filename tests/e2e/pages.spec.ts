import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths, testBasePath } from '../support/site';

/** Loads a page and fails on any console error or failed request. */
async function visit(page: Page, sitePath: string, expectedStatus = 200) {
  const problems: string[] = [];
  // The document's own status is checked below; everything else must load.
  page.on('console', (msg) => {
    const ownStatus = expectedStatus !== 200 && msg.location().url === page.url();
    if (msg.type() === 'error' && !ownStatus) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // A request cut short by moving on to the next page (ERR_ABORTED) is not a fault of the page;
  // a missing file shows up as a 4xx response below.
  page.on(
    'requestfailed',
    (req) => req.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${req.url()} ${req.failure()?.errorText}`),
  );
  page.on(
    'response',
    (res) => res.status() >= 400 && res.request().resourceType() !== 'document' && problems.push(`${res.status()}: ${res.url()}`),
  );
  const response = await page.goto(sitePath, { waitUntil: 'load' });
  expect(response?.status(), sitePath).toBe(expectedStatus);
  return problems;
}

const pageTypes = ['', 'stories/', 'workers/', 'photos/', 'search/'];

test('every page in the sitemap renders without errors, with sized, described images', async ({ page }) => {
  test.setTimeout(240_000);
  const paths = sitemapPaths();
  for (const prefix of ['stories/', 'workers/', 'photos/']) {
    expect(paths.filter((p) => p.startsWith(prefix) && p !== prefix).length, prefix).toBeGreaterThan(0);
  }
  for (const type of pageTypes) expect(paths).toContain(type);
  for (const sitePath of paths) {
    const problems = await visit(page, sitePath);
    expect(problems, sitePath).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1'), sitePath).toHaveCount(1);
    const images = await page.locator('img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({
        src: img.currentSrc || img.src,
        alt: img.getAttribute('alt'),
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        // A photo shown as content sits in a figure and must say what it shows;
        // elsewhere (a card whose link already names the person) alt="" is right.
        content: img.closest('figure') !== null,
      })),
    );
    for (const img of images) {
      expect(img.alt, `${sitePath} ${img.src}`).not.toBeNull();
      if (img.content) expect(img.alt!.trim().length, `${sitePath} ${img.src}`).toBeGreaterThan(0);
      expect(Number(img.width), `${sitePath} ${img.src}`).toBeGreaterThan(0);
      expect(Number(img.height), `${sitePath} ${img.src}`).toBeGreaterThan(0);
    }
  }
});

test('the 404 page is served for unknown addresses under the base path', async ({ page }) => {
  const problems = await visit(page, 'stories/no-such-story/', 404);
  expect(problems).toEqual([]);
  await expect(page.locator('h1')).toHaveText('找不到这一页');
  await expect(page.getByRole('link', { name: '首页' })).toHaveAttribute('href', testBasePath);
});

test('a story shows the newspaper headline stack, bylines and credited captions', async ({ page }) => {
  await page.goto('stories/wo-wei-zhigong-pai-zhang-zhao/');
  const head = page.locator('.headline');
  await expect(head.locator('.kicker')).toBeVisible();
  await expect(head.locator('h1')).toHaveText('我为职工拍张照');
  await expect(head.locator('.subtitle')).toBeVisible();
  // 引题 above 主题 above 副题.
  const [kicker, title, subtitle] = await Promise.all(
    ['.kicker', 'h1', '.subtitle'].map((s) =>
      head
        .locator(s)
        .boundingBox()
        .then((b) => b!.y),
    ),
  );
  expect(kicker).toBeLessThan(title!);
  expect(title).toBeLessThan(subtitle!);
  await expect(page.locator('.bylines')).toContainText('定格编辑部');
  const captions = page.locator('article figure:has(img) figcaption');
  expect(await captions.count()).toBeGreaterThan(2);
  for (const caption of await captions.all()) await expect(caption.locator('.credit')).not.toBeEmpty();
  await expect(page.locator('aside.source')).toContainText('张世光');
});

test('the first large image loads eagerly with high priority, the rest lazily', async ({ page }) => {
  for (const sitePath of ['stories/wo-wei-zhigong-pai-zhang-zhao/', 'workers/chi-xiufeng/', 'photos/']) {
    await page.goto(sitePath);
    const imgs = page.locator('main img');
    const first = imgs.first();
    if (sitePath !== 'photos/') {
      await expect(first, sitePath).toHaveAttribute('loading', 'eager');
      await expect(first, sitePath).toHaveAttribute('fetchpriority', 'high');
    }
    expect(await page.locator('main img[fetchpriority="high"]').count(), sitePath).toBeLessThanOrEqual(1);
    const lazy = await page.locator('main img[loading="lazy"]').count();
    expect(lazy, sitePath).toBeGreaterThan(0);
  }
});

test('a profile lists each story that names the worker once, and links to every photo page', async ({ page }) => {
  await page.goto('workers/chi-xiufeng/');
  await expect(page.locator('h1')).toHaveText('迟秀峰');
  const storyLinks = await page.locator('.stories .title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(storyLinks.length).toBeGreaterThan(0);
  expect(new Set(storyLinks).size).toBe(storyLinks.length);
  expect(storyLinks).toContain(`${testBasePath}stories/wo-wei-zhigong-pai-zhang-zhao/`);
});

test('a photo page shows the photo, caption, credit and links to its people and story', async ({ page }) => {
  await page.goto('workers/chi-xiufeng/');
  const photoHref = await page.locator('.portrait a').getAttribute('href');
  await page.goto(photoHref!);
  await expect(page.locator('.stage img')).toBeVisible();
  await expect(page.locator('h1.caption')).not.toBeEmpty();
  await expect(page.locator('.details .credit').first()).toContainText('示例图片');
  await expect(page.locator('.facts')).toContainText('迟秀峰');
  const next = page.locator('a[rel="next"]');
  if (await next.count()) {
    await next.click();
    await expect(page).toHaveURL(/\/photos\/[a-z0-9-]+\/$/);
    await expect(page.locator('a[rel="prev"]')).toBeVisible();
  }
});

test('people are listed in pinyin order', async ({ page }) => {
  await page.goto('workers/');
  const names = await page.locator('.worker-card .name').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(12);
  expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
});
