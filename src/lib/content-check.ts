/**
 * Reads a content folder the way the build does (same file patterns, same YAML
 * parser, same Zod schemas, same cross-file rules in checkContent) and reports
 * every problem at once, so `npm run check` and the build never disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { storySchema, type StoryData } from '../schemas/story.ts';
import { workerSchema, type WorkerData } from '../schemas/worker.ts';
import { displayPath, type ContentFile } from './content/files.ts';
import {
  addressKey,
  ledgerFileName,
  parseLedger,
  parseRedirects,
  redirectsFileName,
  resolveRedirects,
  type AddressKey,
  type Ledger,
  type LiveAddress,
  type Redirect,
} from './address-ledger.ts';
import { placeholderProblems } from './placeholders.ts';
import type { ContentProblem } from './problems.ts';
import { checkContent, type OwnerKind, type RawEntry } from './site-model.ts';

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

export interface ValidatedContent {
  stories: RawEntry<StoryData>[];
  workers: RawEntry<WorkerData>[];
  problems: ContentProblem[];
  /** Files the schema rejected: their rules between fields (cover, portrait …) run once the fields are fixed. */
  rejected: string[];
}

/**
 * Runs each file through its schema, then the cross-file rules. An entry the
 * schema rejects still takes part in the cross-file rules as a stand-in with
 * no photos, so a profile with a typo does not also make every story that names
 * it report “没有人物”.
 */
export function validateContent(files: ContentFile[], root: string, fileExists: (absolutePath: string) => boolean): ValidatedContent {
  const problems: ContentProblem[] = [];
  const stories: RawEntry<StoryData>[] = [];
  const workers: RawEntry<WorkerData>[] = [];
  const standInStories: RawEntry<StoryData>[] = [];
  const standInWorkers: RawEntry<WorkerData>[] = [];
  const rejected: string[] = [];
  for (const file of files) {
    const schema = file.kind === 'story' ? storySchema : workerSchema;
    const result = file.data ? schema.safeParse(file.data, { reportInput: true }) : undefined;
    if (result?.success) {
      const entry = { id: file.slug, filePath: file.filePath, body: file.body, data: result.data };
      if (file.kind === 'story') stories.push(entry as RawEntry<StoryData>);
      else workers.push(entry as RawEntry<WorkerData>);
      continue;
    }
    rejected.push(file.filePath);
    for (const issue of result?.error.issues ?? []) {
      problems.push({ file: file.filePath, field: fieldPath(issue.path), message: issueMessage(issue) });
    }
    // Placeholders are reported for valid entries by checkContent; here for the rest, by the same rule.
    if (file.data) problems.push(...placeholderProblems(file.filePath, file.data, file.body));
    const standIn = { id: file.slug, filePath: file.filePath, body: '', data: { photos: [], workers: [] } } as unknown;
    if (file.kind === 'story') standInStories.push(standIn as RawEntry<StoryData>);
    else standInWorkers.push(standIn as RawEntry<WorkerData>);
  }
  const cross = checkContent([...stories, ...standInStories], [...workers, ...standInWorkers], { root, fileExists });
  return { stories, workers, problems: [...problems, ...cross], rejected };
}

/**
 * The addresses content gives now, read from front matter as written: the live
 * ones (declared by content that is not a draft: published or withdrawn), and
 * those declared only by drafts. A story or profile whose front matter cannot be
 * read counts as live: its folder is still there, and its own problem is reported.
 */
export function liveAddresses(files: ContentFile[], contentDir: string): { live: Map<AddressKey, LiveAddress>; drafts: Map<AddressKey, string> } {
  const live = new Map<AddressKey, LiveAddress>();
  const drafts = new Map<AddressKey, string>();
  for (const file of files) {
    const key = addressKey(file.kind === 'story' ? 'stories' : 'workers', file.slug);
    const draft = file.data?.draft === true;
    const clue = file.data?.[file.kind === 'story' ? 'title' : 'name'];
    if (draft) drafts.set(key, file.filePath);
    else if (!live.has(key)) live.set(key, { key, clue: typeof clue === 'string' ? clue : undefined, declaredIn: file.filePath });
    if (!file.data || !Array.isArray(file.data.photos)) continue;
    for (const photo of file.data.photos as unknown[]) {
      const { id, file: image } = (photo ?? {}) as { id?: unknown; file?: unknown };
      if (typeof id !== 'string' || typeof image !== 'string') continue;
      const photoKey = addressKey('photos', id);
      if (draft) {
        drafts.set(photoKey, file.filePath);
        continue;
      }
      if (live.has(photoKey)) continue;
      const relative = path.relative(contentDir, path.resolve(path.dirname(file.absolutePath), image));
      live.set(photoKey, { key: photoKey, clue: relative.split(path.sep).join('/'), declaredIn: file.filePath });
    }
  }
  return { live, drafts };
}

export interface Addresses {
  ledger: Ledger;
  ledgerPath: string;
  live: Map<AddressKey, LiveAddress>;
  redirects: Redirect[];
  problems: ContentProblem[];
}

/** The ledger and redirects of a content folder, checked against the addresses that are live now. */
export function checkAddresses(files: ContentFile[], contentDir: string, root: string): Addresses {
  const ledgerPath = path.join(contentDir, ledgerFileName);
  const redirectsPath = path.join(contentDir, redirectsFileName);
  const problems: ContentProblem[] = [];
  let ledger: Ledger = new Map();
  if (existsSync(ledgerPath)) {
    const parsed = parseLedger(readFileSync(ledgerPath, 'utf8'), displayPath(root, ledgerPath));
    ledger = parsed.ledger;
    problems.push(...parsed.problems);
  }
  const redirectsFile = displayPath(root, redirectsPath);
  const parsed = existsSync(redirectsPath)
    ? parseRedirects(readFileSync(redirectsPath, 'utf8'), redirectsFile)
    : { redirects: new Map<AddressKey, AddressKey>(), problems: [] };
  const { live, drafts } = liveAddresses(files, contentDir);
  // A file whose front matter cannot be read has its own problem; its photos are not “gone”.
  const unreadable = files
    .filter((file) => !file.data)
    .map((file) => path.relative(contentDir, path.dirname(file.absolutePath)).split(path.sep).join('/') + '/');
  const known: Ledger = new Map(
    [...ledger].filter(([key, clue]) => !key.startsWith('photos/') || !clue || !unreadable.some((folder) => clue.startsWith(folder))),
  );
  const resolved = resolveRedirects({ ledger: known, redirects: parsed.redirects, live, drafts, redirectsFile });
  return {
    ledger,
    ledgerPath,
    live,
    redirects: resolved.redirects,
    problems: [...problems, ...parsed.problems, ...resolved.problems],
  };
}

