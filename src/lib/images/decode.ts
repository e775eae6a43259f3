/**
 * Reading source photos into pixels, shared by the renditions, the clean
 * originals and the share images.
 */
import sharp from 'sharp';
import { maxInputPixels } from './recipe.ts';

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
