import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteModel, type RawEntry } from '../../src/lib/content/model';
import { storySchema, type StoryData } from '../../src/schemas/story';
import { workerSchema, type WorkerData } from '../../src/schemas/worker';
import { namePinyinTerms } from '../../src/lib/names';
import { filterValues } from '../../src/lib/search/terms';
import { allRecords, filterChoices, photoRecord, storyRecord, workerRecord } from '../../src/lib/search/record';
import {
  isEmptyState,
  normalizeQuery,
  pagefindFilters,
  phraseParts,
  queryParts,
  rankByPhrases,
  readState,
  spacedCharacters,
  firstPageOrder,
  holdsWhole,
  writeState,
} from '../../src/lib/search/query';

describe('namePinyinTerms', () => {
  it('gives the full reading, the initials, the surname and the given name', () => {
    expect(namePinyinTerms('迟秀峰')).toEqual(['chixiufeng', 'cxf', 'chi', 'xiufeng']);
  });
  it('reads polyphonic surnames as surnames', () => {
    expect(namePinyinTerms('单田芳')[0]).toBe('shantianfang');
    expect(namePinyinTerms('曾凡')[0]).toBe('zengfan');
  });
  it('takes the reading from front matter when given', () => {
    expect(namePinyinTerms('朴实', 'piao shi')).toEqual(['piaoshi', 'ps', 'piao', 'shi']);
  });
  it('writes ü as v, as phone keyboards do', () => {
    expect(namePinyinTerms('吕绿')[0]).toBe('lvlv');
  });
});

describe('filterValues', () => {
  it('splits lists and drops values that mean “unknown”', () => {
    expect(filterValues('化工、钢铁', '钢铁', '未载明', undefined, '多行业')).toEqual(['化工', '钢铁']);
  });
});

describe('query handling', () => {
  it('normalises full-width characters, quotes and spaces', () => {
    expect(normalizeQuery('  ＣＨＩ　秀峰 “营口” ')).toBe('chi 秀峰 营口');
  });
  it('caps the length', () => {
    expect(normalizeQuery('字'.repeat(200))).toHaveLength(60);
  });
  it('splits parts on spaces and picks Chinese parts of two or more characters for phrase search', () => {
    expect(queryParts('张恩龙 营口')).toEqual(['张恩龙', '营口']);
    expect(phraseParts('张恩龙 营口 chixiufeng 迟')).toEqual(['张恩龙', '营口']);
  });
  it('spaces out Chinese characters and keeps Latin words whole', () => {
    expect(spacedCharacters('列检员 cxf')).toBe('列 检 员 cxf');
  });
});

describe('rankByPhrases', () => {
  const r = (id: string) => ({ id });
  const ids = (x: { id: string }[]) => x.map((h) => h.id);
  it('puts pages matching every phrase first, keeping the plain order within a tier', () => {
    const plain = [r('scattered'), r('both'), r('one'), r('both2')];
    expect(
      ids(
        rankByPhrases(plain, [
          [r('both'), r('one'), r('both2')],
          [r('both2'), r('both')],
        ]),
      ),
    ).toEqual(['both', 'both2', 'one', 'scattered']);
  });
  it('adds phrase hits the plain search missed', () => {
    expect(ids(rankByPhrases([r('a')], [[r('b')]]))).toEqual(['b', 'a']);
  });
});

describe('holdsWhole', () => {
  it('needs each Chinese part whole, across spaces and line breaks in the text', () => {
    expect(holdsWhole('他在让胡路\n运用车间', '让胡路')).toBe(true);
    expect(holdsWhole('让我们走在胡同的小路上', '让胡路')).toBe(false);
    expect(holdsWhole('张恩龙 营口', '张恩龙 营口')).toBe(true);
    expect(holdsWhole('张恩龙', '张恩龙 营口')).toBe(false);
    expect(holdsWhole('chixiufeng', 'cxf')).toBe(true);
  });
});

describe('firstPageOrder', () => {
  const hits = [
    { title: '散落', type: '人物', partial: true },
    { title: '迟秀峰在货运场', type: '照片', partial: false },
    { title: '我为职工拍张照', type: '故事', partial: false },
    { title: '迟秀峰', type: '人物', partial: false },
  ];
  it('by relevance: exact title, then people and stories, then photos holding the query whole, then partial ones', () => {
    expect(firstPageOrder(hits, ' 迟秀峰 ').map((h) => h.title)).toEqual(['迟秀峰', '我为职工拍张照', '迟秀峰在货运场', '散落']);
    expect(firstPageOrder(hits, '货运场').map((h) => h.title)).toEqual(['我为职工拍张照', '迟秀峰', '迟秀峰在货运场', '散落']);
  });
  it('by date: only partial matches move, to the end', () => {
    expect(firstPageOrder(hits, '迟秀峰', 'date').map((h) => h.title)).toEqual(['迟秀峰在货运场', '我为职工拍张照', '迟秀峰', '散落']);
  });
});

describe('search state in the address', () => {
  it('round-trips query, type, filters and order', () => {
    const params = new URLSearchParams('q=迟秀峰&type=人物&province=黑龙江&year=2025&sort=date');
    const state = readState(params);
    expect(state).toEqual({
      q: '迟秀峰',
      type: '人物',
      filters: { province: '黑龙江', industry: '', honour: '', year: '2025' },
      sort: 'date',
    });
    expect(readState(writeState(state))).toEqual(state);
    expect(pagefindFilters(state)).toEqual({ type: '人物', province: '黑龙江', year: '2025' });
  });
  it('ignores unknown types and orders, and knows an empty search', () => {
    const state = readState(new URLSearchParams('type=视频&sort=random'));
    expect(state.type).toBe('');
    expect(state.sort).toBe('relevance');
    expect(isEmptyState(state)).toBe(true);
    expect(writeState(state).toString()).toBe('');
  });
});

describe('search records', () => {
  const files = new Set<string>();
  const photo = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    file: `./${id}.jpg`,
    alt: '画面',
    caption: `${id} 说明`,
    credit: '编辑部 制图',
    ...extra,
  });
  const worker = (slug: string, name: string, extra: Record<string, unknown>): RawEntry<WorkerData> => {
    const data = workerSchema.parse({
      name,
      role: '列检员',
      employer: '某铁路局',
      place: { province: '黑龙江' },
      industry: '铁路',
      summary: '简介。',
      portrait: `${slug}-p`,
      photos: [photo(`${slug}-p`, { date: '2024' })],
      ...extra,
    });
    data.photos.forEach((p) => files.add(path.resolve('/site/content/workers', slug, p.file)));
    return { id: slug, filePath: `content/workers/${slug}/index.md`, data };
  };
  const story = (slug: string, extra: Record<string, unknown>): RawEntry<StoryData> => {
    const data = storySchema.parse({
      title: '标题',
      summary: '摘要。',
      date: '2025-12-01',
      bylines: [{ role: '撰文', name: '编辑部' }],
      place: { province: '辽宁', city: '营口' },
      industry: '化工、钢铁',
      cover: `${slug}-a`,
      photos: [photo(`${slug}-a`)],
      ...extra,
    });
    data.photos.forEach((p) => files.add(path.resolve('/site/content/stories', slug, p.file)));
    return { id: slug, filePath: `content/stories/${slug}/index.mdx`, data, body: '' };
  };
  const site = buildSiteModel(
    [story('s', { workers: ['chi'] }), story('secret', { draft: true })],
    [
      worker('chi', '迟秀峰', { honours: [{ title: '全国劳动模范', year: 2020 }] }),
      worker('wu', '吴某', { industry: '未载明', place: { province: '未载明' } }),
    ],
    { root: '/site', fileExists: (p) => files.has(p) },
  );

  it('gives a story its place, trades, year and the honours of its people', () => {
    const record = storyRecord(site.story('s')!);
    expect(record).toMatchObject({ type: '故事', title: '标题', date: '2025-12-01' });
    expect(record.filters).toEqual({ province: ['辽宁'], industry: ['化工', '钢铁', '铁路'], honour: ['全国劳动模范'], year: ['2025'] });
  });
  it('gives a person pinyin keywords, honours and the years of their stories and photos', () => {
    const record = workerRecord(site.worker('chi')!);
    expect(record.keywords).toContain('chixiufeng');
    expect(record.about).toBe('列检员 · 某铁路局');
    expect(record.date).toBe('2025-12-01');
    expect(record.filters.year).toEqual(['2024', '2025']);
    expect(record.filters.honour).toEqual(['全国劳动模范']);
  });
  it('leaves unknown places and trades out of the filters', () => {
    expect(workerRecord(site.worker('wu')!).filters).toMatchObject({ province: [], industry: [] });
  });
  it('gives a photo its owner’s place and its own date', () => {
    const record = photoRecord(site.photo('chi-p')!);
    expect(record).toMatchObject({ type: '照片', title: 'chi-p 说明', date: '2024', about: '出自人物《迟秀峰》' });
    expect(record.filters).toMatchObject({ province: ['黑龙江'], year: ['2024'], honour: [] });
  });
  it('lists filter choices from published pages only', () => {
    const records = allRecords(site);
    expect(records).toHaveLength(2 + 1 + 3);
    expect(filterChoices(records)).toEqual({
      province: ['黑龙江', '辽宁'],
      industry: ['钢铁', '化工', '铁路'],
      honour: ['全国劳动模范'],
      year: ['2025', '2024'],
    });
  });
});
