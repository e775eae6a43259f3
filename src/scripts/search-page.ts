/**
 * The /search/ page: reads the query and filters from the address, searches as
 * the visitor types or changes a filter, and keeps the address in step so any
 * search can be shared.
 */
import { filterKeys } from '../lib/search/keys';
import { isEmptyState, normalizeQuery, queryParts, readState, writeState, type SearchState } from '../lib/search/query';
import { loadPagefind, runSearch, searchAsTyped, type SearchHit, type SearchOutcome } from './search-engine';
import { hitItem } from './search-render';

const pageSize = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const start = document.querySelector<HTMLElement>('[data-search-start]')!;
const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
const filtersBox = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;

let current = 0;
let outcome: SearchOutcome | undefined;
let shown = 0;

function formState(): SearchState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data) if (typeof value === 'string' && value) params.set(key, value);
  return readState(params);
}

function fillForm(state: SearchState) {
  input.value = state.q;
  const type = form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(state.type)}"]`);
  if (type) type.checked = true;
  for (const key of filterKeys) {
    const select = form.elements.namedItem(key) as HTMLSelectElement | null;
    if (select) select.value = [...select.options].some((o) => o.value === state.filters[key]) ? state.filters[key] : '';
  }
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
  if (filterKeys.some((key) => state.filters[key]) || state.sort === 'date') filtersBox.open = true;
}

function describe(state: SearchState, total: number, firstPage: SearchHit[]): string {
  const chosen = [state.type, ...filterKeys.map((key) => state.filters[key])].filter(Boolean);
  const within = chosen.length ? `（筛选：${chosen.join('、')}）` : '';
  const about = state.q ? `与“${state.q}”有关的` : '';
  if (!total) return `没有找到${about}结果${within}`;
  if (state.q && firstPage.every((hit) => hit.partial)) {
    const whole = queryParts(state.q).length > 1 ? '同时含有这几个词' : `含有完整“${state.q}”`;
    return `没有${whole}的内容${within}；以下 ${total} 条结果只含其中部分字词`;
  }
  return `找到 ${total} 条${about}结果${within}`;
}

function showEmpty(state: SearchState) {
  const parts = queryParts(state.q);
  const hints: (string | HTMLElement)[] = ['可以检查有没有错别字，或换个说法：只输入姓名、地名、单位或荣誉。拼音请连写，例如 chixiufeng。'];
  if (parts.length > 1) {
    const line = document.createElement('span');
    line.append('分开搜：');
    parts.forEach((part, i) => {
      const link = document.createElement('a');
      link.href = `?${writeState({ ...state, q: part })}`;
      link.textContent = part;
      line.append(i ? '、' : '', link);
    });
    hints.push(line);
  }
  if (isEmptyState({ ...state, q: '' }) === false) {
    const clear = document.createElement('a');
    clear.href = `?${writeState({ ...state, type: '', filters: { province: '', industry: '', honour: '', year: '' } })}`;
    clear.textContent = '去掉筛选条件再搜';
    hints.push(clear);
  }
  empty.querySelector('ul')!.replaceChildren(
    ...hints.map((hint) => {
      const li = document.createElement('li');
      li.append(hint);
      return li;
    }),
  );
  empty.hidden = false;
}

async function showMore(focusFirst: boolean): Promise<SearchHit[]> {
  if (!outcome) return [];
  const run = current;
  const hits = await outcome.load(shown, pageSize);
  if (run !== current) return hits;
  const items = hits.map((hit) => hitItem(hit));
  list.append(...items);
  shown += hits.length;
  more.hidden = shown >= outcome.total;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
  return hits;
}

async function search(state: SearchState) {
  const run = ++current;
  const query = writeState(state).toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  empty.hidden = true;
  if (isEmptyState(state)) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    start.hidden = false;
    return;
  }
  start.hidden = true;
  const slow = setTimeout(() => run === current && (status.textContent = '正在搜索…'), 300);
  try {
    const result = await runSearch(state);
    if (run !== current) return;
    outcome = result;
    shown = 0;
    list.replaceChildren();
    const firstPage = await showMore(false);
    if (run !== current) return;
    status.textContent = describe(state, result.total, firstPage);
    if (!result.total || (state.q && firstPage.every((hit) => hit.partial))) showEmpty(state);
  } catch (error) {
    if (run !== current) return;
    console.warn(error);
    status.textContent = '搜索暂时无法使用，请检查网络后刷新页面再试。';
  } finally {
    clearTimeout(slow);
  }
}

const cancelTypedSearch = searchAsTyped(input, () => search(formState()));
form.addEventListener('change', (event) => {
  if (event.target !== input) search(formState());
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  cancelTypedSearch();
  input.value = normalizeQuery(input.value);
  search(formState());
});
more.addEventListener('click', () => showMore(true));

const initial = readState(new URLSearchParams(location.search));
fillForm(initial);
if (isEmptyState(initial)) loadPagefind().catch(() => {});
else search(initial);
