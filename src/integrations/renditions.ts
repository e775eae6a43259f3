import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedFileAt, publishedFilesIn, publishedTypes, storePath } from '../lib/images/store.ts';

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
          const published = publishedFileAt(req.url?.split('?')[0] ?? '');
          const file = published && storePath(cacheRoot, published);
          if (!file || !existsSync(file)) return next();
          res.setHeader('Content-Type', publishedTypes[file.split('.').pop() as keyof typeof publishedTypes]);
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const wanted = new Set<string>();
        for await (const file of textFiles(out)) {
          for (const ref of publishedFilesIn(await readFile(file, 'utf8'))) wanted.add(ref);
        }
        const folders = new Set([...wanted].map((ref) => path.dirname(ref)));
        await Promise.all([...folders].map((folder) => mkdir(path.join(out, folder), { recursive: true })));
        const missing: string[] = [];
        await Promise.all(
          [...wanted].map(async (ref) => {
            const from = storePath(cacheRoot, ref);
            if (!existsSync(from)) return missing.push(ref);
            await copyFile(from, path.join(out, ref));
          }),
        );
        if (missing.length) throw new Error(`页面引用了缓存里没有的图片：${missing.slice(0, 5).join(', ')}`);
        logger.info(`${wanted.size} 个图片文件已发布到 _img/`);
      },
    },
  };
}
