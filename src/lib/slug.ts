import { pinyin } from 'pinyin-pro';
import { asciiIdPattern } from '../schemas/common.ts';

/**
 * Address names suggested from Chinese text, in the site's style: pinyin words
 * joined by hyphens (我为职工拍张照 → wo-wei-zhigong-pai-zhangzhao,
 * 迟秀峰 → chi-xiufeng). Words come from ICU's Chinese dictionary, built into Node.
 */
const words = new Intl.Segmenter('zh', { granularity: 'word' });

function syllables(text: string, options: { surname?: 'head' | 'off' } = {}): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, surname: options.surname ?? 'off' });
}

function ascii(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** A slug from a title, cut at a word boundary to at most `maxLength` characters; undefined if nothing usable. */
export function slugFromTitle(title: string, maxLength = 48): string | undefined {
  const parts: string[] = [];
  for (const segment of words.segment(title.normalize('NFKC'))) {
    if (!segment.isWordLike) continue;
    const word = ascii(syllables(segment.segment).join(''));
    if (!word) continue;
    if ([...parts, word].join('-').length > maxLength && parts.length) break;
    parts.push(word);
  }
  const slug = parts.join('-').slice(0, maxLength).replace(/-+$/, '');
  return asciiIdPattern.test(slug) ? slug : undefined;
}

/** Two-character surnames: the rest of a name is the given name. */
const compoundSurnames = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 长孙 宇文 司徒 端木 轩辕 呼延 独孤 南宫 西门 申屠 澹台 公冶 宗政 濮阳 淳于 单于 太叔 仲孙 钟离 万俟 闻人 赫连 拓跋'.split(' '),
);

/** A slug from a person's name: surname, hyphen, given name (迟秀峰 → chi-xiufeng, 单田芳 → shan-tianfang). */
export function slugFromName(name: string): string | undefined {
  const clean = name.normalize('NFKC').trim();
  if (!/\p{Script=Han}/u.test(clean)) return slugFromTitle(clean);
  // Names of several parts (阿依古丽·买买提) keep one word per part.
  const parts = clean.split(/[·•・.\s]+/).filter(Boolean);
  if (parts.length > 1) return slugFromTitle(parts.join(' '));
  const chars = [...clean];
  const surnameLength = compoundSurnames.has(chars.slice(0, 2).join('')) ? 2 : 1;
  // Read as a whole name so polyphonic surnames take their surname reading (单 shan, 曾 zeng).
  const readings = syllables(clean, { surname: 'head' }).map(ascii);
  const slug = [readings.slice(0, surnameLength).join(''), readings.slice(surnameLength).join('')].filter(Boolean).join('-');
  return asciiIdPattern.test(slug) ? slug : undefined;
}
