import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageError } from '../../src/lib/images/decode';
import { imagePool, type ImagePool } from '../../src/lib/images/pool';
import { storePath } from '../../src/lib/images/store';
import { MissingGlyphError } from '../../src/lib/share/text';
import { receiveError, sendError } from '../../src/lib/images/tasks';

const fixture = (name: string) => path.resolve('tests/fixtures/images', name);
const content = {
  heading: '迟秀峰',
  body: '列检员',
  quote: false,
  credit: '本报记者 芦男 摄',
  sample: false,
  url: 'https://dingge.example/p/',
};

let cache: string;
let pool: ImagePool;
beforeAll(async () => {
  cache = await mkdtemp(path.join(os.tmpdir(), 'dingge-pool-'));
  pool = imagePool({ size: 2, cacheRoot: cache, fontsDir: path.resolve('assets/fonts') });
});
afterAll(async () => {
  await pool.close();
  await rm(cache, { recursive: true, force: true });
});

describe('image pool', () => {
  it('makes files in worker processes, into the cache, and says what it made', async () => {
    const [renditions, poster] = await Promise.all([
      pool.run({ kind: 'renditions', source: fixture('valid.jpg') }),
      pool.run({ kind: 'poster', source: fixture('valid.jpg'), focus: { x: 0.5, y: 0.5 }, content }),
    ]);
    expect(renditions.cached).toBe(false);
    const meta = await sharp(storePath(cache, poster.file)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1080, 1440]);
    // Asked again, the same task comes from the cache; after close, from a worker started again.
    expect((await pool.run({ kind: 'renditions', source: fixture('valid.jpg') })).cached).toBe(true);
    await pool.close();
    expect((await pool.run({ kind: 'renditions', source: fixture('valid.jpg') })).cached).toBe(true);
  });

  it('rejects with the error an editor would see in one process, file and reason kept', async () => {
    const failed = await pool.run({ kind: 'renditions', source: fixture('truncated.jpg') }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ImageError);
    expect((failed as ImageError).file).toBe(fixture('truncated.jpg'));
    expect((failed as ImageError).reason).toMatch(/图片已损坏/);
    const unknown = { ...content, heading: '\u{2A6D6}' };
    const missing = await pool
      .run({ kind: 'poster', source: fixture('valid.jpg'), focus: { x: 0.5, y: 0.5 }, content: unknown })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(MissingGlyphError);
    expect((missing as MissingGlyphError).characters).toEqual(['\u{2A6D6}']);
  });

  it('rejects the tasks of a worker that dies, saying so, and starts another for the next task', async () => {
    const dying = path.join(cache, 'dying-worker.mjs');
    await writeFile(dying, "process.on('message', () => process.exit(3));\n");
    const short = imagePool({ size: 1, cacheRoot: cache, fontsDir: path.resolve('assets/fonts'), workerFile: dying });
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(short.run({ kind: 'renditions', source: fixture('valid.jpg') })).rejects.toThrow('图片处理进程意外退出（代码 3）');
    }
    await short.close();
  });

  it('sends other errors with their message and the stack of the process that threw', () => {
    const error = receiveError(structuredClone(sendError(new TypeError('boom'))));
    expect(error.message).toBe('boom');
    expect(error.stack).toContain('pool.test.ts');
  });
});
