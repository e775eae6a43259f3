import { z } from 'astro/zod';

/** How a family asks for a correction or a takedown. At least one way to reach the newsroom. */
export const contactSchema = z
  .strictObject({
    /** Who answers, e.g. 定格编辑部. */
    name: z.string().trim().min(1),
    /** An address for mail, e.g. bianjibu@example.org. */
    email: z.email({ error: '邮箱地址的格式不对，例如 bianjibu@example.org' }).optional(),
    /** A telephone number as dialled in China, e.g. 0451-8888 0000. */
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+() -]{5,24}$/, '电话号码只能有数字、空格、+ - ( )，例如 0451-8888 0000')
      .optional(),
    /** When people can call or expect an answer, e.g. 工作日 9:00–17:00. */
    hours: z.string().trim().min(1).optional(),
  })
  .refine((contact) => contact.email || contact.phone, { message: '至少写一种联系方式：email 或 phone', path: ['email'] });

/** The site's settings, in one place: `content/site.yaml`. Every field has the value the site ships with. */
export const siteSettingsSchema = z.strictObject({
  /** The site's name, in the header, page titles, feeds and link previews. */
  name: z.string().trim().min(1).default('定格'),
  /** The line beside the name. */
  tagline: z.string().trim().min(1).default('为劳动者拍张照'),
  /** One sentence on what the site is, for the footer and the feed. */
  description: z.string().trim().min(1).default('走到一线，为每一位劳动者拍一张好照片。'),
  /** Where families ask for corrections and takedowns: when set, every photo and profile page says so. */
  contact: contactSchema.optional(),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;
export type Contact = z.output<typeof contactSchema>;

/** The settings when `content/site.yaml` is absent. */
export const defaultSettings: SiteSettings = siteSettingsSchema.parse({});
