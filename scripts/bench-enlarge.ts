/**
 * Which kernel to enlarge with, when a share image's photo band is wider than
 * the source region it shows: `node scripts/bench-enlarge.ts [--photos N]`.
 *
 * Takes the sample site's photos, reduces each to a small stand-in (a third and
 * a tenth of the poster's width, as a forwarded chat image or an archive scan
 * would be), enlarges it back to 1080 px with each kernel, one at a time on one
 * core, and prints milliseconds per enlargement and SSIM against the photo
 * reduced straight to 1080 px: how close each kernel gets to what a big source
 * would have shown.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp, { type KernelEnum } from 'sharp';
import { ssim } from './lib/ssim.ts';

const { values } = parseArgs({ options: { photos: { type: 'string', default: '12' } } });
sharp.concurrency(1);

const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.jpg'))
  .sort()
  .slice(0, Number(values.photos))
  .map((f) => path.join('content', f));
const kernels: (keyof KernelEnum)[] = ['lanczos3', 'lanczos2', 'mitchell', 'cubic', 'linear', 'nearest'];
const width = 1080;

for (const smallWidth of [360, 108]) {
  const ms = new Map<string, number>();
  const scores = new Map<string, number>();
  for (const file of files) {
    const reference = await sharp(file).rotate().resize({ width }).png().toBuffer();
    const small = await sharp(file).rotate().resize({ width: smallWidth }).raw().toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: small.info.width, height: small.info.height, channels: small.info.channels } } as const;
    for (const kernel of kernels) {
      const started = performance.now();
      const enlarged = await sharp(small.data, raw).resize({ width, kernel }).raw().toBuffer({ resolveWithObject: true });
      ms.set(kernel, (ms.get(kernel) ?? 0) + performance.now() - started);
      const png = await sharp(enlarged.data, { raw: { ...enlarged.info } })
        .png()
        .toBuffer();
      scores.set(kernel, (scores.get(kernel) ?? 0) + (await ssim(reference, png, width)));
    }
  }
  console.log(`\n| ${smallWidth} px → ${width} px | ms per enlargement | SSIM |\n| --- | --- | --- |`);
  for (const kernel of kernels)
    console.log(`| ${kernel} | ${(ms.get(kernel)! / files.length).toFixed(1)} | ${(scores.get(kernel)! / files.length).toFixed(4)} |`);
}
