/**
 * The only lightbox code a page loads up front: one click listener. PhotoSwipe
 * (which then links its stylesheet) is fetched the first time a visitor opens
 * a photo. Without JavaScript, with a modifier key or a middle click, a photo
 * link simply goes to the photo's own page.
 */
import photoswipeUrl from './lightbox-photoswipe.ts?lazy';

type PhotoSwipeModule = typeof import('./lightbox-photoswipe.ts');

let opening = false;

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-photo]');
  if (!link) return;
  event.preventDefault();
  if (opening) return;
  opening = true;
  link.setAttribute('aria-busy', 'true');
  (import(/* @vite-ignore */ photoswipeUrl) as Promise<PhotoSwipeModule>)
    .then((lightbox) => lightbox.openFromLink(link))
    // Offline or blocked: the photo page still works.
    .catch(() => location.assign(link.href))
    .finally(() => {
      opening = false;
      link.removeAttribute('aria-busy');
    });
});
