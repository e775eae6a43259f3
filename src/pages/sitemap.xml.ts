import type { APIRoute } from 'astro';
import { absoluteLink as url } from '../data/base-path';
import { getSite } from '../data/site';
import { paths } from '../lib/urls';
import { sitemapXml } from '../lib/sitemap';

/** Every published page; drafts and withdrawn notices are not listed. */
export const GET: APIRoute = async () => {
  const { stories, workers, photos } = await getSite();
  const entries = [
    { loc: url(paths.home()) },
    { loc: url(paths.stories()) },
    { loc: url(paths.workers()) },
    { loc: url(paths.photos()) },
    { loc: url(paths.search()) },
    ...stories.map((s) => ({ loc: url(paths.story(s.slug)), lastmod: s.data.date })),
    ...workers.map((w) => ({ loc: url(paths.worker(w.slug)) })),
    ...photos.map((p) => ({ loc: url(paths.photo(p.id)) })),
  ];
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
