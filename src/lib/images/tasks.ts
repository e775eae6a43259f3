/**
 * One unit of image work (a photo's renditions, its clean original, its link
 * preview, a poster) as plain data, so that it can be sent to a worker
 * process (pool.ts) and done there by `runTask`. The errors an editor must see cross
 * over as plain data too and are rebuilt on the other side.
 */
import { MissingGlyphError } from '../share/text.ts';
import type { Focus } from '../share/crop.ts';
import type { FontSet } from '../share/fonts.ts';
import { makePoster, type Poster } from '../share/poster.ts';
import type { PosterContent } from '../share/poster-layout.ts';
import { makePreviewImage, type PreviewImage } from '../share/preview-image.ts';
import { ImageError } from './decode.ts';
import { writeCleanOriginal, type CleanOriginal, type OriginalRequest } from './original.ts';
import { processImage, type ProcessedImage } from './pipeline.ts';

/** The variable that hands a worker process its setup (image-worker.ts, pool.ts). */
export const workerSetupVariable = 'DINGGE_IMAGE_WORKER';

export type ImageTask =
  | { kind: 'renditions'; source: string }
  | { kind: 'original'; source: string; request: OriginalRequest }
  | { kind: 'preview'; source: string; focus: Focus }
  | { kind: 'poster'; source: string; focus: Focus; content: PosterContent };

type Made<T> = T & { cached: boolean };

/** What each kind of task gives back. */
export interface TaskResults {
  renditions: Made<ProcessedImage>;
  original: Made<CleanOriginal>;
  preview: Made<PreviewImage>;
  poster: Made<Poster>;
}

export type TaskResult<T extends ImageTask> = TaskResults[T['kind']];

export interface TaskContext {
  cacheRoot: string;
  /** Loaded at the first poster: a worker that makes none never reads the fonts. */
  fonts: () => FontSet;
}

export function runTask(task: ImageTask, { cacheRoot, fonts }: TaskContext): Promise<TaskResults[ImageTask['kind']]> {
  switch (task.kind) {
    case 'renditions':
      return processImage(task.source, cacheRoot);
    case 'original':
      return writeCleanOriginal(task.source, cacheRoot, task.request);
    case 'preview':
      return makePreviewImage(task.source, task.focus, cacheRoot);
    case 'poster':
      return makePoster(task.source, task.focus, task.content, fonts(), cacheRoot);
  }
}

/** An error as it crosses to another process: structured cloning would keep neither its class nor its fields. */
export type SentError =
  | { name: 'ImageError'; file: string; reason: string }
  | { name: 'MissingGlyphError'; characters: string[] }
  | { name: 'Error'; message: string; stack?: string };

export function sendError(error: unknown): SentError {
  if (error instanceof ImageError) return { name: 'ImageError', file: error.file, reason: error.reason };
  if (error instanceof MissingGlyphError) return { name: 'MissingGlyphError', characters: error.characters };
  const { message, stack } = error instanceof Error ? error : new Error(String(error));
  return { name: 'Error', message, stack };
}

export function receiveError(sent: SentError): Error {
  if (sent.name === 'ImageError') return new ImageError(sent.file, sent.reason);
  if (sent.name === 'MissingGlyphError') return new MissingGlyphError(sent.characters);
  const error = new Error(sent.message);
  // The worker's stack says where it went wrong; this process's would only show the message channel.
  if (sent.stack) error.stack = sent.stack;
  return error;
}
