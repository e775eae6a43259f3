import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, storyEntry, workerEntry, writeSite, type FixtureEntry } from '../support/fixture-site';

/**
 * Bad input must fail the real build with a message naming the file (and the
 * field), and leave the previous dist/ exactly as it was.
 */
let root: string;
let distHash: string;

async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  for (const e of entries.map((e) => path.join(e.parentPath, e.name)).sort()) hash.update(e).update(await readFile(e));
  return hash.digest('hex');
}

const good = (): FixtureEntry[] => [workerEntry('zhang-san', '张三'), storyEntry('test-story', '测试故事', ['zhang-san'])];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dingge-bad-'));
  const { code, output } = await build(root, await writeSite(path.join(root, 'good'), good()));
  expect(code, output).toBe(0);
  distHash = await hashTree(path.join(root, 'dist'));
}, 180_000);

afterAll(async () => {
  // Every failed build below left the first build untouched.
  expect(await hashTree(path.join(root, 'dist'))).toBe(distHash);
  await rm(root, { recursive: true, force: true });
});

const fixtures = path.resolve('tests/fixtures/images');

type Case = [
  name: string,
  change: (entries: FixtureEntry[]) => void,
  after: ((content: string) => Promise<void>) | null,
  expected: RegExp[],
];
const story = (entries: FixtureEntry[]) => entries[1]!;
const worker = (entries: FixtureEntry[]) => entries[0]!;
const copyFixture = (name: string, to: string) => (content: string) => copyFile(path.join(fixtures, name), path.join(content, to));
/** Replaces a photo with a link to an image outside the content folder (git stores links, so one commit can do this). */
const linkOutside = (to: string) => async (content: string) => {
  const outside = path.join(path.dirname(content), 'outside.jpg');
  await rename(path.join(content, to), outside);
  await symlink(outside, path.join(content, to));
};
/** Moves a whole entry folder out of the content folder and links it back in. */
const folderOutside = (folder: string) => async (content: string) => {
  const outside = path.join(path.dirname(content), 'outside-folder');
  await rename(path.join(content, folder), outside);
  await symlink(outside, path.join(content, folder));
};

const cases: Case[] = [
  [
    'a missing alt',
    (e) => (story(e).frontMatter = story(e).frontMatter.replace('alt: 清晨的站台上停着货车, ', '')),
    null,
    [/stories\/test-story\/index\.mdx/, /photos\[0\]\.alt/, /缺少替代文字/],
  ],
  [
    'an empty alt',
    (e) => (story(e).frontMatter = story(e).frontMatter.replace('alt: 清晨的站台上停着货车', "alt: ''")),
    null,
    [/test-story\/index\.mdx/, /photos\[0\]\.alt/],
  ],
  [
    'a missing credit',
    (e) => (worker(e).frontMatter = worker(e).frontMatter.replace('    credit: 定格编辑部 制图\n', '')),
    null,
    [/workers\/zhang-san\/index\.md/, /photos\[0\]\.credit/, /缺少署名/],
  ],
  [
    'an unknown worker reference',
    (e) => (story(e).frontMatter = story(e).frontMatter.replace('workers: [zhang-san]', 'workers: [li-si]')),
    null,
    [/test-story\/index\.mdx: workers\[0\]/, /li-si/],
  ],
  [
    'a duplicate photo id',
    (e) => (story(e).frontMatter = story(e).frontMatter.replace('id: test-story-b', 'id: zhang-san-portrait')),
    null,
    [/photos\[\d\]\.id: 照片 id “zhang-san-portrait” 已在 .*使用/, /test-story\/index\.mdx/, /zhang-san\/index\.md/],
  ],
  [
    'a duplicate slug (index.md and index.mdx in one folder)',
    (e) => e.push({ ...workerEntry('zhang-san', '张三'), file: 'index.mdx', images: {} }),
    null,
    [/zhang-san/, /index\.md.*index\.mdx|index\.mdx.*index\.md/],
  ],
  ['a non-ASCII slug', (e) => (story(e).slug = '测试故事'), null, [/测试故事\/index\.mdx/, /文件夹名/]],
  ['a missing image file', (e) => delete story(e).images['b.jpg'], null, [/test-story\/index\.mdx: photos\[1\]\.file/, /找不到照片文件/]],
  [
    'a truncated JPEG',
    () => {},
    copyFixture('truncated.jpg', 'stories/test-story/b.jpg'),
    [/test-story\/index\.mdx: photos\[1\]\.file/, /已损坏/],
  ],
  [
    'a text file named .jpg',
    () => {},
    copyFixture('text-named.jpg', 'stories/test-story/b.jpg'),
    [/photos\[1\]\.file/, /不是可识别的图片/],
  ],
  ['an empty file', () => {}, copyFixture('empty.jpg', 'stories/test-story/b.jpg'), [/photos\[1\]\.file/, /空的/]],
  [
    'an image over the pixel limit',
    (e) => (story(e).frontMatter = story(e).frontMatter.replace('file: ./b.jpg', 'file: ./b.png')),
    copyFixture('bomb.png', 'stories/test-story/b.png'),
    [/photos\[1\]\.file/, /解压炸弹/],
  ],
  [
    'a date that is not a date',
    (e) => (story(e).frontMatter = story(e).frontMatter.replace('date: 2025-11-20', 'date: 上个月')),
    null,
    [/test-story\/index\.mdx/, /\bdate\b/],
  ],
  [
    'a misspelt draft key (darft: true)',
    (e) => (story(e).frontMatter += 'darft: true\n'),
    null,
    [/test-story\/index\.mdx: darft: /, /你是不是想写 `draft`/],
  ],
  [
    'a misspelt caption key',
    (e) => (story(e).frontMatter = story(e).frontMatter.replace('caption: 清晨的站台。', 'captoin: 清晨的站台。')),
    null,
    [/photos\[0\]\.captoin: /, /你是不是想写 `caption`/],
  ],
  [
    'a photo file that links outside content/',
    () => {},
    linkOutside('stories/test-story/b.jpg'),
    [/test-story\/index\.mdx: photos\[1\]\.file: /, /指向文件夹以外的链接/],
  ],
  [
    'a story folder that links outside content/',
    () => {},
    folderOutside('stories/test-story'),
    [/stories\/test-story\/: \(文件夹\): /, /指向 content\/ 以外的链接/],
  ],
  [
    'a contact with no way to reach it (site.yaml)',
    () => {},
    (content) => writeFile(path.join(content, 'site.yaml'), 'contact:\n  name: 编辑部\n'),
    [/content\/site\.yaml: contact\.email: 至少写一种联系方式/],
  ],
  [
    'malformed YAML',
    (e) => (worker(e).frontMatter = worker(e).frontMatter.replace('role: 列检员', 'role: [列检员')),
    null,
    [/zhang-san\/index\.md: \(第 \d+ 行\)/],
  ],
];

describe('bad input fails the build, naming the file, and keeps the previous dist/', () => {
  it.each(cases)(
    '%s',
    async (name, change, after, expected) => {
      const entries = good();
      change(entries);
      const content = await writeSite(path.join(root, name.replace(/\W+/g, '-')), entries);
      if (after) await after(content);
      const { code, output } = await build(root, content, { OUT_DIR: path.join(root, 'dist') });
      expect(code, output).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
      expect(output).toContain('保持原样');
    },
    120_000,
  );
});
