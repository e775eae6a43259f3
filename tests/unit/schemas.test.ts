import { describe, expect, it } from 'vitest';
import { photoSchema } from '../../src/schemas/photo';
import { storySchema } from '../../src/schemas/story';
import { workerSchema } from '../../src/schemas/worker';

const photo = {
  id: 'chi-xiufeng-portrait',
  file: './chi-xiufeng-portrait.jpg',
  alt: '身穿橙色工装的列检员站在货车旁',
  caption: '迟秀峰在检修线上。',
  credit: '定格编辑部 制图',
};

const story = {
  title: '我为职工拍张照',
  summary: '一条留言，一张工作照。',
  date: '2025-11-20',
  bylines: [{ role: '撰文', name: '定格编辑部' }],
  place: { province: '黑龙江' },
  industry: '铁路',
  cover: 'chi-xiufeng-portrait',
  photos: [photo],
};

const worker = {
  name: '迟秀峰',
  role: '列检员',
  employer: '中国铁路哈尔滨局集团有限公司',
  place: { province: '黑龙江', city: '大庆' },
  industry: '铁路',
  summary: '干了三十多年的列检员。',
  portrait: 'chi-xiufeng-portrait',
  photos: [photo],
};

/** The field paths of every issue, e.g. ["photos.0.alt"]. */
function failingFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.path.join('.'));
}

describe('photo schema', () => {
  it('accepts a complete photo and fills defaults', () => {
    const parsed = photoSchema.parse({ ...photo, date: '2025-10' });
    expect(parsed).toMatchObject({ sample: false, workers: [], focus: { x: 0.5, y: 0.5 }, date: '2025-10' });
  });

  it.each([
    ['missing alt', { alt: undefined }, 'alt'],
    ['empty alt', { alt: '   ' }, 'alt'],
    ['alt that is the file name', { alt: 'chi-xiufeng-portrait.jpg' }, 'alt'],
    ['alt that is the file stem', { alt: 'chi-xiufeng-portrait' }, 'alt'],
    ['missing credit', { credit: undefined }, 'credit'],
    ['empty credit', { credit: '' }, 'credit'],
    ['non-ASCII id', { id: '迟秀峰' }, 'id'],
    ['id with capitals', { id: 'Chi-Xiufeng' }, 'id'],
    ['file outside the folder', { file: '../other/a.jpg' }, 'file'],
    ['file that is not an image', { file: './notes.txt' }, 'file'],
    ['date that is not a date', { date: '上个月' }, 'date'],
    ['impossible month', { date: '2025-13' }, 'date'],
    ['focus outside the picture', { focus: { x: 1.5, y: 0.5 } }, 'focus.x'],
  ])('rejects %s', (_name, change, field) => {
    expect(failingFields(photoSchema.safeParse({ ...photo, ...change }))).toContain(field);
  });

  it('normalises YAML dates to ISO strings', () => {
    expect(photoSchema.parse({ ...photo, date: new Date('2025-10-14') }).date).toBe('2025-10-14');
  });
});

describe('story schema', () => {
  it('accepts a story and coerces its date', () => {
    const parsed = storySchema.parse(story);
    expect(parsed.date).toBeInstanceOf(Date);
    expect(parsed).toMatchObject({ draft: false, withdrawn: false, tags: [], workers: [] });
  });

  it('names the field of a bad photo inside the list', () => {
    const bad = { ...story, photos: [{ ...photo, alt: '' }] };
    expect(failingFields(storySchema.safeParse(bad))).toContain('photos.0.alt');
  });

  it('rejects a cover that is not among its photos', () => {
    expect(failingFields(storySchema.safeParse({ ...story, cover: 'elsewhere' }))).toContain('cover');
  });

  it('rejects duplicate photo ids within one story', () => {
    expect(failingFields(storySchema.safeParse({ ...story, photos: [photo, photo] }))).toContain('photos.1.id');
  });

  it('rejects a date that is not a date', () => {
    expect(failingFields(storySchema.safeParse({ ...story, date: 'soon' }))).toContain('date');
  });

  it('rejects an unknown byline role', () => {
    expect(failingFields(storySchema.safeParse({ ...story, bylines: [{ role: '主编', name: '某' }] }))).toContain('bylines.0.role');
  });
});

describe('worker schema', () => {
  it('accepts a worker with honours', () => {
    const parsed = workerSchema.parse({ ...worker, honours: [{ title: '全国劳动模范', year: 2020 }] });
    expect(parsed.honours[0]).toEqual({ title: '全国劳动模范', year: 2020 });
  });

  it('rejects a portrait that is not among its photos', () => {
    expect(failingFields(workerSchema.safeParse({ ...worker, portrait: 'nope' }))).toContain('portrait');
  });

  it('takes a start year or years of service, not both', () => {
    expect(failingFields(workerSchema.safeParse({ ...worker, startYear: 1993, yearsOfService: 30 }))).toContain('yearsOfService');
  });
});
