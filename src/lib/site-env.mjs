// Plain JS so astro.config.mjs can import it before any TypeScript tooling runs.
import { resolve } from 'node:path';

/**
 * The site's absolute origin from SITE_URL, without a trailing slash.
 * @param {Record<string, string | undefined>} env
 */
export function siteUrl(env) {
  const raw = env.SITE_URL?.trim() || 'http://localhost:4321';
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL “${raw}” 不是有效网址，应写成 https://example.org`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL “${raw}” 只写域名（https://example.org），子路径请放在 BASE_PATH`);
  }
  return url.origin;
}

/**
 * The sub-path the site is served under, from BASE_PATH: always starts and ends with `/`.
 * @param {Record<string, string | undefined>} env
 */
export function basePath(env) {
  const raw = env.BASE_PATH?.trim() || '/';
  const parts = raw.split('/').filter(Boolean);
  for (const part of parts) {
    if (!/^[A-Za-z0-9._~-]+$/.test(part) || part === '.' || part === '..') {
      throw new Error(`BASE_PATH “${raw}” 只能含字母、数字和 . _ ~ -，例如 /dingge/`);
    }
  }
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/**
 * Where photo renditions are cached between builds (keep it in CI): IMAGE_CACHE_DIR or `.cache/images`.
 * @param {Record<string, string | undefined>} env
 */
export function imageCacheDir(env) {
  return resolve(env.IMAGE_CACHE_DIR?.trim() || '.cache/images');
}
