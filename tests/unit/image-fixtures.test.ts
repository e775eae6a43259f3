import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import sharp, { type SharpOptions } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageError, processImage, type ProcessedImage } from '../../src/lib/images/pipeline';

const fixtures = path.resolve('tests/fixtures/images');
let cache: string;
beforeAll(async () => {
  cache = await mkdtemp(path.join(os.tmpdir(), 'dingge-fixtures-'));
});
afterAll(() => rm(cache, { recursive: true, force: true }));

const fixture = (name: string) => path.join(fixtures, name);
const rendition = (image: ProcessedImage, format: 'avif' | 'webp' | 'jpeg' = 'webp') => path.join(cache, image.renditions[format][0]!.file);

/** Mean RGB of a region given as fractions of the image. */
async function meanColour(file: string, box: { x: number; y: number; w: number; h: number }, options: SharpOptions = {}) {
  const { info } = await sharp(file, options).toBuffer({ resolveWithObject: true });
  const region = {
    left: Math.floor(box.x * info.width),
    top: Math.floor(box.y * info.height),
    width: Math.max(1, Math.floor(box.w * info.width)),
    height: Math.max(1, Math.floor(box.h * info.height)),
  };
  const { data, info: out } = await sharp(file, options).extract(region).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += out.channels) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
  return sum.map((s) => s / (data.length / out.channels));
}
const redBlock = { x: 0.05, y: 0.05, w: 0.12, h: 0.12 };
const yellowDisc = { x: 0.66, y: 0.56, w: 0.08, h: 0.08 };

describe('broken images are refused with a message naming the file', () => {
  it.each([
    ['truncated.jpg', /已损坏/],
    ['text-named.jpg', /不是可识别的图片/],
    ['empty.jpg', /空的/],
    ['bomb.png', /30000×30000.*解压炸弹/],
  ])('%s', async (name, reason) => {
    const attempt = processImage(fixture(name), cache);
    await expect(attempt).rejects.toBeInstanceOf(ImageError);
    await expect(attempt).rejects.toThrow(reason);
    await expect(attempt).rejects.toThrow(fixture(name));
  });

  it('leaves nothing in the cache for refused files', async () => {
    const entries = await readdir(path.join(cache, '_img')).catch(() => []);
    expect(entries.filter((e) => e.includes('.tmp-'))).toEqual([]);
  });
});

describe('valid but unusual images are handled right', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('EXIF orientation %i is applied and dropped', async (orientation) => {
    const image = await processImage(fixture(`orientation-${orientation}.jpg`), cache);
    expect([image.width, image.height]).toEqual([240, 160]);
    const file = rendition(image);
    const meta = await sharp(file).metadata();
    expect(meta.orientation ?? 1).toBe(1);
    expect(await exifr.parse(file, { gps: true }).catch(() => undefined)).toBeFalsy();
    const [r, g, b] = await meanColour(file, redBlock);
    expect(r).toBeGreaterThan(180);
    expect(g! + b!).toBeLessThan(120);
  });

  it('converts CMYK to sRGB', async () => {
    const image = await processImage(fixture('cmyk.jpg'), cache);
    for (const format of ['avif', 'webp', 'jpeg'] as const) {
      const meta = await sharp(rendition(image, format)).metadata();
      expect(meta.space).toBe('srgb');
      expect(meta.channels).toBe(3);
    }
    const [r, g, b] = await meanColour(rendition(image), redBlock);
    expect(r).toBeGreaterThan(150);
    expect(g! + b!).toBeLessThan(150);
  });

  it('reduces 16-bit PNG to 8 bits per channel', async () => {
    const image = await processImage(fixture('16bit.png'), cache);
    for (const format of ['avif', 'webp', 'jpeg'] as const) {
      expect((await sharp(rendition(image, format)).metadata()).depth).toBe('uchar');
    }
  });

  it('keeps transparency in AVIF and WebP and flattens the JPEG onto white', async () => {
    const image = await processImage(fixture('transparent.png'), cache);
    expect((await sharp(rendition(image, 'webp')).metadata()).hasAlpha).toBe(true);
    expect((await sharp(rendition(image, 'avif')).metadata()).hasAlpha).toBe(true);
    const jpeg = rendition(image, 'jpeg');
    expect((await sharp(jpeg).metadata()).hasAlpha).toBe(false);
    // 50 % blue-grey over white comes out lighter than the opaque original.
    const [r] = await meanColour(jpeg, { x: 0.5, y: 0.1, w: 0.1, h: 0.1 });
    expect(r).toBeGreaterThan(120);
  });

  it('converts a Display P3 file to sRGB colours, not just relabelling its numbers', async () => {
    const p3 = await processImage(fixture('display-p3.jpg'), cache);
    const srgb = await processImage(fixture('valid.jpg'), cache);
    const p3Out = await meanColour(rendition(p3), yellowDisc);
    const srgbOut = await meanColour(rendition(srgb), yellowDisc);
    // The numbers as stored, without colour management.
    const p3Raw = await meanColour(fixture('display-p3.jpg'), yellowDisc, { ignoreIcc: true });
    const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));
    // The stored P3 numbers differ from sRGB; after conversion the colours agree.
    expect(distance(p3Raw, srgbOut)).toBeGreaterThan(distance(p3Out, srgbOut));
    expect(distance(p3Out, srgbOut)).toBeLessThan(8);
    expect((await sharp(rendition(p3)).metadata()).icc).toBeUndefined();
  });
});
