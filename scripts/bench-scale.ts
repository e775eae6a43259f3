/**
 * Scale benchmark: `npm run bench:scale -- --workers 2000 --photos-per-worker 5`
 *
 * Generates that much content into a temporary folder (never into content/),
 * builds it cold (empty caches) and warm (image cache kept), and reports build
 * time, peak memory, dist/ size, pages per second and the search index size.
 * Options: --stories N (default workers/20), --out DIR (default $TMPDIR/dingge-scale), --keep.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateScaleSite } from './generate-scale-site.ts';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2000' },
    'photos-per-worker': { type: 'string', default: '5' },
    stories: { type: 'string' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'dingge-scale') },
    keep: { type: 'boolean', default: false },
  },
});
const workers = Number(values.workers);
const photosPerWorker = Number(values['photos-per-worker']);
const root = path.resolve(values.out!);
await rm(root, { recursive: true, force: true });

const started = performance.now();
const generated = await generateScaleSite({
  workers,
  photosPerWorker,
  stories: values.stories ? Number(values.stories) : Math.ceil(workers / 20),
  drafts: 0,
  seed: 1,
  out: path.join(root, 'content'),
});
console.log(
  `generated ${generated.workers.length} workers, ${generated.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const env = {
  ...process.env,
  CONTENT_DIR: path.join(root, 'content'),
  OUT_DIR: path.join(root, 'dist'),
  IMAGE_CACHE_DIR: path.join(root, 'image-cache'),
  ASTRO_CACHE_DIR: path.join(root, 'astro-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
};

function timedBuild(label: string) {
  const result = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M', process.execPath, 'scripts/build.ts'], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const [, seconds, kib] = /__TIME__ ([\d.]+) (\d+)/.exec(result.stderr) ?? [];
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${label} build failed`);
  }
  const out = { seconds: Number(seconds), peakMiB: Number(kib) / 1024 };
  console.log(`${label}: ${out.seconds.toFixed(1)} s, peak ${out.peakMiB.toFixed(0)} MiB`);
  return out;
}

function du(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

const cold = timedBuild('cold');
const warm = timedBuild('warm');
const dist = path.join(root, 'dist');
const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const total = du(dist);
const index = du(path.join(dist, 'pagefind'));
const report = {
  workers,
  photos: workers * photosPerWorker,
  pages,
  cold,
  warm,
  pagesPerSecondWarm: pages / warm.seconds,
  distMiB: total.bytes / 2 ** 20,
  distFiles: total.files,
  searchIndexMiB: index.bytes / 2 ** 20,
  searchIndexFiles: index.files,
};
console.log(JSON.stringify(report, null, 2));
console.log(`\nfirst search: npm run bench:search -- --dist ${dist} --base / --query <name>`);
if (!values.keep) await rm(path.join(root, 'content'), { recursive: true, force: true });
