/**
 * Makes a share poster as a JPEG in the image cache, once per photo, text,
 * address and font: the key covers all of them, so a changed caption or
 * BASE_PATH makes a new poster and an unchanged one is never redrawn.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { decodableSource, decodeOriented } from '../images/decode.ts';
import { shareJpeg } from '../images/recipe.ts';
import { hasEntry, storeFile, storeKey, writeEntry } from '../images/store.ts';
import type { Focus } from './crop.ts';
import type { FontSet } from './fonts.ts';
import { layoutPoster, posterSize, type PosterContent } from './poster-layout.ts';

/** Part of every poster's cache key: bump `version` whenever poster-layout.ts draws differently. */
export const posterRecipe = {
  kind: 'poster',
  version: 7,
  ...posterSize,
  jpeg: shareJpeg,
  /**
   * The copy a page shows: drawn 20rem (320 px) wide, so 720 px serves screens up
   * to 2.25x at a third of the full poster's bytes; 3x screens take the full one.
   */
  previewWidth: 720,
} as const;

interface PosterFile {
  /** Path relative to the cache root and to `dist/`: `_img/<key>/<name>.jpg`. */
  file: string;
  width: number;
  height: number;
}

/** The full poster (what 保存海报 downloads) and the smaller copy shown on the page. */
export interface Poster extends PosterFile {
  preview: PosterFile;
}

const posterRaw = { raw: { ...posterSize, channels: 3 } } as const;

/** Draws RGBA pixels over RGB rows `width` wide, in place, with the top-left corner at (0, 0). */
function blendOver(rows: Buffer, width: number, patch: { data: Buffer; info: { width: number; height: number } }): void {
  const { data, info } = patch;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const from = (y * info.width + x) * 4;
      const alpha = data[from + 3]! / 255;
      if (!alpha) continue;
      const to = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) rows[to + c] = Math.round(data[from + c]! * alpha + rows[to + c]! * (1 - alpha));
    }
  }
}

/** The poster's pixels, RGB rows; `source` is what decodableSource gave. */
async function drawPoster(source: Buffer, focus: Focus, content: PosterContent, fonts: FontSet): Promise<Buffer> {
  const { data, info, raw } = await decodeOriented(source);
  const layout = layoutPoster(content, { width: info.width, height: info.height, focus }, fonts.faces);
  const { photo: label, panel } = layout.overlays;
  const [band, drawnLabel, drawnPanel] = await Promise.all([
    sharp(data, raw).extract(layout.photoRegion).resize(posterSize.width, layout.photoHeight).raw().toBuffer(),
    label ? sharp(Buffer.from(label)).ensureAlpha().raw().toBuffer({ resolveWithObject: true }) : undefined,
    sharp(Buffer.from(panel)).removeAlpha().raw().toBuffer(),
  ]);
  // The label covers a corner: blended here, it spares a compositing pass over the whole band.
  if (drawnLabel) blendOver(band, posterSize.width, drawnLabel);
  // Both parts are rows of RGB pixels the poster's width: stacked, they are the poster.
  return Buffer.concat([band, drawnPanel]);
}

/** The poster as a JPEG pipeline, without touching the cache (for tests and previews); `source` is what decodableSource gave. */
export async function renderPoster(source: Buffer, focus: Focus, content: PosterContent, fonts: FontSet): Promise<Sharp> {
  return sharp(await drawPoster(source, focus, content, fonts), posterRaw).jpeg(posterRecipe.jpeg);
}

export async function makePoster(
  sourcePath: string,
  focus: Focus,
  content: PosterContent,
  fonts: FontSet,
  cacheRoot: string,
): Promise<Poster & { cached: boolean }> {
  const source = await readFile(sourcePath);
  const key = storeKey({ recipe: posterRecipe, fonts: fonts.fingerprint, focus, content }, source);
  const previewHeight = Math.round((posterSize.height * posterRecipe.previewWidth) / posterSize.width);
  const names = { full: 'poster.jpg', preview: `poster-${posterRecipe.previewWidth}.jpg` };
  const result: Poster = {
    file: storeFile(key, names.full),
    ...posterSize,
    preview: { file: storeFile(key, names.preview), width: posterRecipe.previewWidth, height: previewHeight },
  };
  if (await hasEntry(cacheRoot, key, Object.values(names))) return { ...result, cached: true };
  // Drawn once, encoded twice.
  const pixels = await drawPoster(await decodableSource(sourcePath, source, cacheRoot), focus, content, fonts);
  await writeEntry(cacheRoot, key, Object.values(names), async (work) => {
    await sharp(pixels, posterRaw).resize(result.preview.width).jpeg(posterRecipe.jpeg).toFile(path.join(work, names.preview));
    await sharp(pixels, posterRaw).jpeg(posterRecipe.jpeg).toFile(path.join(work, names.full));
  });
  return { ...result, cached: false };
}
