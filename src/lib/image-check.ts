import { readFile } from 'node:fs/promises';
import { decodeProblem } from './images/decode.ts';
import { cacheKey, headerProblem, manifestName } from './images/pipeline.ts';
import { hasEntry } from './images/store.ts';

/**
 * Why the build's image pipeline would refuse a photo, or undefined when it can
 * use it. A file the pipeline has already encoded (its renditions are in the
 * cache under the hash of its bytes) is known to be fine and is not decoded
 * again; anything else gets the pipeline's own checks and decode (decodeProblem),
 * so the words are the build's.
 */
export async function unreadableImage(sourcePath: string, cacheRoot: string): Promise<string | undefined> {
  let source: Buffer;
  try {
    source = await readFile(sourcePath);
  } catch {
    return '找不到或无法读取照片文件';
  }
  if (source.length === 0) return headerProblem(source);
  if (await hasEntry(cacheRoot, cacheKey(source), [manifestName])) return undefined;
  return decodeProblem(sourcePath, source, cacheRoot);
}
