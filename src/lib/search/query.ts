/**
 * What the visitor typed, turned into Pagefind queries, and the results put in
 * an order that puts exact matches first. Pure functions: the browser code in
 * src/scripts/search-engine.ts runs them against Pagefind.
 *
 * Why: Pagefind 1.6 indexes Chinese as single characters and overlapping pairs,
 * and the browser's word segmenter splits many queries into single characters
 * (让胡路 → 让 / 胡 / 路). Its plain search then also matches pages that merely
 * contain those characters apart. Its phrase search (`"让胡路"`) matches only
 * where they stand together, but scores every hit alike; so we run both and
 * rank phrase matches first, in the plain search's order.
 */
import { filterKeys, searchTypes, type FilterKey } from './keys.ts';

export type SortOrder = 'relevance' | 'date';

/** Everything the search page's address holds, so a search can be shared. */
export interface SearchState {
  q: string;
  type: string;
  filters: Record<FilterKey, string>;
  sort: SortOrder;
}

/** Longest query we pass on: enough for a name, a place and an honour. */
export const maxQueryLength = 60;

const han = /\p{Script=Han}/u;

/** Full-width letters and spaces made half-width, quotes dropped, spaces collapsed, lower case. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/["“”'‘’「」『』]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, maxQueryLength)
    .trim();
}

/** The words the visitor separated with spaces. */
export function queryParts(query: string): string[] {
  return normalizeQuery(query).split(' ').filter(Boolean);
}

/** Parts worth a phrase search: Chinese parts of two or more characters. */
export function phraseParts(query: string): string[] {
  return queryParts(query).filter((part) => han.test(part) && [...part].length > 1);
}

/** Pagefind's phrase syntax for one part. */
export function phrase(part: string): string {
  return `"${part}"`;
}

/**
 * The query with every Chinese character standing alone (列检员 → 列 检 员): each
 * single character is always in the index, so this finds pages even where the
 * browser's segmenter cut the query into a word the index does not hold.
 */
export function spacedCharacters(query: string): string {
  return queryParts(query)
    .map((part) => part.replace(/\p{Script=Han}/gu, (c) => ` ${c} `))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Orders results: those matching more of the query's Chinese parts as whole
 * phrases come first; within a tier, the plain search's order (relevance or
 * date) is kept. Phrase hits the plain search missed are added to their tier.
 */
export function rankByPhrases<T extends { id: string }>(plain: readonly T[], phraseHits: readonly (readonly T[])[]): T[] {
  const sets = phraseHits.map((hits) => new Set(hits.map((h) => h.id)));
  const seen = new Set(plain.map((r) => r.id));
  const extra = phraseHits.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
  return [...plain, ...extra]
    .map((result, index) => ({ result, index, tier: sets.filter((s) => s.has(result.id)).length }))
    .sort((a, b) => b.tier - a.tier || a.index - b.index)
    .map((r) => r.result);
}

const squeeze = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Whether a page's text holds each Chinese part of the query whole (not only its characters apart). */
export function holdsWhole(content: string, query: string): boolean {
  const text = squeeze(content);
  return phraseParts(query).every((part) => text.includes(part));
}

/** Within a page of results, people and stories before the photos that belong to them. */
const typeOrder: Record<string, number> = { 人物: 0, 故事: 0, 照片: 1 };

/**
 * The first page of results, whose text is loaded anyway. Those holding the
 * query whole come before those holding only its characters apart. When ordered
 * by relevance, a result titled exactly as the query (a person's name, a
 * headline) comes first, and people and stories before photos: a name or a
 * place is in the captions of many photos, each reachable from its profile or story.
 */
export function firstPageOrder<T extends { title: string; type: string; partial: boolean }>(
  hits: readonly T[],
  query: string,
  sort: SortOrder = 'relevance',
): T[] {
  const wanted = squeeze(normalizeQuery(query));
  const byRelevance = sort === 'relevance';
  const rank = (hit: T) =>
    byRelevance ? [hit.partial ? 1 : 0, squeeze(hit.title) === wanted ? 0 : 1, typeOrder[hit.type] ?? 3] : [hit.partial ? 1 : 0];
  return hits
    .map((hit, index) => ({ hit, index, rank: rank(hit) }))
    .sort((a, b) => a.rank.reduce((d, v, i) => d || v - b.rank[i]!, 0) || a.index - b.index)
    .map((x) => x.hit);
}

/** Reads the search page's address: `?q=迟秀峰&type=人物&province=黑龙江&sort=date`. */
export function readState(params: URLSearchParams): SearchState {
  const type = params.get('type') ?? '';
  const filters = Object.fromEntries(filterKeys.map((key) => [key, params.get(key)?.trim() ?? ''])) as Record<FilterKey, string>;
  return {
    q: normalizeQuery(params.get('q') ?? ''),
    type: (searchTypes as readonly string[]).includes(type) ? type : '',
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** The address for a state, leaving out what is empty or default. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  for (const key of filterKeys) if (state.filters[key]) params.set(key, state.filters[key]);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** Pagefind's filter object for a state: only the chosen values. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type) filters.type = state.type;
  for (const key of filterKeys) if (state.filters[key]) filters[key] = state.filters[key];
  return filters;
}

/** Whether anything at all is asked for (a query or a filter). */
export function isEmptyState(state: SearchState): boolean {
  return !state.q && Object.keys(pagefindFilters(state)).length === 0;
}
