import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, storyEntry, workerEntry, writeSite } from '../support/fixture-site';

/**
 * A story folder and a profile folder renamed after they were published (both
 * are in content/addresses.txt under their old names). With the two lines in
 * content/redirects.yaml, the build leaves a page at each old address that sends
 * visitors on under the sub-path, and nothing lists those pages; without them,
 * the build stops, naming the file and the fields, and keeps the previous dist/.
 */
const base = '/some/sub/path/';
const env = { BASE_PATH: base, SITE_URL: 'https://dingge.example' };
const redirectLines = 'stories:\n  test-story: test-story-renamed\nworkers:\n  zhang-san: zhang-shan\n';

let root: string;
let content: string;
let dist: string;
let files: { name: string; text: string }[];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dingge-renamed-'));
  // New folder names; the photo ids are declared in front matter and stay as published.
  const worker = workerEntry('zhang-shan', '张三');
  worker.frontMatter = worker.frontMatter.replaceAll('zhang-shan-portrait', 'zhang-san-portrait');
  const story = storyEntry('test-story-renamed', '测试故事', ['zhang-shan']);
  story.frontMatter = story.frontMatter.replaceAll('test-story-renamed-', 'test-story-');
  story.body = story.body.replaceAll('test-story-renamed-', 'test-story-');
  content = await writeSite(root, [worker, story]);
  await writeFile(
    path.join(content, 'addresses.txt'),
    [
      'photos/test-story-a\tstories/test-story/a.jpg',
      'photos/test-story-b\tstories/test-story/b.jpg',
      'photos/zhang-san-portrait\tworkers/zhang-san/portrait.jpg',
      'stories/test-story\t测试故事',
      'workers/zhang-san\t张三',
      '',
    ].join('\n'),
  );
  await writeFile(path.join(content, 'redirects.yaml'), redirectLines);
  const result = await build(root, content, env);
  expect(result.code, result.output).toBe(0);
  dist = path.join(root, 'dist');
  const names = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
  files = await Promise.all(
    names
      .filter((name) => !/\.(?:avif|webp|jpe?g|png|woff2?|wasm)$/.test(name))
      .map(async (name) => {
        let bytes = await readFile(name);
        // Pagefind's index files are gzip-compressed: search what they hold.
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
        return { name: path.relative(dist, name), text: bytes.toString('utf8') };
      }),
  );
}, 240_000);

afterAll(() => rm(root, { recursive: true, force: true }));

const text = (name: string) => {
  const file = files.find((f) => f.name === name);
  expect(file, name).toBeDefined();
  return file!.text;
};

describe('a renamed story or profile folder keeps its old address', () => {
  it('builds the pages at their new addresses', () => {
    expect(text('stories/test-story-renamed/index.html')).toContain('测试故事');
    expect(text('workers/zhang-shan/index.html')).toContain('张三');
  });

  it.each([
    ['stories/test-story/index.html', 'stories/test-story-renamed/', '这篇报道（test-story）换了新地址', '阅读报道'],
    ['workers/zhang-san/index.html', 'workers/zhang-shan/', '这位人物的页面（zhang-san）换了新地址', '查看人物页'],
  ])('leaves %s sending visitors to the new address under the sub-path', (old, target, words, link) => {
    const page = text(old);
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${base}${target}">`);
    expect(page).toContain(`<link rel="canonical" href="https://dingge.example${base}${target}">`);
    expect(page).toContain(`<a href="${base}${target}">${link}</a>`);
    expect(page).toContain(words);
    expect(page).toContain('noindex');
  });

  it('lists the new addresses, never the old ones, in the sitemap, the feed and the search index', () => {
    const sitemap = text('sitemap.xml');
    const feed = text('rss.xml');
    const index = files
      .filter((f) => f.name.startsWith('pagefind/'))
      .map((f) => f.text)
      .join('\n');
    expect(sitemap).toContain(`${base}stories/test-story-renamed/`);
    expect(sitemap).toContain(`${base}workers/zhang-shan/`);
    expect(feed).toContain(`${base}stories/test-story-renamed/`);
    // Pagefind records addresses relative to the site's root and adds the base path when searching.
    expect(index).toContain('"url":"/stories/test-story-renamed/"');
    expect(index).toContain('"url":"/workers/zhang-shan/"');
    for (const old of ['/stories/test-story/', '/workers/zhang-san/']) {
      // The redirect pages sit at the old addresses; no file, not even they, names one.
      expect(
        files.filter((f) => f.text.includes(old)).map((f) => f.name),
        old,
      ).toEqual([]);
    }
  });

  it('without the redirect lines, the build stops naming content/redirects.yaml and each field, and keeps dist/', async () => {
    const before = text('stories/test-story/index.html');
    await writeFile(path.join(content, 'redirects.yaml'), 'stories:\nworkers:\n');
    const { code, output } = await build(root, content, env);
    expect(code, output).not.toBe(0);
    expect(output).toMatch(
      /content\/redirects\.yaml: stories\.test-story: 报道 “test-story” 发布过.*改名成了 “test-story-renamed”（标题相同），那就写 test-story: test-story-renamed/,
    );
    expect(output).toMatch(/content\/redirects\.yaml: workers\.zhang-san: 人物 “zhang-san” 发布过.*那就写 zhang-san: zhang-shan/);
    expect(output).toContain('保持原样');
    expect(await readFile(path.join(dist, 'stories/test-story/index.html'), 'utf8')).toBe(before);
  }, 120_000);
});
