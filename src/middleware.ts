/**
 * What every page and its components may read besides their props: the site's
 * settings (name, tagline, contact), resolved once and handed on through
 * `Astro.locals`, as Starlight hands on its route data.
 */
import { defineMiddleware } from 'astro:middleware';
import { getSettings } from './data/site';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.settings = await getSettings();
  return next();
});
