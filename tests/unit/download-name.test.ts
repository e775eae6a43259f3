import { describe, expect, it } from 'vitest';
import { downloadNames, downloadStem, readableSize } from '../../src/lib/download-name';

/** What a published original's ASCII name must look like: lower-case words and hyphens, then `.jpg`. */
const asciiDownloadName = /^[a-z0-9]+(?:-[a-z0-9]+)*\.jpg$/;

describe('downloadStem', () => {
  it('names a worker surname first, with the date as precise as given', () => {
    expect(downloadStem({ id: 'a', label: '迟秀峰', person: true, date: '2025-10' })).toEqual({
      chinese: '迟秀峰-2025-10',
      ascii: 'chi-xiufeng-2025-10',
    });
    expect(downloadStem({ id: 'a', label: '迟秀峰', person: true, date: '2025-10-14' }).ascii).toBe('chi-xiufeng-2025-10-14');
    expect(downloadStem({ id: 'a', label: '迟秀峰', person: true }).chinese).toBe('迟秀峰');
  });

  it('reads surnames as surnames and keeps compound surnames together', () => {
    expect(downloadStem({ id: 'a', label: '单田芳', person: true }).ascii).toBe('shan-tianfang');
    expect(downloadStem({ id: 'a', label: '曾国藩', person: true }).ascii).toBe('zeng-guofan');
    expect(downloadStem({ id: 'a', label: '欧阳修', person: true }).ascii).toBe('ouyang-xiu');
    expect(downloadStem({ id: 'a', label: '吕强', person: true }).ascii).toBe('lv-qiang');
  });

  it("prefers the profile's own pinyin where the automatic reading is wrong", () => {
    expect(downloadStem({ id: 'a', label: '解然', person: true, pinyin: 'xie ran', date: '2024' }).ascii).toBe('xie-ran-2024');
  });

  it("falls back to a story's title, one pinyin syllable per character, cut at a word", () => {
    const name = downloadStem({ id: 'a', label: '我为职工拍张照：30年列检', person: false, date: '2025' });
    expect(name).toEqual({ chinese: '我为职工拍张照：30年列检-2025', ascii: 'wo-wei-zhi-gong-pai-zhang-zhao-30-nian-lie-jian-2025' });
    const long = downloadStem({ id: 'a', label: '一'.repeat(80), person: false });
    expect([...long.chinese].length).toBeLessThanOrEqual(30);
    expect(long.ascii.length).toBeLessThanOrEqual(60);
    expect(long.ascii).toMatch(/^yi(?:-yi)+$/);
  });

  it('drops characters file systems refuse and never yields an empty ASCII name', () => {
    const name = downloadStem({ id: 'photo-id', label: '  a/b:c*?"<>|  ', person: false });
    expect(name.chinese).toBe('a-b-c');
    expect(downloadStem({ id: 'photo-id', label: '🙂', person: false }).ascii).toBe('photo-id');
    expect(downloadStem({ id: 'photo-id', label: '🙂', person: false, date: 'yesterday' }).chinese).toBe('🙂');
  });
});

describe('downloadNames', () => {
  it('numbers photos that would share a name, in the given order, and leaves the rest alone', () => {
    const names = downloadNames([
      { id: 'p1', label: '迟秀峰', person: true, date: '2025' },
      { id: 'p2', label: '杜军', person: true, date: '2025-10' },
      { id: 'p3', label: '迟秀峰', person: true, date: '2025' },
    ]);
    expect(names.get('p1')).toEqual({ chinese: '迟秀峰-2025-第1张.jpg', ascii: 'chi-xiufeng-2025-di-1-zhang.jpg' });
    expect(names.get('p2')).toEqual({ chinese: '杜军-2025-10.jpg', ascii: 'du-jun-2025-10.jpg' });
    expect(names.get('p3')).toEqual({ chinese: '迟秀峰-2025-第2张.jpg', ascii: 'chi-xiufeng-2025-di-2-zhang.jpg' });
    for (const { ascii } of names.values()) expect(ascii).toMatch(asciiDownloadName);
  });
});

describe('readableSize', () => {
  it('says kilobytes below a megabyte and one decimal above', () => {
    expect(readableSize(300)).toBe('1 KB');
    expect(readableSize(880_000)).toBe('859 KB');
    expect(readableSize(2_500_000)).toBe('2.4 MB');
  });
});
