import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run real builds; two at a time is what two cores take.
    maxConcurrency: 2,
    testTimeout: 60_000,
  },
});
