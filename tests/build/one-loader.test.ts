import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, storyEntry, workerEntry, writeSite } from '../support/fixture-site';

/**
 * `npm run check` and the build get their entries and problems from one loader
 * (src/lib/content/load.ts): for the same bad content they must name the same
 * problems, each as `file: field: message`, in the same words.
 */
let root: string;
let content: string;

const problemLine = /^(?:\s+- )?(\S.*?: (?:[\w.[\]]+|\(.+?\)): .+)$/;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dingge-one-loader-'));
  const worker = workerEntry('zhang-san', '张三');
  // A schema problem (empty caption), an unknown key, and a rule across files (an unknown worker).
  worker.frontMatter = worker.frontMatter
    .replace('caption: 张三在车间门口。', "caption: ''")
    .replace('industry: 铁路', 'industry: 铁路\nemployr: 某厂');
  const story = storyEntry('test-story', '测试故事', ['li-si']);
  story.body += '\n<Figure id="not-in-this-story" />\n';
  content = await writeSite(root, [worker, story]);
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('one content loader', () => {
  it('check and the build report the same problems for the same bad content', async () => {
    const check = spawnSync(path.resolve('node_modules/.bin/node'), ['scripts/check.ts', '--no-record'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, IMAGE_CACHE_DIR: path.join(root, 'image-cache') },
    });
    expect(check.status).toBe(1);
    const built = await build(root, content);
    expect(built.code).not.toBe(0);

    const lines = (text: string) =>
      text
        .split('\n')
        .map((line) => problemLine.exec(line)?.[1])
        .filter((line): line is string => !!line && line.includes(content))
        .sort();
    const fromCheck = lines(check.stdout);
    expect(fromCheck).toHaveLength(4);
    expect(fromCheck.join('\n')).toMatch(/workers\/zhang-san\/index\.md: photos\[0\]\.caption: /);
    expect(fromCheck.join('\n')).toMatch(/workers\/zhang-san\/index\.md: employr: .*你是不是想写 `employer`/);
    expect(fromCheck.join('\n')).toMatch(/stories\/test-story\/index\.mdx: workers\[0\]: 没有人物“li-si”/);
    expect(fromCheck.join('\n')).toMatch(/stories\/test-story\/index\.mdx: \(正文\): 正文里的照片 “not-in-this-story”/);
    expect(lines(built.output)).toEqual(fromCheck);
  }, 180_000);
});
