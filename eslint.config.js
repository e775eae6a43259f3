// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      '.cache/',
      '.bench/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      'content/',
      'tests/fixtures/images/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Server side: scripts, config files, the build's integrations and libraries, tests.
  {
    files: ['**/*.{js,mjs,ts,astro}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // What runs in the reader's browser.
  {
    files: ['src/scripts/**/*.ts', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Deliberate: file names and messages are cleaned of control characters (\x00-\x1f).
      'no-control-regex': 'off',
      // `catch {}` is how a missing file is skipped (scripts/serve.ts).
      'no-empty': ['error', { allowEmptyCatch: true }],
      // The ideographic space (U+3000) is Chinese typography in template text; still caught in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
);
