/**
 * The link-preview image (og:image): a 1200×630 crop of a photo centred on its
 * focus point, the size WeChat, Weibo and the big card of other apps expect.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { decodableSource, decodeOriented } from '../images/decode.ts';
import { shareJpeg } from '../images/recipe.ts';
import { hasEntry, storeFile, storeKey, writeEntry } from '../images/store.ts';
import { focusCrop, type Focus } from './crop.ts';

export const previewRecipe = {
  kind: 'og',
  version: 2,
  width: 1200,
  height: 630,
  jpeg: shareJpeg,
} as const;

export interface PreviewImage {
  /** Path relative to the cache root and to `dist/`: `_img/<key>/og.jpg`. */
  file: string;
  width: number;
  height: number;
}

export async function makePreviewImage(sourcePath: string, focus: Focus, cacheRoot: string): Promise<PreviewImage & { cached: boolean }> {
  const source = await readFile(sourcePath);
  const key = storeKey({ recipe: previewRecipe, focus }, source);
  const { width, height } = previewRecipe;
  const result = { file: storeFile(key, 'og.jpg'), width, height };
  if (await hasEntry(cacheRoot, key, ['og.jpg'])) return { ...result, cached: true };

  const { data, info, raw } = await decodeOriented(await decodableSource(sourcePath, source, cacheRoot));
  const region = focusCrop(info.width, info.height, width / height, focus);
  await writeEntry(cacheRoot, key, ['og.jpg'], async (work) => {
    // sharp writes no metadata unless asked: no EXIF, GPS or serial numbers.
    await sharp(data, raw).extract(region).resize(width, height).jpeg(previewRecipe.jpeg).toFile(path.join(work, 'og.jpg'));
  });
  return { ...result, cached: false };
}
