/**
 * How the build reaches the one content loader (src/lib/content/load.ts):
 * an Astro content loader per collection. It stops the build with every
 * problem `npm run check` would list, in the same words, and hands Astro only
 * what may be rendered: drafts never enter the content store, so their MDX is
 * never even compiled.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadContent, type LoadedContent } from '../lib/content/load.ts';
import { visibilityOf } from '../lib/content/visibility.ts';
import { ContentError } from '../lib/problems.ts';
import { siteSettingsSchema } from '../schemas/site.ts';
import { storySchema } from '../schemas/story.ts';
import { workerSchema } from '../schemas/worker.ts';

/** The entry the `site` collection holds: the site's settings. */
export const settingsEntryId = 'settings';

const schemas = { story: storySchema, worker: workerSchema, site: siteSettingsSchema };

/**
 * The content as last loaded, by content folder: the three collections share
 * one read of `content/` per build (and per change in `astro dev`), not one each.
 */
const loaded = new Map<string, LoadedContent>();
/** Set while the watchers of one change run, so the first clears the shared read and the others reuse the new one. */
let invalidating = false;

export function contentLoader(kind: 'story' | 'worker' | 'site', contentDir: string): Loader {
  return {
    name: `dingge:${kind}-content`,
    // For the types of getCollection(); the data is validated by loadContent, not again by Astro.
    schema: schemas[kind],
    load: async ({ store, generateDigest, renderMarkdown, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const absolute = path.resolve(root, contentDir);
      const sync = async () => {
        let content = loaded.get(absolute);
        if (!content) loaded.set(absolute, (content = loadContent(absolute, root)));
        if (content.problems.length) throw new ContentError(content.problems);
        store.clear();
        if (kind === 'site') {
          store.set({ id: settingsEntryId, data: content.settings, digest: generateDigest(JSON.stringify(content.settings)) });
          return;
        }
        for (const entry of kind === 'story' ? content.stories : content.workers) {
          if (visibilityOf(entry.data) === 'draft') continue;
          const file = path.resolve(root, entry.filePath);
          // Paths in Astro's store are relative to the project root, as its glob loader writes them.
          const filePath = path.relative(root, file).split(path.sep).join('/');
          const body = entry.body ?? '';
          const digest = generateDigest({ data: JSON.stringify(entry.data), body });
          if (file.endsWith('.mdx')) {
            store.set({ id: entry.id, data: entry.data, body, filePath, digest, deferredRender: true });
          } else {
            const rendered = await renderMarkdown(body.trim(), { fileURL: pathToFileURL(file) });
            store.set({ id: entry.id, data: entry.data, body, filePath, digest, rendered });
          }
        }
      };
      await sync();
      watcher?.add(absolute);
      // `astro dev`: any change to a text file, the ledger or the redirects loads the content again.
      watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(absolute) || !/\.(?:mdx?|ya?ml|txt)$/.test(changed)) return;
        if (!invalidating) {
          invalidating = true;
          loaded.delete(absolute);
          queueMicrotask(() => (invalidating = false));
        }
        sync().catch((error: Error) => console.error(error.message));
      });
    },
  };
}
