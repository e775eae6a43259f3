import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasEntry,
  publishedFileAt,
  publishedFilesIn,
  readManifest,
  sourceImageFile,
  storeFile,
  storeKey,
  writeEntry,
} from '../../src/lib/images/store';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dingge-store-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const key = '0123456789abcdef';
const leftovers = async (cache: string) => (await readdir(path.join(cache, '_img'))).filter((name) => name.includes('.tmp-'));

describe('storeKey', () => {
  it('is 16 hex digits of sha256 over the JSON of the inputs, then the source bytes', () => {
    const source = Buffer.from([1, 2, 3]);
    const inputs = { recipe: { version: 2 }, focus: { x: 0.5, y: 0.5 } };
    const expected = createHash('sha256').update(JSON.stringify(inputs)).update(source).digest('hex').slice(0, 16);
    expect(storeKey(inputs, source)).toBe(expected);
    expect(storeKey(inputs, Buffer.from([1, 2, 4]))).not.toBe(expected);
    expect(storeKey({ ...inputs, focus: { x: 0.5, y: 0.6 } }, source)).not.toBe(expected);
  });
});

describe('writeEntry', () => {
  it('leaves one complete entry when two writers of the same key run at once', async () => {
    const cache = path.join(dir, 'twice');
    const write = (text: string) =>
      writeEntry(cache, key, ['a.jpg', 'record.json'], async (work) => {
        await writeFile(path.join(work, 'a.jpg'), text);
        // Both writers are inside their work folders at the same time.
        await new Promise((resolve) => setTimeout(resolve, 20));
        await writeFile(path.join(work, 'record.json'), JSON.stringify({ text }));
        return text;
      });
    const results = await Promise.all([write('first'), write('second')]);
    expect(results).toEqual(['first', 'second']);
    expect(await readdir(path.join(cache, '_img'))).toEqual([key]);
    expect((await readdir(path.join(cache, '_img', key))).sort()).toEqual(['a.jpg', 'record.json']);
    // Whichever won, its two files belong together.
    const record = await readManifest<{ text: string }>(cache, key, 'record.json');
    expect(await readFile(path.join(cache, storeFile(key, 'a.jpg')), 'utf8')).toBe(record!.text);
  });

  it('leaves nothing when the write fails half-way', async () => {
    const cache = path.join(dir, 'failed');
    const attempt = writeEntry(cache, key, ['a.jpg', 'b.jpg'], async (work) => {
      await writeFile(path.join(work, 'a.jpg'), 'half');
      throw new Error('encoder died');
    });
    await expect(attempt).rejects.toThrow('encoder died');
    expect(await hasEntry(cache, key, ['a.jpg'])).toBe(false);
    expect(await readdir(path.join(cache, '_img'))).toEqual([]);
  });

  it('replaces a folder that lacks files of a complete entry', async () => {
    const cache = path.join(dir, 'stale');
    await writeEntry(cache, key, ['poster-720.jpg'], async (work) => writeFile(path.join(work, 'poster-720.jpg'), 'old'));
    expect(await hasEntry(cache, key, ['poster-720.jpg', 'poster.jpg'])).toBe(false);
    await writeEntry(cache, key, ['poster-720.jpg', 'poster.jpg'], async (work) => {
      await writeFile(path.join(work, 'poster-720.jpg'), 'new');
      await writeFile(path.join(work, 'poster.jpg'), 'new');
    });
    expect(await hasEntry(cache, key, ['poster-720.jpg', 'poster.jpg'])).toBe(true);
    expect(await readFile(path.join(cache, storeFile(key, 'poster-720.jpg')), 'utf8')).toBe('new');
    expect(await leftovers(cache)).toEqual([]);
  });
});

describe('published store files', () => {
  it('are recognised in built text exactly as the store names them', () => {
    const html = [
      `<img src="/cmp/_img/${key}/960.avif" srcset="/cmp/_img/${key}/480.webp 480w">`,
      `<a href="https://dingge.example/cmp/_img/${key}/chi-xiufeng-2025-10.jpg" download>`,
      `<meta content="https://dingge.example/cmp/_img/${key}/og.jpg">`,
      `<span>_img/${key}/poster-720.jpg</span>`,
    ].join('\n');
    expect(publishedFilesIn(html)).toEqual([
      storeFile(key, '960.avif'),
      storeFile(key, '480.webp'),
      storeFile(key, 'chi-xiufeng-2025-10.jpg'),
      storeFile(key, 'og.jpg'),
      storeFile(key, 'poster-720.jpg'),
    ]);
  });

  it('never include manifests, decoded sources, work files or other folders', () => {
    const text = [
      `_img/${key}/manifest.json`,
      `_img/${key}/original.json`,
      `_img/${key}/decoded.png`,
      `_img/${key}/og.jpg.tmp-123-4f1c`,
      `_img/${key}.tmp-123-4f1c/og.jpg`,
      `_img/0123456789ABCDEF/og.jpg`,
      `_img/0123456789abcde/og.jpg`,
      `_img/${key}/../secret.jpg`,
      `img/${key}/og.jpg.map`,
    ].join('\n');
    expect(publishedFilesIn(text)).toEqual([]);
  });

  it('the same pattern serves `astro dev`: a URL path ending in a published file', () => {
    expect(publishedFileAt(`/cmp/_img/${key}/1200.webp`)).toBe(storeFile(key, '1200.webp'));
    expect(publishedFileAt(`/_img/${key}/manifest.json`)).toBeUndefined();
    expect(publishedFileAt(`/_img/${key}/decoded.png`)).toBeUndefined();
    expect(publishedFileAt(`/_img/${key}/og.jpg/extra`)).toBeUndefined();
  });

  it('store file names are checked when made', () => {
    expect(() => storeFile(key, '迟秀峰.jpg')).toThrow();
    expect(() => storeFile(key, '../x.jpg')).toThrow();
    expect(() => storeFile('not-a-key', 'og.jpg')).toThrow();
  });
});

describe('sourceImageFile', () => {
  it.each(['a.jpg', 'A.JPEG', 'b.png', 'c.webp', 'd.avif', 'e.tif', 'f.tiff', 'IMG_0412.HEIC', 'g.heif'])('accepts %s', (name) => {
    expect(sourceImageFile.test(name)).toBe(true);
  });
  it.each(['a.gif', 'b.jpg.txt', 'c.mov', 'd.dng', 'heic'])('refuses %s', (name) => {
    expect(sourceImageFile.test(name)).toBe(false);
  });
});
