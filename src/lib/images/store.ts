/**
 * The image store: every file the image work makes (renditions, clean
 * originals, link-preview crops, posters, decoded HEIC sources) lives in the
 * cache as `_img/<key>/<name>`, where the key is the hash of everything that
 * decides the file. Built pages refer to store files by that same path, so the
 * renditions integration publishes exactly the files a page names.
 */
import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Folder of the store under the cache root, and under `dist/`. */
export const storeFolder = '_img';

/** Extensions of the source images a photo may have, lower case, without the dot. */
export const sourceImageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'tif', 'tiff', 'heic', 'heif'] as const;

/** A source image's file name, e.g. `IMG_0412.HEIC` (any case). */
export const sourceImageFile = new RegExp(`\\.(?:${sourceImageExtensions.join('|')})$`, 'i');

/** Extensions of the store files pages may refer to, with their media types. Manifests and decoded sources are never published. */
export const publishedTypes = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' } as const;

const namePattern = '[0-9a-z]+(?:[.-][0-9a-z]+)*';

/**
 * A published store file as it appears in built text: `_img/<key>/<name>.<avif|webp|jpg>`,
 * the key and the name captured. Global: use with `matchAll`, or through the helpers below.
 */
export const publishedFilePattern = new RegExp(
  `${storeFolder}/([0-9a-f]{16})/(${namePattern}\\.(?:${Object.keys(publishedTypes).join('|')}))(?![0-9a-z-]|\\.[0-9a-z])`,
  'g',
);

/** 16 hex digits of sha256 over the JSON of the inputs (recipe, options, text), then the source bytes. */
export function storeKey(inputs: unknown, source: Buffer): string {
  return createHash('sha256').update(JSON.stringify(inputs)).update(source).digest('hex').slice(0, 16);
}

/** The path of a stored file relative to the cache root and to `dist/`, which is also its URL under the base path. */
export function storeFile(key: string, name: string): string {
  if (!/^[0-9a-f]{16}$/.test(key)) throw new Error(`Not a store key: ${key}`);
  if (!new RegExp(`^${namePattern}$`).test(name)) throw new Error(`Not a store file name: ${name}`);
  return `${storeFolder}/${key}/${name}`;
}

/** Where a stored file (`_img/<key>/<name>`) is on disk. */
export function storePath(cacheRoot: string, file: string): string {
  return path.join(cacheRoot, file);
}

/** Every published store file named in a built text, as `_img/<key>/<name>`. */
export function publishedFilesIn(text: string): string[] {
  return [...text.matchAll(publishedFilePattern)].map((m) => `${storeFolder}/${m[1]}/${m[2]}`);
}

/** The published store file a URL path ends with (`/cmp/_img/<key>/960.avif`), or undefined. */
export function publishedFileAt(urlPath: string): string | undefined {
  const match = new RegExp(`/${publishedFilePattern.source}$`).exec(urlPath);
  return match ? `${storeFolder}/${match[1]}/${match[2]}` : undefined;
}

/** Whether every one of the named files of an entry is in the store. */
export async function hasEntry(cacheRoot: string, key: string, names: readonly string[]): Promise<boolean> {
  const found = await Promise.all(
    names.map((name) =>
      access(storePath(cacheRoot, storeFile(key, name))).then(
        () => true,
        () => false,
      ),
    ),
  );
  return found.every(Boolean);
}

/** The JSON manifest `name` of an entry, or undefined when the entry is not in the store. */
export async function readManifest<T>(cacheRoot: string, key: string, name: string): Promise<T | undefined> {
  return readFile(storePath(cacheRoot, storeFile(key, name)), 'utf8').then(
    (text) => JSON.parse(text) as T,
    () => undefined,
  );
}

/**
 * Makes the entry `_img/<key>/` in one step: `fill` writes the files into a
 * private work folder, which is then renamed into place, so an interrupted or
 * failed write never leaves half an entry, and two writers of the same key at
 * once (one photo used twice, two builds) cannot clash. If another writer got
 * there first, its identical result stands and ours is dropped. `names` are the
 * files a complete entry has: a folder without them (left by an older layout)
 * is replaced.
 */
export async function writeEntry<T>(
  cacheRoot: string,
  key: string,
  names: readonly string[],
  fill: (work: string) => Promise<T>,
): Promise<T> {
  const folder = path.join(cacheRoot, storeFolder, key);
  const work = path.join(cacheRoot, storeFolder, `${key}.tmp-${process.pid}-${randomUUID()}`);
  await mkdir(work, { recursive: true });
  try {
    const result = await fill(work);
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(work, folder);
        return result;
      } catch (error) {
        if (await hasEntry(cacheRoot, key, names)) return result;
        if (attempt > 0) throw error;
        await rm(folder, { recursive: true, force: true });
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
