import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Pagefind's ready-made interfaces, which we do not use (ours is in src/scripts/search*.ts),
 * and its web worker, which src/scripts/search-engine.ts turns off (`noWorker`).
 */
const unusedBundles = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Page chrome that sits inside an indexed body and would otherwise match every
 * photo page: the “上一张 / 下一张” pager. (Components mark their own such parts
 * `data-pagefind-ignore`.)
 */
const chromeInsideBodies = ['nav'];

/** The search page, which loads Pagefind as soon as it opens. */
const searchPage = 'search/index.html';

/** The module files a built script imports statically (`import{…}from"./chunk.js"`), as addresses. */
function staticImports(code: string, scriptUrl: string): string[] {
  const found = [...code.matchAll(/\bimport\s*(?:[\w${},*\s]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)];
  return found.map((match) => new URL(match[1]!, new URL(scriptUrl, 'http://x')).pathname);
}

/**
 * Lets the search page fetch what its first results wait for with the page
 * itself, not one after another as each file asks for the next (a round trip
 * apiece on a phone network): its script's own imports, Pagefind's engine, wasm
 * and metadata, and its entry file. The names have hashes known only once the
 * site and index are written, so the links are added to the built page here.
 * Pagefind asks for the entry file with a cache-busting query; the page's
 * search uses the entry's hash instead (`data-pagefind-entry`, read by
 * src/scripts/search-engine.ts), so the preload matches.
 */
async function preloadOnSearchPage(out: string, base: string) {
  const bundle = path.join(out, 'pagefind');
  const entryText = await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as { languages: Record<string, { hash: string; wasm: string | null }> };
  // Every page is zh-CN, so there is one language.
  const [language] = Object.values(entry.languages);
  if (!language) throw new Error('pagefind-entry.json 里没有语言索引');
  const entryTag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const page = path.join(out, searchPage);
  const html = await readFile(page, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${searchPage} 没有 </head>`);
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
  const imports = await Promise.all(
    scripts.map(async (src) => staticImports(await readFile(path.join(out, src.slice(base.length)), 'utf8'), src)),
  );
  const url = (file: string) => `${base}pagefind/${file}`;
  const links = [
    ...[...new Set(imports.flat())].map((href) => `<link rel="modulepreload" href="${href}">`),
    `<link rel="modulepreload" href="${url('pagefind.js')}">`,
    `<link rel="preload" as="fetch" crossorigin href="${url(`pagefind-entry.json?ts=${entryTag}`)}" data-pagefind-entry="${entryTag}">`,
    `<link rel="preload" as="fetch" crossorigin href="${url(`wasm.${language.wasm ?? 'unknown'}.pagefind`)}">`,
    `<link rel="preload" as="fetch" crossorigin href="${url(`pagefind.${language.hash}.pf_meta`)}">`,
  ].join('');
  await writeFile(page, html.replace('</head>', `${links}</head>`));
}

/**
 * Builds the search index after the site is written: Pagefind reads every page
 * in the output folder (only the parts marked `data-pagefind-body`, so headers,
 * footers and navigation stay out) and writes `<outDir>/pagefind/`. Drafts never
 * become pages, so they never reach the index.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'dingge:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = Date.now();
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: chromeInsideBodies });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: out });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          await Promise.all(unusedBundles.map((file) => rm(path.join(out, 'pagefind', file), { force: true })));
          await preloadOnSearchPage(out, base);
          logger.info(`搜索索引：${added.page_count} 个页面，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
        } catch (error) {
          throw new Error(`生成搜索索引失败：${(error as Error).message}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
