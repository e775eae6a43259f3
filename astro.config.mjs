// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { basePath, imageCacheDir, siteUrl } from './src/lib/site-env.mjs';
import { renditions } from './src/integrations/renditions.ts';

// SITE_URL and BASE_PATH decide every absolute and relative address (see README, “部署”).
export default defineConfig({
  site: siteUrl(process.env),
  base: basePath(process.env),
  // OUT_DIR and ASTRO_CACHE_DIR let tests and benchmarks build side by side without clobbering dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Astro 7's default 'jsx' whitespace rules drop the space between inline elements
  // in mixed Chinese and Latin text; `true` compresses losslessly instead.
  compressHTML: true,
  integrations: [mdx(), renditions(imageCacheDir(process.env))],
});
