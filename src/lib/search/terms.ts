import { pinyin } from 'pinyin-pro';

/**
 * Latin search words for a person's Chinese name, so people who type pinyin on a
 * phone keyboard without picking characters still find them:
 * 迟秀峰 → chixiufeng (full), cxf (initials), chi, xiufeng (surname and given name).
 * `reading` overrides the automatic reading ("shan tian fang" for 单田芳).
 */
export function namePinyinTerms(name: string, reading?: string): string[] {
  const syllables = reading
    ? reading.split(/\s+/).filter(Boolean)
    : pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true });
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z]/g, '')).filter(Boolean);
  if (clean.length === 0) return [];
  // Two-character compound surnames (欧阳, 司马 …) are rare; the first syllable is the surname.
  const [surname, ...given] = clean;
  const terms = [clean.join(''), clean.map((s) => s[0]).join(''), surname!, given.join('')];
  return [...new Set(terms.filter((t) => t.length > 0))];
}

/** Values that mean “not known” in the content and make no sense as filters. */
const unknownValues = new Set(['未载明', '未知', '不详', '多行业']);

/** Filter values from free text: “化工、钢铁” → [化工, 钢铁]; unknowns dropped. */
export function filterValues(...values: (string | undefined)[]): string[] {
  const out = values
    .flatMap((v) => (v ?? '').split(/[、，,/]/))
    .map((v) => v.trim())
    .filter((v) => v.length > 0 && !unknownValues.has(v));
  return [...new Set(out)];
}
