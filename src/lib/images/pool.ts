/**
 * Child processes that do the image work (tasks.ts), one per core by default.
 *
 * Why other processes, when sharp already encodes off the main thread: every
 * pixel buffer a task handles is memory outside the JavaScript heap, and V8
 * answers each ~64 MB of it with a full collection of the heap that allocated
 * it. In the build's own process that heap is Astro's and the whole site's. A
 * worker's heap holds the fonts and one task, so its collections are small.
 * Processes rather than worker threads: each has its own libvips, one thread
 * and no locks shared with the others, and two of them did the sample work
 * about a tenth faster than two threads (BENCHMARKS.md, “Cold build: heap collections”).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { WorkerAnswer, WorkerRequest, WorkerSetup } from './image-worker.ts';
import { receiveError, workerSetupVariable, type ImageTask, type TaskResult } from './tasks.ts';

export interface ImagePool {
  run<T extends ImageTask>(task: T): Promise<TaskResult<T>>;
  /** Ends the workers once their tasks are done. */
  close(): Promise<void>;
}

export interface ImagePoolOptions extends WorkerSetup {
  size: number;
  /**
   * The worker's script. From the project folder by default, not from import.meta.url:
   * Astro's build bundles this module into a chunk folder, away from the script.
   */
  workerFile?: string;
}

interface Worker {
  child: ChildProcess;
  pending: Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>;
}

export function imagePool({
  size,
  cacheRoot,
  fontsDir,
  workerFile = path.resolve('src/lib/images/image-worker.ts'),
}: ImagePoolOptions): ImagePool {
  const workers: Worker[] = [];
  /** Every task not yet answered, so that close() can wait for them. */
  const inFlight = new Set<Promise<unknown>>();
  let nextId = 0;

  // An idle worker must not keep a finished build or script alive; a busy one must.
  const hold = ({ child }: Worker, held: boolean) => {
    for (const handle of [child, child.channel]) {
      if (held) handle?.ref();
      else handle?.unref();
    }
  };

  const start = (): Worker => {
    const setup: WorkerSetup = { cacheRoot, fontsDir };
    const child = fork(workerFile, [], {
      env: { ...process.env, [workerSetupVariable]: JSON.stringify(setup) },
      serialization: 'advanced',
    });
    const worker: Worker = { child, pending: new Map() };
    hold(worker, false);
    child.on('message', (answer: WorkerAnswer) => {
      const task = worker.pending.get(answer.id)!;
      worker.pending.delete(answer.id);
      if (!worker.pending.size) hold(worker, false);
      if ('error' in answer) task.reject(receiveError(answer.error));
      else task.resolve(answer.result as never);
    });
    const fail = (error: Error) => {
      if (workers.includes(worker)) workers.splice(workers.indexOf(worker), 1);
      for (const task of worker.pending.values()) task.reject(error);
      worker.pending.clear();
    };
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`图片处理进程意外退出（${signal ?? `代码 ${code}`}）`)));
    workers.push(worker);
    return worker;
  };

  return {
    run<T extends ImageTask>(task: T) {
      // A new worker while there are fewer than `size`, then the least busy one.
      const worker = workers.length < size ? start() : workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      const answer = new Promise<TaskResult<T>>((resolve, reject) => {
        worker.pending.set(id, { resolve, reject });
        hold(worker, true);
        worker.child.send({ id, task } satisfies WorkerRequest);
      });
      const settled = answer.catch(() => {}).finally(() => inFlight.delete(settled));
      inFlight.add(settled);
      return answer;
    },
    async close() {
      await Promise.all(inFlight);
      await Promise.all(
        workers.splice(0).map(({ child }) => {
          if (child.exitCode !== null || child.signalCode !== null) return undefined;
          // Held until it has exited: an unreferenced child would let this process end first, its work unfinished.
          child.ref();
          const exited = new Promise((done) => child.once('exit', done));
          child.disconnect();
          return exited;
        }),
      );
    },
  };
}
