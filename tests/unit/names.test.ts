import { describe, expect, it } from 'vitest';
import { groupByInitial } from '../../src/lib/chinese';
import { downloadStem } from '../../src/lib/download-name';
import { namePinyin, namePinyinTerms, readName, slugFromName, sortByName, splitName } from '../../src/lib/names';

/** Everything the site derives from one name: the four places must agree. */
function uses(name: string, pinyin?: string) {
  return {
    slug: slugFromName(name, pinyin),
    download: downloadStem({ id: 'photo-id', label: name, person: true, pinyin, date: '2025-10' }).ascii,
    terms: namePinyinTerms(name, pinyin),
    sortKey: namePinyin(name, pinyin),
    initial: groupByInitial([name], (n) => namePinyin(n, pinyin))[0]!.letter,
  };
}

describe('one reading of a name in every use', () => {
  it.each([
    ['欧阳修', 'ouyang-xiu', ['ouyangxiu', 'oyx', 'ouyang', 'xiu'], 'ou yang xiu', 'O'],
    ['司马光', 'sima-guang', ['simaguang', 'smg', 'sima', 'guang'], 'si ma guang', 'S'],
    ['公冶长', 'gongye-chang', ['gongyechang', 'gyc', 'gongye', 'chang'], 'gong ye chang', 'G'],
    ['诸葛亮', 'zhuge-liang', ['zhugeliang', 'zgl', 'zhuge', 'liang'], 'zhu ge liang', 'Z'],
    ['王伟', 'wang-wei', ['wangwei', 'ww', 'wang', 'wei'], 'wang wei', 'W'],
    // 宗政 is also a compound surname, but a two-character name is surname + given name.
    ['宗政', 'zong-zheng', ['zongzheng', 'zz', 'zong', 'zheng'], 'zong zheng', 'Z'],
    ['单田芳', 'shan-tianfang', ['shantianfang', 'stf', 'shan', 'tianfang'], 'shan tian fang', 'S'],
    ['阿卜杜拉·艾尼', 'abudula-aini', ['abudulaaini', 'abdlan', 'abudula', 'aini'], 'a bu du la ai ni', 'A'],
  ])('%s', (name, slug, terms, sortKey, initial) => {
    expect(uses(name)).toEqual({ slug, download: `${slug}-2025-10`, terms, sortKey, initial });
  });

  it("lets the profile's pinyin win everywhere", () => {
    // 覃 reads qin by default; some families say Tan.
    expect(uses('覃海').slug).toBe('qin-hai');
    expect(uses('覃海', 'tan hai')).toEqual({
      slug: 'tan-hai',
      download: 'tan-hai-2025-10',
      terms: ['tanhai', 'th', 'tan', 'hai'],
      sortKey: 'tan hai',
      initial: 'T',
    });
    // Aligned with the characters, so the parts of a dotted name still hold.
    expect(uses('阿卜杜拉·艾尼', 'a bu du la ai ni').slug).toBe('abudula-aini');
  });

  it('takes a pinyin that does not match the characters word by word, as written', () => {
    expect(readName('欧阳修', 'ouyang xiu')).toEqual({ syllables: ['ouyang', 'xiu'], words: ['ouyang', 'xiu'] });
    expect(slugFromName('欧阳修', 'ouyang xiu')).toBe('ouyang-xiu');
  });

  it('writes ü as v in a given pinyin too', () => {
    expect(slugFromName('吕国', 'lü guo')).toBe('lv-guo');
  });
});

describe('sortByName', () => {
  it('orders people by the same reading as their A–Z letter, so the letters come in order', () => {
    const people = [{ name: '曾国藩' }, { name: '覃海', pinyin: 'tan hai' }, { name: '单田芳' }, { name: '杜钧' }, { name: '迟秀峰' }];
    const sorted = sortByName(people, (p) => p);
    expect(sorted.map((p) => p.name)).toEqual(['迟秀峰', '杜钧', '单田芳', '覃海', '曾国藩']);
    const letters = groupByInitial(sorted, (p) => namePinyin(p.name, p.pinyin)).map((g) => g.letter);
    expect(letters).toEqual(['C', 'D', 'S', 'T', 'Z']);
  });

  it('orders the syllables one by one, and the same reading by its characters whatever the input order', () => {
    const byName = (names: string[]) => sortByName(names, (name) => ({ name }));
    expect(byName(['张开淋', '张恩龙', '张伟'])).toEqual(['张恩龙', '张开淋', '张伟']);
    // 张伟 and 章伟 both read zhang wei; which comes first is ICU's, but it is always the same.
    expect(byName(['章伟', '张伟'])).toEqual(byName(['张伟', '章伟']));
  });
});

describe('compound surnames', () => {
  it('knows the surnames each old list had alone', () => {
    expect(slugFromName('宗政明')).toBe('zongzheng-ming');
    expect(slugFromName('淳于意')).toBe('chunyu-yi');
    expect(slugFromName('百里奚')).toBe('baili-xi');
    expect(slugFromName('公羊高')).toBe('gongyang-gao');
  });

  it('splits only when a given name is left', () => {
    expect(splitName('欧阳修')).toEqual({ surname: '欧阳', givenName: '修' });
    expect(splitName('长孙无忌')).toEqual({ surname: '长孙', givenName: '无忌' });
    expect(splitName('宗政')).toEqual({ surname: '宗', givenName: '政' });
    expect(splitName('迟秀峰')).toEqual({ surname: '迟', givenName: '秀峰' });
    expect(splitName('阿卜杜拉·艾尼')).toBeUndefined();
  });

  it('reads compound surnames as surnames', () => {
    expect(slugFromName('尉迟恭')).toBe('yuchi-gong');
  });
});

describe('names in several parts', () => {
  it('keeps one word per part, whichever dot or space separates them', () => {
    for (const name of ['阿卜杜拉·艾尼', '阿卜杜拉•艾尼', '阿卜杜拉・艾尼', '阿卜杜拉.艾尼', '阿卜杜拉 艾尼']) {
      expect(slugFromName(name)).toBe('abudula-aini');
    }
    expect(slugFromName('阿依古丽·买买提·托合提')).toBe('ayiguli-maimaiti-tuoheti');
  });

  it('keeps the dot in the Chinese download name', () => {
    expect(downloadStem({ id: 'a', label: '阿卜杜拉·艾尼', person: true }).chinese).toBe('阿卜杜拉·艾尼');
  });
});

describe('names without Chinese characters', () => {
  it('are written as they are and get no pinyin search terms', () => {
    expect(slugFromName('Anna Smith')).toBe('anna-smith');
    expect(namePinyinTerms('Anna Smith')).toEqual([]);
    expect(slugFromName('！？')).toBeUndefined();
  });
});
