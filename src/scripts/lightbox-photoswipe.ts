/**
 * The lightbox (PhotoSwipe 5), fetched by lightbox.ts on the first open; it
 * links its stylesheet as soon as it runs. Every photo link on the page is a
 * slide, in document order. The address follows the photo shown
 * (`/photos/<id>/`), so reloading or sharing it shows that photo's own page,
 * and Back closes the lightbox.
 *
 * The address leads and the lightbox follows: whatever moved last (a tap, Back,
 * Forward, the end of an opening or closing zoom), `sync()` makes the lightbox
 * agree with the history entry, waiting for PhotoSwipe where it cannot be
 * stopped halfway (it ignores close() while zooming in).
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
  /** Closing (its zoom out running): from here on only its end matters. */
  closing: boolean;
  pageTitle: string;
}

/** The history state of a lightbox entry, `{ dinggeLightbox: <photo id> }` (also written by lightbox.ts). */
const stateKey = 'dinggeLightbox';
let current: OpenLightbox | undefined;
/** The link last tapped: the slide to open at, if the entry is still its photo. */
let tapped: HTMLAnchorElement | undefined;
/** The lightbox closed itself and went back: the address is on its way to the page's own entry. */
let goingBack = false;

/** The photo id of the history entry, if it is one of the lightbox's. */
function wanted(): string | undefined {
  const id: unknown = history.state?.[stateKey];
  return typeof id === 'string' ? id : undefined;
}

let stylesheet: Promise<unknown> | undefined;
let stylesheetLoaded = false;

/** Links the lightbox's stylesheet once; a failed load is tried again on the next open. */
function loadStylesheet() {
  stylesheet ??= new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheetUrl });
    link.onload = () => {
      stylesheetLoaded = true;
      resolve(undefined);
    };
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

function openAt(links: HTMLAnchorElement[], index: number) {
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
  const open: OpenLightbox = { pswp, closing: false, pageTitle: document.title };
  current = open;
  const shown = () => pswp.currSlide?.data as PhotoSlide | undefined;

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
    if (!slide || open.closing) return;
    document.title = titleOf(slide, open.pageTitle);
    if (wanted()) history.replaceState({ [stateKey]: slide.id }, '', slide.href);
  });
  // Back may have come while it zoomed in. `data-zoom` tells tests (and styles) which zoom is running.
  pswp.on('openingAnimationEnd', () => {
    pswp.element?.removeAttribute('data-zoom');
    sync();
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
    open.closing = true;
    pswp.element?.setAttribute('data-zoom', 'out');
    // Before the closing zoom measures it: the thumbnail of the last photo shown must be on screen.
    shown()?.element.scrollIntoView({ block: 'nearest' });
    document.title = open.pageTitle;
    // Closed by the visitor (close button, Escape, a swipe down): leave the lightbox's entry.
    if (wanted()) {
      goingBack = true;
      history.back();
    }
  });
  pswp.on('destroy', () => {
    shown()?.element.focus({ preventScroll: true });
    document.title = open.pageTitle;
    current = undefined;
    // A tap or Forward during the closing zoom wants it open again.
    setTimeout(sync);
  });
  pswp.init();
  pswp.element?.setAttribute('aria-modal', 'true');
  pswp.element?.setAttribute('aria-label', '照片浏览');
  if (!pswp.opener.isOpen) pswp.element?.setAttribute('data-zoom', 'in');
}

/**
 * Makes the lightbox agree with the address: open on a lightbox entry, closed on
 * the page's own. Where PhotoSwipe is mid-zoom, the end of the zoom calls again.
 */
function sync() {
  if (goingBack) return;
  const id = wanted();
  if (!id) {
    // Back on the page's own entry (lightbox.ts made it 'manual' at the tap, so that the
    // reader stays where the lightbox left them): later visits restore it as usual.
    history.scrollRestoration = 'auto';
    // Zooming in, PhotoSwipe ignores close(): openingAnimationEnd comes back here.
    if (current && !current.closing && current.pswp.opener.isOpen) current.pswp.close();
    return;
  }
  if (current) {
    // Closing: its destroy comes back here and opens it again.
    if (current.closing) return;
    // Open on another photo of the page (Forward or Back between two lightbox entries): show that one.
    const index = photoLinks().findIndex((link) => link.dataset.photo === id);
    if (index >= 0 && (current.pswp.currSlide?.data as PhotoSlide | undefined)?.id !== id) current.pswp.goTo(index);
    return;
  }
  if (!stylesheetLoaded) {
    loadStylesheet().then(sync, () => location.reload());
    return;
  }
  const links = photoLinks();
  const index = tapped?.dataset.photo === id ? links.indexOf(tapped) : links.findIndex((link) => link.dataset.photo === id);
  // An entry of a photo no longer on the page (the page changed since): show the photo's own page.
  if (index >= 0) openAt(links, index);
  else location.reload();
}

/** Opens the lightbox at this photo link (lightbox.ts has added its history entry), once the stylesheet is in. */
export async function openFromLink(link: HTMLAnchorElement) {
  tapped = link;
  await loadStylesheet();
  sync();
}

addEventListener('popstate', () => {
  goingBack = false;
  sync();
});

// Restored from the back-forward cache onto the page's own entry: no lightbox left open.
addEventListener('pageshow', (event) => {
  if (event.persisted && current && !wanted()) current.pswp.destroy();
  if (event.persisted) sync();
});
