import { existsSync } from 'node:fs';

/**
 * The Chromium the tests drive. Playwright may not download its own browser
 * here, so we use the system's: CHROMIUM_PATH, else Debian's `chromium` package.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) {
    throw new Error('找不到 Chromium：请安装 Debian 的 chromium 包（apt-get install chromium），或设置 CHROMIUM_PATH');
  }
  return found;
}

/** Flags for headless Chromium on a closed network, as root, without a GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
