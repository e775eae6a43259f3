/**
 * Clean originals of every published photo, for the “下载原图” links: made
 * once per build on all cores and cached on disk like the renditions. A file
 * reaches dist/ only because a built page links it (src/integrations/renditions.ts).
 */
import { writeCleanOriginal, type CleanOriginal } from '../lib/images/original';
import { paths } from '../lib/urls';
import { absoluteLink } from './base-path';
import { getSite } from './site';
import { imageCacheRoot } from './images';
import { forEachPhoto } from './photo-work';

let originals: Promise<Map<string, CleanOriginal>> | undefined;

export function getOriginals(): Promise<Map<string, CleanOriginal>> {
  originals ??= (async () => {
    const site = await getSite();
    return forEachPhoto(site.photos, { tag: 'originals', noun: '原图' }, (photo) =>
      writeCleanOriginal(photo.source, imageCacheRoot, {
        // The URL is the ASCII twin of the name it is saved as (see Photo.download).
        name: photo.download.ascii,
        maxEdge: photo.downloadMaxEdge,
        metadata: {
          credit: photo.credit,
          caption: photo.caption,
          sample: photo.sample,
          date: photo.date,
          pageUrl: absoluteLink(paths.photo(photo.id)),
        },
      }),
    );
  })();
  return originals;
}
