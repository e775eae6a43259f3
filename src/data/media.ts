/**
 * The image work of this build or dev server (src/lib/images/work.ts): renditions,
 * clean originals, link-preview crops and posters, made into the image cache.
 * A build does all of it at once, on all cores, before any page renders, and
 * stops with every photo that cannot be used; `astro dev` makes only what the
 * pages asked for show, so the first page appears in seconds at any size.
 */
import path from 'node:path';
import type { Photo } from '../lib/content/model';
import type { ProcessedImage } from '../lib/images/pipeline';
import { imageWork, type ImageWork } from '../lib/images/work';
import { loadFonts } from '../lib/share/fonts';
import { imageCacheDir } from '../lib/site-env.mjs';
import { absoluteLink } from './base-path';
import { getSite } from './site';

export type { PhotoMedia } from '../lib/images/work';

let work: Promise<ImageWork> | undefined;

export function getMedia(): Promise<ImageWork> {
  work ??= (async () => {
    const made = imageWork(await getSite(), {
      cacheRoot: imageCacheDir(process.env),
      fonts: loadFonts(path.resolve('assets/fonts')),
      pageUrl: absoluteLink,
    });
    if (!import.meta.env.DEV) await made.all();
    return made;
  })();
  return work;
}

/** The renditions of each photo, in the order given. */
export async function imagesOf(photos: readonly Photo[]): Promise<ProcessedImage[]> {
  const media = await getMedia();
  return Promise.all(photos.map((photo) => media.image(photo)));
}
