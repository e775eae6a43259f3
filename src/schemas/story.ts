import { z } from 'astro/zod';
import { asciiId, fullDate, placeSchema, visibilityFields } from './common.ts';
import { photoList } from './photo.ts';

/** The roles a newspaper byline uses. */
export const bylineRoles = ['记者', '通讯员', '实习生', '摄影', '撰文', '编辑'] as const;

/** A photo story (MDX), e.g. “我为职工拍张照”. The folder name is its slug. */
export const storySchema = z
  .strictObject({
    /** 引题: the line above the headline that sets the scene. */
    kicker: z.string().trim().min(1).optional(),
    /** 主题: the headline. */
    title: z.string().trim().min(1),
    /** 副题: the line below the headline. */
    subtitle: z.string().trim().min(1).optional(),
    /** One or two sentences for lists, feeds and link previews. */
    summary: z.string().trim().min(1),
    /** Publication date on this site. */
    date: fullDate,
    /** Who wrote and photographed it, in the order printed (本报记者 张世光 …). */
    bylines: z
      .array(z.strictObject({ role: z.enum(bylineRoles), name: z.string().trim().min(1), org: z.string().trim().min(1).optional() }))
      .min(1),
    /** Where the facts were first reported. */
    source: z
      .strictObject({
        /** The publication, e.g. 工会报纸《本报》版面. */
        publication: z.string().trim().min(1),
        /** Its date, as precise as known. */
        date: z.string().optional(),
        /** The original reporters' line, e.g. 本报记者 张世光 本报实习生 张硕. */
        reporters: z.string().optional(),
      })
      .optional(),
    /** Where the story happens. */
    place: placeSchema,
    /** The trade, e.g. 铁路 or 建筑. */
    industry: z.string().trim().min(1),
    /** Free keywords. */
    tags: z.array(z.string().trim().min(1)).default([]),
    /** Slugs of the workers the story is about. */
    workers: z.array(asciiId).default([]),
    /** Id of the photo (from `photos`) that stands for the story in lists and previews. */
    cover: asciiId,
    /** Every photo the story shows. */
    photos: photoList,
    ...visibilityFields,
  })
  .superRefine((story, ctx) => {
    if (!story.photos.some((photo) => photo.id === story.cover)) {
      ctx.addIssue({ code: 'custom', path: ['cover'], message: `封面照片 “${story.cover}” 不在本篇的 photos 里` });
    }
  });

export type StoryData = z.output<typeof storySchema>;
