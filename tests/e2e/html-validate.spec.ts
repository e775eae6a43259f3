import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';
import { distDir, distFiles } from '../support/site';

/** Every built HTML file is valid HTML by html-validate's recommended rules. */
test('every page in dist/ is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes `<!DOCTYPE html>`; the rule wants lower case.
      'doctype-style': 'off',
      // Attributes like <script type="module"> written by Astro's bundler are fine.
      'script-type': 'off',
      // Astro's compressed output omits optional whitespace between attributes it controls.
      'attribute-boolean-style': 'off',
      // Chinese text uses full-width quotes; this rule is about ASCII quote style in attributes.
      'attr-quotes': 'off',
      // The placeholder and aspect ratio are per-image data, allowed by the CSP for attributes only.
      'no-inline-style': 'off',
      'no-trailing-whitespace': 'off',
      'void-style': 'off',
      // role="list" on styled lists is deliberate: Safari drops list semantics when list-style is none.
      'no-redundant-role': 'off',
      // HTML allows ids that start with a digit; MDX heading ids come from Chinese headings such as “4000多场…”.
      'valid-id': ['error', { relaxed: true }],
    },
  });
  const failures: string[] = [];
  for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateString(readFileSync(path.join(distDir, file), 'utf8'), file);
    for (const result of report.results)
      for (const m of result.messages) failures.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(failures).toEqual([]);
});
