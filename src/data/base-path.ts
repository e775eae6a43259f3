/**
 * The one reader of the base path (BASE_PATH, which Astro hands on as
 * `import.meta.env.BASE_URL`): every link, asset and search file on a page,
 * and every absolute address in feeds and link previews, is made here.
 */
import { absoluteUrl, withBase } from '../lib/urls';

/** The sub-path the site is served under, starting and ending with `/`. */
export const basePath: string = import.meta.env.BASE_URL;

/** A site path (`stories/x/`, `_img/…`) as a link under the base path: `/dingge/stories/x/`. */
export function link(sitePath: string): string {
  return withBase(basePath, sitePath);
}

/** A site path as an absolute address under SITE_URL and the base path, for feeds and link previews. */
export function absoluteLink(sitePath: string): string {
  return absoluteUrl(import.meta.env.SITE ?? 'http://localhost:4321', basePath, sitePath);
}
