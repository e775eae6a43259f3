/**
 * Clean originals of every published photo, for the “下载原图” links: made
 * once per build on all cores and cached on disk like the renditions. A file
 * reaches dist/ only because a built page links it (src/integrations/renditions.ts).
 */
import { writeCleanOriginal, type CleanOriginal } from '../lib/images/original';
import { downloadNames, type DownloadName, type NamedPhoto } from '../lib/download-name';
import { absoluteUrl, paths } from '../lib/urls';
import type { Photo, SiteModel } from '../lib/site-model';
import { getSite } from './site';
import { imageCacheRoot } from './images';
import { forEachPhoto } from './photo-work';

export interface PublishedOriginal extends CleanOriginal {
  name: DownloadName;
}

/** Who a photo's download is named after: the first published worker shown, else its story or profile. */
function namedPhoto(site: SiteModel, photo: Photo): NamedPhoto {
  const shown = photo.workers.map((slug) => site.worker(slug)).find((worker) => worker !== undefined);
  const owner = photo.owner.kind === 'worker' ? site.worker(photo.owner.slug) : undefined;
  const person = shown ?? owner;
  return person
    ? { id: photo.id, label: person.data.name, person: true, pinyin: person.data.pinyin, date: photo.date }
    : { id: photo.id, label: photo.owner.title, person: false, date: photo.date };
}

let originals: Promise<Map<string, PublishedOriginal>> | undefined;

export function getOriginals(): Promise<Map<string, PublishedOriginal>> {
  originals ??= (async () => {
    const site = await getSite();
    // Numbered in the order a worker page lists them: profiles' own photos first, then stories'.
    const profilesFirst = [...site.workers.flatMap((w) => w.photos), ...site.stories.flatMap((s) => s.photos)];
    const names = downloadNames(profilesFirst.map((photo) => namedPhoto(site, photo)));
    return forEachPhoto(site.photos, { tag: 'originals', noun: '原图' }, async (photo) => {
      const name = names.get(photo.id)!;
      const original = await writeCleanOriginal(photo.source, imageCacheRoot, {
        name: name.ascii,
        maxEdge: photo.downloadMaxEdge,
        metadata: {
          credit: photo.credit,
          caption: photo.caption,
          sample: photo.sample,
          date: photo.date,
          pageUrl: absoluteUrl(import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL, paths.photo(photo.id)),
        },
      });
      return { ...original, name };
    });
  })();
  return originals;
}

/** The clean original of one published photo. */
export async function originalOf(id: string): Promise<PublishedOriginal> {
  const original = (await getOriginals()).get(id);
  if (!original) throw new Error(`照片 “${id}” 未发布或不存在`);
  return original;
}
