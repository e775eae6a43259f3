/** Builds result items as DOM nodes, for the search page and the header box alike. */
import type { SearchHit } from './search-engine';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Pagefind joins the blocks of a page (headline, paragraphs, captions) with a Latin
 * full stop and a space where a block ends without punctuation: “…留下影像 . ——记…”.
 * After Chinese text that stop becomes what Chinese would write: nothing before the
 * dash of a 副题 (“留下影像——记…”), else “。”. (The 引题 ends in a hidden space in
 * src/components/Headline.astro, so it is followed by a space, as headlines are quoted.)
 * Pagefind separates words with zero-width spaces; a highlight may close before the stop.
 */
const blockStop =
  /([\p{Script=Han}\u3001-\u303f\uff01-\uff5e”’」』》）])((?:<\/mark>)?)[\u200b ]*\.(?:[\u200b ]+|$)((?:<mark>)?)(?=(—)?)/gu;

/** Chinese punctuation, which the next block follows with no space. */
const spaceAfterStop = /([\u3001-\u303f\uff01-\uff5e”’」』》）])((?:<\/mark>)?) +/gu;

export function chineseExcerpt(excerpt: string): string {
  return excerpt
    .replace(blockStop, (_, last: string, close: string, open: string, dash?: string) => {
      const stop = dash || /[\u3001-\u303f\uff01-\uff5e”’」』》）]/u.test(last) ? '' : '。';
      return `${last}${close}${stop}${open}`;
    })
    .replace(spaceAfterStop, '$1$2');
}

/** The excerpt as text with <mark> elements only: nothing else from the index becomes markup. */
export function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = chineseExcerpt(excerpt);
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK' ? el('mark', '', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

/**
 * One result: thumbnail, type, title, a line about it and the excerpt. The whole
 * title is the link; the thumbnail is decorative (the title says what it is).
 */
export function hitItem(hit: SearchHit, { compact = false } = {}): HTMLLIElement {
  const item = el('li', ['hit', compact && 'compact', hit.partial && 'partial'].filter(Boolean).join(' '));
  const link = el('a', 'hit-link');
  link.href = hit.url;
  if (hit.image) {
    const picture = el('picture', 'hit-picture');
    if (hit.imageAvif) {
      const avif = el('source', '');
      avif.type = 'image/avif';
      avif.srcset = hit.imageAvif;
      picture.append(avif);
    }
    const img = el('img', 'hit-thumb');
    img.src = hit.image;
    img.alt = '';
    img.width = 96;
    img.height = 72;
    img.loading = 'lazy';
    img.decoding = 'async';
    picture.append(img);
    link.append(picture);
  }
  const text = el('span', 'hit-text');
  const kind = el('span', 'hit-type', hit.type);
  const title = el('span', 'hit-title', hit.title);
  text.append(kind, title);
  const about = el('span', 'hit-about', [hit.about, compact ? '' : hit.date].filter(Boolean).join(' · '));
  if (hit.partial) about.prepend(el('span', 'hit-partial', '部分匹配'), ' ');
  text.append(about);
  link.append(text);
  item.append(link);
  if (!compact && hit.excerpt) {
    const excerpt = el('p', 'hit-excerpt');
    excerpt.append(...excerptNodes(hit.excerpt));
    item.append(excerpt);
  }
  return item;
}
