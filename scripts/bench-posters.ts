/**
 * Poster and link-preview JPEG settings, side by side: `node scripts/bench-posters.ts [--photos N]`
 *
 * Draws the real share posters (1080×1440 and the 720 px copy) and link-preview
 * crops (1200×630) of the sample site's first N published photos, then encodes
 * each with every candidate setting, one at a time on one core, and prints
 * milliseconds per file, bytes and SSIM against the lossless drawing (1 = identical).
 * SSIM is taken at full size, where the poster's small print shows any smearing.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp, { type JpegOptions } from 'sharp';
import { loadContent } from '../src/lib/content/load.ts';
import { buildSiteModel } from '../src/lib/content/model.ts';
import { diskRules } from '../src/lib/content/rules.ts';
import { decodableSource, decodeOriented } from '../src/lib/images/decode.ts';
import { focusCrop } from '../src/lib/share/crop.ts';
import { loadFonts } from '../src/lib/share/fonts.ts';
import { renderPoster } from '../src/lib/share/poster.ts';
import { photoPosterContent } from '../src/lib/share/poster-content.ts';
import { ssim } from './lib/ssim.ts';
import { readFile } from 'node:fs/promises';
import os from 'node:os';

const { values } = parseArgs({ options: { photos: { type: 'string', default: '12' } } });
sharp.concurrency(1);

const candidates: [string, JpegOptions][] = [
  ['mozjpeg q84 (posters until now)', { quality: 84, mozjpeg: true }],
  ['mozjpeg q80 (link previews until now)', { quality: 80, mozjpeg: true }],
  ['libjpeg-turbo q84, baseline', { quality: 84 }],
  ['libjpeg-turbo q84, progressive, optimised Huffman', { quality: 84, progressive: true, optimiseCoding: true }],
  ['libjpeg-turbo q84, progressive, quant table 3', { quality: 84, progressive: true, optimiseCoding: true, quantisationTable: 3 }],
  ['libjpeg-turbo q80, progressive, quant table 3', { quality: 80, progressive: true, optimiseCoding: true, quantisationTable: 3 }],
  ['libjpeg-turbo q78, progressive, quant table 3', { quality: 78, progressive: true, optimiseCoding: true, quantisationTable: 3 }],
  ['libjpeg-turbo q76, progressive, quant table 3', { quality: 76, progressive: true, optimiseCoding: true, quantisationTable: 3 }],
  [
    'mozjpeg q84 without trellis',
    { quality: 84, progressive: true, optimiseCoding: true, quantisationTable: 3, optimiseScans: true, overshootDeringing: true },
  ],
];

const root = process.cwd();
const content = loadContent('content', root);
const site = buildSiteModel(content.stories, content.workers, diskRules(root));
const fonts = loadFonts(path.resolve(import.meta.dirname, '../assets/fonts'));
const photos = site.photos.slice(0, Number(values.photos));

type Raw = { data: Buffer; width: number; height: number };
const drawings: Record<'poster' | 'poster720' | 'preview', Raw[]> = { poster: [], poster720: [], preview: [] };
for (const photo of photos) {
  const source = await decodableSource(photo.source, await readFile(photo.source), path.join(os.tmpdir(), 'dingge-bench-posters'));
  const content = photoPosterContent(photo, `https://dingge.example/photos/${photo.id}/`);
  const poster = await (await renderPoster(source, photo.focus, content, fonts)).raw().toBuffer({ resolveWithObject: true });
  drawings.poster.push({ data: poster.data, width: poster.info.width, height: poster.info.height });
  const small = await sharp(poster.data, { raw: { width: poster.info.width, height: poster.info.height, channels: 3 } })
    .resize(720)
    .raw()
    .toBuffer({ resolveWithObject: true });
  drawings.poster720.push({ data: small.data, width: small.info.width, height: small.info.height });
  const { data, info, raw } = await decodeOriented(source);
  const region = focusCrop(info.width, info.height, 1200 / 630, photo.focus);
  const crop = await sharp(data, raw).extract(region).resize(1200, 630).raw().toBuffer({ resolveWithObject: true });
  drawings.preview.push({ data: crop.data, width: crop.info.width, height: crop.info.height });
}

const png = (r: Raw) =>
  sharp(r.data, { raw: { width: r.width, height: r.height, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toBuffer();

console.log(`${photos.length} photos of the sample site, one core, ${new Date().toISOString().slice(0, 10)}\n`);
for (const [kind, list] of Object.entries(drawings)) {
  const references = await Promise.all(list.map(png));
  console.log(`| ${kind} (${list[0]!.width}×${list[0]!.height}) | ms per file | KiB per file | SSIM |`);
  console.log('| --- | --- | --- | --- |');
  for (const [name, options] of candidates) {
    let ms = 0;
    let bytes = 0;
    let score = 0;
    for (const [i, r] of list.entries()) {
      const started = performance.now();
      const out = await sharp(r.data, { raw: { width: r.width, height: r.height, channels: 3 } })
        .jpeg(options)
        .toBuffer();
      ms += performance.now() - started;
      bytes += out.length;
      score += await ssim(references[i]!, out, r.width);
    }
    const n = list.length;
    console.log(`| ${name} | ${(ms / n).toFixed(1)} | ${(bytes / n / 1024).toFixed(1)} | ${(score / n).toFixed(4)} |`);
  }
  console.log();
}
