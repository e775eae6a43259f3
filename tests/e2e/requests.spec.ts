import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site';

/**
 * Every page loads only from its own origin, under a strict CSP, and external
 * links open without giving the other site a handle on ours.
 */
test('pages request nothing from another origin and carry a strict CSP', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(`${page.url()} → ${req.url()}`);
  });
  page.on('console', (msg) => /Content Security Policy/i.test(msg.text()) && violations.push(`${page.url()}: ${msg.text()}`));
  const byType = new Map<string, string>();
  for (const p of sitemapPaths()) byType.set(p.split('/')[0] + (p.split('/').length > 2 ? '/*' : ''), p);
  for (const sitePath of byType.values()) {
    await page.goto(sitePath, { waitUntil: 'networkidle' });
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, sitePath).toContain("default-src 'self'");
    expect(csp, sitePath).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp, sitePath).not.toMatch(/https?:\/\//);
    const external = await page
      .locator('a[href^="http"]')
      .evaluateAll((as) =>
        (as as HTMLAnchorElement[]).filter((a) => a.origin !== location.origin).map((a) => ({ href: a.href, rel: a.rel })),
      );
    for (const link of external) expect(link.rel, `${sitePath} ${link.href}`).toContain('noopener');
  }
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});
