// Runs batches on N worker threads and hands the results back in input order.
// At most `2 × N` batches are in flight, so memory stays flat however long the
// input; with one job the batches run in this thread.

import { Worker } from 'node:worker_threads';
import { errorLine } from './error-line.js';
import type { BatchItem, BatchOutput } from './extract-batch.js';
import { type InputOptions, parseInputLine } from './inputs.js';

export interface BatchRunner {
  /** Resolves with the batch's output; callers await them in submission order. */
  run(items: BatchItem[]): Promise<BatchOutput>;
  /** How many batches may be in flight before the caller should wait for the oldest. */
  readonly capacity: number;
  close(): Promise<void>;
}

/**
 * Heap limit per worker: enough for a document at the default --max-chars
 * (5 M characters need about 140 MB), small enough that V8 collects garbage
 * early and the process tree stays small with several workers.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256 };
const encoder = new TextEncoder();

export async function createRunner(jobs: number, workerUrl: URL, options: InputOptions): Promise<BatchRunner> {
  if (jobs <= 1) {
    // Loaded only here: with worker threads, the main thread never loads the extractor and its data.
    const { extractBatch } = await import('./extract-batch.js');
    return { run: async (items) => extractBatch(items, options), capacity: 1, close: async () => {} };
  }
  interface Job {
    items: BatchItem[];
    resolve: (output: BatchOutput) => void;
  }
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  const waiting: Job[] = [];
  const busy = new Map<Worker, Job>();
  let closing = false;

  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop()!;
      const job = waiting.shift()!;
      busy.set(worker, job);
      worker.postMessage({ items: job.items });
    }
  };

  /**
   * A worker that dies (out of memory on a huge document) costs only the
   * document that killed it: its batch is retried one document at a time on a
   * fresh worker, and a document that kills a worker on its own gets an error line.
   */
  const replace = (worker: Worker, reason: string): void => {
    if (!workers.delete(worker)) return;
    const job = busy.get(worker);
    busy.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    if (!closing) spawn();
    if (job) {
      if (job.items.length === 1) {
        const item = parseInputLine(job.items[0]!, options);
        const line = errorLine(item.id, item.source, { code: 'worker-failed', message: reason, line: item.line });
        job.resolve({ bytes: encoder.encode(`${line}\n`), documents: 1, failed: 1 });
      } else {
        retryOneByOne(job);
      }
    }
    dispatch();
  };

  const retryOneByOne = (job: Job): void => {
    const singles: Job[] = [];
    const outputs = job.items.map(
      (item) => new Promise<BatchOutput>((resolve) => singles.push({ items: [item], resolve })),
    );
    waiting.unshift(...singles);
    void Promise.all(outputs).then((parts) =>
      job.resolve({
        bytes: Buffer.concat(parts.map((part) => part.bytes)),
        documents: parts.reduce((sum, part) => sum + part.documents, 0),
        failed: parts.reduce((sum, part) => sum + part.failed, 0),
      }),
    );
  };

  const spawn = (): void => {
    const worker = new Worker(workerUrl, { resourceLimits: WORKER_LIMITS, workerData: options });
    workers.add(worker);
    idle.push(worker);
    worker.on('message', (output: BatchOutput) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      idle.push(worker);
      job.resolve(output);
      dispatch();
    });
    worker.on('error', (error) => replace(worker, error.message));
    worker.on('exit', (code) => replace(worker, `worker stopped with exit code ${code}`));
  };
  for (let i = 0; i < jobs; i++) spawn();

  return {
    capacity: jobs * 2,
    run(items) {
      return new Promise((resolve) => {
        waiting.push({ items, resolve });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all([...workers].map((worker) => worker.terminate()));
    },
  };
}
