/**
 * A small static server for `dist/` that mounts it under BASE_PATH, as a static
 * host would, answers unknown addresses with `404.html` and gzips text, as
 * common hosts do (Lighthouse measures what travels). Used by the browser tests
 * and the screenshot and benchmark scripts.
 *
 *   node scripts/serve.ts [--port 4322] [--dir dist]
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { basePath } from '../src/lib/site-env.mjs';

/** Text worth compressing; images, wasm and Pagefind's files are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(root: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const candidate = path.join(root, relative);
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {}
  }
  return undefined;
}

export function serve(root: string, base: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(root, base, url.pathname);
    if (!file && !url.pathname.endsWith('/') && fileFor(root, base, url.pathname + '/')) {
      res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
      return;
    }
    const found = file ?? path.join(root, '404.html');
    const gzip = compressible.has(path.extname(found)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(file ? 200 : 404, {
      'Content-Type': types[path.extname(found)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const body = createReadStream(found);
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4322' }, dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' } },
  });
  const base = basePath(process.env);
  await serve(path.resolve(values.dir), base, Number(values.port));
  console.log(`serving ${values.dir} at http://127.0.0.1:${values.port}${base}`);
}
