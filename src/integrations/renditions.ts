import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const renditionRef = /_img\/([0-9a-f]{16})\/([0-9a-z.-]+\.(?:avif|webp|jpg|png))/g;
const types: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };

async function* textFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(full);
    else if (/\.(?:html|xml|json|css|js)$/.test(entry.name)) yield full;
  }
}

/**
 * Publishes image renditions from the cache: after the build, exactly the files
 * that built pages refer to are copied into `dist/_img/`, so nothing that no
 * published page shows (a draft's photo, an original) can reach the output.
 * In `astro dev` the same files are served straight from the cache.
 */
export function renditions(cacheRoot: string): AstroIntegration {
  return {
    name: 'dingge:renditions',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const match = /\/_img\/([0-9a-f]{16})\/([0-9a-z.-]+)$/.exec(req.url?.split('?')[0] ?? '');
          const file = match && path.join(cacheRoot, '_img', match[1]!, match[2]!);
          if (!file || !existsSync(file)) return next();
          res.setHeader('Content-Type', types[file.split('.').pop()!] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const wanted = new Set<string>();
        for await (const file of textFiles(out)) {
          for (const m of (await readFile(file, 'utf8')).matchAll(renditionRef)) wanted.add(`${m[1]}/${m[2]}`);
        }
        const folders = new Set([...wanted].map((ref) => ref.split('/')[0]));
        await Promise.all([...folders].map((key) => mkdir(path.join(out, '_img', key!), { recursive: true })));
        const missing: string[] = [];
        await Promise.all(
          [...wanted].map(async (ref) => {
            const from = path.join(cacheRoot, '_img', ref);
            if (!existsSync(from)) return missing.push(ref);
            await copyFile(from, path.join(out, '_img', ref));
          }),
        );
        if (missing.length) throw new Error(`页面引用了缓存里没有的图片：${missing.slice(0, 5).join(', ')}`);
        logger.info(`${wanted.size} 个图片文件已发布到 _img/`);
      },
    },
  };
}
