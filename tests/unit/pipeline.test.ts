import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheKey, ImageError, processImage, targetWidths } from '../../src/lib/images/pipeline';
import { renditionRecipe, type RenditionRecipe } from '../../src/lib/images/recipe';

let dir: string;
let source: string;

/** A camera-like JPEG: 2000×1200 pixels stored sideways (EXIF orientation 6), with GPS and a serial. */
async function cameraJpeg(file: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="1200"><rect width="2000" height="1200" fill="#7a4b2a"/><rect width="200" height="1200" fill="#ffffff"/></svg>`;
  await sharp(Buffer.from(svg))
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'DINGGE', Model: 'Test Camera' },
      IFD2: { BodySerialNumber: 'SN-0042-TEST' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '126/1 38/1 0/1' },
    })
    .toFile(file);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dingge-pipeline-'));
  source = path.join(dir, 'camera.jpg');
  await cameraJpeg(source);
  const exif = await exifr.parse(source, { gps: true, tiff: true, exif: true });
  // The fixture itself must carry what we strip, or the test proves nothing.
  expect(exif.latitude).toBeCloseTo(45.75);
  expect(exif.SerialNumber ?? exif.BodySerialNumber).toBe('SN-0042-TEST');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('targetWidths', () => {
  it('never upscales and always makes at least one width', () => {
    expect(targetWidths(4000, [480, 960, 1600, 2400])).toEqual([480, 960, 1600, 2400]);
    expect(targetWidths(1200, [480, 960, 1600, 2400])).toEqual([480, 960, 1200]);
    expect(targetWidths(300, [480, 960])).toEqual([300]);
  });
});

describe('processImage', () => {
  it('writes oriented, metadata-free renditions in every format', async () => {
    const cache = path.join(dir, 'cache');
    const image = await processImage(source, cache);
    expect(image.cached).toBe(false);
    expect([image.width, image.height]).toEqual([1200, 2000]);
    expect(image.renditions.avif.map((r) => r.width)).toEqual([240, 480, 960, 1200]);
    expect(image.renditions.webp.map((r) => r.width)).toEqual([240, 480, 960, 1200]);
    expect(image.renditions.jpeg.map((r) => r.width)).toEqual([1200]);
    expect(image.placeholder.length).toBeLessThan(1200);
    expect(image.color).toMatch(/^#[0-9a-f]{6}$/);

    for (const rendition of Object.values(image.renditions).flat()) {
      const file = path.join(cache, rendition.file);
      const bytes = await readFile(file);
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe({ avif: 'heif', webp: 'webp', jpg: 'jpeg' }[file.split('.').pop()!]);
      expect([meta.width, meta.height]).toEqual([rendition.width, rendition.height]);
      expect(rendition.height).toBeGreaterThan(rendition.width);
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(await exifr.parse(bytes, { gps: true, exif: true, makerNote: true }).catch(() => undefined)).toBeFalsy();
    }
    // Orientation applied: the white band that was on the left of the stored pixels is now on top.
    const { data } = await sharp(path.join(cache, image.renditions.webp[0]!.file))
      .extract({ left: 200, top: 5, width: 10, height: 10 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(230);
  });

  it('reuses the cache for the same bytes and recipe, and re-encodes when either changes', async () => {
    const cache = path.join(dir, 'cache-warm');
    const cold = await processImage(source, cache);
    const warm = await processImage(source, cache);
    expect(warm.cached).toBe(true);
    expect(warm.key).toBe(cold.key);

    const changedRecipe: RenditionRecipe = { ...renditionRecipe, avif: { ...renditionRecipe.avif, quality: 49 } };
    expect(cacheKey(await readFile(source), changedRecipe)).not.toBe(cold.key);
    const again = await processImage(source, cache, changedRecipe);
    expect(again.cached).toBe(false);
  });

  it('encodes the same bytes twice at once without clashing (one photo used in two places)', async () => {
    const cache = path.join(dir, 'cache-twice');
    const [a, b] = await Promise.all([processImage(source, cache), processImage(source, cache)]);
    expect(a.key).toBe(b.key);
    for (const r of a.renditions.webp) await expect(stat(path.join(cache, r.file))).resolves.toBeTruthy();
    const leftovers = (await readdir(path.join(cache, '_img'))).filter((name) => name.includes('.tmp-'));
    expect(leftovers).toEqual([]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /空的/],
    ['a text file named .jpg', Buffer.from('这不是图片'), /不是可识别的图片/],
  ])('refuses %s with a clear message naming the file', async (_name, bytes, message) => {
    const file = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.jpg`);
    await writeFile(file, bytes);
    const attempt = processImage(file, path.join(dir, 'cache-bad'));
    await expect(attempt).rejects.toBeInstanceOf(ImageError);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toThrow(file);
  });

  it('refuses a truncated JPEG instead of publishing a grey half', async () => {
    const whole = await readFile(source);
    const file = path.join(dir, 'truncated.jpg');
    await writeFile(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await expect(processImage(file, path.join(dir, 'cache-truncated'))).rejects.toThrow(/损坏/);
    // Nothing half-made is left in the cache for the broken file.
    await expect(stat(path.join(dir, 'cache-truncated', '_img'))).rejects.toThrow(/ENOENT/);
  });
});
