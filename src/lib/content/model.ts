/**
 * The site as pages see it: published stories, workers and photos, each linked
 * to the others once, here, so no page or component works out a relation for
 * itself. Built from entries the loader has validated (src/lib/content/load.ts).
 */
import path from 'node:path';
import type { PhotoData } from '../../schemas/photo.ts';
import type { StoryData } from '../../schemas/story.ts';
import type { WorkerData } from '../../schemas/worker.ts';
import { downloadNames, type DownloadName, type NamedPhoto } from '../download-name.ts';
import { sortByName } from '../names.ts';
import { neighbours } from '../neighbours.ts';
import { ContentError, type ContentProblem } from '../problems.ts';
import { blockPhotoIds } from './blocks.ts';
import type { OwnerKind } from './files.ts';
import { checkContent, type RuleOptions } from './rules.ts';
import { photoVisibility, published, visibilityOf } from './visibility.ts';

export type { OwnerKind } from './files.ts';

/** A content entry once its front matter has passed its schema. */
export interface RawEntry<D> {
  /** Folder name under `content/stories` or `content/workers`: the slug. */
  id: string;
  /** Path of the text file, relative to the project root. */
  filePath: string;
  body?: string;
  data: D;
}

/** The published story or profile a photo belongs to: its page links back there. */
export type PhotoOwner =
  | { kind: 'story'; slug: string; title: string; story: Story }
  | { kind: 'worker'; slug: string; title: string; worker: Worker };

export interface Photo extends PhotoData {
  /** Absolute path of the image file. */
  source: string;
  /** The story or profile that declares it. */
  owner: PhotoOwner;
  /** Content file that declares it (for error messages). */
  declaredIn: string;
  /** Index in the front matter, for field paths in error messages. */
  index: number;
  /** The published workers the picture shows, in the order the photo names them. */
  people: Worker[];
  /** The photos before and after it on its story or profile. */
  previous?: Photo;
  next?: Photo;
  /** What its clean original is saved as: named after whom it shows, numbered site-wide. */
  download: DownloadName;
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
  /** Published photos elsewhere (stories, other profiles) that show them, in site order. */
  appearsIn: Photo[];
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
  /** What the model did on the editors' behalf, for `npm run check` to say (a withdrawn cover replaced …). */
  notes: ContentProblem[];
}

export { published } from './visibility.ts';
export { checkContent } from './rules.ts';
export type ModelOptions = RuleOptions;

/** Who a photo's download is named after: the first published worker shown, else its profile, else its story. */
function namedPhoto(photo: Photo): NamedPhoto {
  const person = photo.people[0] ?? (photo.owner.kind === 'worker' ? photo.owner.worker : undefined);
  return person
    ? { id: photo.id, label: person.data.name, person: true, pinyin: person.data.pinyin, date: photo.date }
    : { id: photo.id, label: photo.owner.title, person: false, date: photo.date };
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

  const notes: ContentProblem[] = [];
  // Only the photos that are published; owners and relations are filled in below, once every story and worker exists.
  const toPhotos = (entry: RawEntry<StoryData | WorkerData>): Photo[] =>
    entry.data.photos.flatMap((photo, index) =>
      photoVisibility(entry.data, photo) === 'published'
        ? [
            {
              ...photo,
              source: path.resolve(options.root, path.dirname(entry.filePath), photo.file),
              owner: undefined as unknown as PhotoOwner,
              declaredIn: entry.filePath,
              index,
              people: [],
              download: { chinese: '', ascii: '' },
            },
          ]
        : [],
    );
  /** The photo standing for an entry: the one named, or, when that one is withdrawn, the next published one. */
  const standIn = (entry: RawEntry<StoryData | WorkerData>, photos: Photo[], field: 'cover' | 'portrait', named: string): Photo => {
    const chosen = photos.find((p) => p.id === named);
    if (chosen) return chosen;
    const at = entry.data.photos.findIndex((p) => p.id === named);
    const next = photos.find((p) => p.index > at) ?? photos.at(-1)!;
    const what = field === 'cover' ? '封面照片' : '肖像照片';
    notes.push({ file: entry.filePath, field, message: `${what} “${named}” 已撤下，列表、分享和预览改用下一张 “${next.id}”` });
    return next;
  };

  const unsorted: Worker[] = published(workerEntries).map((entry) => {
      const photos = toPhotos(entry);
      const portrait = standIn(entry, photos, 'portrait', entry.data.portrait);
      const worker: Worker = { slug: entry.id, file: entry.filePath, data: entry.data, photos, portrait, stories: [], appearsIn: [] };
      for (const photo of photos) photo.owner = { kind: 'worker', slug: worker.slug, title: worker.data.name, worker };
      return worker;
    });
  // By the names' pinyin, as the people page's A–Z letters read them (单 shan, the `pinyin` override).
  const workers = sortByName(unsorted, (worker) => worker.data);
  const workerBySlug = new Map(workers.map((w) => [w.slug, w]));

  const stories: Story[] = published(storyEntries)
    .map((entry) => {
      const photos = toPhotos(entry);
      const story: Story = {
        slug: entry.id,
        file: entry.filePath,
        data: entry.data,
        photos,
        cover: standIn(entry, photos, 'cover', entry.data.cover),
        leadPhotoId: blockPhotoIds(entry.body ?? '').find((id) => photos.some((p) => p.id === id)),
        workers: entry.data.workers.flatMap((slug) => workerBySlug.get(slug) ?? []),
      };
      for (const photo of photos) photo.owner = { kind: 'story', slug: story.slug, title: story.data.title, story };
      return story;
    })
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.slug.localeCompare(b.slug));

  for (const story of stories) {
    const named = new Set([...story.data.workers, ...story.photos.flatMap((p) => p.workers)]);
    for (const slug of named) workerBySlug.get(slug)?.stories.push(story);
  }

  const photos = [...stories.flatMap((s) => s.photos), ...workers.flatMap((w) => w.photos)];
  for (const owner of [...stories, ...workers]) {
    for (const photo of owner.photos) {
      photo.people = photo.workers.flatMap((slug) => workerBySlug.get(slug) ?? []);
      Object.assign(photo, neighbours(owner.photos, photo));
    }
  }
  for (const photo of photos) {
    for (const person of new Set(photo.people)) if (!person.photos.includes(photo)) person.appearsIn.push(photo);
  }
  // Numbered in the order a worker page lists them: profiles' own photos first, then stories'.
  const profilesFirst = [...workers.flatMap((w) => w.photos), ...stories.flatMap((s) => s.photos)];
  const names = downloadNames(profilesFirst.map(namedPhoto));
  for (const photo of photos) photo.download = names.get(photo.id)!;

  const storyBySlug = new Map(stories.map((s) => [s.slug, s]));
  const photoById = new Map(photos.map((p) => [p.id, p]));

  // A withdrawn entry keeps its own address and its photos'; a published one, those of its withdrawn photos.
  const noticesFor = (entries: RawEntry<StoryData | WorkerData>[], kind: OwnerKind): Withdrawn[] =>
    entries.flatMap((entry) => {
      const visibility = visibilityOf(entry.data);
      if (visibility === 'draft') return [];
      const photos = entry.data.photos.filter((p) => photoVisibility(entry.data, p) === 'withdrawn');
      const own: Withdrawn[] = visibility === 'withdrawn' ? [{ kind, slug: entry.id }] : [];
      return [...own, ...photos.map((p): Withdrawn => ({ kind: 'photo', slug: p.id }))];
    });
  const withdrawn = [...noticesFor(storyEntries, 'story'), ...noticesFor(workerEntries, 'worker')];

  return {
    stories,
    workers,
    photos,
    story: (slug) => storyBySlug.get(slug),
    worker: (slug) => workerBySlug.get(slug),
    photo: (id) => photoById.get(id),
    withdrawn,
    notes,
  };
}
