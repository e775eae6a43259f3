/**
 * The lightbox (PhotoSwipe 5), fetched by lightbox.ts on the first open; it
 * links its stylesheet as soon as it runs. Every photo link on the page is a
 * slide, in document order. The address follows the photo shown
 * (`/photos/<id>/`), so reloading or sharing it shows that photo's own page,
 * and Back closes the lightbox.
 */
import PhotoSwipe, { type SlideData } from 'photoswipe';
// Imported as a URL and linked here: a plain CSS import would be put in every page's
// <head> by Astro, loaded before any photo is opened (withastro/astro#9495).
import stylesheetUrl from '../components/lightbox/lightbox.css?url';

interface PhotoSlide extends SlideData {
  id: string;
  /** The photo page, absolute: the address while the slide is shown. */
  href: string;
  element: HTMLAnchorElement;
  figcaption: HTMLElement | null;
}

interface OpenLightbox {
  pswp: PhotoSwipe;
  /** Closed by Back (or Forward): the address has already moved, so don't go back again. */
  closedByHistory: boolean;
  pageTitle: string;
}

const stateKey = 'dinggeLightbox';
let current: OpenLightbox | undefined;
let scrollRestorationBefore: ScrollRestoration | undefined;

let stylesheet: Promise<unknown> | undefined;

/** Links the lightbox's stylesheet once; a failed load is tried again on the next open. */
function loadStylesheet() {
  stylesheet ??= new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheetUrl, onload: resolve });
    link.onerror = () => {
      link.remove();
      stylesheet = undefined;
      reject(new Error(stylesheetUrl));
    };
    document.head.append(link);
  });
  return stylesheet;
}
loadStylesheet().catch(() => {});

const photoLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('a[data-photo]')];

/** The format the browser picked for the page's <picture>s, so the lightbox fetches the same kind. */
function chosenFormat(links: HTMLAnchorElement[], first: HTMLAnchorElement): 'avif' | 'webp' | 'jpeg' {
  const loaded = [first, ...links].map((a) => a.querySelector('img')?.currentSrc).find(Boolean) ?? '';
  const extension = new URL(loaded || location.href).pathname.split('.').pop();
  return extension === 'avif' ? 'avif' : extension === 'jpg' ? 'jpeg' : 'webp';
}

/** The widest candidate of a `srcset` (`url 480w, url 960w`). */
function widest(srcset: string): string {
  const candidates = srcset.split(',').map((c) => c.trim().split(/\s+/));
  candidates.sort((a, b) => parseInt(b[1] ?? '0') - parseInt(a[1] ?? '0'));
  return candidates[0]![0]!;
}

function slideFor(link: HTMLAnchorElement, format: 'avif' | 'webp' | 'jpeg'): PhotoSlide {
  const img = link.querySelector('img');
  const srcset =
    format === 'jpeg' ? undefined : (link.querySelector(`source[type="image/${format}"]`)?.getAttribute('srcset') ?? undefined);
  return {
    id: link.dataset.photo!,
    href: link.href,
    // srcset lets the browser fetch a rendition as wide as the screen, and the full size once zoomed in.
    src: srcset ? widest(srcset) : format === 'jpeg' && img ? img.src : link.dataset.full,
    srcset,
    width: Number(link.dataset.fullWidth),
    height: Number(link.dataset.fullHeight),
    msrc: img?.currentSrc || undefined,
    alt: img?.alt ?? '',
    element: link,
    figcaption: link.closest('figure')?.querySelector('figcaption') ?? null,
  };
}

/** The caption and credit as printed under the photo, and a way to its page (and the download). */
function renderCaption(box: HTMLElement, slide: PhotoSlide) {
  const text = document.createElement('p');
  if (slide.figcaption) text.append(...Array.from(slide.figcaption.cloneNode(true).childNodes));
  const more = document.createElement('p');
  const link = document.createElement('a');
  link.href = slide.href;
  link.textContent = '照片页 · 下载原图';
  more.append(link);
  box.replaceChildren(text, more);
}

/** The photo page's own title (see src/pages/photos/[id].astro), so history entries read right. */
function titleOf(slide: PhotoSlide, pageTitle: string): string {
  const caption = slide.figcaption?.querySelector('.caption')?.textContent?.trim();
  return caption ? `${caption.slice(0, 40)} · 定格` : pageTitle;
}

/** Buttons and links the visitor can reach with Tab (PhotoSwipe hides arrows on touch screens). */
function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button:not(:disabled), a[href]')].filter(
    (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
  );
}

function openAt(links: HTMLAnchorElement[], index: number, pushHistory: boolean) {
  if (current || !links[index]) return;
  const format = chosenFormat(links, links[index]);
  const slides = links.map((link) => slideFor(link, format));
  const pswp = new PhotoSwipe({
    dataSource: slides,
    index,
    bgOpacity: 1,
    // Focus goes back to the thumbnail of the photo shown last, not the one first opened.
    returnFocus: false,
    preloaderDelay: 600,
    paddingFn: (viewport) => (viewport.x >= 640 ? { top: 56, bottom: 112, left: 24, right: 24 } : { top: 0, bottom: 0, left: 0, right: 0 }),
    closeTitle: '关闭（Esc）',
    zoomTitle: '放大或缩小（Z）',
    arrowPrevTitle: '上一张',
    arrowNextTitle: '下一张',
    errorMsg: '照片没能加载，请检查网络后再试',
  });
  const open: OpenLightbox = { pswp, closedByHistory: false, pageTitle: document.title };
  current = open;
  const shown = () => pswp.currSlide?.data as PhotoSlide | undefined;

  // Back returns the reader to where they were reading, not to the old scroll position.
  scrollRestorationBefore ??= history.scrollRestoration;
  history.scrollRestoration = 'manual';
  if (pushHistory) history.pushState({ [stateKey]: slides[index]!.id }, '', slides[index]!.href);

  pswp.on('uiRegister', () => {
    pswp.ui?.registerElement({
      name: 'dingge-caption',
      appendTo: 'root',
      onInit: (box) => {
        box.id = 'pswp-dingge-caption';
        box.setAttribute('aria-live', 'polite');
        pswp.element?.setAttribute('aria-describedby', box.id);
        pswp.on('change', () => {
          const slide = shown();
          if (slide) renderCaption(box, slide);
        });
      },
    });
  });
  pswp.on('change', () => {
    const slide = shown();
    if (!slide) return;
    document.title = titleOf(slide, open.pageTitle);
    if (history.state?.[stateKey]) history.replaceState({ [stateKey]: slide.id }, '', slide.href);
  });
  // PhotoSwipe pulls focus back only once it has left for the page; Tab past the last
  // control would still reach the browser's own UI, so wrap around instead.
  pswp.on('keydown', ({ originalEvent: event }) => {
    if (event.key !== 'Tab' || !pswp.element) return;
    const controls = focusableIn(pswp.element);
    const [first, last] = [controls[0], controls.at(-1)];
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === pswp.element)) last?.focus();
    else if (!event.shiftKey && active === last) first?.focus();
    else return;
    event.preventDefault();
  });
  pswp.on('close', () => {
    // Before the closing zoom measures it: the thumbnail of the last photo shown must be on screen.
    shown()?.element.scrollIntoView({ block: 'nearest' });
    document.title = open.pageTitle;
    if (!open.closedByHistory && history.state?.[stateKey]) history.back();
  });
  pswp.on('destroy', () => {
    shown()?.element.focus({ preventScroll: true });
    current = undefined;
  });
  pswp.init();
  pswp.element?.setAttribute('aria-modal', 'true');
  pswp.element?.setAttribute('aria-label', '照片浏览');
}

/** Opens the lightbox at this photo link, once the stylesheet is in; rejects if it cannot load. */
export async function openFromLink(link: HTMLAnchorElement) {
  await loadStylesheet();
  const links = photoLinks();
  openAt(links, Math.max(0, links.indexOf(link)), true);
}

addEventListener('popstate', (event) => {
  const id: unknown = event.state?.[stateKey];
  if (typeof id !== 'string') {
    // Back from the lightbox's entry: close it (or it is already closing).
    if (scrollRestorationBefore) history.scrollRestoration = scrollRestorationBefore;
    if (current && !current.pswp.isDestroying) {
      current.closedByHistory = true;
      current.pswp.close();
    }
    return;
  }
  // Forward onto a lightbox entry of this page: open it again where it was.
  if (current) return;
  const links = photoLinks();
  const index = links.findIndex((link) => link.dataset.photo === id);
  if (index >= 0) openAt(links, index, false);
  else location.reload();
});

// Restored from the back-forward cache onto the page's own entry: no lightbox left open.
addEventListener('pageshow', (event) => {
  if (event.persisted && current && !history.state?.[stateKey]) {
    current.closedByHistory = true;
    current.pswp.destroy();
  }
});
