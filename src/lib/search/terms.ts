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
