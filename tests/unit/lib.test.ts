import { describe, expect, it } from 'vitest';
import { blockPhotoIds } from '../../src/lib/content/blocks';
import { justifiedRows } from '../../src/lib/justify';
import { absoluteUrl, paths, withBase } from '../../src/lib/urls';
import { basePath, siteUrl } from '../../src/lib/site-env.mjs';
import { formatChineseDate, pinyinCollator, yearsOfService } from '../../src/lib/chinese';
import { neighbours } from '../../src/lib/neighbours';
import { sitemapXml } from '../../src/lib/sitemap';

describe('blockPhotoIds', () => {
  it('reads ids from every block in order', () => {
    const body = `<Figure id="a" size="full" />\n文字\n<Pair ids={["b", 'c']} />\n<Gallery ids={[ "d","e" ]} />\n<PullQuote by="某">话</PullQuote>`;
    expect(blockPhotoIds(body)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('ignores other tags', () => {
    expect(blockPhotoIds('<div id="x"></div>')).toEqual([]);
  });
});

describe('justifiedRows', () => {
  it('fills rows close to the target ratio and keeps order', () => {
    const rows = justifiedRows([1.5, 1.5, 0.75, 1.5, 1.5, 1.5, 0.67], 3.2);
    expect(rows.flatMap((r) => r.items)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const row of rows.slice(0, -1)) expect(Math.abs(row.ratio - 3.2)).toBeLessThan(1.2);
  });
  it('does not stretch a short last row', () => {
    const rows = justifiedRows([1.5, 1.5, 1.5], 3.2);
    expect(rows.at(-1)).toMatchObject({ items: [2], fill: false });
  });
  it('puts a single photo in one row', () => {
    expect(justifiedRows([0.75])).toEqual([{ items: [0], ratio: 0.75, fill: false }]);
  });
});

describe('urls', () => {
  it('keeps every address under the base path', () => {
    expect(withBase('/some/sub/path/', paths.story('a'))).toBe('/some/sub/path/stories/a/');
    expect(withBase('/', paths.photo('p'))).toBe('/photos/p/');
    expect(withBase('/x', paths.home())).toBe('/x/');
    expect(absoluteUrl('https://example.org', '/dingge/', paths.worker('w'))).toBe('https://example.org/dingge/workers/w/');
  });
});

describe('site-env', () => {
  it('normalises BASE_PATH', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ BASE_PATH: 'dingge' })).toBe('/dingge/');
    expect(basePath({ BASE_PATH: '/some/sub/path' })).toBe('/some/sub/path/');
  });
  it('rejects a BASE_PATH that could escape or break URLs', () => {
    expect(() => basePath({ BASE_PATH: '/../x/' })).toThrow(/BASE_PATH/);
    expect(() => basePath({ BASE_PATH: '/中文/' })).toThrow(/BASE_PATH/);
  });
  it('takes SITE_URL as an origin only', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
    expect(() => siteUrl({ SITE_URL: 'https://example.org/dingge/' })).toThrow(/BASE_PATH/);
    expect(() => siteUrl({ SITE_URL: 'not a url' })).toThrow(/SITE_URL/);
  });
});

describe('chinese', () => {
  it('sorts names by pinyin', () => {
    expect(['张恩龙', '迟秀峰', '杜钧', '安平'].sort(pinyinCollator.compare)).toEqual(['安平', '迟秀峰', '杜钧', '张恩龙']);
  });
  it('formats partial dates', () => {
    expect(formatChineseDate('2025-10-04')).toBe('2025年10月4日');
    expect(formatChineseDate('2025-10')).toBe('2025年10月');
    expect(formatChineseDate(new Date('2025-01-20'))).toBe('2025年1月20日');
  });
  it('counts years of service', () => {
    expect(yearsOfService({ startYear: 1993 }, new Date('2025-06-01'))).toBe(32);
    expect(yearsOfService({ yearsOfService: 30 }, new Date())).toBe(30);
    expect(yearsOfService({}, new Date())).toBeUndefined();
  });
});

describe('neighbours', () => {
  it('finds previous and next', () => {
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b'], 'a')).toEqual({ previous: undefined, next: 'b' });
  });
});

describe('sitemapXml', () => {
  it('escapes and dates entries', () => {
    const xml = sitemapXml([{ loc: 'https://e.org/a/?x=1&y=2', lastmod: new Date('2025-01-02') }]);
    expect(xml).toContain('<loc>https://e.org/a/?x=1&amp;y=2</loc><lastmod>2025-01-02</lastmod>');
  });
});

describe('rehypeExternalLinks', () => {
  it('adds noopener to links that leave the site, and only to those', async () => {
    const {
      externalLinks: [rehypeExternalLinks, options],
    } = await import('../../src/lib/external-links');
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'a', properties: { href: 'https://example.org/' }, children: [] },
        { type: 'element', tagName: 'a', properties: { href: '/stories/a/' }, children: [] },
      ],
    };
    // @ts-expect-error: a plain object tree, as in the other tests
    rehypeExternalLinks(options)(tree);
    expect(tree.children[0]!.properties).toMatchObject({ rel: ['noopener', 'noreferrer'] });
    expect(tree.children[1]!.properties).not.toHaveProperty('rel');
  });
});

describe('pinyin helpers', () => {
  it('reads names with surname readings', async () => {
    const { namePinyin } = await import('../../src/lib/names');
    expect(namePinyin('迟秀峰')).toBe('chi xiu feng');
    expect(namePinyin('单雄信')).toBe('shan xiong xin');
    expect(namePinyin('曾国藩', 'zeng guo fan')).toBe('zeng guo fan');
  });
  it('groups sorted names by pinyin initial', async () => {
    const { groupByInitial } = await import('../../src/lib/chinese');
    const { namePinyin } = await import('../../src/lib/names');
    const groups = groupByInitial(['安平', '迟秀峰', '杜钧', '冯萌萌', '高凤林'], (n) => namePinyin(n));
    expect(groups.map((g) => g.letter)).toEqual(['A', 'C', 'D', 'F', 'G']);
    expect(groups[1]!.items).toEqual(['迟秀峰']);
  });
});
