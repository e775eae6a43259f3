import { escapeUTF8 } from 'entities';
import { isoDate } from './dates.ts';

export interface SitemapEntry {
  loc: string;
  lastmod?: Date;
}

/** A sitemaps.org `urlset` document. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) => `<url><loc>${escapeUTF8(e.loc)}</loc>${e.lastmod ? `<lastmod>${isoDate(e.lastmod)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
