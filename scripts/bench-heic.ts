/**
 * What an iPhone HEIC costs the build against a JPEG of the same pixels:
 *   node scripts/bench-heic.ts [--photo content/…/x.jpg] [--runs 3]
 * Makes a 4032×3024 (12 MP, iPhone-sized) scene from a sample photo, saved once
 * as JPEG (quality 90) and once as HEVC HEIC with `heif-enc` (Debian:
 * libheif-examples), then times each cold, in fresh caches, alternating:
 * the HEIC decode into the store alone, then the whole renditions run
 * (decode + every rendition). Prints a Markdown table.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { decodableSource } from '../src/lib/images/decode.ts';
import { processImage } from '../src/lib/images/pipeline.ts';

const { values } = parseArgs({
  options: {
    photo: { type: 'string', default: 'content/stories/baotou-kuaidi-xiaoketang/baotou-kuaidi-xiaoketang-anjian.jpg' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
const work = await mkdtemp(path.join(os.tmpdir(), 'dingge-bench-heic-'));
const jpeg = path.join(work, 'photo.jpg');
const heic = path.join(work, 'photo.heic');
await sharp(values.photo).resize(4032, 3024, { fit: 'cover' }).jpeg({ quality: 90 }).toFile(jpeg);
execFileSync('heif-enc', ['-q', '60', '-o', heic, jpeg]);

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timings = { jpegCold: [] as number[], heicDecode: [] as number[], heicCold: [] as number[] };
let decodedBytes = 0;
for (let run = 0; run < runs; run++) {
  for (const source of [jpeg, heic]) {
    const cache = await mkdtemp(path.join(work, 'cache-'));
    if (source === heic) {
      const start = process.hrtime.bigint();
      decodedBytes = (await decodableSource(heic, await readFile(heic), cache)).length;
      timings.heicDecode.push(seconds(start));
      await rm(cache, { recursive: true, force: true });
      await mkdir(cache);
    }
    const start = process.hrtime.bigint();
    await processImage(source, cache);
    (source === jpeg ? timings.jpegCold : timings.heicCold).push(seconds(start));
    await rm(cache, { recursive: true, force: true });
  }
}

const kb = async (file: string) => `${Math.round((await stat(file)).size / 1024)} KB`;
const row = (...cells: string[]) => `| ${cells.join(' | ')} |`;
console.log(`4032×3024, ${runs} runs each, median seconds, ${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim()})\n`);
console.log(row('source', 'file', 'HEIC decode (heic-decode → PNG in the store)', 'cold: decode + renditions'));
console.log(row('---', '---:', '---:', '---:'));
console.log(row('JPEG q90', await kb(jpeg), '–', median(timings.jpegCold).toFixed(2)));
console.log(row('HEIC (HEVC) q60', await kb(heic), median(timings.heicDecode).toFixed(2), median(timings.heicCold).toFixed(2)));
console.log(
  `\nDecoded PNG kept in the store: ${Math.round(decodedBytes / 1024 / 1024)} MB; warm builds and the original, preview and poster reuse it.`,
);
await rm(work, { recursive: true, force: true });
