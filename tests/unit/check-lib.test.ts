import { describe, expect, it } from 'vitest';
import { fieldPath, issueMessage } from '../../src/lib/content-check';
import { parseFrontMatter } from '../../src/lib/front-matter';
import {
  formatLedger,
  parseLedger,
  parseRedirects,
  recordLivePhotos,
  redirectPage,
  resolvePhotoRedirects,
  type LivePhoto,
} from '../../src/lib/photo-ledger';
import { placeholderFields, placeholderLines } from '../../src/lib/placeholders';
import { checkContent, type RawEntry } from '../../src/lib/site-model';
import { storySchema, type StoryData } from '../../src/schemas/story';

describe('parseFrontMatter', () => {
  it('reads YAML front matter and the body', () => {
    const result = parseFrontMatter('---\ntitle: 标题\ndate: 2025-10-14\n---\n\n正文。\n');
    expect(result).toEqual({ ok: true, data: { title: '标题', date: new Date('2025-10-14') }, body: '\n\n正文。\n' });
  });

  it('names the line of a YAML mistake, counted in the whole file', () => {
    const text = '\n---\ntitle: 标题\nphotos:\n  - id: a\n   file: ./a.jpg\n---\n';
    const result = parseFrontMatter(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.line).toBe(6);
      expect(result.message).toContain('front matter 的写法有误');
    }
  });

  it('explains a missing front matter and a full-width colon', () => {
    expect(parseFrontMatter('正文。')).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('没有 front matter') });
    expect(parseFrontMatter('---\ntitle：标题\n---\n')).toMatchObject({ ok: false, message: expect.stringContaining('半角') });
    // js-yaml only notices on the next line; the message points at the line with the full-width colon.
    expect(parseFrontMatter('---\ntitle: 标题\nindustry：铁路\ntags: []\n---\n')).toMatchObject({ ok: false, line: 3, message: expect.stringContaining('半角 “:”') });
  });
});

describe('placeholders', () => {
  it('finds every 待填写 field with its path, and only those', () => {
    const data = {
      title: '标题',
      summary: '待填写：摘要',
      place: { province: '待填写：省份' },
      photos: [{ alt: '照片里还有待填写的表格' }, { alt: '待填写' }],
      date: new Date('2025-01-01'),
    };
    expect(placeholderFields(data).map((p) => p.field)).toEqual(['summary', 'place.province', 'photos[1].alt']);
  });

  it('finds placeholder paragraphs in a body but not prose that mentions the word', () => {
    expect(placeholderLines('第一段。\n\n待填写：导语。\n\n表格里还有待填写的项目。\n  待填写: 正文\n')).toEqual(['待填写：导语。', '待填写: 正文']);
  });

  it('make checkContent (and so the build) refuse drafts that still have them', () => {
    const data = storySchema.parse({
      title: '标题',
      summary: '待填写：摘要',
      date: '2025-01-01',
      bylines: [{ role: '撰文', name: '某人' }],
      place: { province: '辽宁' },
      industry: '交通',
      cover: 'a',
      photos: [{ id: 'a', file: './a.jpg', alt: '画面', caption: '待填写：图片说明', credit: '某人 摄' }],
      draft: true,
    });
    const entry: RawEntry<StoryData> = { id: 's', filePath: 'content/stories/s/index.mdx', data, body: '\n待填写：正文。\n' };
    const problems = checkContent([entry], [], { root: '/site', fileExists: () => true });
    expect(problems.map((p) => p.field)).toEqual(['summary', 'photos[0].caption', '(正文)']);
    expect(problems[0]!.file).toBe('content/stories/s/index.mdx');
  });
});

describe('Zod issues for editors', () => {
  it('writes field paths the way the README does', () => {
    expect(fieldPath(['photos', 2, 'alt'])).toBe('photos[2].alt');
    expect(fieldPath(['place', 'province'])).toBe('place.province');
    expect(fieldPath([])).toBe('(front matter)');
  });

  it('explains Zod’s English defaults in Chinese and keeps the schemas’ own messages', () => {
    const result = storySchema.safeParse({ title: '', bylines: [{ role: '作者', name: 'x' }], photos: 'a' }, { reportInput: true });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [fieldPath(issue.path), issueMessage(issue)]));
    expect(messages.summary).toBe('缺少“摘要”：请补上这一项');
    expect(messages.title).toBe('“标题”不能为空');
    expect(messages['bylines[0].role']).toBe('“署名的角色”只能是以下之一：记者、通讯员、实习生、摄影、撰文、编辑');
    expect(messages.photos).toBe('“照片”应是列表（每项一行，以“- ”开头）');
    expect(messages.date).toBe('不是有效日期，应写成 2025-10-14');
    for (const message of Object.values(messages)) expect(message).not.toMatch(/^[\x00-\x7F]/);
  });
});

describe('photo ledger and redirects', () => {
  const live = (...ids: string[]) =>
    new Map(ids.map((id): [string, LivePhoto] => [id, { id, image: `stories/s/${id}.jpg`, declaredIn: 'content/stories/s/index.mdx' }]));
  const file = 'content/redirects.yaml';

  it('round-trips the ledger, sorted, with comments kept out', () => {
    const ledger = parseLedger('# 说明\nb\tstories/s/b.jpg\n\na  stories/s/a 1.jpg\n');
    expect([...ledger]).toEqual([['b', 'stories/s/b.jpg'], ['a', 'stories/s/a 1.jpg']]);
    const text = formatLedger(ledger);
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['a\tstories/s/a 1.jpg', 'b\tstories/s/b.jpg', '']);
    expect(parseLedger(text)).toEqual(ledger);
  });

  it('records new live photos and says which are new', () => {
    const { ledger, added } = recordLivePhotos(parseLedger('a\told.jpg\n'), live('b', 'a').values());
    expect(added).toEqual(['b']);
    expect(ledger.get('a')).toBe('stories/s/a.jpg');
  });

  it('follows chains of redirects to a live photo', () => {
    const result = resolvePhotoRedirects({
      ledger: parseLedger('old\nmiddle\nnew\n'),
      redirects: new Map([['old', 'middle'], ['middle', 'new']]),
      live: live('new'),
      redirectsFile: file,
    });
    expect(result.problems).toEqual([]);
    expect(result.redirects).toEqual([{ from: 'middle', to: 'new' }, { from: 'old', to: 'new' }]);
  });

  it('reports vanished ids, loops, dead targets and redirects from live ids, all in the redirects file', () => {
    const result = resolvePhotoRedirects({
      ledger: parseLedger('gone\nrenamed\tstories/s/kept.jpg\n'),
      redirects: new Map([['x', 'y'], ['y', 'x'], ['dead', 'nowhere'], ['kept', 'other']]),
      live: live('kept', 'other'),
      redirectsFile: file,
    });
    expect(result.redirects).toEqual([]);
    const byField = Object.fromEntries(result.problems.map((p) => [p.field, p.message]));
    expect(result.problems.every((p) => p.file === file)).toBe(true);
    expect(byField['photos.x']).toContain('绕成了圈');
    expect(byField['photos.dead']).toContain('“nowhere” 不存在');
    expect(byField['photos.kept']).toContain('还在 content/stories/s/index.mdx 里');
    expect(byField['photos.gone']).toContain('写上内容相近的一张已发布照片的 id');
    expect(byField['photos.renamed']).toContain('看起来它改名成了 “kept”');
    expect(result.problems).toHaveLength(6);
  });

  it('reads redirects.yaml and explains what is wrong with it', () => {
    expect(parseRedirects('# 只有说明\nphotos:\n', file)).toEqual({ redirects: new Map(), problems: [] });
    const parsed = parseRedirects('photos:\n  a-1: b-2\n  A: b\n  c: [d]\nstories:\n  x: y\n', file);
    expect([...parsed.redirects]).toEqual([['a-1', 'b-2']]);
    expect(parsed.problems.map((p) => p.field)).toEqual(['photos.A', 'photos.c', 'stories']);
    expect(parseRedirects('photos:\n  a: b\n c: d\n', file).problems[0]).toMatchObject({ file, field: '(第 3 行)' });
  });

  it('writes a redirect page under the base path, in Chinese, with a canonical link and a visible link', () => {
    const html = redirectPage({ from: 'old', to: 'new', base: '/dingge/', site: 'https://example.org' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/dingge/photos/new/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/dingge/photos/new/">');
    expect(html).toContain('<a href="/dingge/photos/new/">查看照片</a>');
    expect(html).toContain('noindex');
    expect(html).not.toMatch(/https?:\/\/(?!example\.org)/);
  });
});
