import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The sub-path the test build is served under (see package.json, build:test). */
export const testBasePath = '/some/sub/path/';
export const testPort = Number(process.env.PORT ?? 4322);
/**
 * The build under test: `npm run build:test` writes it to a folder of its own, so
 * `npm test` never touches the `dist/` that `npm run build` made for deploying.
 * OUT_DIR points the browser tests at a build written elsewhere.
 */
export const testDistDir = '.cache/test-dist';
export const distDir = path.resolve(process.env.OUT_DIR ?? testDistDir);

/** Every file under dist/, as paths relative to it. */
export function distFiles(dir = distDir, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? distFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Site paths (relative to the base) of every page in the sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(testBasePath.length));
}
