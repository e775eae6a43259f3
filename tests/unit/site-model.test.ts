import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteModel, checkContent, published, type RawEntry } from '../../src/lib/content/model';
import { ContentError } from '../../src/lib/problems';
import { storySchema, type StoryData } from '../../src/schemas/story';
import { workerSchema, type WorkerData } from '../../src/schemas/worker';

const root = '/site';
const files = new Set<string>();
const options = { root, fileExists: (p: string) => files.has(p) };

function photo(id: string, extra: Record<string, unknown> = {}) {
  return { id, file: `./${id}.jpg`, alt: `${id} 的画面`, caption: '说明。', credit: '定格编辑部 制图', ...extra };
}

function worker(slug: string, name: string, extra: Record<string, unknown> = {}): RawEntry<WorkerData> {
  const data = workerSchema.parse({
    name,
    role: '工人',
    employer: '某厂',
    place: { province: '甘肃' },
    industry: '冶金',
    summary: '简介。',
    portrait: `${slug}-portrait`,
    photos: [photo(`${slug}-portrait`)],
    ...extra,
  });
  const filePath = `content/workers/${slug}/index.md`;
  for (const p of data.photos) files.add(path.resolve(root, path.dirname(filePath), p.file));
  return { id: slug, filePath, data };
}

function story(slug: string, date: string, extra: Record<string, unknown> = {}, body = ''): RawEntry<StoryData> {
  const data = storySchema.parse({
    title: `故事 ${slug}`,
    summary: '摘要。',
    date,
    bylines: [{ role: '撰文', name: '定格编辑部' }],
    place: { province: '辽宁' },
    industry: '交通',
    cover: `${slug}-a`,
    photos: [photo(`${slug}-a`), photo(`${slug}-b`)],
    ...extra,
  });
  const filePath = `content/stories/${slug}/index.mdx`;
  for (const p of data.photos) files.add(path.resolve(root, path.dirname(filePath), p.file));
  return { id: slug, filePath, data, body };
}

describe('published()', () => {
  it('keeps only what is neither draft nor withdrawn', () => {
    const entries = [
      { data: { draft: false, withdrawn: false }, n: 1 },
      { data: { draft: true, withdrawn: false }, n: 2 },
      { data: { draft: false, withdrawn: true }, n: 3 },
    ];
    expect(published(entries).map((e) => e.n)).toEqual([1]);
  });
});

describe('buildSiteModel', () => {
  it('sorts stories newest first and workers by pinyin', () => {
    const site = buildSiteModel(
      [story('old', '2024-01-01'), story('new', '2025-06-01')],
      [worker('zhang-san', '张三'), worker('an-ping', '安平'), worker('li-si', '李四')],
      options,
    );
    expect(site.stories.map((s) => s.slug)).toEqual(['new', 'old']);
    expect(site.workers.map((w) => w.data.name)).toEqual(['安平', '李四', '张三']);
  });

  it('leaves drafts and withdrawn entries out of every list, and keeps notices for withdrawn ones', () => {
    const site = buildSiteModel(
      [story('live', '2025-01-01'), story('secret', '2025-02-01', { draft: true }), story('gone', '2025-03-01', { withdrawn: true })],
      [worker('zhang-san', '张三'), worker('hidden', '隐藏', { draft: true }), worker('removed', '撤下', { withdrawn: true })],
      options,
    );
    expect(site.stories.map((s) => s.slug)).toEqual(['live']);
    expect(site.workers.map((w) => w.slug)).toEqual(['zhang-san']);
    expect(site.photos.map((p) => p.id)).toEqual(['live-a', 'live-b', 'zhang-san-portrait']);
    expect(site.photo('secret-a')).toBeUndefined();
    expect(site.withdrawn).toEqual([
      { kind: 'story', slug: 'gone' },
      { kind: 'photo', slug: 'gone-a' },
      { kind: 'photo', slug: 'gone-b' },
      { kind: 'worker', slug: 'removed' },
      { kind: 'photo', slug: 'removed-portrait' },
    ]);
  });

  it('lists each story once on the profile of a worker it names and shows', () => {
    const s = story('visit', '2025-01-01', {
      workers: ['zhang-san'],
      photos: [photo('visit-a', { workers: ['zhang-san'] }), photo('visit-b')],
    });
    const site = buildSiteModel([s], [worker('zhang-san', '张三')], options);
    expect(site.worker('zhang-san')!.stories.map((x) => x.slug)).toEqual(['visit']);
    expect(site.story('visit')!.workers.map((w) => w.slug)).toEqual(['zhang-san']);
  });

  it('finds the first photo the body places', () => {
    const s = story('lead', '2025-01-01', {}, 'text\n<Figure id="lead-b" size="full" />\n<Pair ids={["lead-a", "lead-b"]} />');
    expect(buildSiteModel([s], [], options).story('lead')!.leadPhotoId).toBe('lead-b');
  });

  it('throws one ContentError that names every problem', () => {
    const dup = worker('dup', '重复', { photos: [photo('dup-portrait'), photo('live-a')] });
    const missing = story('missing', '2025-01-01', {
      workers: ['nobody'],
      photos: [photo('missing-a'), photo('missing-b', { workers: ['ghost'] })],
    });
    files.delete(path.resolve(root, 'content/stories/missing/missing-a.jpg'));
    const live = story('live', '2025-01-01', {}, '<Figure id="not-here" />');
    let error: unknown;
    try {
      buildSiteModel([live, missing], [dup], options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems.map((p) => `${p.file} ${p.field}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/workers/dup/index.md photos[1].id',
        'content/stories/missing/index.mdx photos[0].file',
        'content/stories/missing/index.mdx photos[1].workers[0]',
        'content/stories/missing/index.mdx workers[0]',
        'content/stories/live/index.mdx (正文)',
      ]),
    );
    expect((error as Error).message).toContain('content/stories/missing/index.mdx: photos[0].file');
  });

  it('refuses a folder name that is not an ASCII slug', () => {
    const entry = { ...story('x', '2025-01-01'), id: '迟秀峰' };
    expect(checkContent([entry], [], options)).toEqual([
      expect.objectContaining({ file: 'content/stories/x/index.mdx', field: '(文件夹名)' }),
    ]);
  });

  it('checks references even inside drafts, since a draft may be published later', () => {
    const draft = story('later', '2025-01-01', { draft: true, workers: ['nobody'] });
    expect(checkContent([draft], [], options).map((p) => p.field)).toEqual(['workers[0]']);
  });
});
