/**
 * The only lightbox code a page loads up front: one click listener. PhotoSwipe
 * and its stylesheet are fetched, side by side, the first time a visitor opens
 * a photo. Without JavaScript, with a modifier key or a middle click, a photo
 * link simply goes to the photo's own page.
 */
// Imported as a URL and linked on open: a plain CSS import in the lightbox module would
// be put in every page's <head> by Astro, loaded before any photo is opened
// (withastro/astro#9495).
import stylesheetUrl from '../components/lightbox/lightbox.css?url';

let stylesheet: Promise<unknown> | undefined;
let opening = false;

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

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-photo]');
  if (!link) return;
  event.preventDefault();
  if (opening) return;
  opening = true;
  link.setAttribute('aria-busy', 'true');
  Promise.all([import('./lightbox-photoswipe.ts'), loadStylesheet()])
    .then(([lightbox]) => lightbox.openFromLink(link))
    // Offline or blocked: the photo page still works.
    .catch(() => location.assign(link.href))
    .finally(() => {
      opening = false;
      link.removeAttribute('aria-busy');
    });
});
