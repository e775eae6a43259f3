import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { cacheKey } from './images/pipeline.ts';
import { maxInputPixels } from './images/recipe.ts';

/**
 * Why the build's image pipeline would refuse a photo, or undefined when it can
 * use it. A file the pipeline has already encoded (its renditions are in the
 * cache under the hash of its bytes) is known to be fine and is not decoded
 * again; anything else gets the same checks, in the same words, as
 * `decode()` in src/lib/images/pipeline.ts.
 */
export async function unreadableImage(sourcePath: string, cacheRoot: string): Promise<string | undefined> {
  let source: Buffer;
  try {
    source = await readFile(sourcePath);
  } catch {
    return '找不到或无法读取照片文件';
  }
  if (source.length === 0) return '文件是空的（0 字节）';
  if (existsSync(path.join(cacheRoot, '_img', cacheKey(source), 'manifest.json'))) return undefined;
  const meta = await sharp(source, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!meta) return '不是可识别的图片文件（可能是改了扩展名的其他文件）';
  if ((meta.width ?? 0) * (meta.height ?? 0) > maxInputPixels) {
    return `图片有 ${meta.width}×${meta.height} 像素，超过 ${maxInputPixels / 1e6} 百万像素的上限（可能是解压炸弹）`;
  }
  try {
    // A full decode is the only way to find a truncated file; stats() reads every pixel and keeps none.
    await sharp(source, { failOn: 'warning', limitInputPixels: maxInputPixels }).stats();
  } catch (error) {
    return `图片已损坏，无法完整解码（${(error as Error).message.trim()}）`;
  }
  return undefined;
}
