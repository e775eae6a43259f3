/**
 * What the MDX blocks of one page may show. A story's body names its photos by
 * id (`<Figure id="…" />`); the page resolves them here once and hands them on
 * through `Astro.locals.figures`, the way Starlight hands its route data to
 * components, so a block never looks anything up for itself.
 */
import type { Photo } from '../lib/content/model';
import type { ProcessedImage } from '../lib/images/pipeline';
import type { Media } from './media';

export interface Figure {
  photo: Photo;
  image: ProcessedImage;
  /** The first photo the page shows large: it loads first and at once. */
  lead: boolean;
}

export type Figures = Map<string, Figure>;

export function figuresOf(photos: readonly Photo[], media: Media, leadPhotoId?: string): Figures {
  return new Map(photos.map((photo) => [photo.id, { photo, image: media.of(photo).image, lead: photo.id === leadPhotoId }]));
}

/** The figure a block names, failing the build with the block's name when the page has no such photo. */
export function requireFigure(figures: Figures | undefined, id: string, block: string): Figure {
  const figure = figures?.get(id);
  if (!figure) throw new Error(`<${block}>: 照片 “${id}” 不在本页的 photos 里，或未发布`);
  return figure;
}
