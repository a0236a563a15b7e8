// A worker thread of `govtext extract --jobs N`: receives batches of documents,
// answers with their output lines as one buffer, transferred, not copied.

import { parentPort } from 'node:worker_threads';
import { type BatchItem, extractBatch } from './extract-batch.js';

parentPort?.on('message', (message: { items: BatchItem[] }) => {
  const output = extractBatch(message.items);
  parentPort!.postMessage(output, [output.bytes.buffer as ArrayBuffer]);
});
