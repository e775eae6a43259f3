import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { absoluteUrl, paths } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { stories } = await getSite();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: '定格',
    description: '走到一线，为每一位劳动者拍一张好照片。',
    site: absoluteUrl(site!, base, paths.home()),
    items: stories.map((story) => ({
      title: [story.data.kicker, story.data.title].filter(Boolean).join('｜'),
      description: story.data.summary,
      pubDate: story.data.date,
      link: absoluteUrl(site!, base, paths.story(story.slug)),
      categories: [story.data.industry, ...story.data.tags],
    })),
    customData: '<language>zh-cn</language>',
  });
};
