/**
 * The only lightbox code a page loads up front: one click listener. PhotoSwipe
 * (which then links its stylesheet) is fetched the first time a visitor opens
 * a photo. Without JavaScript, with a modifier key or a middle click, a photo
 * link simply goes to the photo's own page.
 *
 * The lightbox's history entry is added at the tap itself, before any code
 * loads, so a Back pressed at any moment from then on is the lightbox's Back:
 * lightbox-photoswipe.ts opens only while the address is still that entry.
 */
import photoswipeUrl from './lightbox-photoswipe.ts?lazy';

type PhotoSwipeModule = typeof import('./lightbox-photoswipe.ts');

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-photo]');
  if (!link) return;
  event.preventDefault();
  // Already on a lightbox entry: it is open or opening.
  if (history.state?.dinggeLightbox) return;
  // Coming back to the page's entry keeps the page where the lightbox left it (lightbox-photoswipe.ts resets this there).
  history.scrollRestoration = 'manual';
  history.pushState({ dinggeLightbox: link.dataset.photo }, '', link.href);
  // ARIA reflection (fewer bytes than setAttribute; the page's first-load budget is tight).
  link.ariaBusy = 'true';
  (import(/* @vite-ignore */ photoswipeUrl) as Promise<PhotoSwipeModule>)
    .then((lightbox) => lightbox.openFromLink(link))
    // Offline or blocked: the address is the photo page's, which still works (unless Back came first).
    .catch(() => history.state?.dinggeLightbox && location.reload())
    .finally(() => (link.ariaBusy = null));
});
