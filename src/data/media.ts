/**
 * Everything made from the published photos' files, for pages to hand to the
 * components that show it: renditions, clean originals, link-preview crops and
 * posters, each made once per build into the image store.
 */
import type { ProcessedImage } from '../lib/images/pipeline';
import type { CleanOriginal } from '../lib/images/original';
import type { Poster } from '../lib/share/poster';
import type { PreviewImage } from '../lib/share/preview-image';
import type { Photo, Worker } from '../lib/content/model';
import { getImages } from './images';
import { getOriginals } from './originals';
import { getShareImages } from './share';

export interface PhotoMedia {
  image: ProcessedImage;
  original: CleanOriginal;
  /** The 1200×630 link-preview crop. */
  preview: PreviewImage;
  poster: Poster;
}

export interface Media {
  /** What was made from one published photo. */
  of(photo: Photo): PhotoMedia;
  /** A profile's own share poster. */
  posterOf(worker: Worker): Poster;
}

let media: Promise<Media> | undefined;

export function getMedia(): Promise<Media> {
  media ??= (async () => {
    const [images, originals, { previews, posters }] = await Promise.all([getImages(), getOriginals(), getShareImages()]);
    const found = <T>(map: Map<string, T>, key: string): T => {
      const value = map.get(key);
      if (!value) throw new Error(`${key} 未发布或不存在`);
      return value;
    };
    return {
      of: (photo) => ({
        image: found(images, photo.id),
        original: found(originals, photo.id),
        preview: found(previews, photo.id),
        poster: found(posters, `photo:${photo.id}`),
      }),
      posterOf: (worker) => found(posters, `worker:${worker.slug}`),
    };
  })();
  return media;
}
