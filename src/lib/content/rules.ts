/**
 * The rules that span files: ids unique site-wide, references to workers that
 * exist, photo files that exist inside their entry's folder, body blocks that
 * name the entry's own photos. They hold for drafts too, since a draft may be
 * published later.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { asciiIdPattern } from '../../schemas/common.ts';
import type { StoryData } from '../../schemas/story.ts';
import type { WorkerData } from '../../schemas/worker.ts';
import { placeholderProblems } from '../placeholders.ts';
import type { ContentProblem } from '../problems.ts';
import { blockPhotoIds, MdxSyntaxError } from './blocks.ts';
import type { RawEntry } from './model.ts';
import { photoVisibility, visibilityOf } from './visibility.ts';

export interface RuleOptions {
  /** Project root: content paths in messages are relative to it. */
  root: string;
  /** Whether a file exists (injected so the rules are testable without a disk). */
  fileExists: (absolutePath: string) => boolean;
  /** Where a path really is, links resolved (identity when absent, as on a disk without links). */
  realPath?: (absolutePath: string) => string;
}

/** Whether a path names a file, following links. */
export function isFile(absolutePath: string): boolean {
  try {
    return statSync(absolutePath).isFile();
  } catch {
    return false;
  }
}

/** The options for content on this machine's disk. */
export function diskRules(root: string): RuleOptions {
  return { root, fileExists: isFile, realPath: (p) => realpathSync(p) };
}

/** Whether `inner` is `folder` itself or lies below it. */
export function isInside(folder: string, inner: string): boolean {
  const relative = path.relative(folder, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Every cross-file rule, as a list of problems (empty when the content is sound). */
export function checkContent(
  storyEntries: RawEntry<StoryData>[],
  workerEntries: RawEntry<WorkerData>[],
  { root, fileExists, realPath = (p) => p }: RuleOptions,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const workerSlugs = new Set(workerEntries.map((w) => w.id));
  const photoOwners = new Map<string, string>();
  const all: RawEntry<StoryData | WorkerData>[] = [...storyEntries, ...workerEntries];

  for (const entry of all) {
    const file = entry.filePath;
    const folder = path.resolve(root, path.dirname(file));
    // Text left by `npm run new` (待填写：…) must be written before anything builds.
    problems.push(...placeholderProblems(file, entry.data, entry.body));
    if (!asciiIdPattern.test(entry.id)) {
      problems.push({
        file,
        field: '(文件夹名)',
        message: `文件夹名“${entry.id}”就是网址，只能用小写拼音、数字和连字符，例如 chi-xiufeng`,
      });
    }
    entry.data.photos.forEach((photo, index) => {
      const field = `photos[${index}]`;
      const first = photoOwners.get(photo.id);
      if (first && first !== file) {
        problems.push({ file, field: `${field}.id`, message: `照片 id “${photo.id}” 已在 ${first} 使用，全站照片 id 不能重复` });
      }
      photoOwners.set(photo.id, first ?? file);
      const absolute = path.resolve(folder, photo.file);
      if (!fileExists(absolute)) {
        problems.push({ file, field: `${field}.file`, message: `找不到照片文件 ${photo.file}（应放在 ${path.dirname(file)}/ 里）` });
      } else if (!isInside(realPath(folder), realPath(absolute))) {
        // A link (in git, one commit) would otherwise publish any image the build machine can read.
        problems.push({
          file,
          field: `${field}.file`,
          message: `${photo.file} 是指向文件夹以外的链接（实际位置 ${realPath(absolute)}）：请把照片文件本身复制到 ${path.dirname(file)}/ 里`,
        });
      }
      photo.workers.forEach((slug, w) => {
        if (!workerSlugs.has(slug)) {
          problems.push({ file, field: `${field}.workers[${w}]`, message: `没有人物“${slug}”：content/workers/${slug}/ 不存在` });
        }
      });
    });
  }

  for (const entry of all) {
    // A page needs a photo to stand for it: with every photo taken down, take down the page too.
    const { photos } = entry.data;
    if (photos.length && photos.every((p) => photoVisibility(entry.data, p) === 'withdrawn') && visibilityOf(entry.data) === 'published') {
      problems.push({
        file: entry.filePath,
        field: 'photos',
        message: '这里的照片都已撤下（withdrawn: true），页面没有照片可用：请整篇撤下，在最外层写 withdrawn: true，或补一张照片',
      });
    }
  }

  for (const entry of storyEntries) {
    entry.data.workers.forEach((slug, w) => {
      if (!workerSlugs.has(slug)) {
        problems.push({ file: entry.filePath, field: `workers[${w}]`, message: `没有人物“${slug}”：content/workers/${slug}/ 不存在` });
      }
    });
    const own = new Set(entry.data.photos.map((p) => p.id));
    let placed: string[] = [];
    try {
      placed = blockPhotoIds(entry.body ?? '');
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      const where = error.line ? `（正文第 ${error.line} 行）` : '';
      problems.push({ file: entry.filePath, field: '(正文)', message: `正文不是有效的 MDX${where}：${error.message}。常见原因是 < 或 { 没有配对` });
    }
    for (const id of placed) {
      if (!own.has(id)) {
        problems.push({ file: entry.filePath, field: '(正文)', message: `正文里的照片 “${id}” 不在本篇的 photos 里` });
      }
    }
  }
  return problems;
}
