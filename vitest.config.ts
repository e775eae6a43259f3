import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run real builds, and Astro writes some of its generated files into the
    // project's own .astro/ whatever the output folder: two builds at once would mix them.
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
