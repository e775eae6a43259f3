import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addressPath, redirectPage, type Redirect } from '../lib/content/ledger.ts';
import { loadContent } from '../lib/content/load.ts';

/**
 * Keeps published addresses alive (see src/lib/content/ledger.ts): writes a
 * small page at every old address that sends the visitor on to the new one.
 * The one content loader works out the redirects; the build has already
 * stopped, through the content loader, if an address vanished without one.
 * `astro dev` serves none of these.
 *
 * The pages are written after everything else, so nothing lists them: the
 * sitemap and the feed come from the content, not from dist/, and this
 * integration comes after the search index in astro.config.mjs (the pages carry
 * no `data-pagefind-body` either, so Pagefind would skip them anyway).
 */
export function redirects(contentDir: string): AstroIntegration {
  let found: Redirect[] = [];
  let site = 'http://localhost:4321';
  let base = '/';
  return {
    name: 'dingge:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:start': () => {
        found = loadContent(contentDir, process.cwd()).addresses.redirects;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const redirect of found) {
          const file = path.join(out, addressPath(redirect.kind, redirect.from), 'index.html');
          // The ledger check refuses a redirect from a live address, so this only guards against surprises.
          if (existsSync(file)) throw new Error(`${file} 已存在，不能写转址页`);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, redirectPage({ ...redirect, base, site }));
        }
        if (found.length) logger.info(`${found.length} 个旧地址已转到新地址`);
      },
    },
  };
}
