import { rm } from 'node:fs/promises';
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
 * photo page: the “上一张 / 下一张” pager and the download box with its hints.
 */
const chromeInsideBodies = ['nav', '.download-original'];

/**
 * Builds the search index after the site is written: Pagefind reads every page
 * in the output folder (only the parts marked `data-pagefind-body`, so headers,
 * footers and navigation stay out) and writes `<outDir>/pagefind/`. Drafts never
 * become pages, so they never reach the index.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dingge:pagefind',
    hooks: {
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
