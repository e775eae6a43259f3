import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site';
import { rememberElderMode } from '../support/elder';

/** axe-core over every page in the sitemap, plus the 404 page: zero violations. */
test('every page passes axe with zero violations', async ({ page }) => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  for (const sitePath of [...sitemapPaths(), '404.html']) {
    await page.goto(sitePath);
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations) failures.push(`${sitePath}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  }
  expect(failures).toEqual([]);
});

/**
 * 长辈模式 changes only the CSS, so what can change is visual: text contrast, at 7:1 in the
 * mode (axe's AAA rule `color-contrast-enhanced`, off by default) as well as 4.5:1, and the
 * size of targets. The other rules are the same in both modes and run once, above.
 */
test('every page passes axe in 长辈模式, text at 7:1 contrast included', async ({ page }) => {
  test.setTimeout(300_000);
  await rememberElderMode(page);
  const failures: string[] = [];
  for (const sitePath of [...sitemapPaths(), '404.html']) {
    await page.goto(sitePath);
    const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast', 'color-contrast-enhanced', 'target-size']).analyze();
    for (const v of violations) failures.push(`${sitePath}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  }
  expect(failures).toEqual([]);
});
