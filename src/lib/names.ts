/**
 * People's names in Latin letters, one way everywhere: the address slug
 * (迟秀峰 → chi-xiufeng), the download file name, the pinyin search terms and
 * the A–Z key of the people page all come from `readName`.
 */
import { pinyin } from 'pinyin-pro';
import { pinyinCollator } from './chinese.ts';
import { asciiIdPattern } from '../schemas/common.ts';

/** Two-character surnames: the rest of a name is the given name (欧阳修 → ouyang-xiu, not ou-yangxiu). */
export const compoundSurnames: ReadonlySet<string> = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 长孙 宇文 司徒 端木 轩辕 呼延 独孤 南宫 西门 ' +
    '申屠 澹台 公冶 宗政 濮阳 淳于 单于 太叔 仲孙 钟离 万俟 闻人 赫连 拓跋 百里 东郭 公羊'
  ).split(' '),
);

/** What separates the parts of a name written with a middle dot (阿卜杜拉·艾尼), as people type it. */
const partSeparators = /[·•・‧.\s]+/;

/**
 * How many leading characters of a one-part Chinese name are the surname.
 * A compound surname counts only when a given name is left after it: everyone
 * has one, so 宗政 is Zong Zheng, while 宗政明 is Zongzheng Ming.
 */
function surnameLength(chars: readonly string[]): number {
  return chars.length > 2 && compoundSurnames.has(chars[0]! + chars[1]!) ? 2 : 1;
}

/** A one-part Chinese name's surname and given name (欧阳修 → 欧阳 + 修); undefined for other names. */
export function splitName(name: string): { surname: string; givenName: string } | undefined {
  const clean = name.normalize('NFKC').trim();
  if (!/^\p{Script=Han}+$/u.test(clean)) return undefined;
  const chars = [...clean];
  const n = surnameLength(chars);
  return { surname: chars.slice(0, n).join(''), givenName: chars.slice(n).join('') };
}

/** One character's syllable, or one run of Latin letters and digits, in lower-case ASCII. */
interface Token {
  text: string;
  /** The Chinese character read, or undefined for a Latin run. */
  han?: string;
}

function asciiOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/** The name's parts (split at middle dots and spaces), each a list of tokens, surnames read as surnames. */
function tokenParts(name: string): Token[][] {
  const parts: Token[][] = [[]];
  // Read as a whole, so the first character takes its surname reading (单 shan, 曾 zeng).
  const items = pinyin(name, { type: 'all', toneType: 'none', surname: 'head', nonZh: 'consecutive', v: true });
  for (const item of items) {
    if (item.isZh) {
      parts.at(-1)!.push({ text: asciiOf(item.pinyin), han: item.origin });
      continue;
    }
    // A non-Chinese run may hold separators: each one starts a new part.
    item.origin.split(new RegExp(`(${partSeparators.source})`)).forEach((piece, i) => {
      if (i % 2 === 1) parts.push([]);
      else if (asciiOf(piece)) parts.at(-1)!.push({ text: asciiOf(piece) });
    });
  }
  return parts.filter((part) => part.length > 0);
}

/** A name read aloud: its syllables in order, and its words as romanised (surname first). */
export interface NameReading {
  /** One toneless lower-case syllable per Chinese character (ü as v), Latin runs whole: 迟秀峰 → chi, xiu, feng. */
  syllables: string[];
  /** Surname and given name (chi, xiufeng), or one word per part of a dotted name (abudula, aini). */
  words: string[];
}

/**
 * Reads a person's name. `override` is the profile's `pinyin` field, one
 * syllable per character separated by spaces (“shan tian fang”); it wins over
 * the automatic reading. If its count doesn't match the characters, its
 * space-separated items are taken as the words as written.
 */
export function readName(name: string, override?: string): NameReading {
  const parts = tokenParts(name.normalize('NFKC').trim());
  const written = override?.trim() ? override.trim().split(/\s+/).map(asciiOf).filter(Boolean) : undefined;
  if (written) {
    const han = parts.flat().filter((token) => token.han);
    if (written.length !== han.length) return { syllables: written, words: written };
    // One syllable per character: the parts and the surname rule still apply.
    han.forEach((token, i) => (token.text = written[i]!));
  }
  const join = (tokens: Token[]) => tokens.map((token) => token.text).join('');
  const syllables = parts.flat().map((token) => token.text);
  if (parts.length !== 1) return { syllables, words: parts.map(join) };
  const [tokens] = parts as [Token[]];
  const chineseOnly = tokens.every((token) => token.han);
  const n = chineseOnly ? surnameLength(tokens.map((token) => token.han!)) : 1;
  return { syllables, words: [join(tokens.slice(0, n)), join(tokens.slice(n))].filter(Boolean) };
}

/** An address slug for a person: words joined by hyphens (迟秀峰 → chi-xiufeng); undefined if nothing usable. */
export function slugFromName(name: string, override?: string): string | undefined {
  const slug = readName(name, override).words.join('-');
  return asciiIdPattern.test(slug) ? slug : undefined;
}

/**
 * Latin search words for a name, so people who type pinyin on a phone keyboard
 * without picking characters still find them: 迟秀峰 → chixiufeng (full),
 * cxf (initials), chi, xiufeng (the words). Names without Chinese characters
 * get none: they are found as written.
 */
export function namePinyinTerms(name: string, override?: string): string[] {
  if (!override && !/\p{Script=Han}/u.test(name)) return [];
  const { syllables, words } = readName(name, override);
  if (syllables.length === 0) return [];
  const terms = [syllables.join(''), syllables.map((s) => s[0]).join(''), ...words];
  return [...new Set(terms.filter((term) => term.length > 0))];
}

/** The name's pinyin, syllables apart (迟秀峰 → “chi xiu feng”): the key of the people page's A–Z letters. */
export function namePinyin(name: string, override?: string): string {
  return readName(name, override).syllables.join(' ');
}

/**
 * Items in the order of their names' pinyin, the order the A–Z letters follow
 * (ICU's collation alone reads 单 as dan and 曾 as ceng and ignores `pinyin`).
 * Same readings fall back to the characters. Keys are read once per item: pinyin-pro is slow.
 */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => { name: string; pinyin?: string }): T[] {
  const keyed = items.map((item) => {
    const { name, pinyin: override } = nameOf(item);
    return { item, name, key: namePinyin(name, override) };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : pinyinCollator.compare(a.name, b.name)));
  return keyed.map(({ item }) => item);
}

/**
 * The syllables of a text that is not a person's name (a story's title), one per
 * Chinese character, with runs of Latin letters and digits kept as they are:
 * the reading behind title slugs and title download names.
 */
export function textSyllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, surname: 'off' });
}
