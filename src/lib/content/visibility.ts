/**
 * The one rule deciding who may see an entry. Every page, list, feed, sitemap,
 * search record, poster, download list, redirect, ledger entry and `npm run
 * check` asks it, so “published” means the same thing everywhere.
 */

/**
 * - `published`: on the site.
 * - `draft`: work in progress; leaves no trace in `dist/` and its address was never public.
 * - `withdrawn`: taken down at a family's request; its address stays alive as a short
 *   notice with no image and no personal details, and nothing else shows it.
 */
export type Visibility = 'published' | 'draft' | 'withdrawn';

/** Front matter as written or as validated: only `true` counts, so a typo never hides or shows anything. */
export interface VisibilityFields {
  draft?: unknown;
  withdrawn?: unknown;
}

/** A draft that is also marked withdrawn was never published: it stays a draft. */
export function visibilityOf(data: VisibilityFields | undefined): Visibility {
  if (data?.draft === true) return 'draft';
  if (data?.withdrawn === true) return 'withdrawn';
  return 'published';
}

export const isPublished = (data: VisibilityFields | undefined) => visibilityOf(data) === 'published';

/** Whether the entry's addresses are public (published, or kept alive as a notice). */
export const hasLiveAddress = (data: VisibilityFields | undefined) => visibilityOf(data) !== 'draft';

/** A photo is as visible as the entry declaring it, unless it is itself withdrawn. */
export function photoVisibility(owner: VisibilityFields | undefined, photo: VisibilityFields | undefined): Visibility {
  const entry = visibilityOf(owner);
  return entry === 'published' ? visibilityOf({ withdrawn: photo?.withdrawn }) : entry;
}

/** The entries that are published, in the order given. */
export function published<T extends { data: VisibilityFields }>(entries: readonly T[]): T[] {
  return entries.filter((entry) => isPublished(entry.data));
}
