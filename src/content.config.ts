import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storySchema } from './schemas/story';
import { workerSchema } from './schemas/worker';

/**
 * Each story or worker lives in its own folder under `content/`, with its photos
 * beside the text. The folder name is the slug: `content/stories/<slug>/index.mdx`.
 */
/** Where content is read from; tests and benchmarks point it at generated sites. */
const contentRoot = process.env.CONTENT_DIR ?? './content';

const seen = new Map<string, string>();

/**
 * The folder name is the slug. Two text files in one folder (index.md and
 * index.mdx) would share it, and Astro would silently keep one: refuse that.
 */
const folderSlug = ({ entry, base }: { entry: string; base: URL }) => {
  const slug = entry.split('/')[0]!;
  const key = `${base.href}${slug}`;
  const first = seen.get(key);
  if (first && first !== entry) {
    throw new Error(`${contentRoot}: 文件夹 ${slug}/ 里同时有 ${first} 和 ${entry}，同一个网址只能有一个正文文件，请删掉一个`);
  }
  seen.set(key, entry);
  return slug;
};

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '*/index.mdx', base: `${contentRoot}/stories`, generateId: folderSlug }),
    schema: storySchema,
  }),
  workers: defineCollection({
    loader: glob({ pattern: '*/index.{md,mdx}', base: `${contentRoot}/workers`, generateId: folderSlug }),
    schema: workerSchema,
  }),
};
