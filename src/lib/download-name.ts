/**
 * File names for downloaded originals, in words a family understands: who is in
 * the picture and when, e.g. `迟秀峰-2025-10.jpg`. Each also gets an ASCII twin
 * from its pinyin (`chi-xiufeng-2025-10.jpg`) that serves as the file's URL, for
 * browsers and apps that ignore the `download` attribute.
 */
import { readName, textSyllables } from './names.ts';

export interface DownloadName {
  /** Shown and saved as: `迟秀峰-2025-10.jpg`. */
  chinese: string;
  /** Lower-case ASCII, safe in any URL and file system: `chi-xiufeng-2025-10.jpg`. */
  ascii: string;
}

export interface NamedPhoto {
  id: string;
  /** Whom or what the picture is of: a worker's name, else the story's title. */
  label: string;
  /** Whether `label` is a person's name (romanised surname first: `chi-xiufeng`). */
  person: boolean;
  /** A name's pinyin with spaces between syllables, where the automatic reading is wrong. */
  pinyin?: string;
  /** `2025`, `2025-10` or `2025-10-14`. */
  date?: string;
}

const maxChineseLength = 30;
const maxAsciiLength = 60;

/** Drops what file systems refuse (`\ / : * ? " < > |`, control characters) and squeezes spaces to hyphens. */
function cleanChinese(text: string): string {
  const cleaned = text
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-');
  return [...cleaned].slice(0, maxChineseLength).join('').replace(/-+$/, '');
}

/** Lower-case ASCII words joined by hyphens; anything else separates words. */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A title's syllables, with runs of Latin letters and digits kept whole. */
function titleSyllables(text: string): string[] {
  return textSyllables(text).flatMap(asciiWords);
}

/** Keeps whole words up to `max` characters, joined by hyphens. */
function joinWithin(words: string[], max: number): string {
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}

/** The name of one photo's download, without the extension and without telling it apart from others. */
export function downloadStem(photo: NamedPhoto): DownloadName {
  const date = photo.date && /^\d{4}(?:-\d{2}){0,2}$/.test(photo.date) ? photo.date : undefined;
  const label = cleanChinese(photo.label);
  // A person's name in the usual romanisation, surname first (`chi-xiufeng`); a title syllable by syllable.
  const words = photo.person ? readName(photo.label, photo.pinyin).words : titleSyllables(photo.label);
  const asciiLabel = joinWithin(words, maxAsciiLength) || photo.id;
  return {
    chinese: [label || photo.id, date].filter(Boolean).join('-'),
    ascii: [asciiLabel, date].filter(Boolean).join('-'),
  };
}

/**
 * Names for a set of photos (all published ones, so each name is the same on
 * every page). Photos that would share a name are numbered in the given order:
 * `迟秀峰-2025-第2张.jpg`, `chi-xiufeng-2025-di-2-zhang.jpg`.
 */
export function downloadNames(photos: readonly NamedPhoto[]): Map<string, DownloadName> {
  const stems = photos.map((photo) => ({ id: photo.id, stem: downloadStem(photo) }));
  const groups = new Map<string, number>();
  for (const { stem } of stems) groups.set(stem.chinese, (groups.get(stem.chinese) ?? 0) + 1);
  const seen = new Map<string, number>();
  const names = new Map<string, DownloadName>();
  for (const { id, stem } of stems) {
    const n = (seen.get(stem.chinese) ?? 0) + 1;
    seen.set(stem.chinese, n);
    const numbered = groups.get(stem.chinese)! > 1;
    names.set(id, {
      chinese: `${stem.chinese}${numbered ? `-第${n}张` : ''}.jpg`,
      ascii: `${stem.ascii}${numbered ? `-di-${n}-zhang` : ''}.jpg`,
    });
  }
  return names;
}

/** A file size as people read it on a phone: `860 KB`, `2.4 MB`. */
export function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
