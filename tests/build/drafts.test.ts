import { rm, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, imagesColoured, readBuiltSite, storyEntry, workerEntry, writeSite, type BuiltFile } from '../support/fixture-site';

/**
 * A draft and a withdrawn profile, each with unique words and a uniquely
 * coloured photo, must leave no trace in dist/: pages, lists, feed, sitemap,
 * search index (decompressed), link previews, posters and images.
 */
const draftWords = ['zqxdraftprobe', '琥珀灯塔草稿'];
const withdrawnWords = ['zqxwithdrawnprobe', '翡翠撤稿', '李四'];
const draftColour = '#e0177a';
const withdrawnColour = '#17e0d0';

let root: string;
let files: BuiltFile[];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dingge-drafts-'));
  const draft = storyEntry('draft-story', `${draftWords[1]}的故事`, ['zhang-san'], 'draft: true\ntags: [zqxdraftprobe]\n');
  draft.body += `\n这是${draftWords[1]}，编号 ${draftWords[0]}。\n`;
  draft.images = { 'a.jpg': draftColour, 'b.jpg': draftColour };
  const withdrawn = workerEntry('li-si', '李四', `withdrawn: true\nquote: ${withdrawnWords[1]}\n`);
  withdrawn.body = `李四的档案，${withdrawnWords[0]}。`;
  withdrawn.images = { 'portrait.jpg': withdrawnColour };
  // A published story whose photo shows the withdrawn worker: the link and name must go.
  const published = storyEntry('test-story', '公开的故事', ['zhang-san', 'li-si']);
  published.frontMatter = published.frontMatter.replace(
    'credit: 定格编辑部 制图, sample: true }',
    'credit: 定格编辑部 制图, sample: true, workers: [li-si] }',
  );
  const content = await writeSite(root, [workerEntry('zhang-san', '张三'), withdrawn, draft, published]);
  const result = await build(root, content);
  expect(result.code, result.output).toBe(0);
  files = await readBuiltSite(path.join(root, 'dist'));
}, 240_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('drafts and withdrawn content leave no trace', () => {
  it('built the published site, with its search index', () => {
    expect(files.some((f) => f.name === 'stories/test-story/index.html')).toBe(true);
    expect(files.filter((f) => f.name.startsWith('pagefind/')).length).toBeGreaterThan(3);
  });

  it('no file, decompressed search index included, contains their words', () => {
    for (const word of [...draftWords, ...withdrawnWords]) {
      expect(
        files.filter((f) => f.text.includes(word)).map((f) => f.name),
        word,
      ).toEqual([]);
    }
  });

  it('the draft has no page and its address appears nowhere', () => {
    expect(files.filter((f) => f.text.includes('draft-story')).map((f) => f.name)).toEqual([]);
  });

  it('the withdrawn addresses stay alive as notices with no image or personal details', () => {
    for (const notice of ['workers/li-si/index.html', 'photos/li-si-portrait/index.html']) {
      const page = files.find((f) => f.name === notice);
      expect(page, notice).toBeDefined();
      expect(page!.text).toContain('已撤下');
      expect(page!.text).not.toMatch(/<img|og:image|_img\//);
    }
    // Only the notices themselves (their canonical address) may name the slug.
    const mentions = files.filter((f) => f.text.includes('li-si')).map((f) => f.name);
    expect(mentions.sort()).toEqual(['photos/li-si-portrait/index.html', 'workers/li-si/index.html']);
  });

  it('no published image is made from their photos (renditions, previews, posters)', async () => {
    expect(files.filter((f) => /\.(?:avif|webp|jpe?g|png)$/.test(f.name)).length).toBeGreaterThan(10);
    const offenders = await imagesColoured(files, [draftColour, withdrawnColour]);
    expect(offenders).toEqual([]);
  });
});
