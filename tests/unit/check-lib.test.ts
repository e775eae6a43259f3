import { describe, expect, it } from 'vitest';
import { fieldPath, issueMessage } from '../../src/lib/content/validate';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import {
  formatLedger,
  parseLedger,
  parseRedirects,
  recordLive,
  redirectPage,
  resolveRedirects,
  type AddressKey,
  type LiveAddress,
} from '../../src/lib/content/ledger';
import { placeholderFields, placeholderLines } from '../../src/lib/placeholders';
import { checkContent, type RawEntry } from '../../src/lib/content/model';
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
    expect(parseFrontMatter('---\ntitle: 标题\nindustry：铁路\ntags: []\n---\n')).toMatchObject({
      ok: false,
      line: 3,
      message: expect.stringContaining('半角 “:”'),
    });
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
    expect(placeholderLines('第一段。\n\n待填写：导语。\n\n表格里还有待填写的项目。\n  待填写: 正文\n')).toEqual([
      '待填写：导语。',
      '待填写: 正文',
    ]);
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

describe('address ledger and redirects', () => {
  const file = 'content/redirects.yaml';
  const ledgerFile = 'content/addresses.txt';
  const photo = (id: string, image = `stories/s/${id}.jpg`): LiveAddress => ({
    key: `photos/${id}`,
    clue: image,
    declaredIn: 'content/stories/s/index.mdx',
  });
  const story = (slug: string, title: string): LiveAddress => ({
    key: `stories/${slug}`,
    clue: title,
    declaredIn: `content/stories/${slug}/index.mdx`,
  });
  const worker = (slug: string, name: string): LiveAddress => ({
    key: `workers/${slug}`,
    clue: name,
    declaredIn: `content/workers/${slug}/index.md`,
  });
  const live = (...addresses: LiveAddress[]) => new Map(addresses.map((a): [AddressKey, LiveAddress] => [a.key, a]));
  const ledgerOf = (text: string) => parseLedger(text, ledgerFile).ledger;
  const redirectsOf = (text: string) => parseRedirects(text, file).redirects;
  const problemsByField = (problems: { file: string; field: string; message: string }[]) => {
    expect(problems.every((p) => p.file === file)).toBe(true);
    return Object.fromEntries(problems.map((p) => [p.field, p.message]));
  };

  it('round-trips the ledger of all three kinds, sorted, with comments kept out', () => {
    const { ledger, problems } = parseLedger(
      '# 说明\nworkers/li-si\t李四\nphotos/b\tstories/s/b.jpg\n\nphotos/a  stories/s/a 1.jpg\nstories/s\t一篇 报道\n',
      ledgerFile,
    );
    expect(problems).toEqual([]);
    expect([...ledger]).toEqual([
      ['workers/li-si', '李四'],
      ['photos/b', 'stories/s/b.jpg'],
      ['photos/a', 'stories/s/a 1.jpg'],
      ['stories/s', '一篇 报道'],
    ]);
    const text = formatLedger(ledger);
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual([
      'photos/a\tstories/s/a 1.jpg',
      'photos/b\tstories/s/b.jpg',
      'stories/s\t一篇 报道',
      'workers/li-si\t李四',
      '',
    ]);
    expect(parseLedger(text, ledgerFile).ledger).toEqual(ledger);
  });

  it('names the ledger lines it cannot read', () => {
    const { ledger, problems } = parseLedger('photos/a\nbare-id\tx.jpg\npeople/zhang\t张\nstories/\nstories/Bad\n', ledgerFile);
    expect([...ledger.keys()]).toEqual(['photos/a']);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [ledgerFile, '(第 2 行)'],
      [ledgerFile, '(第 3 行)'],
      [ledgerFile, '(第 4 行)'],
      [ledgerFile, '(第 5 行)'],
    ]);
    expect(problems[1]!.message).toContain('看不懂“people/zhang”');
  });

  it('records new live addresses of each kind, says which are new, and keeps clues current and on one line', () => {
    const { ledger, added } = recordLive(ledgerOf('photos/a\told.jpg\nstories/s\t旧标题\n'), [
      photo('b'),
      photo('a'),
      story('s', '新标题'),
      story('t', '多行\n标题'),
      worker('li-si', '李四'),
      { key: 'workers/wang-wu', declaredIn: 'content/workers/wang-wu/index.md' },
    ]);
    expect(added).toEqual(['photos/b', 'stories/t', 'workers/li-si', 'workers/wang-wu']);
    expect(ledger.get('photos/a')).toBe('stories/s/a.jpg');
    expect(ledger.get('stories/s')).toBe('新标题');
    expect(ledger.get('stories/t')).toBe('多行 标题');
    expect(ledger.get('workers/wang-wu')).toBeUndefined();
  });

  it('follows chains of redirects to a live address, within each kind', () => {
    const result = resolveRedirects({
      ledger: ledgerOf('photos/old\nphotos/middle\nphotos/new\nstories/old\nworkers/old\n'),
      redirects: redirectsOf('photos:\n  old: middle\n  middle: new\nstories:\n  old: new\nworkers:\n  old: middle\n  middle: new\n'),
      live: live(photo('new'), story('new', '标题'), worker('new', '张三')),
      redirectsFile: file,
    });
    expect(result.problems).toEqual([]);
    expect(result.redirects).toEqual([
      { kind: 'photos', from: 'middle', to: 'new' },
      { kind: 'photos', from: 'old', to: 'new' },
      { kind: 'stories', from: 'old', to: 'new' },
      { kind: 'workers', from: 'middle', to: 'new' },
      { kind: 'workers', from: 'old', to: 'new' },
    ]);
  });

  it('reports vanished photo ids, loops, dead targets and redirects from live ids, all in the redirects file', () => {
    const result = resolveRedirects({
      ledger: ledgerOf('photos/gone\nphotos/renamed\tstories/s/kept.jpg\n'),
      redirects: redirectsOf('photos:\n  x: y\n  y: x\n  dead: nowhere\n  kept: other\n'),
      live: live(photo('kept'), photo('other')),
      redirectsFile: file,
    });
    expect(result.redirects).toEqual([]);
    const byField = problemsByField(result.problems);
    expect(byField['photos.x']).toContain('绕成了圈');
    expect(byField['photos.dead']).toContain('“nowhere” 不存在');
    expect(byField['photos.kept']).toContain('还在 content/stories/s/index.mdx 里');
    expect(byField['photos.gone']).toContain('发布过（网址 /photos/gone/）');
    // A family's photo must never forward to someone else's: the hint is to withdraw it, not to point it elsewhere (issue 13).
    expect(byField['photos.gone']).toContain('在它下面写一行 withdrawn: true');
    expect(byField['photos.gone']).not.toContain('内容相近');
    expect(byField['photos.renamed']).toContain('看起来它改名成了 “kept”');
    expect(result.problems).toHaveLength(6);
  });

  it('reports the same for story and worker slugs, with the line to write', () => {
    const result = resolveRedirects({
      ledger: ledgerOf('stories/gone\t没了的报道\nstories/old-title\t旧标题\nworkers/gone\t王五\nworkers/li-si-old\t李四\n'),
      redirects: redirectsOf('stories:\n  a: b\n  b: a\n  dead: nowhere\n  live-story: other\nworkers:\n  li-si: other\n  x: photo-only\n'),
      live: live(
        story('old-title-new', '旧标题'),
        story('live-story', '另一篇'),
        story('other', '别的'),
        worker('li-si', '李四'),
        worker('other', '张三'),
        photo('photo-only'),
      ),
      redirectsFile: file,
    });
    expect(result.redirects).toEqual([]);
    const byField = problemsByField(result.problems);
    expect(byField['stories.a']).toContain('绕成了圈（a → b → a）：请让它最终指向一篇现有的报道');
    expect(byField['stories.dead']).toBe('要转到的报道 “nowhere” 不存在（或还是草稿）：请写一篇已发布报道的网址名');
    expect(byField['stories.live-story']).toContain('报道 “live-story” 还在 content/stories/live-story/index.mdx 里');
    expect(byField['workers.li-si']).toContain('人物 “li-si” 还在 content/workers/li-si/index.md 里');
    // A redirect never crosses kinds: a photo id is no worker.
    expect(byField['workers.x']).toContain('要转到的人物 “photo-only” 不存在');
    expect(byField['stories.gone']).toContain('报道 “gone” 发布过（网址 /stories/gone/），现在内容里没有了');
    expect(byField['stories.gone']).toContain('在本文件的 stories: 下加一行“gone: 新的网址名”');
    expect(byField['stories.gone']).toContain('withdrawn: true');
    expect(byField['stories.old-title']).toContain('看起来它改名成了 “old-title-new”（标题相同），那就写 old-title: old-title-new');
    expect(byField['workers.gone']).toContain('人物 “gone” 发布过（网址 /workers/gone/）');
    expect(byField['workers.gone']).not.toContain('改名成了');
    expect(byField['workers.li-si-old']).toContain('看起来它改名成了 “li-si”（姓名相同），那就写 li-si-old: li-si');
    expect(byField['stories.b']).toContain('绕成了圈');
    expect(result.problems).toHaveLength(10);
  });

  it('guesses a renamed story from where its photos went when the title changed too, and only when one fits', () => {
    const ledger = ledgerOf(
      'stories/old\t旧标题\nphotos/old-a\tstories/old/old-a.jpg\nphotos/old-b\tstories/old/old-b.jpg\nstories/two\t两篇\nphotos/two-a\tstories/two/a.jpg\nphotos/two-b\tstories/two/b.jpg\n',
    );
    const result = resolveRedirects({
      ledger,
      redirects: new Map(),
      live: live(
        story('new', '新标题'),
        photo('old-a', 'stories/new/old-a.jpg'),
        photo('old-b', 'stories/new/old-b.jpg'),
        story('x', '甲'),
        story('y', '乙'),
        photo('two-a', 'stories/x/a.jpg'),
        photo('two-b', 'stories/y/b.jpg'),
      ),
      redirectsFile: file,
    });
    const byField = problemsByField(result.problems);
    expect(byField['stories.old']).toContain('看起来它改名成了 “new”（它的照片搬到了那里），那就写 old: new');
    expect(byField['stories.two']).not.toContain('改名成了');
    expect(result.problems).toHaveLength(2);
  });

  it('tells an editor who turned a published story back into a draft to withdraw it instead', () => {
    const result = resolveRedirects({
      ledger: ledgerOf('stories/s\t标题\nphotos/s-a\tstories/s/s-a.jpg\n'),
      redirects: new Map(),
      live: new Map(),
      drafts: new Map([
        ['stories/s', 'content/stories/s/index.mdx'],
        ['photos/s-a', 'content/stories/s/index.mdx'],
      ]),
      redirectsFile: file,
    });
    const byField = problemsByField(result.problems);
    expect(byField['stories.s']).toContain('现在 content/stories/s/index.mdx 把它改成了草稿');
    expect(byField['stories.s']).toContain('withdrawn: true');
    expect(byField['photos.s-a']).toContain('改成了草稿');
  });

  it('reads redirects.yaml and explains what is wrong with it', () => {
    expect(parseRedirects('# 只有说明\nphotos:\nstories:\nworkers:\n', file)).toEqual({ redirects: new Map(), problems: [] });
    const parsed = parseRedirects(
      'photos:\n  a-1: b-2\n  A: b\n  c: [d]\nstories:\n  x: y\n  Old Slug: y\nworkers:\n  li-si: 李四\npeople:\n  x: y\n',
      file,
    );
    expect([...parsed.redirects]).toEqual([
      ['photos/a-1', 'photos/b-2'],
      ['stories/x', 'stories/y'],
    ]);
    const byField = problemsByField(parsed.problems);
    expect(Object.keys(byField)).toEqual(['photos.A', 'photos.c', 'stories.Old Slug', 'workers.li-si', 'people']);
    expect(byField['photos.A']).toContain('不是照片 id');
    expect(byField['stories.Old Slug']).toContain('不是报道的网址名');
    expect(byField['workers.li-si']).toBe('要转到的“李四”不是人物的网址名：请写一位已发布人物的网址名');
    expect(byField.people).toContain('只能是 photos（照片）、stories（报道）或 workers（人物）');
    expect(parseRedirects('stories: x\n', file).problems[0]).toMatchObject({
      field: 'stories',
      message: expect.stringContaining('一行一个'),
    });
    expect(parseRedirects('- a\n', file).problems[0]).toMatchObject({ field: '(整个文件)' });
    expect(parseRedirects('photos:\n  a: b\n c: d\n', file).problems[0]).toMatchObject({ file, field: '(第 3 行)' });
  });

  it('writes a redirect page under the base path, in Chinese, with a canonical link and a visible link', () => {
    const html = redirectPage({ kind: 'photos', from: 'old', to: 'new', base: '/dingge/', site: 'https://example.org' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/dingge/photos/new/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/dingge/photos/new/">');
    expect(html).toContain('<a href="/dingge/photos/new/">查看照片</a>');
    expect(html).toContain('noindex');
    expect(html).not.toMatch(/https?:\/\/(?!example\.org)/);
  });

  it('words the redirect page for each kind, at the kind’s own address', () => {
    const story = redirectPage({ kind: 'stories', from: 'old', to: 'new', base: '/', site: 'https://example.org' });
    expect(story).toContain('<meta http-equiv="refresh" content="0; url=/stories/new/">');
    expect(story).toContain('<link rel="canonical" href="https://example.org/stories/new/">');
    expect(story).toContain('这篇报道（old）换了新地址');
    expect(story).toContain('<a href="/stories/new/">阅读报道</a>');
    const worker = redirectPage({ kind: 'workers', from: 'a&b', to: 'new', base: '/sub/', site: 'https://example.org' });
    expect(worker).toContain('url=/sub/workers/new/');
    expect(worker).toContain('这位人物的页面（a&amp;b）换了新地址');
    expect(worker).toContain('<a href="/sub/workers/new/">查看人物页</a>');
  });
});
