/**
 * Screenshots of built pages at phone and desktop width, for looking at.
 *   BASE_PATH=/ node scripts/screenshots.ts [page-path …]   → screenshots/*.png
 * ELDER=1 takes them in 长辈模式 (the choice stored as the switch stores it), named *-elder-*.png;
 * WIDTHS=phone takes only the 390 px ones. VOICES=zh-CN lends the browser a stand-in Chinese voice
 * (headless Chromium has none), so the 朗读 control shows as it does on a phone that has one.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { basePath } from '../src/lib/site-env.mjs';
import { serve } from './serve.ts';
import { elderStorageKey } from '../src/scripts/elder-head.ts';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'stories/', 'workers/', 'photos/'];
const base = basePath(process.env);
const out = path.resolve(process.env.SCREENSHOTS_DIR ?? 'screenshots');
await mkdir(out, { recursive: true });
const server = await serve(path.resolve(process.env.OUT_DIR ?? 'dist'), base, Number(process.env.PORT ?? 4399));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const elder = process.env.ELDER === '1';
const sizes = [
  ['phone', 390, 844],
  ['desktop', 1280, 800],
] as const;
for (const [label, width, height] of sizes.filter(([l]) => !process.env.WIDTHS || process.env.WIDTHS.split(',').includes(l))) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  if (elder) await page.addInitScript((key) => localStorage.setItem(key, '1'), elderStorageKey);
  if (process.env.VOICES) {
    await page.addInitScript((lang) => {
      const voices = [{ lang, name: lang, voiceURI: lang, localService: true, default: true }];
      Object.defineProperty(window, 'speechSynthesis', { value: Object.assign(new EventTarget(), { getVoices: () => voices }) });
    }, process.env.VOICES);
  }
  for (const p of pages) {
    await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4399}${base}${p}`, { waitUntil: 'networkidle' });
    const name = `${p.replace(/\/$/, '').replaceAll('/', '_') || 'home'}-${elder ? 'elder-' : ''}${label}.png`;
    await page.screenshot({ path: path.join(out, name), fullPage: process.env.FULL !== '0' });
    console.log(path.join(out, name));
  }
  await page.close();
}
await browser.close();
server.close();
