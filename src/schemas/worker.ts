import { z } from 'astro/zod';
import { placeSchema, visibilityFields } from './common.ts';
import { photoList } from './photo.ts';

/** An honour as the awarding body names it (全国劳动模范, 大国工匠 …). */
export const honourSchema = z.strictObject({
  /** The title, e.g. 全国劳动模范. */
  title: z.string().trim().min(1),
  /** Year awarded, where known. */
  year: z.number().int().min(1949).max(2100).optional(),
  /** Who awarded it, where known. */
  awardedBy: z.string().trim().min(1).optional(),
});

/** A worker profile (MD or MDX). The folder name is its slug. */
export const workerSchema = z
  .strictObject({
    /** Full name in Chinese. */
    name: z.string().trim().min(1),
    /**
     * Pinyin of the name with spaces between syllables, only where the automatic
     * reading is wrong (polyphonic surnames such as 单 shan).
     */
    pinyin: z
      .string()
      .regex(/^[a-z]+(?: [a-z]+)*$/)
      .optional(),
    /** 岗位: what they do, e.g. 列检员. */
    role: z.string().trim().min(1),
    /** The employer, e.g. 中国铁路哈尔滨局集团有限公司. */
    employer: z.string().trim().min(1),
    /** Workshop, team or site within the employer. */
    unit: z.string().trim().min(1).optional(),
    /** Where they work. */
    place: placeSchema,
    /** The trade, e.g. 铁路. */
    industry: z.string().trim().min(1),
    /** Year they started this work (years of service are counted from it). */
    startYear: z.number().int().min(1940).max(2100).optional(),
    /** Years of service as reported, when no start year is known (e.g. 30 for “30余年”). */
    yearsOfService: z.number().int().min(0).max(80).optional(),
    /** Honours, most important first. */
    honours: z.array(honourSchema).default([]),
    /** Something they said, in their words as reported. */
    quote: z.string().trim().min(1).optional(),
    /** One sentence for lists and link previews. */
    summary: z.string().trim().min(1),
    /** Id of the photo (from `photos`) used as their portrait. */
    portrait: z.string(),
    /** Their photos. */
    photos: photoList,
    ...visibilityFields,
  })
  .superRefine((worker, ctx) => {
    if (!worker.photos.some((photo) => photo.id === worker.portrait)) {
      ctx.addIssue({ code: 'custom', path: ['portrait'], message: `肖像照片 “${worker.portrait}” 不在本页的 photos 里` });
    }
    if (worker.startYear !== undefined && worker.yearsOfService !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['yearsOfService'], message: 'startYear 与 yearsOfService 只填一个' });
    }
  });

export type WorkerData = z.output<typeof workerSchema>;
