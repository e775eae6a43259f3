import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { damagedMessage, decodableSource, ImageError } from './decode.ts';
import { maxInputPixels, renditionRecipe, type RenditionRecipe } from './recipe.ts';
import { readManifest, storeFile, storeKey, writeEntry } from './store.ts';

export type ImageFormat = 'avif' | 'webp' | 'jpeg';

export interface Rendition {
  width: number;
  height: number;
  /** Path relative to the cache root and to `dist/`: `_img/<key>/<width>.<ext>`. */
  file: string;
  bytes: number;
}

export interface ProcessedImage {
  /** Hash of the source bytes and the recipe. */
  key: string;
  /** Size after EXIF orientation is applied. */
  width: number;
  height: number;
  /** Dominant colour, `#rrggbb`, shown before anything loads. */
  color: string;
  /** A tiny blurred preview as a data URI (a few hundred bytes). */
  placeholder: string;
  renditions: Record<ImageFormat, Rendition[]>;
}

export { damagedMessage, headerProblem, ImageError } from './decode.ts';

const extension: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

export function cacheKey(source: Buffer, recipe: RenditionRecipe = renditionRecipe): string {
  return storeKey(recipe, source);
}

/** The file in a renditions entry that lists the others; written last, so its presence means the entry is whole. */
export const manifestName = 'manifest.json';

/** Widths to make for a source `sourceWidth` wide: the recipe's, capped at the source, at least one. */
export function targetWidths(sourceWidth: number, widths: readonly number[]): number[] {
  const fitting = widths.filter((w) => w < sourceWidth);
  return [...fitting, Math.min(sourceWidth, widths.at(-1)!)].filter((w, i, all) => all.indexOf(w) === i);
}

/**
 * Reads one source image and writes its renditions into `cacheRoot/_img/<key>/`,
 * unless a manifest for the same bytes and recipe is already there.
 * Published files carry no metadata: sharp drops EXIF (GPS, serials, maker notes)
 * and ICC unless asked to keep them, and converts to sRGB.
 */
export async function processImage(
  sourcePath: string,
  cacheRoot: string,
  recipe: RenditionRecipe = renditionRecipe,
): Promise<ProcessedImage & { cached: boolean }> {
  const source = await readFile(sourcePath).catch(() => {
    throw new ImageError(sourcePath, '找不到或无法读取照片文件');
  });
  const key = cacheKey(source, recipe);
  const cached = await readManifest<ProcessedImage>(cacheRoot, key, manifestName);
  if (cached) return { ...cached, cached: true };

  const decoded = await decode(sourcePath, source, cacheRoot);
  const { data, info } = decoded;
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;

  const manifest = await writeEntry(cacheRoot, key, [manifestName], async (work) => {
    const encode = async (format: ImageFormat, width: number): Promise<Rendition> => {
      const name = `${width}.${extension[format]}`;
      let pipeline = sharp(data, raw).resize({ width });
      if (format === 'avif') {
        const effort = width >= recipe.avifLarge.fromWidth ? recipe.avifLarge.effort : recipe.avif.effort;
        pipeline = pipeline.avif({ ...recipe.avif, effort });
      } else if (format === 'webp') pipeline = pipeline.webp(recipe.webp);
      else pipeline = pipeline.flatten({ background: '#ffffff' }).jpeg(recipe.jpeg);
      const out = await pipeline.toFile(path.join(work, name));
      return { width: out.width, height: out.height, file: storeFile(key, name), bytes: out.size };
    };

    const widths = targetWidths(info.width, recipe.widths);
    const jpegWidth = Math.min(info.width, recipe.jpeg.width);
    const [avif, webp, jpeg] = await Promise.all([
      Promise.all(widths.map((w) => encode('avif', w))),
      Promise.all(widths.map((w) => encode('webp', w))),
      Promise.all([encode('jpeg', jpegWidth)]),
    ]);
    const tiny = await sharp(data, raw)
      .resize({ width: recipe.placeholderWidth })
      .webp({ quality: 40 })
      .toBuffer({ resolveWithObject: true });
    const { dominant } = await sharp(data, raw).stats();
    const manifest: ProcessedImage = {
      key,
      width: info.width,
      height: info.height,
      color: '#' + [dominant.r, dominant.g, dominant.b].map((c) => c.toString(16).padStart(2, '0')).join(''),
      placeholder: blurredPlaceholder(tiny.data, tiny.info.width, tiny.info.height),
      renditions: { avif, webp, jpeg },
    };
    await writeFile(path.join(work, manifestName), JSON.stringify(manifest));
    return manifest;
  });
  return { ...manifest, cached: false };
}

/** Decodes, applies EXIF orientation and converts to sRGB, refusing broken or oversized files. */
async function decode(sourcePath: string, source: Buffer, cacheRoot: string) {
  const decodable = await decodableSource(sourcePath, source, cacheRoot);
  try {
    return await sharp(decodable, { failOn: 'warning', limitInputPixels: maxInputPixels })
      .rotate()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new ImageError(sourcePath, damagedMessage(error));
  }
}

/**
 * An SVG that draws the tiny preview blurred, so the placeholder is soft, not pixelated.
 * Percent-encoded rather than base64: a third shorter, and the SVG's markup, the same
 * in every placeholder, compresses away in a page that has many of them.
 */
export function blurredPlaceholder(webp: Buffer, width: number, height: number): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${width} ${height}' preserveAspectRatio='none'>` +
    `<filter id='b' color-interpolation-filters='sRGB'><feGaussianBlur stdDeviation='1'/>` +
    `<feComponentTransfer><feFuncA type='discrete' tableValues='1 1'/></feComponentTransfer></filter>` +
    `<image width='100%' height='100%' preserveAspectRatio='none' filter='url(#b)' href='data:image/webp;base64,${webp.toString('base64')}'/></svg>`;
  return `data:image/svg+xml,${svg.replace(/[%#<>"]/g, (c) => encodeURIComponent(c))}`;
}
