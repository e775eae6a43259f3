import type { Photo, SiteModel } from './site-model.ts';

/** Finds a published photo by id, failing the build with the block's name when it is not. */
export function requirePhoto(site: SiteModel, id: string, block: string): Photo {
  const photo = site.photo(id);
  if (!photo) throw new Error(`<${block}>: 照片 “${id}” 不存在或未发布`);
  return photo;
}
