/** Sorts Chinese names by pinyin (ICU's zh-CN collation, built into Node and browsers). */
export const pinyinCollator = new Intl.Collator('zh-CN');

/** “2025-10-14” → “2025年10月14日”; “2025-10” → “2025年10月”; “2025” → “2025年”. */
export function formatChineseDate(value: string | Date): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const [year, month, day] = iso.split('-');
  return `${year}年` + (month ? `${Number(month)}月` : '') + (day ? `${Number(day)}日` : '');
}

/** Years of service from a start year or a reported count. */
export function yearsOfService(data: { startYear?: number; yearsOfService?: number }, now: Date): number | undefined {
  if (data.startYear !== undefined) return now.getUTCFullYear() - data.startYear;
  return data.yearsOfService;
}

/**
 * Groups names under the first letter of their pinyin (A–Z), in the order given
 * (pass them already sorted by `pinyinCollator`). `pinyinOf` reads a name's pinyin.
 */
export function groupByInitial<T>(items: readonly T[], pinyinOf: (item: T) => string): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const first = pinyinOf(item).trim().charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, list]) => ({ letter, items: list }));
}
