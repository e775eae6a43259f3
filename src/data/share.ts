/**
 * Link-preview images and share posters for every published photo and
 * profile, made once per build on at most two cores (Astro renders pages one
 * by one, so the work is started for all of them at once) and cached on disk.
 */
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { ContentError, type ContentProblem } from '../lib/problems';
import type { Photo, Story, Worker } from '../lib/content/model';
import { loadFonts } from '../lib/share/fonts';
import { makePoster, type Poster } from '../lib/share/poster';
import { posterJobs, type PosterJob } from '../lib/share/poster-content';
import { makePreviewImage, type PreviewImage } from '../lib/share/preview-image';
import { MissingGlyphError } from '../lib/share/text';
import { absoluteLink } from './base-path';
import { getImages, imageCacheRoot } from './images';
import { getSite } from './site';

/** What a page shares: a photo, a profile or a story. Pages without one share the site. */
export type ShareSubject = { kind: 'photo'; photo: Photo } | { kind: 'worker'; worker: Worker } | { kind: 'story'; story: Story };

export interface ShareImages {
  /** By photo id. */
  previews: Map<string, PreviewImage>;
  /** By `photo:<id>` or `worker:<slug>`. */
  posters: Map<string, Poster>;
}

let images: Promise<ShareImages> | undefined;

export function getShareImages(): Promise<ShareImages> {
  images ??= (async () => {
    const site = await getSite();
    // The photo pipeline checks every source file first and names the broken ones.
    await getImages();
    const fonts = loadFonts(path.resolve('assets/fonts'));
    // Two at most: the photo pipeline and the other builds on the machine need the rest.
    const run = pLimit(Math.min(2, os.availableParallelism()));
    const previews = new Map<string, PreviewImage>();
    const posters = new Map<string, Poster>();
    const problems: ContentProblem[] = [];
    const started = Date.now();
    let made = 0;
    const poster = ({ key, photo, file, content }: PosterJob) =>
      run(async () => {
        try {
          const result = await makePoster(photo.source, photo.focus, content, fonts, imageCacheRoot);
          posters.set(key, result);
          if (!result.cached) made++;
        } catch (error) {
          if (!(error instanceof MissingGlyphError)) throw error;
          // A profile and its portrait's page share words: name each missing character once per file.
          if (!problems.some((p) => p.file === file && p.message === error.message))
            problems.push({ file, field: '(分享海报)', message: error.message });
        }
      });
    await Promise.all([
      ...site.photos.map((photo) =>
        run(async () => {
          const result = await makePreviewImage(photo.source, photo.focus, imageCacheRoot);
          previews.set(photo.id, result);
          if (!result.cached) made++;
        }),
      ),
      ...posterJobs(site, absoluteLink).map(poster),
    ]);
    if (problems.length) throw new ContentError(problems);
    if (made) console.log(`[share] 新做了 ${made} 张分享图和海报，${((Date.now() - started) / 1000).toFixed(1)} 秒`);
    return { previews, posters };
  })();
  return images;
}
