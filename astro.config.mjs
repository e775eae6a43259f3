// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { basePath, imageCacheDir, siteUrl } from './src/lib/site-env.mjs';
import { renditions } from './src/integrations/renditions.ts';
import { externalLinks } from './src/lib/external-links.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { redirects } from './src/integrations/redirects.ts';
import { lazyModules } from './src/integrations/lazy-modules.ts';

// Astro lets an environment variable stand in for any `import.meta.env` value in
// prerendered code, so a BASE_URL or SITE in the shell (Vitest sets BASE_URL=/) would
// replace the configured base in every link. These names are Astro's and Vite's, not ours.
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

// SITE_URL and BASE_PATH decide every absolute and relative address (see README, “部署”).
export default defineConfig({
  site: siteUrl(process.env),
  base: basePath(process.env),
  // OUT_DIR and ASTRO_CACHE_DIR let tests and benchmarks build elsewhere without clobbering dist/
  // (one build at a time per project folder: Astro keeps some generated files in ./.astro/).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Most visits are one page opened from a shared link: the page's few KB of CSS
  // travel inside it rather than as a render-blocking request (Lighthouse, BENCHMARKS.md).
  build: { inlineStylesheets: 'always' },
  // Astro 7's default 'jsx' whitespace rules drop the space between inline elements
  // in mixed Chinese and Latin text; `true` compresses losslessly instead.
  compressHTML: true,
  // A strict Content-Security-Policy in every page: scripts and styles only from
  // this origin or by hash, no other origin for anything.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: [
          "'self'",
          // Inline style attributes carry per-image data (placeholder, aspect ratio, crop focus);
          // style elements still need a hash.
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  markdown: {
    // SmartyPants would turn ASCII punctuation into Western typography inside Chinese text.
    processor: unified({ rehypePlugins: [externalLinks], smartypants: false }),
    // No code on this site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  vite: { plugins: [lazyModules()] },
  // Redirect pages at old addresses come after the search index, which must not list them.
  integrations: [mdx(), renditions(imageCacheDir(process.env)), pagefindIndex(), redirects(process.env.CONTENT_DIR ?? './content')],
});
