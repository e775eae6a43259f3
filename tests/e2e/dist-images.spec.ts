import { readFileSync } from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { distDir, distFiles } from '../support/site';

/** Reads every image in dist/ back: none may carry GPS, a serial number, maker notes or any EXIF. */
test('published images carry no location, serial number or maker notes', async () => {
  const images = distFiles().filter((f) => /\.(?:jpe?g|png|webp|avif|tiff?|heic)$/i.test(f));
  expect(images.length).toBeGreaterThan(100);
  const leaks: string[] = [];
  for (const file of images) {
    const bytes = readFileSync(path.join(distDir, file));
    const meta = await sharp(bytes).metadata();
    if (meta.exif) leaks.push(`${file}: EXIF`);
    const tags = await exifr.parse(bytes, { gps: true, exif: true, tiff: true, makerNote: true, xmp: true }).catch(() => undefined);
    if (tags && (tags.latitude !== undefined || tags.GPSLatitude || tags.SerialNumber || tags.BodySerialNumber || tags.MakerNote)) {
      leaks.push(`${file}: ${Object.keys(tags).join(',')}`);
    }
  }
  expect(leaks).toEqual([]);
});

test('no original upload is copied into dist/', async () => {
  // Renditions are named <width>.<ext> inside a hash folder; anything else under _img/ is a leak.
  const stray = distFiles().filter((f) => /\.(?:jpe?g|png|webp|avif)$/i.test(f) && !/^_img\/[0-9a-f]{16}\/\d+\.(?:avif|webp|jpg)$/.test(f));
  expect(stray).toEqual([]);
});
