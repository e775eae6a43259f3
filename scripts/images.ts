/**
 * `npm run images`: all the image work of a build (renditions, clean originals,
 * link-preview crops, posters) into the image cache, and nothing else, so that
 * several machines can share it and a following `npm run build` encodes nothing.
 *
 *   npm run images                   # everything, like the build does
 *   npm run images -- --shard 2/4    # the second of four parts: run each part on its own machine,
 *                                    # copy the cache folders into one, then npm run build
 *
 * Run it with the build's SITE_URL and BASE_PATH: originals and posters carry the page's address.
 * Honours CONTENT_DIR and IMAGE_CACHE_DIR. See docs/deploy.md for CI recipes.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load.ts';
import { buildSiteModel } from '../src/lib/content/model.ts';
import { diskRules } from '../src/lib/content/rules.ts';
import { imageWork, parseShard, type Shard } from '../src/lib/images/work.ts';
import { ContentError, formatProblem } from '../src/lib/problems.ts';
import { basePath, imageCacheDir, siteUrl } from '../src/lib/site-env.mjs';
import { absoluteUrl } from '../src/lib/urls.ts';

const { values } = parseArgs({ options: { shard: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  console.log('用法：npm run images [-- --shard 序号/总数]\n为全站（或其中一份）做好所有图片，放进图片缓存（IMAGE_CACHE_DIR）。');
  process.exit(0);
}

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let shard: Shard | undefined;
try {
  shard = values.shard ? parseShard(values.shard) : undefined;
} catch (error) {
  fail([(error as Error).message]);
}

const root = process.cwd();
const content = loadContent(process.env.CONTENT_DIR ?? 'content', root);
if (content.problems.length) fail([...content.problems.map(formatProblem), '\n内容有问题，先运行 npm run check 改好。']);
const site = buildSiteModel(content.stories, content.workers, diskRules(root));
const cacheRoot = imageCacheDir(process.env);
const work = imageWork(site, {
  cacheRoot,
  fontsDir: path.resolve(import.meta.dirname, '../assets/fonts'),
  pageUrl: (sitePath) => absoluteUrl(siteUrl(process.env), basePath(process.env), sitePath),
});
try {
  await work.all(shard);
} catch (error) {
  if (error instanceof ContentError) fail(error.problems.map(formatProblem));
  throw error;
}
console.log(`${shard ? `第 ${shard.index}/${shard.count} 份` : '全部'}图片已在 ${path.relative(root, cacheRoot) || cacheRoot}`);
