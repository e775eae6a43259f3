/**
 * Reads a generated sample back the way the site and other tools will:
 * exifr for the EXIF (make, model, dates, credit, GPS, serial, maker note,
 * orientation) and sharp for size and orientation, then checks that applying
 * the orientation (sharp().rotate()) shows the picture upright by comparing it
 * with a small upright rendering of the same scene.
 *
 * As a command it checks every sample file that exists under the content folder:
 *   node_modules/.bin/node tools/sample-photos/verify.ts [--content content]
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import exifr from 'exifr';
import { MAKE, MODEL, CREDIT, type CameraPlan } from './camera.ts';
import type { PhotoEntry } from './render.ts';

export type Expected = {
  photo: PhotoEntry;
  plan: CameraPlan;
  scene: string;
  /** 64×64 RGB of the upright picture. */
  reference: Buffer;
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Throws with every problem found; returns a one-line summary when all is well. */
export async function verifyFile(file: string, want: Expected): Promise<string> {
  const problems: string[] = [];
  const meta = await sharp(file).metadata();
  if (meta.format !== 'jpeg') problems.push(`format ${meta.format}`);
  const orientation = meta.orientation ?? 1;
  if (orientation !== want.plan.orientation) problems.push(`sharp orientation ${orientation}, wanted ${want.plan.orientation}`);
  const swap = orientation >= 5;
  const shownW = swap ? meta.height : meta.width;
  const shownH = swap ? meta.width : meta.height;
  if (Math.max(shownW, shownH) < 4000) problems.push(`long edge ${Math.max(shownW, shownH)} < 4000`);
  const tall = shownH > shownW;
  if (tall !== (want.scene === 'portrait')) problems.push(`shown ${shownW}×${shownH}: wrong way round for a ${want.scene}`);

  const ex = await exifr.parse(file, { gps: true, tiff: true, exif: true, makerNote: true, translateValues: false });
  if (!ex) {
    problems.push('no EXIF');
  } else {
    if (ex.Make !== MAKE) problems.push(`Make ${ex.Make}`);
    if (ex.Model !== MODEL) problems.push(`Model ${ex.Model}`);
    if (ex.Artist !== CREDIT) problems.push(`Artist ${ex.Artist}`);
    if (ex.Copyright !== CREDIT) problems.push(`Copyright ${ex.Copyright}`);
    if (ex.Orientation !== want.plan.orientation) problems.push(`EXIF Orientation ${ex.Orientation}`);
    if (want.plan.dateTime) {
      const d = ex.DateTimeOriginal;
      const got = d instanceof Date ? `${d.getFullYear()}:${pad(d.getMonth() + 1)}:${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : String(d);
      if (got !== want.plan.dateTime) problems.push(`DateTimeOriginal ${got}, wanted ${want.plan.dateTime}`);
    }
    if (want.plan.gps) {
      if (typeof ex.latitude !== 'number' || Math.abs(ex.latitude - want.plan.gps.lat) > 1e-4) problems.push(`latitude ${ex.latitude}`);
      if (typeof ex.longitude !== 'number' || Math.abs(ex.longitude - want.plan.gps.lon) > 1e-4) problems.push(`longitude ${ex.longitude}`);
    } else if (ex.latitude !== undefined) {
      problems.push('unexpected GPS');
    }
    if (want.plan.serial && ex.SerialNumber !== want.plan.serial) problems.push(`serial ${ex.SerialNumber}`);
    if (want.plan.full) {
      const mn = ex.makerNote ?? ex.MakerNote;
      if (!(mn instanceof Uint8Array) || mn.length < 16 || new TextDecoder().decode(mn.subarray(0, 6)) !== 'DINGGE') problems.push('maker note missing');
    }
  }

  // upright check: after applying the orientation the picture must match the upright reference
  const shown = await sharp(file).rotate().resize(64, 64, { fit: 'fill' }).raw().toBuffer();
  let diff = 0;
  for (let i = 0; i < shown.length; i++) diff += Math.abs(shown[i]! - want.reference[i]!);
  diff /= shown.length;
  if (diff > 8) problems.push(`rotated picture differs from the upright scene (mean difference ${diff.toFixed(1)})`);

  if (problems.length) throw new Error(`${path.basename(file)}: ${problems.join('; ')}`);
  return `${path.basename(file)} ok: ${shownW}×${shownH} shown, stored ${meta.width}×${meta.height}, orientation ${orientation}, diff ${diff.toFixed(1)}`;
}

async function cli(): Promise<void> {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
  const { findPhotos } = await import('./content.ts');
  const { buildSvg } = await import('./render.ts');
  const { planCamera } = await import('./camera.ts');
  const { found } = findPhotos(path.resolve(values.content!));
  let ok = 0;
  let bad = 0;
  for (const item of found) {
    if (!fs.existsSync(item.target)) {
      console.log(`missing ${path.relative(process.cwd(), item.target)}`);
      bad++;
      continue;
    }
    // a small rendering of the same scene is the upright reference
    const { svg, scene } = buildSvg(item.photo, 320);
    const reference = await sharp(Buffer.from(svg)).flatten().removeAlpha().resize(64, 64, { fit: 'fill' }).raw().toBuffer();
    const plan = planCamera(item.photo, scene, path.basename(item.folder));
    try {
      console.log(await verifyFile(item.target, { photo: item.photo, plan, scene, reference }));
      ok++;
    } catch (error) {
      console.log(`FAIL ${(error as Error).message}`);
      bad++;
    }
  }
  console.log(`${ok} passed, ${bad} failed`);
  if (bad) process.exitCode = 1;
}

if (import.meta.main) await cli();
