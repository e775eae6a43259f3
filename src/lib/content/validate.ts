/**
 * Front matter through its schema, with every problem said the way an editor
 * reads it: `file: field: message`, fields written `photos[2].alt` whether the
 * schema or a rule across files found them.
 */
import type { z } from 'astro/zod';
import { siteSettingsSchema } from '../../schemas/site.ts';
import { storySchema } from '../../schemas/story.ts';
import { workerSchema } from '../../schemas/worker.ts';
import type { ContentProblem } from '../problems.ts';

/** What editors call each field, for messages about missing or mistyped ones. */
const fieldLabels: Record<string, string> = {
  kicker: '引题', title: '标题', subtitle: '副题', summary: '摘要', date: '日期', bylines: '署名', org: '单位',
  source: '来源', publication: '刊物', reporters: '原作者', place: '地点', province: '省份', city: '城市',
  industry: '行业', tags: '关键词', workers: '人物', cover: '封面照片', photos: '照片', id: '照片 id', file: '照片文件',
  alt: '替代文字（alt）', caption: '图片说明', credit: '署名', sample: '示例图片标记', focus: '焦点', x: '横向位置',
  y: '纵向位置', downloadMaxEdge: '下载尺寸', name: '姓名', pinyin: '拼音', role: '岗位', employer: '单位', unit: '车间班组',
  startYear: '参加工作年份', yearsOfService: '工龄', honours: '荣誉', year: '年份', awardedBy: '授予单位', quote: '引语',
  portrait: '肖像照片', draft: '草稿标记', withdrawn: '撤下标记',
};

const typeNames: Record<string, string> = {
  string: '一段文字', number: '数字', int: '整数', boolean: 'true 或 false', array: '列表（每项一行，以“- ”开头）',
  object: '一组“字段: 值”', date: '日期，例如 2025-10-14',
};

/** `['photos', 2, 'alt']` → `photos[2].alt`. */
export function fieldPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(front matter)';
}

function labelOf(segments: readonly PropertyKey[]): string {
  const key = [...segments].reverse().find((s) => typeof s === 'string') as string | undefined;
  if (key === 'role' && segments.includes('bylines')) return '署名的角色';
  if (key === 'name' && segments.includes('bylines')) return '署名的姓名';
  return key ? (fieldLabels[key] ?? key) : '这一项';
}

/** One Zod issue as an editor reads it: the schema's Chinese message where it has one, else a plain explanation. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  // The schemas' own messages are Chinese; Zod's defaults are English (and may quote Chinese values).
  if (!/^[\x00-\x7F]/.test(issue.message)) return issue.message;
  const label = labelOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少“${label}”：请补上这一项`;
      return `“${label}”应是${typeNames[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return `“${label}”不能为空`;
      if (issue.origin === 'array') return `“${label}”至少要有 ${issue.minimum} 项`;
      return `“${label}”不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `“${label}”太长了：最多 ${issue.maximum} 个字`;
      if (issue.origin === 'array') return `“${label}”最多 ${issue.maximum} 项`;
      return `“${label}”不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `“${label}”只能是以下之一：${issue.values.map(String).join('、')}`;
    case 'invalid_format':
      return `“${label}”的格式不对，请对照例子修改`;
    case 'invalid_union': {
      const inner = issue.errors.flat().find((i) => !/^[\x00-\x7F]/.test(i.message));
      return inner ? inner.message : `“${label}”的写法不对，请对照例子修改`;
    }
    default:
      return `“${label}”有误（${issue.message}）`;
  }
}

/** The schema of each kind of entry, and of the site's settings. */
export const entrySchemas = { story: storySchema, worker: workerSchema, site: siteSettingsSchema } as const;

/** Edit distance, for “did you mean”: small words, so the plain table is fast enough. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known key nearest to a misspelt one, when it is close enough to be a typo. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const scored = known.map((k) => ({ k, d: distance(lower, k.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.k : undefined;
}

/** The keys an object schema defines, found by following `path` down from `schema` (Zod's own definitions). */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (type: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    const def = type?._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType } | undefined;
    if (!def) return undefined;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') return unwrap(def.innerType);
    if (def.type === 'pipe') return unwrap(def.in);
    return type;
  };
  for (const segment of path) {
    current = unwrap(current);
    const def = current?._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType } | undefined;
    if (typeof segment === 'number') current = def?.type === 'array' ? def.element : undefined;
    else current = def?.type === 'object' ? def.shape?.[String(segment)] : undefined;
  }
  const def = unwrap(current)?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** One problem per key a schema does not define, named where it stands, with the key probably meant. */
function unknownKeyProblems(file: string, issue: z.core.$ZodIssueUnrecognizedKeys, schema: z.core.$ZodType): ContentProblem[] {
  const known = knownKeysAt(schema, issue.path);
  return issue.keys.map((key) => {
    const meant = nearestKey(key, known);
    const hint = meant
      ? `你是不是想写 \`${meant}\`？`
      : `这里可以写的字段有：${known.join('、')}`;
    return { file, field: fieldPath([...issue.path, key]), message: `不认识的字段 \`${key}\`，写错的字段会被当作没写：${hint}` };
  });
}

/** Every problem the schema of `kind` finds in `data`, or the parsed data. */
export function validateEntry<K extends keyof typeof entrySchemas>(
  kind: K,
  file: string,
  data: Record<string, unknown>,
): { ok: true; data: z.output<(typeof entrySchemas)[K]> } | { ok: false; problems: ContentProblem[] } {
  const schema = entrySchemas[kind];
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data as z.output<(typeof entrySchemas)[K]> };
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? unknownKeyProblems(file, issue, schema)
      : [{ file, field: fieldPath(issue.path), message: issueMessage(issue) }],
  );
  return { ok: false, problems };
}
