// A worker thread of `govtext extract --jobs N`: receives batches of documents,
// answers with their output lines.

import { parentPort } from 'node:worker_threads';
import { type BatchItem, extractBatch } from './extract-batch.js';

parentPort?.on('message', (message: { items: BatchItem[] }) => {
  parentPort!.postMessage({ results: extractBatch(message.items) });
});
