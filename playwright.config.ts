import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium';
import { distDir, testBasePath, testPort } from './tests/support/site';

// Several builds may be tested side by side: OUT_DIR picks the build, PORT the server's port.

/**
 * Browser tests run against the test build (`npm run build:test` writes it under a
 * sub-path into .cache/test-dist/, never dist/), served by scripts/serve.ts the way
 * a static host would.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${testPort}${testBasePath}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [
    {
      name: 'phone',
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.ts --port ${testPort} --dir ${distDir}`,
    env: { BASE_PATH: testBasePath },
    url: `http://127.0.0.1:${testPort}${testBasePath}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
