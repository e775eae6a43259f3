import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { copiedName, exifDay, photoIds, storyText, workerText, yamlScalar, type NewPhoto } from '../../src/lib/new-entry';
import { placeholderFields, placeholderLines } from '../../src/lib/placeholders';
import { slugFromName } from '../../src/lib/names';
import { slugFromTitle } from '../../src/lib/slug';
import { storySchema } from '../../src/schemas/story';
import { workerSchema } from '../../src/schemas/worker';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const node = path.join(projectRoot, 'node_modules/.bin/node');

/** What an editor would write in place of each kind of placeholder. */
const answers: Record<string, string> = {
  summary: '列车员在评论区留言，想为即将退休的父亲拍一张工作照。',
  name: '芦男',
  province: '黑龙江',
  industry: '铁路',
  alt: '穿橙色工装的列检员蹲在货车旁，伸手检查车轮。',
  caption: '检查车轮。',
  credit: '本报记者 芦男 摄',
  title: '一张工作照',
  role: '列检员',
  employer: '中国铁路哈尔滨局集团有限公司',
};

/** Replaces every 待填写 the way an editor would, and publishes the draft. */
function fillIn(text: string): string {
  return text
    .replace(/(\w+): (&credit )?待填写：[^,}\n]*/g, (_, key: string, anchor = '') => `${key}: ${anchor}${answers[key] ?? '内容'}`)
    .replace(/^待填写：.*$/gm, '这是一段正文。')
    .replace(/^draft: true$/m, 'draft: false');
}

describe('slug suggestions', () => {
  it('turns a Chinese title into pinyin words joined by hyphens', () => {
    const slug = slugFromTitle('我为职工拍张照')!;
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    // Word boundaries come from the ICU dictionary, which varies a little between Node versions.
    expect(slug.replaceAll('-', '')).toBe('woweizhigongpaizhangzhao');
    expect(slug.startsWith('wo-wei-')).toBe(true);
  });

  it('drops punctuation, keeps Latin and digits, and stays short', () => {
    const slug = slugFromTitle('“大国工匠”的一天：5G基站里的老师傅')!;
    expect(slug).toMatch(/^daguo-?gongjiang-de-yi-?tian-5g-/);
    expect(slugFromTitle('一'.repeat(200))!.length).toBeLessThanOrEqual(48);
    expect(slugFromTitle('！？。')).toBeUndefined();
  });

  it('writes names as surname-givenname, with surname readings and compound surnames', () => {
    expect(slugFromName('迟秀峰')).toBe('chi-xiufeng');
    expect(slugFromName('单田芳')).toBe('shan-tianfang');
    expect(slugFromName('欧阳修')).toBe('ouyang-xiu');
    expect(slugFromName('吕国')).toBe('lv-guo');
  });
});

describe('templates for new content', () => {
  const photos: NewPhoto[] = [
    { id: 'x-01', file: 'x-01.jpg', original: 'IMG_0002.JPG', width: 427, height: 640, hasGps: false },
    { id: 'x-02', file: 'x-02.jpg', original: 'IMG_0010.JPG', width: 640, height: 427, date: '2025-10-14', hasGps: true },
    { id: 'x-03', file: 'x-03.png', original: 'scan 3.png', width: 400, height: 600, hasGps: false },
  ];

  it('names photos and reads EXIF days', () => {
    expect(photoIds('x', 3)).toEqual(['x-01', 'x-02', 'x-03']);
    expect(photoIds('x', 120)[119]).toBe('x-120');
    expect(copiedName('x-01', 'IMG_1.JPEG')).toBe('x-01.jpg');
    expect(copiedName('x-02', 'a.b.TIF')).toBe('x-02.tif');
    expect(exifDay('2025:10:14 08:30:00')).toBe('2025-10-14');
    expect(exifDay('0000:00:00 00:00:00')).toBeUndefined();
    expect(exifDay('2025:02:30 00:00:00')).toBeUndefined();
    expect(yamlScalar('我为职工拍张照')).toBe('我为职工拍张照');
    expect(yamlScalar('标题: 副题')).toBe('"标题: 副题"');
  });

  it('writes a story whose only problems are the marked fields, and which is valid once they are filled', () => {
    const text = storyText({ slug: 'x', title: '我为职工拍张照', photos, today: '2025-11-25' });
    const draft = parseFrontMatter(text);
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.data.draft).toBe(true);
    expect(draft.data.title).toBe('我为职工拍张照');
    expect(draft.data.cover).toBe('x-02'); // the first landscape photo
    const marked = placeholderFields(draft.data).map((p) => p.field);
    expect(marked).toEqual(
      expect.arrayContaining(['summary', 'bylines[0].name', 'place.province', 'industry', 'photos[2].alt', 'photos[2].credit']),
    );
    expect(placeholderLines(draft.body).length).toBeGreaterThan(0);
    expect(storySchema.safeParse(draft.data).success).toBe(true);

    const filled = parseFrontMatter(fillIn(text));
    if (!filled.ok) throw new Error(filled.message);
    expect(placeholderFields(filled.data)).toEqual([]);
    expect(placeholderLines(filled.body)).toEqual([]);
    const story = storySchema.parse(filled.data);
    expect(story.draft).toBe(false);
    expect(story.photos.map((p) => p.credit)).toEqual(['本报记者 芦男 摄', '本报记者 芦男 摄', '本报记者 芦男 摄']);
    expect(story.photos[1]!.date).toBe('2025-10-14');
    // Two portraits in a row sit side by side; every photo is placed once.
    expect(filled.body).toContain('<Figure id="x-02" size="full" />');
    expect(filled.body).toContain('<Pair ids={["x-01", "x-03"]} />');
  });

  it('writes a profile with the first upright photo as the portrait', () => {
    const text = workerText({ slug: 'chi-xiufeng', photos, today: '2025-11-25' });
    const draft = parseFrontMatter(text);
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.data.portrait).toBe('x-01');
    expect(placeholderFields(draft.data).map((p) => p.field)).toContain('name');
    const filled = parseFrontMatter(fillIn(text));
    if (!filled.ok) throw new Error(filled.message);
    expect(workerSchema.parse(filled.data).photos[0]!.workers).toEqual(['chi-xiufeng']);
  });
});

describe('npm run new, then check, then a build', () => {
  let dir: string;
  let photos: string;
  const content = () => path.join(dir, 'content');

  function run(script: 'new' | 'check', args: string[]) {
    const result = spawnSync(node, [path.join(projectRoot, `scripts/${script}.ts`), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content(), IMAGE_CACHE_DIR: path.join(dir, 'cache'), INIT_CWD: dir },
    });
    return { status: result.status, out: result.stdout + result.stderr };
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dingge-new-'));
    photos = path.join(dir, 'from-camera');
    mkdirSync(photos);
    mkdirSync(content());
    const svg = (w: number, h: number, fill: string) =>
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`,
      );
    // Landscape, with the day it was taken and where (GPS must never reach the text).
    await sharp(svg(640, 427, '#7a4b2a'))
      .jpeg()
      .withExif({
        IFD2: { DateTimeOriginal: '2025:10:14 08:30:00' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '126/1 38/1 0/1' },
      })
      .toFile(path.join(photos, 'IMG_0010.JPG'));
    // Stored sideways: 640×427 pixels shown upright as 427×640.
    await sharp(svg(640, 427, '#2a4b7a'))
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(path.join(photos, 'IMG_0002.JPG'));
    await sharp(svg(400, 600, '#4b7a2a'))
      .png()
      .toFile(path.join(photos, 'scan 3.png'));
    writeFileSync(path.join(photos, 'notes.txt'), '拍摄笔记');
    mkdirSync(path.join(dir, 'portraits'));
    await sharp(svg(300, 400, '#a0a0a0'))
      .jpeg()
      .toFile(path.join(dir, 'portraits', 'DSC_0001.jpg'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let slug: string;
  let storyFile: string;

  it('makes a draft story from a folder of photos, with a slug from the title', () => {
    const made = run('new', ['story', '--title', '我为职工拍张照', 'from-camera']);
    expect(made.status, made.out).toBe(0);
    slug = readdirSync(path.join(content(), 'stories'))[0]!;
    expect(slug.replaceAll('-', '')).toBe('woweizhigongpaizhangzhao');
    expect(made.out).toContain(`网址名按标题的拼音生成：${slug}`);
    expect(made.out).toContain('notes.txt');
    expect(made.out).toContain('1 张照片带有 GPS 位置');

    const folder = path.join(content(), 'stories', slug);
    expect(readdirSync(folder).sort()).toEqual(['index.mdx', `${slug}-01.jpg`, `${slug}-02.jpg`, `${slug}-03.png`]);
    // Photos are copied byte for byte, in file-name order.
    expect(readFileSync(path.join(folder, `${slug}-01.jpg`)).equals(readFileSync(path.join(photos, 'IMG_0002.JPG')))).toBe(true);
    expect(readFileSync(path.join(folder, `${slug}-03.png`)).equals(readFileSync(path.join(photos, 'scan 3.png')))).toBe(true);

    storyFile = path.join(folder, 'index.mdx');
    const text = readFileSync(storyFile, 'utf8');
    const parsed = parseFrontMatter(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const data = parsed.data as { draft: boolean; cover: string; photos: { id: string; date?: unknown }[] };
    expect(data.draft).toBe(true);
    expect(data.cover).toBe(`${slug}-02`);
    expect(data.photos[1]!.date).toEqual(new Date('2025-10-14'));
    expect(data.photos[0]!.date).toBeUndefined();
    expect(text).toContain('原文件 IMG_0002.JPG，427×640 竖幅');
    expect(text).not.toMatch(/GPS|45[.,]7|126[.,]6|45\/1|纬度|经度/);
  });

  it('refuses an existing slug, a folder without photos and a bad slug, and leaves nothing behind', () => {
    const again = run('new', ['story', slug, 'from-camera']);
    expect(again.status).toBe(1);
    expect(again.out).toContain(`stories/${slug}/ 已经存在`);

    mkdirSync(path.join(dir, 'empty'));
    const empty = run('new', ['story', 'kong-de', 'empty']);
    expect(empty.status).toBe(1);
    expect(empty.out).toContain('里没有照片');

    mkdirSync(path.join(dir, 'only-notes'));
    writeFileSync(path.join(dir, 'only-notes', 'readme.txt'), '');
    const notes = run('new', ['story', 'bi-ji', 'only-notes']);
    expect(notes.status).toBe(1);
    expect(notes.out).toContain('里面只有：readme.txt');

    expect(run('new', ['story', 'mei-you', 'no-such-folder']).out).toContain('找不到照片文件夹');
    expect(run('new', ['story', 'Wo Wei', 'from-camera']).out).toContain('只能用小写拼音');
    expect(run('new', ['story', 'from-camera']).out).toContain('--title');
    expect(readdirSync(path.join(content(), 'stories'))).toEqual([slug]);
  });

  it('makes a draft profile named from pinyin', () => {
    const made = run('new', ['worker', '--name', '迟秀峰', 'portraits']);
    expect(made.status, made.out).toBe(0);
    const text = readFileSync(path.join(content(), 'workers/chi-xiufeng/index.md'), 'utf8');
    const parsed = parseFrontMatter(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.data.name).toBe('迟秀峰');
    expect(parsed.data.portrait).toBe('chi-xiufeng-01');
  });

  it('check lists every marked field of the drafts, and nothing else', () => {
    const checked = run('check', []);
    expect(checked.status).toBe(1);
    const lines = checked.out.split('\n').filter((line) => line.startsWith('content/'));
    const marked = [storyFile, path.join(content(), 'workers/chi-xiufeng/index.md')]
      .map((file) => (readFileSync(file, 'utf8').match(/^(?!#).*待填写：/gm) ?? []).length)
      .reduce((a, b) => a + b);
    // *credit aliases repeat the first photo's credit: each photo reports its own field.
    const aliases = lines.filter((line) => /photos\[[1-9]\]\.credit/.test(line)).length;
    expect(lines).toHaveLength(marked + aliases);
    for (const line of lines) expect(line).toMatch(/还没填写|占位文字/);
  });

  it('once the marked fields are filled, passes check and builds, and a renamed photo keeps its old address', () => {
    for (const file of [storyFile, path.join(content(), 'workers/chi-xiufeng/index.md')]) {
      writeFileSync(file, fillIn(readFileSync(file, 'utf8')));
    }
    const passed = run('check', []);
    expect(passed.status, passed.out).toBe(0);
    const ledger = readFileSync(path.join(content(), 'addresses.txt'), 'utf8');
    expect(ledger).toContain(`photos/${slug}-03\tstories/${slug}/${slug}-03.png\n`);
    expect(ledger).toContain(`stories/${slug}\t我为职工拍张照\n`);
    expect(ledger).toContain('workers/chi-xiufeng\t迟秀峰\n');

    // The editor renames a published photo: check asks for a redirect, the build writes it.
    writeFileSync(
      storyFile,
      readFileSync(storyFile, 'utf8').replaceAll(`id: ${slug}-03`, `id: ${slug}-jiancha`).replaceAll(`"${slug}-03"`, `"${slug}-jiancha"`),
    );
    const renamed = run('check', []);
    expect(renamed.status).toBe(1);
    expect(renamed.out).toContain(`${slug}-03: ${slug}-jiancha`);
    writeFileSync(path.join(content(), 'redirects.yaml'), `photos:\n  ${slug}-03: ${slug}-jiancha\n`);
    expect(run('check', []).status).toBe(0);

    const out = path.join(dir, 'dist');
    const build = spawnSync(node, [path.join(projectRoot, 'node_modules/.bin/astro'), 'build'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: content(),
        OUT_DIR: out,
        ASTRO_CACHE_DIR: path.join(dir, 'astro-cache'),
        IMAGE_CACHE_DIR: path.join(dir, 'cache'),
        BASE_PATH: '/sub/path/',
        SITE_URL: 'https://dingge.example',
      },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const storyPage = readFileSync(path.join(out, 'stories', slug, 'index.html'), 'utf8');
    expect(storyPage).toContain('我为职工拍张照');
    expect(storyPage).not.toContain('待填写');
    expect(existsSync(path.join(out, 'photos', `${slug}-jiancha`, 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'workers/chi-xiufeng/index.html'))).toBe(true);
    const redirect = readFileSync(path.join(out, 'photos', `${slug}-03`, 'index.html'), 'utf8');
    expect(redirect).toContain(`<meta http-equiv="refresh" content="0; url=/sub/path/photos/${slug}-jiancha/">`);
    expect(redirect).toContain(`<link rel="canonical" href="https://dingge.example/sub/path/photos/${slug}-jiancha/">`);
    expect(redirect).toContain(`<a href="/sub/path/photos/${slug}-jiancha/">`);
  }, 240_000);
});

describe('npm run new with an iPhone photo (HEIC)', () => {
  it('reads its upright size and the day it was taken, like a JPEG', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dingge-new-heic-'));
    try {
      mkdirSync(path.join(dir, 'iphone'));
      mkdirSync(path.join(dir, 'content'));
      // Stored sideways at 480×320 with EXIF orientation 6, a date and GPS (tests/fixtures/make-image-fixtures.ts).
      writeFileSync(path.join(dir, 'iphone', 'IMG_4032.HEIC'), readFileSync(path.join(projectRoot, 'tests/fixtures/images/iphone.heic')));
      const result = spawnSync(node, [path.join(projectRoot, 'scripts/new.ts'), 'story', 'iphone-zhao', 'iphone'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: path.join(dir, 'content'), INIT_CWD: dir },
      });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout + result.stderr).toContain('1 张照片带有 GPS 位置');
      const text = readFileSync(path.join(dir, 'content/stories/iphone-zhao/index.mdx'), 'utf8');
      expect(text).toContain('原文件 IMG_4032.HEIC，320×480 竖幅');
      const parsed = parseFrontMatter(text);
      if (!parsed.ok) throw new Error(parsed.message);
      const [photo] = (parsed.data as { photos: { file: string; date?: unknown }[] }).photos;
      expect(photo!.file).toMatch(/\.heic$/);
      expect(photo!.date).toEqual(new Date('2025-10-14'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
