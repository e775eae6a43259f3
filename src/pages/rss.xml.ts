import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteLink } from '../data/base-path';
import { getSite } from '../data/site';
import { paths } from '../lib/urls';

export const GET: APIRoute = async () => {
  const { stories } = await getSite();
  return rss({
    title: '定格',
    description: '走到一线，为每一位劳动者拍一张好照片。',
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
