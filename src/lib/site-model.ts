import path from 'node:path';
import type { PhotoData } from '../schemas/photo.ts';
import type { StoryData } from '../schemas/story.ts';
import type { WorkerData } from '../schemas/worker.ts';
import { asciiIdPattern, blockPhotoIds } from './mdx-blocks.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { pinyinCollator } from './chinese.ts';
import { placeholderProblems } from './placeholders.ts';

/** A content entry as the content layer hands it over. */
export interface RawEntry<D> {
  /** Folder name under `content/stories` or `content/workers`: the slug. */
  id: string;
  /** Path of the text file, relative to the project root. */
  filePath: string;
  body?: string;
  data: D;
}

export type OwnerKind = 'story' | 'worker';

export interface Photo extends PhotoData {
  /** Absolute path of the image file. */
  source: string;
  /** The story or profile that declares it. */
  owner: { kind: OwnerKind; slug: string; title: string };
  /** Content file that declares it (for error messages). */
  declaredIn: string;
  /** Index in the front matter, for field paths in error messages. */
  index: number;
}

export interface Story {
  slug: string;
  file: string;
  data: StoryData;
  photos: Photo[];
  cover: Photo;
  /** The first photo the body places: the one the page loads first. */
  leadPhotoId: string | undefined;
  workers: Worker[];
}

export interface Worker {
  slug: string;
  file: string;
  data: WorkerData;
  photos: Photo[];
  portrait: Photo;
  /** Published stories that name this worker or show them, newest first, each once. */
  stories: Story[];
}

/** What a withdrawn address still shows: nothing personal. */
export interface Withdrawn {
  kind: OwnerKind | 'photo';
  slug: string;
}

export interface SiteModel {
  /** Published stories, newest first. */
  stories: Story[];
  /** Published workers, in pinyin order of their names. */
  workers: Worker[];
  /** Published photos: stories' photos newest story first, then workers' photos. */
  photos: Photo[];
  story(slug: string): Story | undefined;
  worker(slug: string): Worker | undefined;
  photo(id: string): Photo | undefined;
  /** Addresses kept alive as notices after a family asked for removal. */
  withdrawn: Withdrawn[];
}

interface Visibility {
  draft: boolean;
  withdrawn: boolean;
}

/** The one filter deciding what is public. Every page, feed, sitemap and index goes through it. */
export function published<T extends { data: Visibility }>(entries: readonly T[]): T[] {
  return entries.filter((entry) => !entry.data.draft && !entry.data.withdrawn);
}

export interface ModelOptions {
  /** Project root: content paths in messages are relative to it. */
  root: string;
  /** Whether a file exists (injected so the model is testable without a disk). */
  fileExists: (absolutePath: string) => boolean;
}

/**
 * Checks the rules that span files (ids, references, files on disk), then links
 * stories, workers and photos. Throws one ContentError listing every problem.
 */
export function buildSiteModel(
  storyEntries: RawEntry<StoryData>[],
  workerEntries: RawEntry<WorkerData>[],
  options: ModelOptions,
): SiteModel {
  const problems = checkContent(storyEntries, workerEntries, options);
  if (problems.length) throw new ContentError(problems);

  const toPhotos = (entry: RawEntry<StoryData | WorkerData>, kind: OwnerKind, title: string): Photo[] =>
    entry.data.photos.map((photo, index) => ({
      ...photo,
      source: path.resolve(options.root, path.dirname(entry.filePath), photo.file),
      owner: { kind, slug: entry.id, title },
      declaredIn: entry.filePath,
      index,
    }));

  const workers: Worker[] = published(workerEntries)
    .map((entry) => {
      const photos = toPhotos(entry, 'worker', entry.data.name);
      return {
        slug: entry.id,
        file: entry.filePath,
        data: entry.data,
        photos,
        portrait: photos.find((p) => p.id === entry.data.portrait)!,
        stories: [],
      };
    })
    .sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name));
  const workerBySlug = new Map(workers.map((w) => [w.slug, w]));

  const stories: Story[] = published(storyEntries)
    .map((entry) => {
      const photos = toPhotos(entry, 'story', entry.data.title);
      return {
        slug: entry.id,
        file: entry.filePath,
        data: entry.data,
        photos,
        cover: photos.find((p) => p.id === entry.data.cover)!,
        leadPhotoId: blockPhotoIds(entry.body ?? '')[0],
        workers: entry.data.workers.flatMap((slug) => workerBySlug.get(slug) ?? []),
      };
    })
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.slug.localeCompare(b.slug));

  for (const story of stories) {
    const named = new Set([...story.data.workers, ...story.photos.flatMap((p) => p.workers)]);
    for (const slug of named) workerBySlug.get(slug)?.stories.push(story);
  }

  const photos = [...stories.flatMap((s) => s.photos), ...workers.flatMap((w) => w.photos)];
  const storyBySlug = new Map(stories.map((s) => [s.slug, s]));
  const photoById = new Map(photos.map((p) => [p.id, p]));

  const noticesFor = (entries: RawEntry<StoryData | WorkerData>[], kind: OwnerKind): Withdrawn[] =>
    entries
      .filter((entry) => entry.data.withdrawn && !entry.data.draft)
      .flatMap((entry) => [{ kind, slug: entry.id }, ...entry.data.photos.map((p): Withdrawn => ({ kind: 'photo', slug: p.id }))]);
  const withdrawn = [...noticesFor(storyEntries, 'story'), ...noticesFor(workerEntries, 'worker')];

  return {
    stories,
    workers,
    photos,
    story: (slug) => storyBySlug.get(slug),
    worker: (slug) => workerBySlug.get(slug),
    photo: (id) => photoById.get(id),
    withdrawn,
  };
}

/** Every cross-file rule, as a list of problems (empty when the content is sound). */
export function checkContent(
  storyEntries: RawEntry<StoryData>[],
  workerEntries: RawEntry<WorkerData>[],
  { root, fileExists }: ModelOptions,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const workerSlugs = new Set(workerEntries.map((w) => w.id));
  const photoOwners = new Map<string, string>();
  const all: RawEntry<StoryData | WorkerData>[] = [...storyEntries, ...workerEntries];

  for (const entry of all) {
    const file = entry.filePath;
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
      const absolute = path.resolve(root, path.dirname(file), photo.file);
      if (!fileExists(absolute)) {
        problems.push({ file, field: `${field}.file`, message: `找不到照片文件 ${photo.file}（应放在 ${path.dirname(file)}/ 里）` });
      }
      photo.workers.forEach((slug, w) => {
        if (!workerSlugs.has(slug)) {
          problems.push({ file, field: `${field}.workers[${w}]`, message: `没有人物“${slug}”：content/workers/${slug}/ 不存在` });
        }
      });
    });
  }

  for (const entry of storyEntries) {
    entry.data.workers.forEach((slug, w) => {
      if (!workerSlugs.has(slug)) {
        problems.push({ file: entry.filePath, field: `workers[${w}]`, message: `没有人物“${slug}”：content/workers/${slug}/ 不存在` });
      }
    });
    const own = new Set(entry.data.photos.map((p) => p.id));
    for (const id of blockPhotoIds(entry.body ?? '')) {
      if (!own.has(id)) {
        problems.push({ file: entry.filePath, field: '(正文)', message: `正文里的照片 “${id}” 不在本篇的 photos 里` });
      }
    }
  }
  return problems;
}
