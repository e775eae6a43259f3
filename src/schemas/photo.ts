import { z } from 'astro/zod';
import { sourceImageFile } from '../lib/images/store.ts';
import { asciiId, partialDate, withdrawnField } from './common.ts';

/** Camera RAW files: DNG, NEF and ARW are TIFF inside, so only the name tells them from a photo. */
const rawFile = /\.(?:dng|cr2|cr3|nef|arw|raf|orf|rw2)$/i;
const videoFile = /\.(?:mov|mp4|m4v)$/i;

/**
 * One photograph, declared in the front matter of the story or worker profile
 * it belongs to, with its file in the same folder. Every photo gets its own
 * page at `/photos/<id>/`.
 */
export const photoSchema = z
  .strictObject({
    /** Site-wide unique, stable ASCII id: the photo's public address. */
    id: asciiId,
    /** Image file beside the text, e.g. `./chi-xiufeng-01.jpg`. */
    file: z
      .string({ error: '缺少照片文件名（file），例如 ./photo.jpg' })
      .regex(/^\.\/[^/\\]+$/, '照片文件须与正文放在同一文件夹，写成 ./文件名.jpg')
      .refine((file) => !rawFile.test(file), '这是相机的 RAW 原始文件，网站无法直接使用：请先在修图软件里导出为 JPEG，再替换这个文件')
      .refine((file) => !videoFile.test(file), '这是视频文件，不是照片：请在手机或电脑上把它导出为 JPEG')
      .refine(
        (file) => rawFile.test(file) || videoFile.test(file) || sourceImageFile.test(file),
        '须是 JPEG、PNG、WebP、AVIF、TIFF 或 HEIC 图像文件',
      ),
    /** What the picture shows, for people who cannot see it. Never the file name. */
    alt: z
      .string({ error: '缺少替代文字（alt）：请描述照片里看得见的内容' })
      .trim()
      .min(1, '替代文字（alt）不能为空：请描述照片里看得见的内容'),
    /** The caption printed under the photo, without the credit. */
    caption: z.string().trim().min(1, '图片说明（caption）不能为空'),
    /** Who made the picture, printed after the caption (e.g. 本报记者 芦男 摄). */
    credit: z
      .string({ error: '缺少署名（credit）：照片必须注明作者，例如“本报记者 芦男 摄”' })
      .trim()
      .min(1, '署名（credit）不能为空：照片必须注明作者'),
    /**
     * A stand-in picture made by the editors, not a real photograph: shown with
     * the label 示例图片 wherever the photo appears.
     */
    sample: z.boolean().default(false),
    /** When it was taken: 2025, 2025-10 or 2025-10-14. */
    date: partialDate.optional(),
    /** Where it was taken, in words (e.g. 黑龙江大庆 让胡路运用车间). */
    place: z.string().trim().min(1).optional(),
    /** Slugs of the workers who appear in the picture. */
    workers: z.array(asciiId).default([]),
    /**
     * The point crops keep in view, as fractions of width and height from the
     * top-left corner (0.5, 0.5 is the centre).
     */
    focus: z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).default({ x: 0.5, y: 0.5 }),
    /** Longest edge, in pixels, of the original a visitor may download (full size when absent). */
    downloadMaxEdge: z.number().int().min(600).optional(),
    /**
     * This one photo taken down at a family's request: its page becomes a short
     * notice, and every gallery, list, preview, poster and download leaves it out.
     * A cover or portrait gives way to the next photo.
     */
    withdrawn: withdrawnField(),
  })
  .superRefine((photo, ctx) => {
    const base = photo.file.replace(/^\.\//, '');
    const stem = base.replace(/\.[^.]+$/, '');
    if (photo.alt === base || photo.alt === stem || sourceImageFile.test(photo.alt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message: `替代文字（alt）不能是文件名“${photo.alt}”：请描述照片里看得见的内容`,
      });
    }
  });

export type PhotoData = z.output<typeof photoSchema>;

/** A list of photos whose ids are unique within the list. */
export const photoList = z
  .array(photoSchema)
  .min(1, '至少要有一张照片')
  .superRefine((photos, ctx) => {
    const seen = new Set<string>();
    photos.forEach((photo, index) => {
      if (seen.has(photo.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `照片 id “${photo.id}” 重复` });
      }
      seen.add(photo.id);
    });
  });
