import { z } from 'astro/zod';

/**
 * A URL-safe ASCII identifier (lower-case pinyin or Latin words joined by hyphens).
 * Slugs and photo ids become public addresses that families share, so they must
 * never change once published and must read well in any address bar. Folder
 * names, redirects, the address ledger and `npm run new` use the same pattern.
 */
export const asciiIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug or photo id in front matter (see asciiIdPattern). */
export const asciiId = z.string().regex(asciiIdPattern, '只能用小写拼音字母、数字和连字符（例如 chi-xiufeng），不能有汉字或空格');

/**
 * A calendar date that may be only as precise as the source allows:
 * `2025`, `2025-10` or `2025-10-14`. YAML turns full dates into Date objects;
 * both forms normalise to an ISO string of the same precision.
 */
export const partialDate = z
  .union([
    z.date(),
    z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, '日期格式应为 2025、2025-10 或 2025-10-14'),
  ])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));

/** A full date for things that are published (stories): must parse to a real day. */
export const fullDate = z.coerce.date({ error: '不是有效日期，应写成 2025-10-14' });

/** Where something happened, as the newspapers name it. */
export const placeSchema = z.strictObject({
  /** Province-level division, e.g. 黑龙江 or 广东. */
  province: z.string().min(1),
  /** City or county, e.g. 哈尔滨 or 深圳龙岗. */
  city: z.string().min(1).optional(),
});

/** Content that should not (or no longer) be public. The one rule reading them: src/lib/content/visibility.ts. */
export const visibilityFields = {
  /** Work in progress: leaves no trace in `dist/`. */
  draft: z.boolean().default(false),
  withdrawn: withdrawnField(),
};

/**
 * Taken down at a family's request: the address stays alive as a short notice
 * page with no image and no personal details; everything else disappears.
 * Stories, profiles and single photos can each be withdrawn.
 */
export function withdrawnField() {
  return z.boolean().default(false);
}
