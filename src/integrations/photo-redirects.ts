import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkPhotoAddresses, readContentFolder } from '../lib/content-check.ts';
import { redirectPage, type PhotoRedirect } from '../lib/photo-ledger.ts';
import { ContentError } from '../lib/problems.ts';
import { paths } from '../lib/urls.ts';

/**
 * Keeps published photo addresses alive (see src/lib/photo-ledger.ts): the build
 * stops when a photo id in content/photo-ids.txt has vanished without a line in
 * content/redirects.yaml, and writes a small page at every old address that
 * sends the visitor on to the photo's new one. `astro dev` serves none of these.
 */
export function photoRedirects(contentDir: string): AstroIntegration {
  let redirects: PhotoRedirect[] = [];
  let site = 'http://localhost:4321';
  let base = '/';
  return {
    name: 'dingge:photo-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:start': () => {
        const root = process.cwd();
        const absolute = path.resolve(root, contentDir);
        const { files } = readContentFolder(absolute, root);
        const addresses = checkPhotoAddresses(files, absolute, root);
        if (addresses.problems.length) throw new ContentError(addresses.problems);
        redirects = addresses.redirects;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const redirect of redirects) {
          const file = path.join(out, paths.photo(redirect.from), 'index.html');
          // The ledger check refuses a redirect from a live id, so this only guards against surprises.
          if (existsSync(file)) throw new Error(`${file} 已存在，不能写转址页`);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, redirectPage({ ...redirect, base, site }));
        }
        if (redirects.length) logger.info(`${redirects.length} 个旧照片地址已转到新地址`);
      },
    },
  };
}
