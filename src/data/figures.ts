/**
 * What the MDX blocks of one page may show. A story's body names its photos by
 * id (`<Figure id="…" />`); the page resolves them here once and hands them on
 * through `Astro.locals.figures`, the way Starlight hands its route data to
 * components, so a block never looks anything up for itself.
 */
import type { Photo } from '../lib/content/model';
import type { ProcessedImage } from '../lib/images/pipeline';
import { imagesOf } from './media';

export interface Figure {
  photo: Photo;
  image: ProcessedImage;
  /** The first photo the page shows large: it loads first and at once. */
  lead: boolean;
}

export type Figures = Map<string, Figure>;

export async function figuresOf(photos: readonly Photo[], leadPhotoId?: string): Promise<Figures> {
  const images = await imagesOf(photos);
  return new Map(photos.map((photo, i) => [photo.id, { photo, image: images[i]!, lead: photo.id === leadPhotoId }]));
}

/**
 * The figures a block names that are published. A withdrawn photo is simply
 * left out (withdrawing is a one-line edit that must always build); an id the
 * entry does not declare never gets this far (src/lib/content/rules.ts).
 */
export function placedFigures(figures: Figures | undefined, ids: readonly string[], block: string): Figure[] {
  if (!figures) throw new Error(`<${block}>: 这个页面没有提供照片（Astro.locals.figures）`);
  return ids.flatMap((id) => figures.get(id) ?? []);
}
