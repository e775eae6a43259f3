// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteUrl, basePath } from './src/lib/site-env.mjs';
import { renditions } from './src/integrations/renditions.ts';

const imageCacheRoot = path.resolve(process.env.IMAGE_CACHE_DIR ?? '.cache/images');

// SITE_URL and BASE_PATH decide every absolute and relative address (see README, “部署”).
export default defineConfig({
  site: siteUrl(process.env),
  base: basePath(process.env),
  trailingSlash: 'always',
  // Astro 7's default 'jsx' whitespace rules drop the space between inline elements
  // in mixed Chinese and Latin text; `true` compresses losslessly instead.
  compressHTML: true,
  integrations: [mdx(), renditions(imageCacheRoot)],
});
