import rehypeExternalLinks, { type Options } from 'rehype-external-links';

/**
 * Links to other sites in Markdown and MDX get `rel="noopener noreferrer"`, so
 * the other site gets no handle on ours and no referrer. A rehype plugin and
 * its options, as astro.config.mjs passes them to the Markdown processor.
 */
export const externalLinks: [typeof rehypeExternalLinks, Options] = [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }];
