import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageError } from '../../src/lib/images/pipeline';
import { originalKey, originalXmp, writeCleanOriginal, type OriginalRequest } from '../../src/lib/images/original';

let dir: string;
let source: string;

const request: OriginalRequest = {
  name: 'chi-xiufeng-2025-10.jpg',
  metadata: {
    credit: '本报记者 芦男 摄',
    caption: '迟秀峰在让胡路运用车间的货运场 <检车> & “列检”',
    sample: true,
    date: '2025-10',
    pageUrl: 'https://dingge.example/some/sub/path/photos/chi-xiufeng-portrait/',
  },
};

/**
 * A camera-like JPEG: 2000×1200 stored sideways (EXIF orientation 6), with GPS,
 * a serial number, maker notes, make and model, in the Display P3 colour space.
 */
async function cameraJpeg(file: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="1200"><rect width="2000" height="1200" fill="#7a4b2a"/><rect width="200" height="1200" fill="#ffffff"/></svg>`;
  await sharp(Buffer.from(svg))
    .withIccProfile('p3')
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'DINGGE', Model: 'Test Camera', Artist: 'Someone Else' },
      IFD2: { BodySerialNumber: 'SN-0042-TEST', MakerNote: 'maker-secret' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '126/1 38/1 0/1' },
    })
    .jpeg({ quality: 90 })
    .toFile(file);
}

const everything = { gps: true, tiff: true, exif: true, makerNote: true, xmp: true, icc: true, iptc: true, mergeOutput: true };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dingge-original-'));
  source = path.join(dir, 'camera.jpg');
  await cameraJpeg(source);
  // The fixture itself must carry what we strip, or the test proves nothing.
  const tags = await exifr.parse(source, everything);
  expect(tags.latitude).toBeCloseTo(45.75);
  expect(tags.SerialNumber ?? tags.BodySerialNumber).toBe('SN-0042-TEST');
  expect(tags.makerNote ?? tags.MakerNote).toBeDefined();
  expect(tags.Make).toBe('DINGGE');
  expect((await sharp(source).metadata()).orientation).toBe(6);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeCleanOriginal', () => {
  it('keeps full size, applies orientation, converts to sRGB and keeps only the credit', async () => {
    const cache = path.join(dir, 'cache');
    const original = await writeCleanOriginal(source, cache, request);
    expect(original.cached).toBe(false);
    expect(original.file).toBe(`_img/${original.key}/chi-xiufeng-2025-10.jpg`);
    expect([original.width, original.height]).toEqual([1200, 2000]);

    const bytes = await readFile(path.join(cache, original.file));
    expect(original.bytes).toBe(bytes.length);
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([1200, 2000]);
    expect(meta.orientation ?? 1).toBe(1);
    expect(meta.exif).toBeUndefined();
    expect(meta.space).toBe('srgb');
    // The white stripe on the left of the stored image is at the top once turned upright.
    const { data } = await sharp(bytes).extract({ left: 600, top: 50, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(240);

    const tags = await exifr.parse(bytes, everything);
    expect(tags.ProfileDescription).toBe('sRGB');
    for (const leak of [
      'latitude',
      'GPSLatitude',
      'SerialNumber',
      'BodySerialNumber',
      'makerNote',
      'MakerNote',
      'Make',
      'Model',
      'Artist',
    ]) {
      expect(tags[leak], leak).toBeUndefined();
    }
    expect(tags.creator).toBe('本报记者 芦男 摄');
    expect(tags.Credit).toBe('本报记者 芦男 摄');
    expect(JSON.stringify(tags.rights)).toContain('本报记者 芦男 摄');
    expect(JSON.stringify(tags.rights)).toContain(request.metadata.pageUrl);
    expect(JSON.stringify(tags.description)).toContain('示例图片');
    // exifr hands XML entities over undecoded; a full XML reader turns them back into < and &.
    expect(JSON.stringify(tags.description)).toContain('&lt;检车&gt; &amp; “列检”');
  });

  it('caps the longest edge when the front matter asks, never enlarging', async () => {
    const cache = path.join(dir, 'capped');
    const capped = await writeCleanOriginal(source, cache, { ...request, maxEdge: 1000 });
    expect([capped.width, capped.height]).toEqual([600, 1000]);
    const meta = await sharp(path.join(cache, capped.file)).metadata();
    expect([meta.width, meta.height]).toEqual([600, 1000]);
    const loose = await writeCleanOriginal(source, cache, { ...request, maxEdge: 5000 });
    expect([loose.width, loose.height]).toEqual([1200, 2000]);
  });

  it('is cached by source, name, size cap and metadata', async () => {
    const cache = path.join(dir, 'cached');
    const first = await writeCleanOriginal(source, cache, request);
    const written = (await stat(path.join(cache, first.file))).mtimeMs;
    const again = await writeCleanOriginal(source, cache, request);
    expect(again.cached).toBe(true);
    expect(again.file).toBe(first.file);
    expect((await stat(path.join(cache, first.file))).mtimeMs).toBe(written);

    const bytes = await readFile(source);
    const keys = new Set([
      originalKey(bytes, request),
      originalKey(bytes, { ...request, name: 'other.jpg' }),
      originalKey(bytes, { ...request, maxEdge: 1000 }),
      originalKey(bytes, { ...request, metadata: { ...request.metadata, credit: '别人 摄' } }),
      originalKey(Buffer.concat([bytes, Buffer.from([0])]), request),
    ]);
    expect(keys.size).toBe(5);
  });

  it('refuses names that could not be published and sources that are not images', async () => {
    await expect(writeCleanOriginal(source, dir, { ...request, name: '迟秀峰.jpg' })).rejects.toThrow(/ASCII/);
    const fake = path.join(dir, 'fake.jpg');
    await writeFile(fake, 'not an image');
    await expect(writeCleanOriginal(fake, dir, request)).rejects.toBeInstanceOf(ImageError);
  });
});

describe('originalXmp', () => {
  it('escapes text and is well-formed enough for a reader to parse', async () => {
    const xmp = originalXmp({ ...request.metadata, caption: 'a < b & "c"' });
    expect(xmp).not.toMatch(/a < b/);
    expect(xmp).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(xmp.match(/<rdf:Description /g)).toHaveLength(1);
  });
});
