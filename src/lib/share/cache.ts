/**
 * Share images live in the image cache beside the photo renditions, as
 * `_img/<key>/<name>`, so the renditions integration publishes exactly the
 * ones a built page refers to.
 */
import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { maxInputPixels } from '../images/recipe.ts';

/** 16 hex digits of the hash of everything that decides the image: recipe, inputs, source bytes. */
export function shareKey(inputs: unknown, source: Buffer): string {
  return createHash('sha256').update(JSON.stringify(inputs)).update(source).digest('hex').slice(0, 16);
}

export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Writes `cacheRoot/_img/<key>/<name>` in one step, so an interrupted build leaves no half file. */
export async function writeCached(cacheRoot: string, key: string, name: string, pipeline: Sharp): Promise<void> {
  const folder = path.join(cacheRoot, '_img', key);
  await mkdir(folder, { recursive: true });
  // A private temporary name: the same image may be asked for twice at once (identical photos).
  const temporary = path.join(folder, `${name}.tmp-${process.pid}-${randomUUID()}`);
  await pipeline.toFile(temporary);
  await rename(temporary, path.join(folder, name));
}

/**
 * Decodes a source photo with EXIF orientation applied, as raw sRGB pixels without
 * alpha, its shorter side brought down to `shorterSide` (JPEG decodes at a fraction
 * of full size then, several times quicker: no share image needs more).
 */
export async function decodeOriented(source: Buffer, shorterSide = 1440) {
  const { data, info } = await sharp(source, { limitInputPixels: maxInputPixels })
    .rotate()
    .resize({ width: shorterSide, height: shorterSide, fit: 'outside', withoutEnlargement: true })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, info, raw: { raw: { width: info.width, height: info.height, channels: info.channels } } as const };
}
