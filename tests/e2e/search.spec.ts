import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distDir, testBasePath, testPort } from '../support/site';
import { serve } from '../../scripts/serve.ts';
import { draftMarker, generateScaleSite } from '../../scripts/generate-scale-site.ts';

/**
 * Search against the real index in dist/: queries people actually type, each
 * expected to bring the right page into the first three results; precision
 * against pages that merely hold the characters apart; the interface.
 */

/** Runs a query on the search page and returns the result paths (relative to the base), in order. */
async function search(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('[data-search-status]')).toHaveText(/找到|没有/);
  return page
    .locator('[data-search-results] .hit-link')
    .evaluateAll((links, base) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice(base.length)), testBasePath);
}

const queries: [query: string, expected: string, what: string][] = [
  ['迟秀峰', 'workers/chi-xiufeng/', '全名'],
  ['秀峰', 'workers/chi-xiufeng/', '只有名字'],
  ['chixiufeng', 'workers/chi-xiufeng/', '全拼'],
  ['cxf', 'workers/chi-xiufeng/', '拼音首字母'],
  ['列检', 'workers/chi-xiufeng/', '“列检员”里的两个字'],
  ['热线', 'stories/panjin-kache-siji-rexian/', '“心理关爱服务热线”里的两个字'],
  ['心理关爱服务热线', 'stories/panjin-kache-siji-rexian/', '长词'],
  ['营口', 'stories/yingkou-anquan-jubao/', '地名'],
  ['让胡路', 'workers/chi-xiufeng/', '三个字的地名'],
  ['鲅鱼圈', 'workers/yu-zhongchen/', '三个字的地名'],
  ['齐齐哈尔', 'workers/chi-xiufeng/', '四个字的地名'],
  ['金川集团', 'workers/pan-congming/', '单位'],
  ['敦煌研究院', 'workers/li-yunhe/', '单位'],
  ['极兔', 'workers/li-dongliang/', '单位简称'],
  ['大国工匠', 'workers/gao-fenglin/', '荣誉'],
  ['全国劳动模范', 'workers/feng-mengmeng/', '荣誉'],
  ['陇原工匠', 'stories/longyuan-gongjiang-duan-shipin/', '荣誉'],
  ['张恩龙 营口', 'workers/zhang-enlong/', '空格分开的两个词'],
  ['快递 小课堂', 'stories/baotou-kuaidi-xiaoketang/', '空格分开的两个词'],
  ['潘从明', 'workers/pan-congming/', '全名'],
  ['从明', 'workers/pan-congming/', '只有名字'],
  ['pancongming', 'workers/pan-congming/', '全拼'],
  ['萌萌', 'workers/feng-mengmeng/', '只有名字'],
  ['李云鹤', 'workers/li-yunhe/', '全名'],
  ['lyh', 'workers/li-yunhe/', '拼音首字母'],
  ['筑友驿站', 'stories/shenzhen-zhuyou-yizhan/', '专有名词'],
  ['货车司机', 'stories/panjin-kache-siji-rexian/', '职业'],
  ['煤气报警仪', 'workers/yu-zhongchen/', '物件'],
  ['诗词大会', 'workers/zhu-yanjun/', '长名字里的一段'],
  ['工人教授', 'workers/du-jun/', '称呼'],
  ['芦男', 'stories/wo-wei-zhigong-pai-zhang-zhao/', '摄影记者'],
  ['安丘', 'stories/weifang-daguo-gongjiang/', '县级市'],
];

test.describe('queries people type find the right page in the first three results', () => {
  for (const [query, expected, what] of queries) {
    test(`${query}（${what}）→ ${expected}`, async ({ page }) => {
      const results = await search(page, query);
      expect(results.slice(0, 3), `前三条：${results.slice(0, 3).join(', ')}`).toContain(expected);
    });
  }
});

test('a full name puts the person first, ahead of photos and stories that mention them', async ({ page }) => {
  for (const [name, slug] of [
    ['迟秀峰', 'chi-xiufeng'],
    ['潘从明', 'pan-congming'],
    ['李云鹤', 'li-yunhe'],
    ['张恩龙', 'zhang-enlong'],
  ]) {
    expect((await search(page, name!))[0], name).toBe(`workers/${slug}/`);
  }
});

/** The text Pagefind indexes on a page: its data-pagefind-body, without hidden parts. */
async function bodyText(page: Page, sitePath: string): Promise<string> {
  const html = await (await page.request.get(sitePath)).text();
  const body = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('</article>'));
  return body.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
}

test('pages holding the words whole rank above pages holding only their characters apart', async ({ page }) => {
  // Each of these, searched plainly in Pagefind 1.6, also matches pages with the characters scattered.
  for (const query of ['工匠精神', '工会故事', '让胡路', '甘肃敦煌', '网点负责人']) {
    const results = await search(page, query);
    expect(results.length, query).toBeGreaterThan(0);
    const whole = await Promise.all(results.map(async (p) => (await bodyText(page, p)).includes(query)));
    expect(whole[0], `${query}: ${results[0]}`).toBe(true);
    // Once a result lacks the words, no later result may have them.
    expect(whole, `${query}: ${results.join(', ')}`).toEqual([...whole].sort((a, b) => Number(b) - Number(a)));
    const partial = await page.locator('[data-search-results] .hit.partial').count();
    expect(partial, query).toBe(whole.filter((w) => !w).length);
  }
});

/** Results that hold the query whole (not marked “部分匹配”). */
const wholeHits = (page: Page) => page.locator('[data-search-results] .hit:not(.partial)');

test('words that appear nowhere whole find no full match, only results marked as partial', async ({ page }) => {
  for (const query of ['网站地图', '为劳动者拍张照']) {
    await search(page, query);
    await expect(wholeHits(page), query).toHaveCount(0);
    await expect(page.locator('[data-search-status]')).toContainText(/没有(找到|含有完整)/);
  }
});

test('headers, footers and navigation are not indexed', async ({ page }) => {
  // Each appears on built pages, in the footer, the skip link, the photo pager or the download box, never in content.
  for (const [query, where] of [
    ['好照片', 'stories/'],
    ['跳到正文', 'workers/'],
    ['下一张', 'photos/chi-xiufeng-portrait/'],
    ['下载原图', 'photos/chi-xiufeng-portrait/'],
  ] as const) {
    expect(await (await page.request.get(where)).text(), where).toContain(query);
    await search(page, query);
    await expect(wholeHits(page), query).toHaveCount(0);
  }
});

test('results show a thumbnail, the title, the type and an excerpt with the words marked', async ({ page }) => {
  await search(page, '迟秀峰');
  const first = page.locator('[data-search-results] .hit').first();
  await expect(first.locator('.hit-type')).toHaveText('人物');
  await expect(first.locator('.hit-title')).toHaveText('迟秀峰');
  await expect(first.locator('.hit-excerpt mark').first()).toHaveText('迟秀峰');
  const thumb = first.locator('img.hit-thumb');
  await expect(thumb).toHaveAttribute('alt', '');
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await thumb.getAttribute('src')).toMatch(new RegExp(`^${testBasePath}_img/`));
  await first.locator('.hit-link').click();
  await expect(page).toHaveURL(new RegExp(`${testBasePath}workers/chi-xiufeng/$`));
});

test('filters narrow by type, province, honour and year, and sort by date', async ({ page }) => {
  const people = await search(page, '营口', '&type=人物');
  expect(people.length).toBeGreaterThan(0);
  expect(people.every((p) => p.startsWith('workers/'))).toBe(true);
  await expect(page.locator('input[name="type"][value="人物"]')).toBeChecked();

  const gansu = await search(page, '工匠', '&province=甘肃');
  expect(gansu).toContain('stories/longyuan-gongjiang-duan-shipin/');
  expect(gansu).not.toContain('stories/weifang-daguo-gongjiang/');

  const honoured = await search(page, '', '&honour=陇原工匠&type=人物');
  expect(honoured.sort()).toEqual(['workers/du-jun/', 'workers/li-yunhe/', 'workers/pan-congming/']);

  const inYear = await search(page, '', '&year=2020&type=故事');
  expect(inYear.sort()).toEqual(['stories/longyuan-gongjiang-duan-shipin/', 'stories/shenzhen-zhuyou-yizhan/']);

  const newest = await search(page, '', '&type=故事&sort=date');
  expect(newest[0]).toBe('stories/baotou-kuaidi-xiaoketang/');
  expect(newest.at(-1)).toBe('stories/longyuan-gongjiang-duan-shipin/');

  // Changing a filter searches again and writes it into the address.
  await search(page, '营口');
  await page.locator('summary').click();
  await page.locator('select[name="industry"]').selectOption('钢铁');
  await expect(page).toHaveURL(/industry=%E9%92%A2%E9%93%81/);
  await expect(page.locator('[data-search-status]')).toContainText('筛选：钢铁');
  const steel = await page.locator('[data-search-results] .hit-link').evaluateAll((a) => a.map((x) => (x as HTMLAnchorElement).pathname));
  expect(steel.some((p) => p.endsWith('workers/yu-zhongchen/'))).toBe(true);
  expect(steel.some((p) => p.endsWith('workers/zhang-enlong/'))).toBe(false);
});

test('results appear as the visitor types, and the address follows so it can be shared', async ({ page }) => {
  await page.goto('search/');
  await expect(page.locator('[data-search-start]')).toBeVisible();
  await page.locator('#search-q').pressSequentially('金川', { delay: 50 });
  await expect(page.locator('[data-search-results] .hit').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=%E9%87%91%E5%B7%9D$/);
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.locator('#search-q')).toHaveValue('金川');
  await expect(other.locator('[data-search-results] .hit-link').first()).toHaveAttribute('href', /pan-congming/);
});

test('when nothing holds every word, the page says so and offers each word on its own', async ({ page }) => {
  await search(page, '迟秀峰 营口');
  await expect(wholeHits(page)).toHaveCount(0);
  await expect(page.locator('[data-search-status]')).toContainText('没有同时含有这几个词的内容');
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('拼音请连写');
  await empty.getByRole('link', { name: '迟秀峰' }).click();
  await expect(page.locator('[data-search-results] .hit').first()).toBeVisible();
});

test('search code and index load only once the header field is focused; the box shows results and works by keyboard', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (req) => /pagefind|search-box/.test(req.url()) && searchRequests.push(req.url()));
  await page.goto('stories/', { waitUntil: 'networkidle' });
  expect(searchRequests).toEqual([]);
  const field = page.getByRole('searchbox', { name: '搜索本站' });
  await field.focus();
  await expect.poll(() => searchRequests.some((u) => u.endsWith('pagefind/pagefind.js'))).toBe(true);
  await field.pressSequentially('潘从明', { delay: 30 });
  const box = page.locator('[data-box-panel]');
  await expect(box.locator('.hit').first()).toContainText('潘从明');
  await expect(page.locator('[data-box-status]')).toContainText('找到');
  await page.keyboard.press('ArrowDown');
  await expect(box.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect(field).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${testBasePath}search/\\?q=`));
  await expect(page.locator('[data-search-results] .hit').first()).toBeVisible();
});

test('a shared search link fetches the engine with the page, each file once', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  await page.goto('search/?q=列检');
  await expect(page.locator('[data-search-results] .hit').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const pagefind = requests.map((url) => new URL(url).pathname).filter((p) => p.includes('/pagefind/'));
  // The preloads and Pagefind's own requests must be the same URLs, or each file would come twice.
  expect(pagefind.length, pagefind.join('\n')).toBe(new Set(pagefind).size);
  for (const file of ['pagefind.js', 'pagefind-entry.json', '.pagefind', '.pf_meta']) {
    expect(
      pagefind.filter((p) => p.endsWith(file)),
      file,
    ).toHaveLength(1);
  }
  // Asked for by the page itself, before its script has run.
  const links = await page
    .locator('head link[rel="preload"], head link[rel="modulepreload"]')
    .evaluateAll((els) => els.map((el) => new URL((el as HTMLLinkElement).href).pathname));
  for (const file of ['pagefind.js', 'pagefind-entry.json', '.pagefind', '.pf_meta'])
    expect(
      links.some((l) => l.endsWith(file)),
      file,
    ).toBe(true);
});

test('results, filters, partial matches and the open header box pass axe', async ({ page }) => {
  const violations = async (where: string) =>
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
  await search(page, '营口', '&sort=date');
  await expect(page.locator('[data-search-filters]')).toHaveAttribute('open', '');
  const found = await violations('results');
  await search(page, '网站地图');
  const partial = await violations('partial');
  await page.goto('workers/');
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('潘从明');
  await expect(page.locator('[data-box-panel] .hit').first()).toBeVisible();
  expect([...found, ...partial, ...(await violations('header box'))]).toEqual([]);
});

test('the header search is a plain form that works without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('photos/');
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('营口');
  await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(new RegExp(`${testBasePath}search/\\?q=%E8%90%A5%E5%8F%A3$`));
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('the search index lives under the base path and holds every published person', async ({ page }) => {
  expect(existsSync(path.join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  const people = readdirSync(path.join(distDir, 'workers'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  await search(page, '', '&type=人物');
  await expect(page.locator('[data-search-status]')).toHaveText(`找到 ${people} 条结果（筛选：人物）`);
});

test('a draft never reaches the index', async ({ page }) => {
  // A small site with one draft whose words appear nowhere else, built and indexed like the real one.
  test.setTimeout(180_000);
  const root = mkdtempSync(path.join(os.tmpdir(), 'dingge-search-draft-'));
  try {
    const content = path.join(root, 'content');
    const { workers } = await generateScaleSite({ workers: 3, photosPerWorker: 1, stories: 1, drafts: 1, seed: 7, out: content });
    const out = path.join(root, 'dist');
    execFileSync(path.resolve('node_modules/.bin/astro'), ['build'], {
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(root, 'cache'), BASE_PATH: testBasePath },
      stdio: 'pipe',
    });
    const port = testPort + 100;
    const server = await serve(out, testBasePath, port);
    try {
      const find = async (query: string) => {
        await page.goto(`http://127.0.0.1:${port}${testBasePath}search/?q=${encodeURIComponent(query)}`);
        await expect(page.locator('[data-search-status]')).toHaveText(/找到|没有/);
        return page.locator('[data-search-results] .hit').count();
      };
      // The published people are found (so an empty answer below means something) …
      expect(await find(workers[0]!.name)).toBeGreaterThan(0);
      // … and the draft's own words, in its summary, body and captions, are not.
      expect(await find(draftMarker)).toBe(0);
      expect(await find(`${draftMarker}4号`)).toBe(0);
    } finally {
      server.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
