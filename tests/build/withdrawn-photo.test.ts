import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, imagesColoured, readBuiltSite, type BuiltFile } from '../support/fixture-site';
import { withdrawnColours, withdrawnProbe, writeWithdrawnSite } from '../support/withdrawn-site';

/** One photo withdrawn at a family's request (tests/support/withdrawn-site.ts), built under a sub-path. */
const probe = withdrawnProbe;
const colours = withdrawnColours;
const base = '/sub/path/';

let root: string;
let content: string;
let files: BuiltFile[];
const file = (name: string) => files.find((f) => f.name === name);

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dingge-withdrawn-photo-'));
  content = await writeWithdrawnSite(root);
  const result = await build(root, content, { BASE_PATH: base });
  expect(result.code, result.output).toBe(0);
  files = await readBuiltSite(path.join(root, 'dist'));
}, 240_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('one photo withdrawn', () => {
  it('leaves its words nowhere: pages, lists, feed, sitemap, search index (decompressed), previews', () => {
    expect(files.filter((f) => f.name.startsWith('pagefind/')).length).toBeGreaterThan(3);
    for (const word of Object.values(probe))
      expect(
        files.filter((f) => f.text.includes(word)).map((f) => f.name),
        word,
      ).toEqual([]);
  });

  it('keeps each address alive as a notice with no image, caption or name, and no other page names it', () => {
    for (const id of ['test-story-a', 'zhang-san-portrait']) {
      const notice = file(`photos/${id}/index.html`);
      expect(notice, id).toBeDefined();
      expect(notice!.text).toContain('已撤下');
      expect(notice!.text).not.toMatch(/<img|og:image|_img\/|张三/);
      expect(files.filter((f) => f.text.includes(id)).map((f) => f.name)).toEqual([`photos/${id}/index.html`]);
    }
  });

  it('publishes no image made from it: renditions, originals, previews, posters', async () => {
    expect(files.filter((f) => f.name.startsWith('_img/')).length).toBeGreaterThan(10);
    expect(await imagesColoured(files, [colours.withdrawn, colours.portrait])).toEqual([]);
  });

  it('gives the cover and the portrait to the next photo, and the body keeps the rest', async () => {
    const page = file('stories/test-story/index.html')!.text;
    expect(page).toContain('/photos/test-story-b/');
    expect(page).toContain('/photos/test-story-c/');
    const preview = /<meta property="og:image" content="[^"]*?(_img\/[^"]+)"/.exec(page)?.[1];
    const { dominant } = await sharp(file(preview!)!.bytes).stats();
    expect(Math.abs(dominant.b - parseInt(colours.next.slice(5), 16))).toBeLessThan(40);
    expect(file('workers/zhang-san/index.html')!.text).toContain('/photos/zhang-san-second/');
  });

  it('check builds and says which photo stands in', () => {
    const check = spawnSync(path.resolve('node_modules/.bin/node'), ['scripts/check.ts', '--no-record'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, IMAGE_CACHE_DIR: path.join(root, 'image-cache') },
    });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/test-story\/index\.mdx: cover: 封面照片 “test-story-a” 已撤下.*“test-story-b”/);
    expect(check.stdout).toMatch(/zhang-san\/index\.md: portrait: 肖像照片 “zhang-san-portrait” 已撤下.*“zhang-san-second”/);
  });

  it('photo and profile pages say how to ask for a correction or a takedown', () => {
    for (const name of ['photos/test-story-b/index.html', 'workers/zhang-san/index.html']) {
      expect(file(name)!.text, name).toMatch(
        /请联系定格编辑部，邮箱 <a href="mailto:bianjibu@example\.org[^"]*"[^>]*>bianjibu@example\.org<\/a>，并附上本页地址。/,
      );
    }
    expect(file('stories/test-story/index.html')!.text).not.toContain('bianjibu@example.org');
  });
});
