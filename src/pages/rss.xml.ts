import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteLink } from '../data/base-path';
import { getSite } from '../data/site';
import { paths } from '../lib/urls';

export const GET: APIRoute = async ({ locals }) => {
  const { stories } = await getSite();
  return rss({
    title: locals.settings.name,
    description: locals.settings.description,
    site: absoluteLink(paths.home()),
    items: stories.map((story) => ({
      title: [story.data.kicker, story.data.title].filter(Boolean).join('｜'),
      description: story.data.summary,
      pubDate: story.data.date,
      link: absoluteLink(paths.story(story.slug)),
      categories: [story.data.industry, ...story.data.tags],
    })),
    customData: '<language>zh-cn</language>',
  });
};
