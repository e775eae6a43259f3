import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScaleSite } from '../../scripts/generate-scale-site';
import { build } from '../support/fixture-site';

/**
 * Image work split across machines: two `npm run images -- --shard i/2` runs in
 * separate processes, each into its own cache; the caches merged by plain
 * copying; then a build over the merged cache encodes nothing and writes the
 * same dist/ as a build that did all the work itself.
 */
let root: string;
let content: string;
const env = { SITE_URL: 'https://dingge.example', BASE_PATH: '/sub/' };

function images(cache: string, shard: string) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/images.ts', '--shard', shard], {
      env: { ...process.env, ...env, CONTENT_DIR: content, IMAGE_CACHE_DIR: cache },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Every file under `dir`, relative path → bytes. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files = await Promise.all(
    entries.map(
      async (e) => [path.relative(dir, path.join(e.parentPath, e.name)), await readFile(path.join(e.parentPath, e.name))] as const,
    ),
  );
  return new Map(files);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dingge-shards-'));
  content = path.join(root, 'content');
  await generateScaleSite({ workers: 8, photosPerWorker: 2, stories: 2, drafts: 0, seed: 7, out: content });
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('sharded image work', () => {
  it('two shards, merged by copying, leave the build nothing to encode and the same dist/ as one machine', async () => {
    const [first, second] = await Promise.all([images(path.join(root, 'cache-1'), '1/2'), images(path.join(root, 'cache-2'), '2/2')]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    const [one, two] = await Promise.all([tree(path.join(root, 'cache-1')), tree(path.join(root, 'cache-2'))]);
    // Each shard did a part, and the parts do not overlap.
    expect(one.size).toBeGreaterThan(10);
    expect(two.size).toBeGreaterThan(10);
    expect([...one.keys()].filter((file) => two.has(file))).toEqual([]);

    const merged = path.join(root, 'cache-merged');
    for (const part of ['cache-1', 'cache-2']) await cp(path.join(root, part), merged, { recursive: true });
    const sharded = await build(root, content, { ...env, IMAGE_CACHE_DIR: merged, OUT_DIR: path.join(root, 'dist-sharded') });
    expect(sharded.code, sharded.output).toBe(0);
    expect(sharded.output).toMatch(/\[images\] \d+ 个图片文件全部来自缓存，没有新编码/);
    expect(sharded.output).not.toMatch(/新编码 [1-9]/);

    const alone = await build(root, content, {
      ...env,
      IMAGE_CACHE_DIR: path.join(root, 'cache-alone'),
      OUT_DIR: path.join(root, 'dist-alone'),
    });
    expect(alone.code, alone.output).toBe(0);
    expect(alone.output).toMatch(/新编码 [1-9]\d* 个/);

    // The caches hold the same entries, and the two sites are the same, byte for byte.
    expect([...(await tree(path.join(root, 'cache-alone'))).keys()].sort()).toEqual([...(await tree(merged)).keys()].sort());
    const [a, b] = await Promise.all([tree(path.join(root, 'dist-sharded')), tree(path.join(root, 'dist-alone'))]);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file)).toEqual([]);
  }, 300_000);
});
