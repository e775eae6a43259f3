/**
 * All the image work a site needs, in one place: for every published photo its
 * renditions, clean original, link-preview crop and share poster, and a poster
 * for every profile, each written into the image store. The build, `npm run
 * images -- --shard i/n` and `astro dev` all use it: the build and the shards
 * do everything (a shard, its share of it), dev only what a requested page shows.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import pLimit from 'p-limit';
import type { Photo, SiteModel, Worker } from '../content/model.ts';
import { ContentError, type ContentProblem } from '../problems.ts';
import type { Poster } from '../share/poster.ts';
import { photoPosterContent, workerPosterContent } from '../share/poster-content.ts';
import type { PreviewImage } from '../share/preview-image.ts';
import { MissingGlyphError } from '../share/text.ts';
import { paths } from '../urls.ts';
import { ImageError } from './decode.ts';
import type { CleanOriginal } from './original.ts';
import type { ProcessedImage } from './pipeline.ts';
import { imagePool } from './pool.ts';
import type { ImageTask } from './tasks.ts';

/** Everything made from one published photo. */
export interface PhotoMedia {
  image: ProcessedImage;
  original: CleanOriginal;
  /** The 1200×630 link-preview crop. */
  preview: PreviewImage;
  poster: Poster;
}

/** Part `index` (from 1) of `count`: what one of several machines does. */
export interface Shard {
  index: number;
  count: number;
}

/** `3/8` → the third of eight shards. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--shard 应写成 序号/总数，例如 1/4（现在是“${text}”）`);
  return { index, count };
}

/**
 * Whether a photo or profile belongs to a shard, by a stable hash of its id:
 * every machine agrees on the split without talking to the others, and one
 * photo's work (its decode shared by all its files) stays on one machine.
 */
export function inShard(id: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  return createHash('sha256').update(id).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}

export interface ImageWorkOptions {
  /** The image cache (IMAGE_CACHE_DIR): the store's root. */
  cacheRoot: string;
  /** The poster fonts' folder (assets/fonts): each worker process loads them itself. */
  fontsDir: string;
  /** A site path as the absolute address the originals' XMP and the posters' QR codes carry. */
  pageUrl: (sitePath: string) => string;
  /** How many files are made at once, each by a worker process (pool.ts); all cores by default. */
  concurrency?: number;
  /** Progress lines (console.log by default). */
  log?: (line: string) => void;
}

export interface ImageWorkSummary {
  /** Files (renditions of a photo, an original, a crop, a poster) the work took in. */
  done: number;
  /** Those that had to be encoded: the rest came from the cache. */
  encoded: number;
  seconds: number;
}

export interface ImageWork {
  /** A published photo's renditions alone (what lists and galleries show): done at the first ask, then remembered. */
  image(photo: Photo): Promise<ProcessedImage>;
  /** What was made from one published photo: done at the first ask, then remembered. */
  photo(photo: Photo): Promise<PhotoMedia>;
  /** A profile's own poster. */
  workerPoster(worker: Worker): Promise<Poster>;
  /**
   * Everything (or one shard of it), at once on all cores. Every photo that
   * cannot be used is reported together, each with its content file and field.
   */
  all(shard?: Shard): Promise<ImageWorkSummary>;
}

export function imageWork(site: SiteModel, options: ImageWorkOptions): ImageWork {
  const { cacheRoot, fontsDir, pageUrl, log = console.log } = options;
  const concurrency = options.concurrency ?? Math.max(1, os.availableParallelism());
  const run = pLimit(concurrency);
  const pool = imagePool({ size: concurrency, cacheRoot, fontsDir });
  const started = Date.now();
  let done = 0;
  let encoded = 0;
  let total = 0;
  const count = <T extends { cached: boolean }>(result: T): T => {
    done++;
    if (!result.cached) encoded++;
    if (encoded && (done % 50 === 0 || done === total)) {
      log(`[images] ${done}/${total || '?'} 个文件，新编码 ${encoded} 个，${((Date.now() - started) / 1000).toFixed(1)} 秒`);
    }
    return result;
  };
  /** A photo that cannot be used (damaged, not an image, a format to export first), said where it is declared. */
  const asProblem = (photo: Photo, error: unknown): never => {
    if (!(error instanceof ImageError)) throw error;
    throw new ContentError([{ file: photo.declaredIn, field: `photos[${photo.index}].file`, message: error.message }]);
  };
  /** A poster with words its fonts cannot draw, said in the file the words come from. */
  const posterProblem = (file: string, error: unknown): never => {
    if (!(error instanceof MissingGlyphError)) throw error;
    throw new ContentError([{ file, field: '(分享海报)', message: error.message }]);
  };

  /** One task, when a slot is free: counted when made, its error said as `problem` says it. */
  const make = <T extends ImageTask>(task: T, problem: (error: unknown) => never) => run(() => pool.run(task).then(count, problem));

  const images = new Map<string, Promise<ProcessedImage>>();
  const image = (shown: Photo) => {
    let renditions = images.get(shown.id);
    if (!renditions) {
      renditions = make({ kind: 'renditions', source: shown.source }, (error) => asProblem(shown, error));
      images.set(shown.id, renditions);
    }
    return renditions;
  };

  const photos = new Map<string, Promise<PhotoMedia>>();
  const photo = (shown: Photo) => {
    let media = photos.get(shown.id);
    if (!media) {
      media = (async () => {
        // The renditions come first: they read the whole file and name what is wrong with it.
        const renditions = await image(shown);
        const [original, preview, poster] = await Promise.all([
          make(
            {
              kind: 'original',
              source: shown.source,
              request: {
                // The URL is the ASCII twin of the name it is saved as (see Photo.download).
                name: shown.download.ascii,
                maxEdge: shown.downloadMaxEdge,
                metadata: {
                  credit: shown.credit,
                  caption: shown.caption,
                  sample: shown.sample,
                  date: shown.date,
                  pageUrl: pageUrl(paths.photo(shown.id)),
                },
              },
            },
            (error) => asProblem(shown, error),
          ),
          make({ kind: 'preview', source: shown.source, focus: shown.focus }, (error) => asProblem(shown, error)),
          make(
            {
              kind: 'poster',
              source: shown.source,
              focus: shown.focus,
              content: photoPosterContent(shown, pageUrl(paths.photo(shown.id))),
            },
            (error) => posterProblem(shown.declaredIn, error),
          ),
        ]);
        return { image: renditions, original, preview, poster };
      })();
      photos.set(shown.id, media);
    }
    return media;
  };

  const posters = new Map<string, Promise<Poster>>();
  const workerPoster = (worker: Worker) => {
    let poster = posters.get(worker.slug);
    if (!poster) {
      const { portrait } = worker;
      const content = workerPosterContent(worker, pageUrl(paths.worker(worker.slug)));
      // The portrait's own work checks its file first.
      poster = photo(portrait).then(() =>
        make({ kind: 'poster', source: portrait.source, focus: portrait.focus, content }, (error) => posterProblem(worker.file, error)),
      );
      posters.set(worker.slug, poster);
    }
    return poster;
  };

  const all = async (shard?: Shard): Promise<ImageWorkSummary> => {
    const shown = site.photos.filter((p) => inShard(`photo:${p.id}`, shard));
    // A profile's poster goes with its portrait, whose work it waits for.
    const profiles = site.workers.filter((w) => inShard(`photo:${w.portrait.id}`, shard));
    total = shown.length * 4 + profiles.length;
    const results = await Promise.allSettled([...shown.map(photo), ...profiles.map(workerPoster)]);
    // Done: the workers end (and are counted in this process's CPU time); a later ask starts one again.
    await pool.close();
    const problems: ContentProblem[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') continue;
      if (!(result.reason instanceof ContentError)) throw result.reason;
      // A profile and its portrait's page share words: each problem once.
      for (const problem of result.reason.problems) {
        if (!problems.some((p) => p.file === problem.file && p.field === problem.field && p.message === problem.message))
          problems.push(problem);
      }
    }
    if (problems.length) throw new ContentError(problems);
    const summary = { done, encoded, seconds: (Date.now() - started) / 1000 };
    log(
      encoded
        ? `[images] ${done} 个图片文件就绪：新编码 ${encoded} 个，其余来自缓存，${summary.seconds.toFixed(1)} 秒`
        : `[images] ${done} 个图片文件全部来自缓存，没有新编码`,
    );
    return summary;
  };

  return { image, photo, workerPoster, all };
}
