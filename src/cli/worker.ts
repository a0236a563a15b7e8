// A worker thread of `govtext extract --jobs N`: receives batches of documents,
// answers with their output lines as one buffer, transferred, not copied.

import { parentPort, workerData } from 'node:worker_threads';
import { type BatchItem, type BatchOptions, extractBatch } from './extract-batch.js';

const options = workerData as BatchOptions;

parentPort?.on('message', (message: { items: BatchItem[] }) => {
  const output = extractBatch(message.items, options);
  parentPort!.postMessage(output, [output.bytes.buffer as ArrayBuffer]);
});
