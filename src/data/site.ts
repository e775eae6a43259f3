/**
 * The bridge from Astro's content layer to the plain model in src/lib.
 * Loaded once per build; every page, feed and index reads the site through here.
 */
import { getCollection } from 'astro:content';
import { statSync } from 'node:fs';
import { buildSiteModel, type SiteModel } from '../lib/site-model';

let model: Promise<SiteModel> | undefined;

function isFile(absolutePath: string): boolean {
  try {
    return statSync(absolutePath).isFile();
  } catch {
    return false;
  }
}

export function getSite(): Promise<SiteModel> {
  model ??= (async () => {
    const [stories, workers] = await Promise.all([getCollection('stories'), getCollection('workers')]);
    const raw = <T extends { id: string; filePath?: string; body?: string; data: unknown }>(entry: T) => ({
      id: entry.id,
      filePath: entry.filePath!,
      body: entry.body,
      data: entry.data as T['data'],
    });
    return buildSiteModel(stories.map(raw), workers.map(raw), { root: process.cwd(), fileExists: isFile });
  })();
  return model;
}
