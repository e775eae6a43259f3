import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import decodeHeic from 'heic-decode';
import sharp, { type SharpOptions } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreadableImage } from '../../src/lib/image-check';
import { writeCleanOriginal } from '../../src/lib/images/original';
import { ImageError, processImage, type ProcessedImage } from '../../src/lib/images/pipeline';
import { privateMetadata } from '../../src/lib/privacy';
import { loadFonts } from '../../src/lib/share/fonts';
import { makePoster } from '../../src/lib/share/poster';
import { makePreviewImage } from '../../src/lib/share/preview-image';

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
    ['truncated.heic', /已损坏/],
    ['sequence.heic', /图像序列.*导出为 JPEG/],
  ])('%s', async (name, reason) => {
    const attempt = processImage(fixture(name), cache);
    await expect(attempt).rejects.toBeInstanceOf(ImageError);
    await expect(attempt).rejects.toThrow(reason);
    await expect(attempt).rejects.toThrow(fixture(name));
    // npm run check says what the build says.
    const error = await attempt.catch((e: ImageError) => e);
    expect(await unreadableImage(fixture(name), cache)).toBe((error as ImageError).reason);
  });

  it('calls a file damaged only when it is: an image sequence is not', async () => {
    expect(await unreadableImage(fixture('sequence.heic'), cache)).not.toMatch(/损坏/);
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

describe('an iPhone HEIC (HEVC, irot plus EXIF orientation 6, GPS, Display P3) builds like a JPEG', () => {
  const heic = fixture('iphone.heic');
  const uprightSize = [320, 480];
  const blue = [0x3a, 0x6b, 0x8c];
  const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));
  const isRed = ([r, g, b]: number[]) => r! > 170 && g! + b! < 130;

  it('is the fixture it claims to be', async () => {
    const meta = await sharp(heic).metadata();
    expect([meta.format, meta.compression]).toEqual(['heif', 'hevc']);
    // exifr misreads libheif's item locations (base offsets), so read the EXIF block sharp hands over, as privacy.ts does.
    const tags = await exifr.parse(meta.exif!, { gps: true, tiff: true, exif: true, translateValues: false });
    expect(tags.Orientation).toBe(6);
    expect(tags.latitude).toBeCloseTo(45.75);
    expect(tags.BodySerialNumber ?? tags.SerialNumber).toBe('SN-HEIC-0042');
    // sharp itself cannot decode it: the reason for heic-decode.
    await expect(sharp(heic).raw().toBuffer()).rejects.toThrow();
  });

  it('makes upright, sRGB, metadata-free renditions', async () => {
    const image = await processImage(heic, cache);
    expect([image.width, image.height]).toEqual(uprightSize);
    for (const file of Object.values(image.renditions)
      .flat()
      .map((r) => path.join(cache, r.file))) {
      const bytes = await readFile(file);
      const meta = await sharp(bytes).metadata();
      expect(meta.height! > meta.width!, file).toBe(true);
      expect(meta.orientation ?? 1).toBe(1);
      expect(meta.space).toBe('srgb');
      expect(await privateMetadata(bytes), file).toEqual([]);
      expect(isRed(await meanColour(file, redBlock)), file).toBe(true);
    }
    // Display P3 converted to sRGB: the disc is the scene's #f2c14e, nearer than the stored numbers are.
    const out = await meanColour(rendition(image), { x: 0.66, y: 0.56, w: 0.08, h: 0.08 });
    const { width, height, data } = await decodeHeic({ buffer: await readFile(heic) });
    const at = 4 * (Math.round(0.6 * height) * width + Math.round(0.7 * width));
    const stored = [data[at]!, data[at + 1]!, data[at + 2]!];
    const yellow = [0xf2, 0xc1, 0x4e];
    expect(distance(out, yellow)).toBeLessThan(10);
    expect(distance(stored, yellow)).toBeGreaterThan(distance(out, yellow));
  });

  it('makes an upright clean original as JPEG without GPS or serial number', async () => {
    const original = await writeCleanOriginal(heic, cache, {
      name: 'iphone-2025-10.jpg',
      metadata: { credit: '本报记者 芦男 摄', caption: '说明', sample: false, pageUrl: 'https://dingge.example/photos/x/' },
    });
    expect([original.width, original.height]).toEqual(uprightSize);
    const bytes = await readFile(path.join(cache, original.file));
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height, meta.orientation ?? 1]).toEqual(['jpeg', ...uprightSize, 1]);
    expect(await privateMetadata(bytes)).toEqual([]);
    const tags = await exifr.parse(bytes, { gps: true, tiff: true, exif: true, xmp: true, icc: true, mergeOutput: true });
    expect(tags.ProfileDescription).toBe('sRGB');
    expect(tags.Make).toBeUndefined();
    expect(isRed(await meanColour(path.join(cache, original.file), redBlock))).toBe(true);
  });

  it('makes an upright link preview and poster without GPS or serial number', async () => {
    const preview = await makePreviewImage(heic, { x: 0.5, y: 0 }, cache);
    const previewFile = path.join(cache, preview.file);
    expect(await privateMetadata(await readFile(previewFile))).toEqual([]);
    // Cropped from the top of the upright picture: red block top-left, blue top-right.
    expect(isRed(await meanColour(previewFile, { x: 0.05, y: 0.1, w: 0.1, h: 0.1 }))).toBe(true);
    expect(distance(await meanColour(previewFile, { x: 0.85, y: 0.1, w: 0.1, h: 0.1 }), blue)).toBeLessThan(20);

    const content = {
      heading: '迟秀峰',
      subheading: '列检员',
      body: '说明。',
      quote: false,
      credit: '本报记者 芦男 摄',
      sample: false,
      url: 'https://dingge.example/x/',
    };
    const poster = await makePoster(heic, { x: 0.5, y: 0 }, content, loadFonts(path.resolve('assets/fonts')), cache);
    for (const file of [poster.file, poster.preview.file].map((f) => path.join(cache, f))) {
      expect(await privateMetadata(await readFile(file))).toEqual([]);
      // The photo fills the poster's top, its upright top-left corner first.
      expect(isRed(await meanColour(file, { x: 0.03, y: 0.02, w: 0.05, h: 0.03 })), file).toBe(true);
    }
  });

  it('decodes the HEIC once, into the store, for all of them', async () => {
    const decoded = [];
    for (const key of await readdir(path.join(cache, '_img'))) {
      if ((await readdir(path.join(cache, '_img', key))).includes('decoded.png')) decoded.push(key);
    }
    expect(decoded).toHaveLength(1);
    expect(await unreadableImage(heic, cache)).toBeUndefined();
  });
});
