// Runs batches on N worker threads and hands the results back in input order.
// At most `2 × N` batches are in flight, so memory stays flat however long the
// input; with one job the batches run in this thread.

import { Worker } from 'node:worker_threads';
import { type BatchItem, type BatchResult, extractBatch } from './extract-batch.js';

export interface BatchRunner {
  /** Resolves with the batch's results; callers await them in submission order. */
  run(items: BatchItem[]): Promise<BatchResult[]>;
  /** How many batches may be in flight before the caller should wait for the oldest. */
  readonly capacity: number;
  close(): Promise<void>;
}

export function createRunner(jobs: number, workerUrl: URL): BatchRunner {
  if (jobs <= 1) {
    return { run: async (items) => extractBatch(items), capacity: 1, close: async () => {} };
  }
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl));
  const idle = [...workers];
  const waiting: { items: BatchItem[]; resolve: (results: BatchResult[]) => void; reject: (error: Error) => void }[] = [];
  const pending = new Map<number, { resolve: (results: BatchResult[]) => void; reject: (error: Error) => void; worker: Worker }>();
  let nextBatch = 0;
  let failure: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop()!;
      const job = waiting.shift()!;
      const batch = nextBatch++;
      pending.set(batch, { resolve: job.resolve, reject: job.reject, worker });
      worker.postMessage({ batch, items: job.items });
    }
  };
  for (const worker of workers) {
    worker.on('message', (message: { batch: number; results: BatchResult[] }) => {
      const job = pending.get(message.batch)!;
      pending.delete(message.batch);
      idle.push(worker);
      job.resolve(message.results);
      dispatch();
    });
    worker.on('error', (error) => {
      failure = error;
      for (const job of pending.values()) job.reject(error);
      for (const job of waiting) job.reject(error);
    });
  }
  return {
    capacity: jobs * 2,
    run(items) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting.push({ items, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
