/**
 * The search engine in the browser: loads Pagefind from `<base>pagefind/` the
 * first time it is needed and runs the query plan of src/lib/search/query.ts.
 * Shared by the header search box and the search page.
 */
import { basePath, link } from '../data/base-path';
import {
  firstPageOrder,
  holdsWhole,
  normalizeQuery,
  pagefindFilters,
  phrase,
  phraseParts,
  queryParts,
  rankByPhrases,
  spacedCharacters,
  type SearchState,
} from '../lib/search/query';

/** The parts of Pagefind's API we use (pagefind.js ships no types we can import here). */
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
  preload: (term: string) => Promise<void>;
}

/** One result, ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  type: string;
  about: string;
  date: string;
  /** Thumbnail URLs: WebP for every browser, AVIF (smaller) for those that can. */
  image: string;
  imageAvif: string;
  /** Pagefind's excerpt: escaped text with the matched words in <mark>. */
  excerpt: string;
  /** Holds only some of the query's characters, not each Chinese word whole. */
  partial: boolean;
}

/** Ranked results; their details load in pages as the visitor asks for more. */
export interface SearchOutcome {
  total: number;
  load: (from: number, count: number) => Promise<SearchHit[]>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; later calls share the same promise. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A computed URL, so Vite leaves this import to the browser (pagefind.js is written after the build).
    const url = link('pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The search page preloads the entry file under this tag (src/integrations/pagefind.ts);
    // elsewhere Pagefind's own cache-buster stands.
    const entryTag = document.querySelector<HTMLLinkElement>('link[data-pagefind-entry]')?.dataset.pagefindEntry;
    // The index is small enough to search on the main thread, which saves loading a 43 kB worker.
    await pagefind.options({ noWorker: true, ...(entryTag ? { metaCacheTag: entryTag } : {}) });
    await pagefind.init();
    await pagefind.options({
      baseUrl: basePath,
      excerptLength: 36,
      // Less credit for being short (default 0.75): otherwise a photo page whose caption names
      // someone outranks their profile, and a one-line mention outranks the story about it.
      ranking: { pageLength: 0.3 },
    });
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Starts loading the index for what is typed so far, while the search waits for typing to pause. */
function preload(query: string): void {
  if (query)
    loadPagefind().then(
      (pagefind) => pagefind.preload(query),
      () => {},
    );
}

/** How long typing must pause before a search runs. */
const typingPause = 180;

/**
 * Runs `search` whenever typing in `input` pauses, loading the index for what is
 * typed so far meanwhile. Returns a function that cancels a search still waiting.
 */
export function searchAsTyped(input: HTMLInputElement, search: () => void): () => void {
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    preload(normalizeQuery(input.value));
    clearTimeout(typing);
    typing = setTimeout(search, typingPause);
  });
  return () => clearTimeout(typing);
}

/** Adjacent marks joined (Pagefind marks 让胡路 as three), so each match reads as one. */
export function joinMarks(excerpt: string): string {
  return excerpt.replace(/<\/mark><mark[^>]*>/g, '');
}

function toHit(data: PagefindData, query: string): SearchHit {
  const meta = data.meta;
  return {
    url: data.url,
    title: meta.title ?? '',
    type: meta.type ?? '',
    about: meta.about ?? '',
    date: meta.date ?? '',
    image: meta.image ?? '',
    imageAvif: meta.image_avif ?? '',
    excerpt: joinMarks(data.excerpt),
    partial: !holdsWhole(data.content, query),
  };
}

/**
 * Runs a search: the plain query (which also matches the characters apart),
 * and each Chinese word as a phrase, whose hits rank first. Pagefind's phrase
 * search misses some true matches, so the page of results shown is checked
 * against the pages' own text as well.
 */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const filters = pagefindFilters(state);
  const options = { filters, sort: state.sort === 'date' ? { date: 'desc' } : undefined };
  const q = state.q;
  let results: PagefindResult[];
  let phraseHits: PagefindResult[][] = [];
  if (!q) {
    results = (await pagefind.search(null, options)).results;
  } else {
    const [plainFirst, ...phrases] = await Promise.all(
      [q, ...phraseParts(q).map(phrase)].map(async (term) => (await pagefind.search(term, options)).results),
    );
    phraseHits = phrases;
    let plain = plainFirst!;
    // Where the browser cut the query into a word the index does not hold, single characters still match.
    if (plain.length === 0 && phraseHits.length) plain = (await pagefind.search(spacedCharacters(q), options)).results;
    results = rankByPhrases(plain, phraseHits);
  }
  // For a single Chinese word, the phrase search's excerpt marks the word whole, not its characters apart.
  const single = phraseHits.length === 1 && queryParts(q).length === 1;
  const phraseResult = new Map(single ? phraseHits[0]!.map((r) => [r.id, r]) : []);
  const load = async (from: number, count: number) =>
    (await Promise.all(results.slice(from, from + count).map((r) => (phraseResult.get(r.id) ?? r).data()))).map((data) => toHit(data, q));
  return {
    total: results.length,
    load: async (from, count) => (from === 0 ? firstPageOrder(await load(from, count), q, state.sort) : load(from, count)),
  };
}
