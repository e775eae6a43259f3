import { expect, test } from '@playwright/test';

/**
 * Excerpts from the real index read as Chinese: Pagefind's Latin full stops between
 * blocks (“…工作格局 . 为两千多名… . ——…”) become what Chinese text would write.
 */
test('a headline stack in an excerpt reads as one Chinese line', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('两千多名劳模工匠')}`);
  await expect(page.locator('[data-search-status]')).toHaveText(/找到/);
  const excerpts = await page.locator('[data-search-results] .hit-excerpt').allInnerTexts();
  const text = excerpts.join('\n').replaceAll('\u200b', '');
  expect(text).toContain('留下影像——');
  // No Latin full stop after Chinese text anywhere in the excerpts.
  expect(text).not.toMatch(/[\p{Script=Han}，。：；、）”][\s]*\.(\s|$)/u);
});

test('excerpts of every kind of result carry no Latin stops between Chinese blocks', async ({ page }) => {
  for (const query of ['迟秀峰', '列检', '热线', '芦男']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toHaveText(/找到/);
    const text = (await page.locator('[data-search-results] .hit-excerpt').allInnerTexts()).join('\n').replaceAll('\u200b', '');
    expect(text, query).not.toMatch(/\p{Script=Han}\s*\.(\s|$)/u);
  }
});
