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

/**
 * Lets the search page fetch Pagefind's engine and index metadata with the page
 * itself, not one by one after its script runs (each waits on the one before:
 * a round trip apiece on a phone network). The metadata's name has a hash known
 * only once the index is written, so the links are added to the built page here.
 * The entry file is left out: Pagefind asks for it with a cache-busting query.
 */
async function preloadOnSearchPage(out: string, base: string) {
  const bundle = path.join(out, 'pagefind');
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  // Every page is zh-CN, so there is one language.
  const [language] = Object.values(entry.languages);
  if (!language) throw new Error('pagefind-entry.json 里没有语言索引');
  const url = (file: string) => `${base}pagefind/${file}`;
  const links = [
    `<link rel="modulepreload" href="${url('pagefind.js')}">`,
    `<link rel="preload" as="fetch" crossorigin href="${url(`wasm.${language.wasm ?? 'unknown'}.pagefind`)}">`,
    `<link rel="preload" as="fetch" crossorigin href="${url(`pagefind.${language.hash}.pf_meta`)}">`,
  ].join('');
  const page = path.join(out, searchPage);
  const html = await readFile(page, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${searchPage} 没有 </head>`);
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
          throw new Error(`生成搜索索引失败：${(error as Error).message}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
