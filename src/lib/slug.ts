import { textSyllables as syllables } from './names.ts';
import { asciiIdPattern } from '../schemas/common.ts';

/**
 * Address names suggested from a title, in the site's style: pinyin words
 * joined by hyphens (我为职工拍张照 → wo-wei-zhigong-pai-zhangzhao). Words come
 * from ICU's Chinese dictionary, built into Node. People's names: src/lib/names.ts.
 */
const words = new Intl.Segmenter('zh', { granularity: 'word' });

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
