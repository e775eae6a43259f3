import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const node = path.join(projectRoot, 'node_modules/.bin/node');
const fixture = path.join(projectRoot, 'tests/fixtures/editor/planted');

let dir: string;
let goodJpeg: Buffer;

/** A small JPEG with texture, so a truncated copy really is missing pixels. */
async function jpeg(width = 240, height = 160): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Runs `npm run check` as an editor would, from `cwd`, on `cwd/content`. */
function runCheck(cwd: string, args: string[] = []) {
  const result = spawnSync(node, [path.join(projectRoot, 'scripts/check.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.join(cwd, 'content'), IMAGE_CACHE_DIR: path.join(cwd, 'cache') },
  });
  const lines = result.stdout.split('\n').filter((line) => /^\S.*?: .+?: /.test(line) && !line.startsWith('共 '));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dingge-check-'));
  goodJpeg = await jpeg();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check on a folder with planted problems', () => {
  /** [file, field, words the message must contain]: every problem planted in tests/fixtures/editor/planted. */
  const planted: [string, string, string][] = [
    ['content/redirects.yaml', 'photos.Bad Key', '不是照片 id'],
    ['content/redirects.yaml', 'photos.renamed-old', '“missing-target” 不存在'],
    ['content/redirects.yaml', 'photos.li-si-portrait', '网址仍在使用'],
    ['content/redirects.yaml', 'photos.gone-photo', '发布过（网址 /photos/gone-photo/）'],
    ['content/redirects.yaml', 'stories.cross-file', '报道 “cross-file” 还在 content/stories/cross-file/index.mdx 里'],
    ['content/redirects.yaml', 'stories.gone-story', '报道 “gone-story” 发布过（网址 /stories/gone-story/）'],
    ['content/redirects.yaml', 'stories.placeholder-story', '把它改成了草稿'],
    ['content/redirects.yaml', 'workers.old-worker', '要转到的人物 “nobody” 不存在'],
    ['content/redirects.yaml', 'workers.li-si-old', '改名成了 “li-si”（姓名相同），那就写 li-si-old: li-si'],
    ['content/addresses.txt', '(第 7 行)', '看不懂“people/zhang-san”'],
    ['content/stories/Bad Folder/index.mdx', '(文件夹名)', '只能用小写拼音'],
    ['content/stories/Bad Folder/index.mdx', 'cover', '“bad-folder-z” 不在本篇的 photos 里'],
    ['content/stories/broken-yaml/index.mdx', '(第 4 行)', '缩进没有对齐'],
    ['content/stories/cross-file/index.mdx', 'workers[0]', '没有人物“nobody”'],
    ['content/stories/cross-file/index.mdx', 'photos[1].file', '找不到照片文件 ./cross-file-missing.jpg'],
    ['content/stories/cross-file/index.mdx', 'photos[2].file', '图片已损坏'],
    ['content/stories/cross-file/index.mdx', 'photos[3].file', '不是可识别的图片文件'],
    ['content/stories/cross-file/index.mdx', '(正文)', '“not-here” 不在本篇的 photos 里'],
    ['content/stories/missing-bits/index.mdx', 'summary', '缺少“摘要”'],
    ['content/stories/missing-bits/index.mdx', 'bylines[0].role', '只能是以下之一：记者、通讯员、实习生、摄影、撰文、编辑'],
    ['content/stories/missing-bits/index.mdx', 'photos[0].alt', '不能为空'],
    ['content/stories/missing-bits/index.mdx', 'photos[1].alt', '不能是文件名'],
    ['content/stories/no-text/', '(文件夹)', '要叫 index.mdx'],
    ['content/stories/placeholder-story/index.mdx', 'photos[0].caption', '还没填写'],
    ['content/stories/placeholder-story/index.mdx', '(正文)', '“待填写：正文。”'],
    ['content/workers/li-si/index.md', 'photos[0].id', '已在 content/stories/cross-file/index.mdx 使用'],
    ['content/workers/wang-wu/index.md', 'yearsOfService', '只填一个'],
    ['content/workers/wang-wu/index.md', 'portrait', '“wang-wu-face” 不在本页的 photos 里'],
    ['content/workers/zhao-liu/index.md', 'name', '缺少“姓名”'],
  ];
  let result: ReturnType<typeof runCheck>;

  beforeAll(() => {
    const root = path.join(dir, 'planted');
    const content = path.join(root, 'content');
    cpSync(fixture, content, { recursive: true });
    for (const file of [
      'stories/good-story/good-story-a.jpg',
      'stories/good-story/good-story-b.jpg',
      'stories/missing-bits/missing-bits-a.jpg',
      'stories/missing-bits/missing-bits-b.jpg',
      'stories/placeholder-story/placeholder-story-a.jpg',
      'stories/cross-file/li-si-portrait.jpg',
      'stories/Bad Folder/bad-folder-a.jpg',
      'workers/li-si/li-si-portrait.jpg',
      'workers/wang-wu/wang-wu-work.jpg',
      'workers/zhao-liu/zhao-liu-portrait.jpg',
    ]) {
      writeFileSync(path.join(content, file), goodJpeg);
    }
    writeFileSync(
      path.join(content, 'stories/cross-file/cross-file-truncated.jpg'),
      goodJpeg.subarray(0, Math.floor(goodJpeg.length * 0.6)),
    );
    writeFileSync(path.join(content, 'stories/cross-file/cross-file-not-image.jpg'), '这其实是一个文字文件\n');
    result = runCheck(root);
  });

  it('reports every planted problem in one run, each with file, field and what to do', () => {
    for (const [file, field, words] of planted) {
      const matching = result.lines.filter((line) => line.startsWith(`${file}: ${field}: `) && line.includes(words));
      expect(matching, `${file}: ${field}: …${words}…\n${result.stdout}`).toHaveLength(1);
    }
  });

  it('reports nothing else, counts the problems and exits 1', () => {
    expect(result.lines).toHaveLength(planted.length);
    expect(result.stdout).toContain(`共 ${planted.length} 处问题`);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('good-story/index.mdx');
    // A sentence that merely mentions 待填写 is prose, not a placeholder.
    expect(result.stdout).not.toContain('这不是占位文字');
  });

  it('does not record addresses while problems remain', () => {
    const ledger = readFileSync(path.join(dir, 'planted/content/addresses.txt'), 'utf8');
    expect(ledger).toBe(readFileSync(path.join(fixture, 'addresses.txt'), 'utf8'));
  });
});

describe('npm run check on sound content', () => {
  let root: string;
  let content: string;

  beforeAll(() => {
    root = path.join(dir, 'sound');
    content = path.join(root, 'content');
    for (const folder of ['stories/good-story', 'workers/li-si']) {
      cpSync(path.join(fixture, folder), path.join(content, folder), { recursive: true });
    }
    writeFileSync(path.join(content, 'stories/good-story/good-story-a.jpg'), goodJpeg);
    writeFileSync(path.join(content, 'stories/good-story/good-story-b.jpg'), goodJpeg);
    writeFileSync(path.join(content, 'workers/li-si/li-si-portrait.jpg'), goodJpeg);
  });

  const ledgerIds = () =>
    readFileSync(path.join(content, 'addresses.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t')[0]);

  const published = ['photos/good-story-a', 'photos/good-story-b', 'photos/li-si-portrait', 'stories/good-story', 'workers/li-si'];

  it('passes, exits 0 and records the published photo ids, story and worker slugs', () => {
    const first = runCheck(root);
    expect(first.status, first.stdout).toBe(0);
    expect(first.lines).toEqual([]);
    expect(first.stdout).toContain('检查通过');
    expect(first.stdout).toContain('已把新发布的 3 张照片、1 篇报道、1 位人物的网址记入 content/addresses.txt（photos/good-story-a、');
    expect(ledgerIds()).toEqual(published);
    expect(readFileSync(path.join(content, 'addresses.txt'), 'utf8')).toContain('stories/good-story\t没有问题的报道\n');
    const again = runCheck(root);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('记入');
  });

  it('names a character the share posters cannot draw, in each file whose posters have it', () => {
    const file = path.join(content, 'workers/li-si/index.md');
    const text = readFileSync(file, 'utf8');
    // 龘 is in neither GB 2312 level 1 nor the sample content, so not in the committed font subset.
    writeFileSync(file, text.replace('name: 李四', 'name: 李龘').replace('caption: 李四。', 'caption: 李龘在驾驶室里。'));
    const rare = runCheck(root, ['--no-record']);
    writeFileSync(file, text);
    expect(rare.status).toBe(1);
    // The story's photos show 李龘 too, so their posters carry the name: the build names both files.
    const message = '(分享海报): 海报字体里没有这些字：龘。运行 npm run fonts 重新生成 assets/fonts/ 的字体子集';
    expect(rare.lines).toEqual([`content/stories/good-story/index.mdx: ${message}`, `content/workers/li-si/index.md: ${message}`]);
  });

  it('keeps drafts out of the ledger, and leaves it alone with --no-record', () => {
    const draftDir = path.join(content, 'stories/draft-story');
    mkdirSync(draftDir);
    const story = readFileSync(path.join(content, 'stories/good-story/index.mdx'), 'utf8')
      .replaceAll('good-story-', 'draft-story-')
      .replace('title: 没有问题的报道', 'title: 草稿\ndraft: true');
    writeFileSync(path.join(draftDir, 'index.mdx'), story);
    writeFileSync(path.join(draftDir, 'draft-story-a.jpg'), goodJpeg);
    writeFileSync(path.join(draftDir, 'draft-story-b.jpg'), goodJpeg);
    expect(runCheck(root).status).toBe(0);
    expect(ledgerIds()).toEqual(published);

    writeFileSync(path.join(draftDir, 'index.mdx'), story.replace('draft: true', 'draft: false'));
    const before = readFileSync(path.join(content, 'addresses.txt'), 'utf8');
    expect(runCheck(root, ['--no-record']).status).toBe(0);
    expect(readFileSync(path.join(content, 'addresses.txt'), 'utf8')).toBe(before);
    const recorded = runCheck(root);
    expect(recorded.status).toBe(0);
    expect(recorded.stdout).toContain('已把新发布的 2 张照片、1 篇报道的网址记入');
    expect(ledgerIds()).toEqual(expect.arrayContaining(['photos/draft-story-a', 'stories/draft-story']));
  });

  it('asks for a redirect when a published photo id is renamed, and passes once it is written', () => {
    const file = path.join(content, 'stories/good-story/index.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replaceAll('good-story-b', 'good-story-rexian').replace('./good-story-rexian.jpg', './good-story-b.jpg'),
    );
    const renamed = runCheck(root);
    expect(renamed.status).toBe(1);
    expect(renamed.lines).toEqual([
      expect.stringMatching(
        /^content\/redirects\.yaml: photos\.good-story-b: .*改名成了 “good-story-rexian”.*good-story-b: good-story-rexian$/,
      ),
    ]);
    expect(existsSync(path.join(content, 'redirects.yaml'))).toBe(false);

    writeFileSync(path.join(content, 'redirects.yaml'), 'photos:\n  good-story-b: good-story-rexian\n');
    const fixed = runCheck(root);
    expect(fixed.status, fixed.stdout).toBe(0);
    expect(ledgerIds()).toEqual(expect.arrayContaining(['photos/good-story-b', 'photos/good-story-rexian']));
  });

  it('asks for a redirect when a published story folder is renamed, and passes once it is written', () => {
    renameSync(path.join(content, 'stories/good-story'), path.join(content, 'stories/good-story-new'));
    const renamed = runCheck(root);
    expect(renamed.status).toBe(1);
    expect(renamed.lines).toEqual([
      expect.stringMatching(
        /^content\/redirects\.yaml: stories\.good-story: 报道 “good-story” 发布过（网址 \/stories\/good-story\/）.*改名成了 “good-story-new”（标题相同），那就写 good-story: good-story-new$/,
      ),
    ]);

    writeFileSync(
      path.join(content, 'redirects.yaml'),
      'photos:\n  good-story-b: good-story-rexian\nstories:\n  good-story: good-story-new\n',
    );
    const fixed = runCheck(root);
    expect(fixed.status, fixed.stdout).toBe(0);
    expect(fixed.stdout).toContain('已把新发布的 1 篇报道的网址记入 content/addresses.txt（stories/good-story-new）');
    expect(ledgerIds()).toEqual(expect.arrayContaining(['stories/good-story', 'stories/good-story-new']));
    // The photos moved with the folder: their recorded files follow.
    expect(readFileSync(path.join(content, 'addresses.txt'), 'utf8')).toContain(
      'photos/good-story-a\tstories/good-story-new/good-story-a.jpg\n',
    );
  });

  it('reports malformed YAML with the line instead of crashing', () => {
    const file = path.join(content, 'workers/li-si/index.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('industry: 交通', 'industry: [交通'));
    const broken = runCheck(root);
    writeFileSync(file, text);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toBe('');
    expect(broken.lines[0]).toMatch(/^content\/workers\/li-si\/index\.md: \(第 \d+ 行\): front matter 的写法有误/);
  });
});
