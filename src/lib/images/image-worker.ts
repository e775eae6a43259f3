/**
 * A worker process of the image pool (pool.ts): takes tasks, does them, answers
 * with the result or the error. Run by Node itself (type stripping), never bundled.
 */
import sharp from 'sharp';
import { loadFonts, type FontSet } from '../share/fonts.ts';
import { runTask, sendError, workerSetupVariable, type ImageTask } from './tasks.ts';

export interface WorkerSetup {
  cacheRoot: string;
  fontsDir: string;
}

export type WorkerRequest = { id: number; task: ImageTask };
export type WorkerAnswer = { id: number; result: unknown } | { id: number; error: ReturnType<typeof sendError> };

// The pool runs one worker per core: libvips threads of its own would only contend with the others.
sharp.concurrency(1);

const { cacheRoot, fontsDir } = JSON.parse(process.env[workerSetupVariable] ?? 'null') as WorkerSetup;
let fonts: FontSet | undefined;
const context = { cacheRoot, fonts: () => (fonts ??= loadFonts(fontsDir)) };

process.on('message', ({ id, task }: WorkerRequest) => {
  runTask(task, context).then(
    (result) => process.send!({ id, result } satisfies WorkerAnswer),
    (error: unknown) => process.send!({ id, error: sendError(error) } satisfies WorkerAnswer),
  );
});
// The pool closed, or the process that started it ended.
process.on('disconnect', () => process.exit(0));
