/**
 * Makes a share poster as a JPEG in the image cache, once per photo, text,
 * address and font: the key covers all of them, so a changed caption or
 * BASE_PATH makes a new poster and an unchanged one is never redrawn.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { decodableSource, decodeOriented } from '../images/decode.ts';
import { hasEntry, storeFile, storeKey, writeEntry } from '../images/store.ts';
import type { Focus } from './crop.ts';
import type { FontSet } from './fonts.ts';
import { layoutPoster, posterPaper, posterSize, type PosterContent } from './poster-layout.ts';

/** Part of every poster's cache key: bump `version` whenever poster-layout.ts draws differently. */
export const posterRecipe = {
  kind: 'poster',
  version: 6,
  ...posterSize,
  jpeg: { quality: 84, mozjpeg: true },
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

/** The poster as a JPEG pipeline, without touching the cache (for tests and previews); `source` is what decodableSource gave. */
export async function renderPoster(source: Buffer, focus: Focus, content: PosterContent, fonts: FontSet): Promise<Sharp> {
  const { data, info, raw } = await decodeOriented(source);
  const layout = layoutPoster(content, { width: info.width, height: info.height, focus }, fonts.faces);
  const photo = await sharp(data, raw).extract(layout.photoRegion).resize(posterSize.width, layout.photoHeight).raw().toBuffer();
  return sharp({ create: { ...posterSize, channels: 3, background: posterPaper } })
    .composite([
      { input: photo, raw: { width: posterSize.width, height: layout.photoHeight, channels: info.channels }, top: 0, left: 0 },
      { input: Buffer.from(layout.overlay), top: 0, left: 0 },
    ])
    .jpeg(posterRecipe.jpeg);
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
  const decodable = await decodableSource(sourcePath, source, cacheRoot);
  const { data, info } = await (await renderPoster(decodable, focus, content, fonts)).raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  await writeEntry(cacheRoot, key, Object.values(names), async (work) => {
    await sharp(data, raw).resize(result.preview.width).jpeg(posterRecipe.jpeg).toFile(path.join(work, names.preview));
    await sharp(data, raw).jpeg(posterRecipe.jpeg).toFile(path.join(work, names.full));
  });
  return { ...result, cached: false };
}
