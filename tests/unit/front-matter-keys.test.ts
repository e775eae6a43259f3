import { describe, expect, it } from 'vitest';
import { nearestKey, validateEntry } from '../../src/lib/content/validate';

/** Valid front matter of each kind, to be misspelt one key at a time. */
const photo = { id: 'a-1', file: './a.jpg', alt: '车间里的焊工', caption: '焊接。', credit: '本报记者 芦男 摄', focus: { x: 0.5, y: 0.4 } };
const story = {
  title: '标题',
  summary: '摘要。',
  date: '2025-11-20',
  bylines: [{ role: '记者', name: '芦男' }],
  source: { publication: '工会报纸', reporters: '本报记者 芦男' },
  place: { province: '辽宁', city: '盘锦' },
  industry: '交通',
  cover: 'a-1',
  photos: [photo],
};
const worker = {
  name: '迟秀峰',
  role: '列检员',
  employer: '某铁路局',
  place: { province: '黑龙江' },
  industry: '铁路',
  summary: '简介。',
  honours: [{ title: '全国劳动模范', year: 2020 }],
  portrait: 'a-1',
  photos: [photo],
};

/** `data` with `key` renamed to `misspelt` at the object `at` leads to. */
function misspell(data: Record<string, unknown>, at: (string | number)[], key: string, misspelt: string) {
  const copy = structuredClone(data);
  let target = copy as Record<string | number, unknown>;
  for (const step of at) target = target[step] as Record<string | number, unknown>;
  target[misspelt] = target[key];
  delete target[key];
  return copy;
}

const cases: [
  kind: 'story' | 'worker',
  object: string,
  data: Record<string, unknown>,
  at: (string | number)[],
  key: string,
  misspelt: string,
  field: string,
][] = [
  ['story', 'story', story, [], 'summary', 'sumary', 'sumary'],
  ['story', 'byline', story, ['bylines', 0], 'name', 'nmae', 'bylines[0].nmae'],
  ['story', 'source', story, ['source'], 'reporters', 'reporter', 'source.reporter'],
  ['story', 'place', story, ['place'], 'province', 'provice', 'place.provice'],
  ['story', 'photo', story, ['photos', 0], 'caption', 'captoin', 'photos[0].captoin'],
  ['story', 'focus', story, ['photos', 0, 'focus'], 'y', 'Y', 'photos[0].focus.Y'],
  ['worker', 'worker', worker, [], 'employer', 'employr', 'employr'],
  ['worker', 'honour', worker, ['honours', 0], 'year', 'yaer', 'honours[0].yaer'],
  ['worker', 'place', worker, ['place'], 'province', 'provnice', 'place.provnice'],
];

describe('unknown front-matter keys', () => {
  it.each(cases)(
    '%s: a misspelt key in a %s is refused with the key and the one meant',
    (kind, _object, data, at, key, misspelt, field) => {
      expect(validateEntry(kind, 'content/x/index.md', data).ok).toBe(true);
      const result = validateEntry(kind, 'content/x/index.md', misspell(data, at, key, misspelt));
      expect(result.ok).toBe(false);
      const problems = result.ok ? [] : result.problems;
      expect(problems).toContainEqual({ file: 'content/x/index.md', field, message: expect.stringContaining(`你是不是想写 \`${key}\``) });
    },
  );

  it('refuses a misspelt draft, so a typo never publishes an unfinished story', () => {
    const result = validateEntry('story', 'content/stories/x/index.mdx', { ...story, darft: true });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      { file: 'content/stories/x/index.mdx', field: 'darft', message: expect.stringContaining('你是不是想写 `draft`') },
    ]);
  });

  it('lists the keys it knows when nothing is close', () => {
    const result = validateEntry('worker', 'w.md', { ...worker, 星级: 5 });
    const [problem] = result.ok ? [] : result.problems;
    expect(problem?.field).toBe('星级');
    expect(problem?.message).toContain('这里可以写的字段有：name、pinyin、role');
  });

  it('takes withdrawn on one photo, and refuses it misspelt', () => {
    expect(validateEntry('story', 's.mdx', { ...story, photos: [{ ...photo, withdrawn: true }] }).ok).toBe(true);
    const result = validateEntry('story', 's.mdx', { ...story, photos: [{ ...photo, withdrawm: true }] });
    expect(result.ok ? [] : result.problems).toEqual([
      { file: 's.mdx', field: 'photos[0].withdrawm', message: expect.stringContaining('你是不是想写 `withdrawn`') },
    ]);
  });

  it('checks the site settings the same way', () => {
    expect(validateEntry('site', 'content/site.yaml', { contact: { name: '编辑部', email: 'a@example.org' } }).ok).toBe(true);
    const noWay = validateEntry('site', 'content/site.yaml', { contact: { name: '编辑部' } });
    expect(noWay.ok ? [] : noWay.problems).toEqual([
      { file: 'content/site.yaml', field: 'contact.email', message: '至少写一种联系方式：email 或 phone' },
    ]);
    const typo = validateEntry('site', 'content/site.yaml', { tagine: '为劳动者拍张照' });
    expect(typo.ok ? [] : typo.problems[0]?.message).toContain('你是不是想写 `tagline`');
  });

  it('suggests only near misses', () => {
    expect(nearestKey('darft', ['draft', 'date', 'title'])).toBe('draft');
    expect(nearestKey('Caption', ['caption', 'credit'])).toBe('caption');
    expect(nearestKey('photographer', ['draft', 'date', 'title'])).toBeUndefined();
  });
});
