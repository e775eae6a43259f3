import { defineCollection } from 'astro:content';
import { contentLoader } from './data/content-loader';

/**
 * Each story or worker lives in its own folder under `content/`, with its photos
 * beside the text; the folder name is the slug. Both collections come from the
 * one content loader, which `npm run check` runs too.
 */
/** Where content is read from; tests and benchmarks point it at generated sites. */
const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  stories: defineCollection({ loader: contentLoader('story', contentDir) }),
  workers: defineCollection({ loader: contentLoader('worker', contentDir) }),
  site: defineCollection({ loader: contentLoader('site', contentDir) }),
};
