import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { distDir, distFiles } from '../support/site';

/** Renditions: `<width>.<ext>`. Clean originals for download: ASCII pinyin names (see src/lib/download-name.ts). */
const renditionName = /^_img\/[0-9a-f]{16}\/\d+\.(?:avif|webp|jpg)$/;
const originalName = /^_img\/[0-9a-f]{16}\/[a-z0-9]+(?:-[a-z0-9]+)*\.jpg$/;
/** Link-preview crops and share posters (src/lib/share/): made at build, no metadata. */
const shareImageName = /^_img\/[0-9a-f]{16}\/(?:og|poster|poster-\d+)\.jpg$/;

/**
 * Reads every image in dist/ back: none may carry GPS, a serial number, maker notes,
 * the camera's make and model, or any EXIF. Renditions carry no metadata at all;
 * downloadable originals carry only the credit and rights, in XMP.
 */
test('published images carry no location, serial number or maker notes', async () => {
  const images = distFiles().filter((f) => /\.(?:jpe?g|png|webp|avif|tiff?|heic)$/i.test(f));
  expect(images.length).toBeGreaterThan(100);
  expect(images.filter((f) => originalName.test(f) && !renditionName.test(f) && !shareImageName.test(f)).length).toBeGreaterThan(10);
  const leaks: string[] = [];
  for (const file of images) {
    const bytes = readFileSync(path.join(distDir, file));
    const meta = await sharp(bytes).metadata();
    if (meta.exif) leaks.push(`${file}: EXIF`);
    const tags = await exifr.parse(bytes, { gps: true, exif: true, tiff: true, makerNote: true, xmp: true }).catch(() => undefined);
    if (
      tags &&
      (tags.latitude !== undefined ||
        tags.GPSLatitude ||
        tags.SerialNumber ||
        tags.BodySerialNumber ||
        tags.MakerNote ||
        tags.makerNote ||
        tags.Make ||
        tags.Model)
    ) {
      leaks.push(`${file}: ${Object.keys(tags).join(',')}`);
    }
    if (renditionName.test(file) && meta.xmp) leaks.push(`${file}: XMP in a rendition`);
    if (!renditionName.test(file) && !shareImageName.test(file) && originalName.test(file) && !tags?.creator)
      leaks.push(`${file}: original without its credit`);
  }
  expect(leaks).toEqual([]);
});

test('no original upload is copied into dist/', async () => {
  // Anything under _img/ is a rendition or a clean original; nothing else, and nothing byte-for-byte from content/.
  const stray = distFiles().filter((f) => /\.(?:jpe?g|png|webp|avif)$/i.test(f) && !renditionName.test(f) && !originalName.test(f));
  expect(stray).toEqual([]);
  const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const uploads = new Set(
    distFiles(path.resolve('content'))
      .filter((f) => /\.(?:jpe?g|png|webp|avif|tiff?|heic)$/i.test(f))
      .map((f) => digest(path.resolve('content', f))),
  );
  expect(uploads.size).toBeGreaterThan(10);
  const copies = distFiles().filter((f) => /\.(?:jpe?g|png|webp|avif|tiff?|heic)$/i.test(f) && uploads.has(digest(path.join(distDir, f))));
  expect(copies).toEqual([]);
});
