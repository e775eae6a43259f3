/**
 * Scale benchmark: `npm run bench:scale -- --workers 2000 --photos-per-worker 5 [--shards 2]`
 *
 * Generates that much content into a temporary folder (never into content/) and, in one run:
 * 1. builds it cold (empty caches), on all cores;
 * 2. builds it again warm (image cache kept): the page build;
 * 3. with --shards N, does the image work again from empty caches as N shards
 *    (`npm run images -- --shard i/N`), one after the other, each on one core
 *    (taskset), merges their caches by plain copying, and builds over the merged
 *    cache: that build must encode nothing and write the same dist/;
 * 4. adds one story (with its own cover photo) and builds once more, then counts
 *    the files of dist/ that changed, by content hash, and the bytes an upload of
 *    just those would send.
 * It reports time, peak memory, dist/ size, pages per second and the search index size.
 * Options: --stories N (default workers/20), --out DIR (default $TMPDIR/dingge-scale),
 * --keep (keep the content folder), --skip-cold (the image cache under --out is warm already).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
    shards: { type: 'string', default: '0' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'dingge-scale') },
    keep: { type: 'boolean', default: false },
    'skip-cold': { type: 'boolean', default: false },
  },
});
const workers = Number(values.workers);
const photosPerWorker = Number(values['photos-per-worker']);
const stories = values.stories ? Number(values.stories) : Math.ceil(workers / 20);
const shards = Number(values.shards);
const root = path.resolve(values.out!);
const content = path.join(root, 'content');
const imageCache = path.join(root, 'image-cache');
if (!values['skip-cold']) await rm(root, { recursive: true, force: true });
else await rm(content, { recursive: true, force: true });

const generate = (out: string, storyCount: number) =>
  generateScaleSite({ workers, photosPerWorker, stories: storyCount, drafts: 0, seed: 1, out });
const started = performance.now();
const generated = await generate(content, stories);
console.log(
  `generated ${generated.workers.length} workers, ${generated.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

interface Run {
  seconds: number;
  /** Peak resident memory of the whole process tree, sampled every 250 ms. */
  peakMiB: number;
  /** CPU seconds, user and system. */
  cpuSeconds: number;
  /** The image work's last progress line. */
  images: string;
}

/** Resident memory of a process and all its descendants (the build and its image workers), in bytes. */
function treeBytes(root: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The fourth field of /proc/<pid>/stat, after the name in parentheses, is the parent's pid.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Ended while we looked.
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(parent) || tree.has(pid)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // Ended while we looked.
    }
  }
  return bytes;
}

/**
 * Runs a script of ours under /usr/bin/time; `cpus` pins it (taskset -c). Peak memory is
 * sampled over the whole process tree: /usr/bin/time alone sees one process, and the image
 * work runs in worker processes beside the build's own.
 */
async function timed(label: string, script: string, args: string[], env: NodeJS.ProcessEnv, cpus?: string): Promise<Run> {
  const command = [...(cpus ? ['taskset', '-c', cpus] : []), process.execPath, script, ...args];
  const child = spawn('/usr/bin/time', ['-f', '__TIME__ %e %M %U %S', ...command], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  let peakBytes = 0;
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeBytes(child.pid!))), 250);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const [, seconds, , user, system] = /__TIME__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(stderr) ?? [];
  if (status !== 0) {
    console.error(stdout.slice(-4000), stderr.slice(-4000));
    throw new Error(`${label} failed`);
  }
  // Astro's page list may run into the line: take what follows the tag.
  const images = [...stdout.matchAll(/\[images\] [^\n]*/g)].at(-1)?.[0] ?? '';
  const run = { seconds: Number(seconds), peakMiB: peakBytes / 2 ** 20, cpuSeconds: Number(user) + Number(system), images: images.trim() };
  console.log(
    `${label}: ${run.seconds.toFixed(1)} s, peak ${run.peakMiB.toFixed(0)} MiB, CPU ${run.cpuSeconds.toFixed(0)} s — ${run.images}`,
  );
  return run;
}

const build = (label: string, cache: string, dist: string, astroCache: string) =>
  timed(label, 'scripts/build.ts', [], { CONTENT_DIR: content, OUT_DIR: dist, IMAGE_CACHE_DIR: cache, ASTRO_CACHE_DIR: astroCache });

/** Every file of a folder with its size and the hash of its bytes. */
function hashes(dir: string): Map<string, { hash: string; bytes: number }> {
  const files = new Map<string, { hash: string; bytes: number }>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const bytes = readFileSync(file);
    files.set(path.relative(dir, file), { hash: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
  }
  return files;
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

const dist = path.join(root, 'dist');
const cold = values['skip-cold'] ? undefined : await build('cold build', imageCache, dist, path.join(root, 'astro-cache'));
const warm = await build('warm build', imageCache, dist, path.join(root, 'astro-cache'));
const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const total = du(dist);
const index = du(path.join(dist, 'pagefind'));
const before = hashes(dist);

let sharded: object | undefined;
if (shards > 0) {
  const runs: Run[] = [];
  for (let i = 1; i <= shards; i++) {
    runs.push(
      await timed(
        `images shard ${i}/${shards}, one core`,
        'scripts/images.ts',
        ['--shard', `${i}/${shards}`],
        { CONTENT_DIR: content, IMAGE_CACHE_DIR: path.join(root, 'shards', String(i)) },
        '0',
      ),
    );
  }
  const merged = path.join(root, 'merged-cache');
  const mergeStarted = performance.now();
  // What a CI job does with the shards' artifacts: copy the folders into one.
  for (let i = 1; i <= shards; i++) cpSync(path.join(root, 'shards', String(i)), merged, { recursive: true });
  const mergeSeconds = (performance.now() - mergeStarted) / 1000;
  console.log(`merged ${shards} caches in ${mergeSeconds.toFixed(1)} s`);
  const shardedDist = path.join(root, 'dist-sharded');
  const after = await build('build over the merged cache', merged, shardedDist, path.join(root, 'astro-cache-sharded'));
  const other = hashes(shardedDist);
  const differing = [...new Set([...before.keys(), ...other.keys()])].filter((f) => before.get(f)?.hash !== other.get(f)?.hash);
  sharded = {
    shards: runs,
    sumSeconds: runs.reduce((s, r) => s + r.seconds, 0),
    longestSeconds: Math.max(...runs.map((r) => r.seconds)),
    mergeSeconds,
    build: after,
    encodedNothing: after.images.includes('没有新编码'),
    filesDifferingFromSingleMachineBuild: differing.length,
    differing: differing.slice(0, 10),
  };
  await rm(path.join(root, 'shards'), { recursive: true, force: true });
  await rm(merged, { recursive: true, force: true });
  await rm(shardedDist, { recursive: true, force: true });
}

// One story more: the generator is seeded, so a site with one story more has the same
// stories plus one; its folder is copied in, as an editor would add it.
const next = path.join(root, 'next-content');
await generate(next, stories + 1);
const added = `gushi-${stories + 1}`;
cpSync(path.join(next, 'stories', added), path.join(content, 'stories', added), { recursive: true });
await rm(next, { recursive: true, force: true });
const addStory = await build('build after adding one story', imageCache, dist, path.join(root, 'astro-cache'));
const after = hashes(dist);
const changed = [...after].filter(([file, f]) => before.has(file) && before.get(file)!.hash !== f.hash);
const created = [...after].filter(([file]) => !before.has(file));
const removed = [...before.keys()].filter((file) => !after.has(file));
const byKind = (list: [string, unknown][]) => {
  const kinds = new Map<string, number>();
  for (const [file] of list) {
    const kind = file.startsWith('pagefind/') ? 'pagefind/' : file.startsWith('_img/') ? '_img/' : (file.split('/')[0] ?? file);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return Object.fromEntries([...kinds].sort((a, b) => b[1] - a[1]));
};

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
  sharded,
  oneStoryAdded: {
    build: addStory,
    changedFiles: changed.length,
    newFiles: created.length,
    removedFiles: removed.length,
    uploadMiB: [...changed, ...created].reduce((s, [, f]) => s + f.bytes, 0) / 2 ** 20,
    changedByFolder: byKind(changed),
    newByFolder: byKind(created),
  },
};
console.log(JSON.stringify(report, null, 2));
console.log(`\nfirst search: npm run bench:search -- --dist ${dist} --base / --query <name>`);
if (!values.keep) await rm(content, { recursive: true, force: true });
