import type { Page } from '@playwright/test';

/** The key the 长辈模式 switch stores its choice under (src/scripts/elder-head.ts). */
export const elderKey = 'dingge:elder';

/** Opens every page of this browser context in 长辈模式, as if the reader had switched it on before. */
export async function rememberElderMode(page: Page): Promise<void> {
  await page.addInitScript((key) => localStorage.setItem(key, '1'), elderKey);
}

/** One page of each type, relative to the base. */
export const pageTypes: [name: string, path: string][] = [
  ['home', ''],
  ['story list', 'stories/'],
  ['story', 'stories/wo-wei-zhigong-pai-zhang-zhao/'],
  ['people list', 'workers/'],
  ['profile', 'workers/chi-xiufeng/'],
  ['photo list', 'photos/'],
  ['photo', 'photos/chi-xiufeng-portrait/'],
  ['search', 'search/?q=迟秀峰'],
  ['404', '404.html'],
];
