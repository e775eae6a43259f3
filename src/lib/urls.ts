/**
 * Every address on the site, in one place. Paths are relative to the base path
 * (BASE_PATH) and end with a slash, matching `trailingSlash: 'always'`.
 * These shapes are a public contract: shared links must never break.
 */
export const paths = {
  home: () => '',
  stories: () => 'stories/',
  story: (slug: string) => `stories/${slug}/`,
  workers: () => 'workers/',
  worker: (slug: string) => `workers/${slug}/`,
  photos: () => 'photos/',
  photo: (id: string) => `photos/${id}/`,
  search: () => 'search/',
  rss: () => 'rss.xml',
  sitemap: () => 'sitemap.xml',
};

/** Prefixes a site path with the base path: `withBase('/dingge/', 'stories/')` → `/dingge/stories/`. */
export function withBase(base: string, sitePath: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + sitePath.replace(/^\//, '');
}

/** The absolute URL of a site path, for feeds, sitemaps and link previews. */
export function absoluteUrl(site: string | URL, base: string, sitePath: string): string {
  return new URL(withBase(base, sitePath), site).href;
}
