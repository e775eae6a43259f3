/**
 * Renditions of every published photo, made once per build on all cores and
 * cached on disk by the hash of the source bytes and the recipe.
 */
import { processImage, type ProcessedImage } from '../lib/images/pipeline';
import { forEachPhoto } from './photo-work';
import { getSite } from './site';
import { imageCacheDir } from '../lib/site-env.mjs';

export const imageCacheRoot = imageCacheDir(process.env);

let images: Promise<Map<string, ProcessedImage>> | undefined;

export function getImages(): Promise<Map<string, ProcessedImage>> {
  images ??= getSite().then(({ photos }) =>
    forEachPhoto(photos, { tag: 'images', noun: '照片' }, (photo) => processImage(photo.source, imageCacheRoot)),
  );
  return images;
}
