/**
 * Encoder settings experiment: `node scripts/bench-encoders.ts [photo …]`
 * For each photo, encodes a 1600 px rendition with candidate AVIF, WebP and JPEG
 * settings and prints seconds, bytes and SSIM against the source, so settings
 * are chosen from measurements. Defaults to three of ../shared/photos.
 */
import sharp, { type Sharp } from 'sharp';
import { ssim } from './lib/ssim.ts';

const photos = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['../shared/photos/05-eveningglow.jpg', '../shared/photos/13-kleiber.jpg', '../shared/photos/20-raindrops.jpg'];
const width = 1600;
const candidates: [string, (s: Sharp) => Sharp][] = [
  ['avif q50 e4 (sharp default)', (s) => s.avif({ quality: 50, effort: 4 })],
  ['avif q50 e2', (s) => s.avif({ quality: 50, effort: 2 })],
  ['avif q45 e2', (s) => s.avif({ quality: 45, effort: 2 })],
  ['avif q50 e1', (s) => s.avif({ quality: 50, effort: 1 })],
  ['avif q50 e0', (s) => s.avif({ quality: 50, effort: 0 })],
  ['avif q46 e0', (s) => s.avif({ quality: 46, effort: 0 })],
  ['avif q46 e1', (s) => s.avif({ quality: 46, effort: 1 })],
  ['avif q47 e2', (s) => s.avif({ quality: 47, effort: 2 })],
  ['avif q52 e3', (s) => s.avif({ quality: 52, effort: 3 })],
  ['webp q80 e4 (sharp default)', (s) => s.webp({ quality: 80 })],
  ['webp q76 e4 smart', (s) => s.webp({ quality: 76, effort: 4, smartSubsample: true })],
  ['webp q76 e2', (s) => s.webp({ quality: 76, effort: 2 })],
  ['jpeg q80 mozjpeg', (s) => s.jpeg({ quality: 80, mozjpeg: true })],
];

const totals = new Map<string, { seconds: number; bytes: number; ssim: number }>();
for (const photo of photos) {
  const { data, info } = await sharp(photo).rotate().resize({ width }).raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  for (const [name, encode] of candidates) {
    const started = performance.now();
    const out = await encode(sharp(data, raw)).toBuffer();
    const seconds = (performance.now() - started) / 1000;
    const score = await ssim(photo, out, 960);
    const t = totals.get(name) ?? { seconds: 0, bytes: 0, ssim: 0 };
    totals.set(name, { seconds: t.seconds + seconds, bytes: t.bytes + out.length, ssim: t.ssim + score / photos.length });
  }
}
console.log(`| settings (${width} px, ${photos.length} photos) | seconds | KiB | SSIM |`);
console.log('| --- | --- | --- | --- |');
for (const [name, t] of totals)
  console.log(`| ${name} | ${t.seconds.toFixed(2)} | ${(t.bytes / 1024).toFixed(0)} | ${t.ssim.toFixed(4)} |`);
