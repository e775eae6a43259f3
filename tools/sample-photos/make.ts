/**
 * Sample-photo generator for 定格.
 *
 * Scans content/stories/<slug>/index.mdx and content/workers/<slug>/index.md(x),
 * and for every photo marked `sample: true` whose file is missing, paints an
 * editorial illustration of the scene its words describe, labelled 示例图片
 * SAMPLE, and writes it as a camera-like JPEG (4000 px long edge, EXIF with
 * make/model/date/credit; on some files GPS, serial, maker note and a rotated
 * orientation). Every written file is read back and checked.
 *
 *   node_modules/.bin/node tools/sample-photos/make.ts [--content content] [--force] [--only <id>]
 *   node_modules/.bin/node tools/sample-photos/make.ts --preview /tmp/previews [--width 800]
 *
 * --preview writes small PNGs (no EXIF) for looking at the scenes and never
 * touches the content folder. --list only prints which scene each photo gets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { renderPhoto, buildSvg } from './render.ts';
import { findPhotos, type Found } from './content.ts';
import { planCamera, exifFor, type CameraPlan } from './camera.ts';
import { buildTiff, spliceExif } from './exif.ts';
import { verifyFile } from './verify.ts';

const { values: args } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    force: { type: 'boolean', default: false },
    only: { type: 'string' },
    preview: { type: 'string' },
    width: { type: 'string', default: '800' },
    list: { type: 'boolean', default: false },
    quality: { type: 'string', default: '82' },
  },
});

/** Stored pixels for an orientation: rotated so that a viewer applying the tag shows the scene upright. */
const MAX_BYTES = 900 * 1024;

const STORE_ROTATION: Record<CameraPlan['orientation'], number> = { 1: 0, 3: 180, 6: 270, 8: 90 };

async function writeSample(item: Found, quality: number): Promise<{ bytes: number; plan: CameraPlan; scene: string; focus: { x: number; y: number }; ms: number }> {
  const started = Date.now();
  const { photo } = item;
  const rendered = await renderPhoto(photo);
  const plan = planCamera(photo, rendered.scene, path.basename(item.folder));
  const raw = { width: rendered.width, height: rendered.height, channels: 3 as const };
  // small upright reference, to check the written file shows the same picture once rotated
  const reference = await sharp(rendered.data, { raw }).resize(64, 64, { fit: 'fill' }).raw().toBuffer();
  const stored = sharp(rendered.data, { raw }).rotate(STORE_ROTATION[plan.orientation]);
  const { data: storedData, info } = await stored.raw().toBuffer({ resolveWithObject: true });
  const storedRaw = { width: info.width, height: info.height, channels: 3 as const };
  // quality ~82; busy scenes step down a little so every file stays under about 900 KB
  let jpeg: Buffer = Buffer.alloc(0);
  for (const q of [quality, quality - 3, quality - 6, quality - 10]) {
    jpeg = await sharp(storedData, { raw: storedRaw }).jpeg({ quality: q, chromaSubsampling: '4:2:0', optimiseCoding: true }).toBuffer();
    if (jpeg.length <= MAX_BYTES) break;
  }
  const thumb = await sharp(storedData, { raw: storedRaw })
    .resize(info.width > info.height ? 160 : 120, info.width > info.height ? 120 : 160, { fit: 'fill' })
    .jpeg({ quality: 70 })
    .toBuffer();
  const block = exifFor(photo, plan, { width: info.width, height: info.height }, thumb);
  const out = spliceExif(jpeg, buildTiff(block));
  fs.mkdirSync(path.dirname(item.target), { recursive: true });
  const tmp = `${item.target}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, out);
  try {
    await verifyFile(tmp, { photo, plan, scene: rendered.scene, reference });
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  fs.renameSync(tmp, item.target);
  return { bytes: out.length, plan, scene: rendered.scene, focus: rendered.focus, ms: Date.now() - started };
}

async function preview(items: Found[], dir: string, width: number): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const item of items) {
    const t = Date.now();
    const r = await renderPhoto(item.photo, width * (item.photo.id.endsWith('-portrait') ? 4 / 3 : 1));
    const file = path.join(dir, `${item.photo.id}.png`);
    await sharp(r.data, { raw: { width: r.width, height: r.height, channels: 3 } }).png().toFile(file);
    console.log(`${file}  ${r.scene}  focus ${r.focus.x},${r.focus.y}  ${Date.now() - t} ms`);
  }
}

async function main(): Promise<void> {
  const contentDir = path.resolve(args.content!);
  const { found, problems } = findPhotos(contentDir);
  for (const p of problems) console.warn(`! ${p}`);
  let items = found;
  if (args.only) {
    items = found.filter((f) => f.photo.id === args.only);
    if (!items.length) throw new Error(`no sample photo with id "${args.only}" under ${contentDir}`);
  }
  if (args.list) {
    for (const it of items) {
      const { scene, frame, focus } = buildSvg(it.photo, 400);
      const plan = planCamera(it.photo, scene, path.basename(it.folder));
      console.log(
        `${it.photo.id.padEnd(44)} ${scene.padEnd(12)} ${frame.width > frame.height ? 'landscape' : 'portrait '} o=${plan.orientation} gps=${plan.gps ? plan.gps.name : '-'} serial=${plan.serial ?? '-'} focus=${focus.x},${focus.y}`,
      );
    }
    return;
  }
  if (args.preview) {
    await preview(items, path.resolve(args.preview), Number(args.width));
    return;
  }
  const todo = items.filter((it) => args.force || args.only || !fs.existsSync(it.target));
  console.log(`${found.length} sample photos declared under ${path.relative(process.cwd(), contentDir) || '.'}; ${todo.length} to generate`);
  const started = Date.now();
  const sizes: number[] = [];
  const failed: string[] = [];
  const tally = { gps: [] as string[], serial: [] as string[], rotated: [] as string[] };
  for (const [n, item] of todo.entries()) {
    const rel = path.relative(process.cwd(), item.target);
    try {
      const r = await writeSample(item, Number(args.quality));
      sizes.push(r.bytes);
      if (r.plan.gps) tally.gps.push(item.photo.id);
      if (r.plan.serial) tally.serial.push(item.photo.id);
      if (r.plan.orientation !== 1) tally.rotated.push(`${item.photo.id} (${r.plan.orientation})`);
      const extras = [r.plan.gps ? `gps ${r.plan.gps.name}` : '', r.plan.serial ? 'serial+makernote' : '', r.plan.orientation !== 1 ? `orientation ${r.plan.orientation}` : '']
        .filter(Boolean)
        .join(', ');
      console.log(
        `[${n + 1}/${todo.length}] ${rel}  ${r.scene}  ${(r.bytes / 1024).toFixed(0)} KB  ${(r.ms / 1000).toFixed(1)} s  focus ${r.focus.x},${r.focus.y}${extras ? `  (${extras})` : ''}`,
      );
    } catch (error) {
      failed.push(item.photo.id);
      console.error(`[${n + 1}/${todo.length}] ${rel}  FAILED: ${(error as Error).message}`);
    }
  }
  const secs = (Date.now() - started) / 1000;
  console.log('');
  console.log(`generated ${sizes.length} of ${todo.length} in ${secs.toFixed(1)} s${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}`);
  if (sizes.length) {
    console.log(`sizes ${(Math.min(...sizes) / 1024).toFixed(0)}–${(Math.max(...sizes) / 1024).toFixed(0)} KB, total ${(sizes.reduce((a, b) => a + b, 0) / 1048576).toFixed(1)} MB`);
    console.log(`GPS (${tally.gps.length}): ${tally.gps.join(', ') || '-'}`);
    console.log(`serial + maker note (${tally.serial.length}): ${tally.serial.join(', ') || '-'}`);
    console.log(`rotated (${tally.rotated.length}): ${tally.rotated.join(', ') || '-'}`);
  }
  if (failed.length || problems.length) process.exitCode = 1;
}

await main();
