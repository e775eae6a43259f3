/**
 * Lighthouse (mobile settings, simulated slow 4G) on each page type of the built site:
 *   npm run build && npm run bench:lighthouse
 * Serves dist/ locally, runs Debian's Chromium, prints a table and writes it
 * between the lighthouse markers in BENCHMARKS.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { basePath } from '../src/lib/site-env.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { serve } from './serve.ts';

const base = basePath(process.env);
const port = Number(process.env.PORT ?? 4398);
const pages: [string, string][] = [
  ['home', ''],
  ['story', 'stories/wo-wei-zhigong-pai-zhang-zhao/'],
  ['profile', 'workers/chi-xiufeng/'],
  ['photo', 'photos/chi-xiufeng-portrait/'],
  ['search', 'search/?q=列检'],
];
/** The LCP element's HTML snippet, from whichever audit of this Lighthouse version names it. */
function lcpElement(audits: Record<string, { details?: unknown }>): string {
  const found = JSON.stringify(audits['largest-contentful-paint-element']?.details ?? audits['lcp-breakdown-insight']?.details ?? {}).match(
    /"snippet":"((?:[^"\\]|\\.)*)"/,
  );
  return found ? JSON.parse(`"${found[1]}"`).slice(0, 160) : 'unknown';
}

const server = await serve(path.resolve(process.env.OUT_DIR ?? 'dist'), base, port);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumArgs] });
const rows: string[] = [];
try {
  for (const [name, sitePath] of pages) {
    const url = `http://127.0.0.1:${port}${base}${sitePath}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const row = `| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s | ${audit('cumulative-layout-shift').toFixed(3)} | ${Math.round(audit('total-blocking-time'))} ms | ${(audit('total-byte-weight') / 1024).toFixed(0)} KiB |`;
    rows.push(row);
    console.log(row);
    const failing = Object.values(lhr.audits).filter(
      (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable',
    );
    for (const a of failing.slice(0, 6)) console.log(`    ${a.id}: ${a.title} (${a.displayValue ?? a.score})`);
    console.log(`    LCP element: ${lcpElement(lhr.audits)}`);
  }
} finally {
  chrome.kill();
  server.close();
}

const table = [
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset (Moto G Power, simulated slow 4G), Debian Chromium, ${new Date().toISOString().slice(0, 10)}. Command: \`npm run build && npm run bench:lighthouse\`.`,
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT | bytes |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
const file = path.resolve('BENCHMARKS.md');
const text = await readFile(file, 'utf8').catch(() => '');
const start = '<!-- lighthouse:start -->';
const end = '<!-- lighthouse:end -->';
const block = `${start}\n${table}\n${end}`;
await writeFile(file, text.includes(start) ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${text}\n${block}\n`);
console.log('written to BENCHMARKS.md');
