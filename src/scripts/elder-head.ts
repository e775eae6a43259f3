/**
 * 长辈模式, the part that must run before the first paint: a classic script in
 * <head> (src/layouts/Base.astro renders it inline, allowed by its hash) that puts
 * `class="elder"` on <html> when the reader chose the mode, so the page is never
 * drawn small first.
 *
 * The switch (src/components/ElderToggle.astro) is a plain GET form: `?elder=1`
 * or `?elder=0` on the page's own address. This script stores that choice and
 * takes the parameter off the address again, so a link copied afterwards never
 * carries it (a grandparent's setting is not forced on whoever opens the link).
 * Nothing else is needed to switch: no click handler, no module to load.
 *
 * Kept small (it is first-load JavaScript on every page, see tests/e2e/budgets.spec.ts)
 * and written as plain ES5, since it is served as it is. localStorage can throw
 * (storage turned off, some in-app browsers): then the page simply stays as it is.
 */
export const elderStorageKey = 'dingge:elder';

export const elderHeadScript =
  'try{var d=document.documentElement,l=localStorage,k="' +
  elderStorageKey +
  '",m=/[?&]elder=([01])/.exec(location.search);' +
  'm&&(l.setItem(k,m[1]),history.replaceState(null,"",location.pathname+location.hash));' +
  'l.getItem(k)=="1"&&d.classList.add("elder")}catch(e){}';
