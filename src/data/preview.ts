/**
 * What a page's link preview shows, resolved by the page: its subject (a
 * photo, profile or story) and the 1200×630 crop of the photo that stands for
 * it. Pages about nothing in particular show the lead story's cover.
 */
import type { Photo, Story, Worker } from '../lib/content/model';
import type { Rendition } from '../lib/images/pipeline';
import type { PreviewImage } from '../lib/share/preview-image';
import { getMedia } from './media';
import { getSite } from './site';

/** What a page shares: a photo, a profile or a story. Pages without one share the site. */
export type ShareSubject = { kind: 'photo'; photo: Photo } | { kind: 'worker'; worker: Worker } | { kind: 'story'; story: Story };

export interface PagePreview {
  subject?: ShareSubject;
  /** The photo the preview shows. */
  photo: Photo;
  /** Its link-preview crop. */
  image: PreviewImage;
  /** Photo pages: the largest JPEG rendition, the ImageObject's content. */
  full?: Rendition;
}

export async function pagePreview(subject?: ShareSubject): Promise<PagePreview | undefined> {
  const [site, media] = await Promise.all([getSite(), getMedia()]);
  const photo =
    subject?.kind === 'photo'
      ? subject.photo
      : subject?.kind === 'worker'
        ? subject.worker.portrait
        : subject?.kind === 'story'
          ? subject.story.cover
          : (site.stories[0]?.cover ?? site.photos[0]);
  if (!photo) return undefined;
  const { preview, image } = await media.photo(photo);
  return { subject, photo, image: preview, full: subject?.kind === 'photo' ? image.renditions.jpeg.at(-1) : undefined };
}
