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

const folderSlug = ({ entry }: { entry: string }) => entry.split('/')[0]!;

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
