/**
 * The loop the image work shares: every published photo, on all cores, with
 * progress on long runs, and unreadable files collected as content problems
 * that fail the build together, each naming its content file and field.
 */
import os from 'node:os';
import pLimit from 'p-limit';
import { ImageError } from '../lib/images/pipeline';
import { ContentError, type ContentProblem } from '../lib/problems';
import type { Photo } from '../lib/content/model';

export async function forEachPhoto<T extends { cached: boolean }>(
  photos: readonly Photo[],
  /** How progress lines name the work: tag in brackets, then what is counted. */
  label: { tag: string; noun: string },
  work: (photo: Photo) => Promise<T>,
): Promise<Map<string, T>> {
  const run = pLimit(Math.max(1, os.availableParallelism()));
  const problems: ContentProblem[] = [];
  const result = new Map<string, T>();
  let done = 0;
  let encoded = 0;
  const started = Date.now();
  await Promise.all(
    photos.map((photo) =>
      run(async () => {
        try {
          const value = await work(photo);
          result.set(photo.id, value);
          if (!value.cached) encoded++;
        } catch (error) {
          if (!(error instanceof ImageError)) throw error;
          problems.push({ file: photo.declaredIn, field: `photos[${photo.index}].file`, message: error.message });
        }
        done++;
        if (encoded && (done % 10 === 0 || done === photos.length)) {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          console.log(`[${label.tag}] ${done}/${photos.length} 张${label.noun}，新编码 ${encoded} 张，${seconds} 秒`);
        }
      }),
    ),
  );
  if (problems.length) throw new ContentError(problems);
  return result;
}
