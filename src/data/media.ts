/**
 * The image work of this build or dev server (src/lib/images/work.ts): renditions,
 * clean originals, link-preview crops and posters, made into the image cache by
 * worker processes. A build starts all of it at once and renders each page as soon
 * as its own photos are done, so pages render while the workers encode; a photo
 * that cannot be used stops the build with every such photo of the site, each
 * with its file. `astro dev` makes only what the pages asked for show, so the
 * first page appears in seconds at any size.
 */
import path from 'node:path';
import type { Photo } from '../lib/content/model';
import type { ProcessedImage } from '../lib/images/pipeline';
import { imageWork, type ImageWork } from '../lib/images/work';
import { imageCacheDir } from '../lib/site-env.mjs';
import { absoluteLink } from './base-path';
import { getSite } from './site';

export type { PhotoMedia } from '../lib/images/work';

let work: Promise<ImageWork> | undefined;

export function getMedia(): Promise<ImageWork> {
  work ??= (async () => {
    const made = imageWork(await getSite(), {
      cacheRoot: imageCacheDir(process.env),
      fontsDir: path.resolve('assets/fonts'),
      pageUrl: absoluteLink,
    });
    if (import.meta.env.DEV) return made;
    const everything = made.all();
    // Reported by the first page whose photo failed, below.
    everything.catch(() => {});
    /** A failed photo fails its page with the whole site's problems, not only its own. */
    const whole = <T>(part: Promise<T>): Promise<T> =>
      part.catch(async (error: unknown) => {
        await everything;
        throw error;
      });
    return {
      ...made,
      image: (photo) => whole(made.image(photo)),
      photo: (photo) => whole(made.photo(photo)),
      workerPoster: (worker) => whole(made.workerPoster(worker)),
    };
  })();
  return work;
}

/** The renditions of each photo, in the order given. */
export async function imagesOf(photos: readonly Photo[]): Promise<ProcessedImage[]> {
  const media = await getMedia();
  return Promise.all(photos.map((photo) => media.image(photo)));
}
