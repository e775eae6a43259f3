/**
 * The site model, from the entries the content loader put in Astro's store
 * (src/data/content-loader.ts), resolved once per build: every page, feed and
 * index reads the site through here.
 */
import path from 'node:path';
import { getCollection } from 'astro:content';
import { buildSiteModel, type RawEntry, type SiteModel } from '../lib/content/model';
import { displayPath } from '../lib/content/files';
import { diskRules } from '../lib/content/rules';

let model: Promise<SiteModel> | undefined;

export function getSite(): Promise<SiteModel> {
  model ??= (async () => {
    const root = process.cwd();
    const [stories, workers] = await Promise.all([getCollection('stories'), getCollection('workers')]);
    const raw = <D>(entry: { id: string; filePath?: string; body?: string; data: D }): RawEntry<D> => ({
      id: entry.id,
      // Named in messages as `npm run check` names them (Astro stores paths relative to the root).
      filePath: displayPath(root, path.resolve(root, entry.filePath!)),
      body: entry.body,
      data: entry.data,
    });
    return buildSiteModel(stories.map(raw), workers.map(raw), diskRules(root));
  })();
  return model;
}
