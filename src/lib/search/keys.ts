/** The result types and filter names the index and the search page share (no imports: loaded in the browser). */
export const searchTypes = ['故事', '人物', '照片'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The filters every indexed page carries, besides `type`. */
export const filterKeys = ['province', 'industry', 'honour', 'year'] as const;
export type FilterKey = (typeof filterKeys)[number];
