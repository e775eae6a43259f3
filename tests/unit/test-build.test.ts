import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, testDistDir } from '../support/site';

describe('npm test', () => {
  it('builds into a folder of its own and never touches the dist/ made for deploying', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['build:test']).toContain(`OUT_DIR=${testDistDir} `);
    expect(scripts['test:e2e']).toMatch(/^npm run build:test && /);
    expect(path.resolve(testDistDir)).not.toBe(path.resolve('dist'));
    if (!process.env.OUT_DIR) expect(distDir).toBe(path.resolve(testDistDir));
  });
});
