/**
 * Renditions of every published photo, made once per build on all cores and
 * cached on disk by the hash of the source bytes and the recipe.
 */
import os from 'node:os';
import { limiter } from '../lib/limit';
import { ImageError, processImage, type ProcessedImage } from '../lib/images/pipeline';
import { ContentError, type ContentProblem } from '../lib/problems';
import { getSite } from './site';
import { imageCacheDir } from '../lib/site-env.mjs';

export const imageCacheRoot = imageCacheDir(process.env);

let images: Promise<Map<string, ProcessedImage>> | undefined;

export function getImages(): Promise<Map<string, ProcessedImage>> {
  images ??= (async () => {
    const { photos } = await getSite();
    const run = limiter(Math.max(1, os.availableParallelism()));
    const problems: ContentProblem[] = [];
    const result = new Map<string, ProcessedImage>();
    let done = 0;
    let encoded = 0;
    const started = Date.now();
    await Promise.all(
      photos.map((photo) =>
        run(async () => {
          try {
            const image = await processImage(photo.source, imageCacheRoot);
            result.set(photo.id, image);
            if (!image.cached) encoded++;
          } catch (error) {
            if (!(error instanceof ImageError)) throw error;
            problems.push({ file: photo.declaredIn, field: `photos[${photo.index}].file`, message: error.message });
          }
          done++;
          if (encoded && (done % 10 === 0 || done === photos.length)) {
            console.log(`[images] ${done}/${photos.length} 张照片，新编码 ${encoded} 张，${((Date.now() - started) / 1000).toFixed(1)} 秒`);
          }
        }),
      ),
    );
    if (problems.length) throw new ContentError(problems);
    return result;
  })();
  return images;
}

/** The renditions of one published photo. */
export async function imageOf(id: string): Promise<ProcessedImage> {
  const image = (await getImages()).get(id);
  if (!image) throw new Error(`照片 “${id}” 未发布或不存在`);
  return image;
}
