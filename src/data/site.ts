/**
 * The site model, from the entries the content loader put in Astro's store
 * (src/data/content-loader.ts), resolved once per build: every page, feed and
 * index reads the site through here.
 */
import path from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import type { SiteSettings } from '../schemas/site';
import { settingsEntryId } from './content-loader';
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

/** The site's settings (`content/site.yaml`), validated by the same loader. */
export async function getSettings(): Promise<SiteSettings> {
  const entry = await getEntry('site', settingsEntryId);
  if (!entry) throw new Error('网站设置没有载入');
  return entry.data;
}
