/**
 * The header search box, once focused: the first five results under the field
 * as the visitor types, a link to all of them on /search/, arrow keys to move
 * through them and Escape to close. Enter still submits the form to /search/.
 */
import { normalizeQuery, readState, writeState } from '../lib/search/query';
import { loadPagefind, runSearch, searchAsTyped } from './search-engine';
import { hitItem } from './search-render';

const shownInBox = 5;

export function enhance(form: HTMLFormElement) {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-box-panel]')!;
  const list = form.querySelector<HTMLOListElement>('[data-box-results]')!;
  const note = form.querySelector<HTMLElement>('[data-box-note]')!;
  const all = form.querySelector<HTMLAnchorElement>('[data-box-all]')!;
  const status = form.querySelector<HTMLElement>('[data-box-status]')!;
  let current = 0;

  const close = () => {
    panel.hidden = true;
    current++;
  };
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];

  async function update() {
    const q = normalizeQuery(input.value);
    const run = ++current;
    if (!q) return close();
    try {
      const outcome = await runSearch(readState(new URLSearchParams({ q })));
      const hits = await outcome.load(0, shownInBox);
      if (run !== current) return;
      list.replaceChildren(...hits.map((hit) => hitItem(hit, { compact: true })));
      all.href = `${form.action}?${writeState(readState(new URLSearchParams({ q })))}`;
      all.textContent = outcome.total > shownInBox ? `查看全部 ${outcome.total} 条结果` : '到搜索页筛选';
      note.textContent = outcome.total ? '' : `没有找到与“${q}”有关的内容，换个词试试。`;
      status.textContent = outcome.total ? `找到 ${outcome.total} 条结果，按下箭头键浏览` : '没有找到结果';
      panel.hidden = false;
    } catch (error) {
      if (run !== current) return;
      console.warn(error);
      note.textContent = '搜索暂时无法使用，请稍后再试。';
      list.replaceChildren();
      panel.hidden = false;
    }
  }

  searchAsTyped(input, update);
  form.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape' && !panel.hidden) {
      close();
      input.focus();
      event.preventDefault();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !panel.hidden && items.length) {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = at === -1 ? (step > 0 ? 0 : items.length - 1) : at + step;
      if (next < 0 || next >= items.length) input.focus();
      else items[next]!.focus();
      event.preventDefault();
    }
  });
  // Tabbing away closes the panel; a tap elsewhere does too. (A tap on a result link
  // may not focus it, as in Safari, so a focusout without a new target is ignored.)
  form.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (to && !form.contains(to)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!panel.hidden && !form.contains(event.target as Node)) close();
  });

  loadPagefind().catch(() => {});
  if (input.value) update();
}
