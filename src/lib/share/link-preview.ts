/**
 * What a link preview is made of: Open Graph and Twitter card tags, the
 * microdata `itemprop` tags WeChat reads, and schema.org JSON-LD. Every URL
 * here is absolute: crawlers fetch them without knowing the page's address.
 */
import type { PhotoData } from '../../schemas/photo.ts';
import type { StoryData } from '../../schemas/story.ts';
import type { WorkerData } from '../../schemas/worker.ts';
import { isoDate } from '../dates.ts';

import { defaultSettings } from '../../schemas/site.ts';

export interface PreviewImageRef {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface LinkPreview {
  /** The page's full title, as in <title>. */
  title: string;
  description: string;
  /** Canonical address; absent on pages without one (404). */
  url?: string;
  type: 'website' | 'article' | 'profile';
  /** Absent on notices (withdrawn pages, 404): they show nothing of anyone. */
  image?: PreviewImageRef;
  /** Stories: the day they were published, YYYY-MM-DD. */
  publishedTime?: string;
  /** The site's name (content/site.yaml). */
  siteName?: string;
}

/** One <meta> tag: exactly one of property, name or itemprop. */
export type MetaTag = { content: string } & ({ property: string } | { name: string } | { itemprop: string });

/** Link-preview crawlers show about 100 characters; cut cleanly instead of mid-word. */
export function previewDescription(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length <= max
    ? flat
    : [...flat]
        .slice(0, max - 1)
        .join('')
        .replace(/[，、；：,;:\s]+$/, '') + '…';
}

export function previewTags(preview: LinkPreview): MetaTag[] {
  const { title, url, type, image, publishedTime, siteName = defaultSettings.name } = preview;
  const description = previewDescription(preview.description);
  const tags: MetaTag[] = [
    { property: 'og:site_name', content: siteName },
    { property: 'og:locale', content: 'zh_CN' },
    { property: 'og:type', content: type },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    ...(url ? [{ property: 'og:url', content: url }] : []),
    ...(image
      ? [
          { property: 'og:image', content: image.url },
          ...(image.url.startsWith('https:') ? [{ property: 'og:image:secure_url', content: image.url }] : []),
          { property: 'og:image:type', content: 'image/jpeg' },
          { property: 'og:image:width', content: String(image.width) },
          { property: 'og:image:height', content: String(image.height) },
          { property: 'og:image:alt', content: image.alt },
        ]
      : []),
    ...(publishedTime ? [{ property: 'article:published_time', content: publishedTime }] : []),
    { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
    ...(image
      ? [
          { name: 'twitter:image', content: image.url },
          { name: 'twitter:image:alt', content: image.alt },
        ]
      : []),
    // WeChat's link cards read schema.org microdata rather than Open Graph.
    { itemprop: 'name', content: title },
    { itemprop: 'description', content: description },
    ...(image ? [{ itemprop: 'image', content: image.url }] : []),
  ];
  return tags;
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export function jsonLd(data: object): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data })
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The site as publisher: `homeUrl` and, from content/site.yaml, `siteName`. */
interface Publisher {
  homeUrl: string;
  siteName?: string;
}
const publisher = ({ homeUrl, siteName = defaultSettings.name }: Publisher) => ({ '@type': 'Organization', name: siteName, url: homeUrl });

export function personData(worker: WorkerData, page: { url: string; image: string } & Publisher): object {
  return {
    '@type': 'Person',
    name: worker.name,
    url: page.url,
    image: page.image,
    description: worker.summary,
    jobTitle: worker.role,
    worksFor: { '@type': 'Organization', name: worker.employer },
    workLocation: { '@type': 'Place', name: [worker.place.province, worker.place.city].filter(Boolean).join(' ') },
    ...(worker.honours.length ? { award: worker.honours.map((h) => (h.year ? `${h.title}（${h.year}）` : h.title)) } : {}),
    mainEntityOfPage: page.url,
    subjectOf: { '@type': 'WebPage', url: page.url, publisher: publisher(page) },
  };
}

export function imageObjectData(
  photo: PhotoData,
  page: { url: string; contentUrl: string; width: number; height: number; thumbnailUrl: string; people: string[] } & Publisher,
): object {
  return {
    '@type': 'ImageObject',
    name: photo.caption,
    caption: photo.caption,
    description: photo.alt,
    url: page.url,
    contentUrl: page.contentUrl,
    thumbnailUrl: page.thumbnailUrl,
    width: page.width,
    height: page.height,
    encodingFormat: 'image/jpeg',
    creditText: photo.sample ? `示例图片 ${photo.credit}` : photo.credit,
    ...(photo.date ? { dateCreated: photo.date } : {}),
    ...(photo.place ? { contentLocation: { '@type': 'Place', name: photo.place } } : {}),
    ...(page.people.length ? { about: page.people.map((name) => ({ '@type': 'Person', name })) } : {}),
    publisher: publisher(page),
  };
}

export function newsArticleData(story: StoryData, page: { url: string; images: string[] } & Publisher): object {
  return {
    '@type': 'NewsArticle',
    headline: story.title,
    ...(story.subtitle ? { alternativeHeadline: story.subtitle } : {}),
    description: story.summary,
    url: page.url,
    mainEntityOfPage: page.url,
    image: page.images,
    datePublished: isoDate(story.date),
    inLanguage: 'zh-CN',
    articleSection: story.industry,
    ...(story.tags.length ? { keywords: story.tags.join(',') } : {}),
    author: story.bylines.map((b) => ({
      // A desk (定格编辑部) signs as an organisation, a reporter as a person.
      '@type': /(?:部|社|中心|台)$/.test(b.name) ? 'Organization' : 'Person',
      name: b.name,
      ...(b.org ? { affiliation: { '@type': 'Organization', name: b.org } } : {}),
    })),
    publisher: publisher(page),
    ...(story.source
      ? {
          isBasedOn: {
            '@type': 'CreativeWork',
            name: story.source.publication,
            ...(story.source.reporters ? { author: story.source.reporters } : {}),
          },
        }
      : {}),
  };
}
