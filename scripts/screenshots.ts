/**
 * Screenshots of built pages at phone and desktop width, for looking at.
 *   BASE_PATH=/ node scripts/screenshots.ts [page-path …]   → screenshots/*.png
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { basePath } from '../src/lib/site-env.mjs';
import { serve } from './serve.ts';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'stories/', 'workers/', 'photos/'];
const base = basePath(process.env);
const out = path.resolve(process.env.SCREENSHOTS_DIR ?? 'screenshots');
await mkdir(out, { recursive: true });
const server = await serve(path.resolve(process.env.OUT_DIR ?? 'dist'), base, Number(process.env.PORT ?? 4399));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const [label, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 800],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  for (const p of pages) {
    await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4399}${base}${p}`, { waitUntil: 'networkidle' });
    const name = `${p.replace(/\/$/, '').replaceAll('/', '_') || 'home'}-${label}.png`;
    await page.screenshot({ path: path.join(out, name), fullPage: process.env.FULL !== '0' });
    console.log(path.join(out, name));
  }
  await page.close();
}
await browser.close();
server.close();
