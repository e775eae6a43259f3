/**
 * How much a first search costs a visitor on a cold cache: bytes transferred
 * and time until the first results appear, in headless Chromium against a
 * built site served under its base path. Results go to BENCHMARKS.md by hand.
 *
 *   npm run bench:search -- [--dist dist] [--base /some/sub/path/] [--port 4331]
 *                           [--query 迟秀峰] [--runs 5]
 *
 * Two ways in, each with a fresh browser profile (nothing cached):
 *   header  — on a story list, focus the header field and type the query;
 *   page    — open /search/?q=<query> directly (a shared link).
 * Two networks: loopback (the machine's own speed) and a phone on slow 4G
 * (150 ms latency, 1.6 Mbit/s down, CPU slowed 4×), emulated by Chromium.
 * Bytes are as transferred (scripts/serve.ts gzips text, as static hosts do) and as gzip would send them
 * (static hosts compress text; Pagefind's index files are gzipped already).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { basePath } from '../src/lib/site-env.mjs';
import { serve } from './serve.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/some/sub/path/' },
    port: { type: 'string', default: process.env.PORT ?? '4331' },
    query: { type: 'string', default: '迟秀峰' },
    runs: { type: 'string', default: '5' },
  },
});
const dist = path.resolve(values.dist);
const base = basePath({ BASE_PATH: values.base });
const port = Number(values.port);
const runs = Number(values.runs);
const origin = `http://127.0.0.1:${port}`;

const networks = {
  loopback: undefined,
  'slow 4G phone': { latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9, cpu: 4 },
} as const;

/** What a request is, for the breakdown. */
function kind(url: string): string {
  const p = new URL(url).pathname.slice(base.length);
  if (p.startsWith('pagefind/fragment/')) return 'fragments';
  if (p.startsWith('pagefind/index/')) return 'index chunks';
  if (p.startsWith('pagefind/filter/')) return 'filter chunks';
  if (p.endsWith('.pagefind')) return 'wasm';
  if (p.startsWith('pagefind/')) return 'pagefind.js + meta';
  if (p.startsWith('_astro/') && p.endsWith('.js')) return 'our scripts';
  if (p.startsWith('_img/')) return 'thumbnails';
  return 'page (HTML, CSS)';
}

/** Bytes gzip would send for a file of dist/ (already-compressed files as they are). */
function gzipped(url: string): number {
  const sitePath = decodeURIComponent(new URL(url).pathname.slice(base.length));
  const file = path.join(dist, sitePath.endsWith('/') || sitePath === '' ? `${sitePath}index.html` : sitePath);
  const bytes = readFileSync(file);
  return /\.(?:pf_\w+|pagefind|webp|avif|jpg)$/.test(file) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
}

interface Run {
  ms: number;
  raw: Record<string, number>;
  gzip: Record<string, number>;
  requests: number;
}

async function measure(way: 'header' | 'page', network: keyof typeof networks): Promise<Run> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const conditions = networks[network];
  if (conditions) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpu });
  }
  const urls = new Map<string, string>();
  const sizes = new Map<string, number>();
  let counting = false;
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => counting && sizes.set(e.requestId, e.encodedDataLength));

  const firstResult = (p: Page, selector: string) =>
    p.evaluate(
      (sel) =>
        new Promise<number>((resolve) => {
          const found = () => document.querySelector(sel);
          if (found()) return resolve(performance.now());
          new MutationObserver((_, observer) => {
            if (found()) {
              observer.disconnect();
              resolve(performance.now());
            }
          }).observe(document.body, { childList: true, subtree: true });
        }),
      selector,
    );

  let ms: number;
  if (way === 'header') {
    await page.goto(`${origin}${base}stories/`, { waitUntil: 'networkidle' });
    counting = true;
    const field = page.locator('#header-q');
    const started = await page.evaluate(() => performance.now());
    const done = firstResult(page, '[data-box-panel] .hit');
    await field.focus();
    await field.fill(values.query);
    ms = (await done) - started;
  } else {
    counting = true;
    const started = Date.now();
    await page.goto(`${origin}${base}search/?q=${encodeURIComponent(values.query)}`, { waitUntil: 'commit' });
    await page.locator('[data-search-results] .hit').first().waitFor({ timeout: 60_000 });
    ms = Date.now() - started;
  }
  await page.waitForLoadState('networkidle');
  const raw: Record<string, number> = {};
  const gzip: Record<string, number> = {};
  for (const [id, bytes] of sizes) {
    const url = urls.get(id);
    if (!url || !url.startsWith(origin)) continue;
    const k = kind(url);
    raw[k] = (raw[k] ?? 0) + bytes;
    gzip[k] = (gzip[k] ?? 0) + gzipped(url);
  }
  await browser.close();
  return { ms, raw, gzip, requests: sizes.size };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (r: Record<string, number>, skip: string[] = []) =>
  Object.entries(r)
    .filter(([k]) => !skip.includes(k))
    .reduce((a, [, v]) => a + v, 0);

function folderBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const server = await serve(dist, base, port);
try {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length;
  const index = folderBytes(path.join(dist, 'pagefind'));
  console.log(
    `site: ${dist} (${pages} pages); index: ${index.files} files, ${kb(index.bytes)}; query “${values.query}”, ${runs} runs each\n`,
  );
  console.log('| way in | network | first results (median) | transferred as served | with gzip, without thumbnails | requests |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const breakdowns: string[] = [];
  for (const way of ['header', 'page'] as const) {
    for (const network of Object.keys(networks) as (keyof typeof networks)[]) {
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) results.push(await measure(way, network));
      const last = results.at(-1)!;
      console.log(
        `| ${way} | ${network} | ${median(results.map((r) => r.ms)).toFixed(0)} ms | ${kb(median(results.map((r) => sum(r.raw))))} | ${kb(median(results.map((r) => sum(r.gzip, ['thumbnails']))))} | ${last.requests} |`,
      );
      if (network === 'loopback') {
        breakdowns.push(
          `${way}: ` +
            Object.entries(last.gzip)
              .map(([k, v]) => `${k} ${kb(v)}`)
              .join(', '),
        );
      }
    }
  }
  console.log(`\ngzip breakdown (one run):\n${breakdowns.map((b) => `- ${b}`).join('\n')}`);
} finally {
  server.close();
}
