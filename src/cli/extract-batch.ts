// Extracts a batch of documents to output lines: the record as JSON, or an
// error line for a document that could not be read or extracted. Runs in the
// worker threads and, with --jobs 1, in the main thread.

import { createExtractor } from '../pipeline.js';
import { errorLine } from './error-line.js';
import type { InputDocument } from './inputs.js';

export type BatchItem = InputDocument;

export interface BatchResult {
  seq: number;
  line: string;
  failed: boolean;
}

const extractor = createExtractor();

export function extractBatch(items: readonly BatchItem[]): BatchResult[] {
  return items.map((item) => {
    if (item.error || item.text === undefined) {
      return { seq: item.seq, line: errorLine(item.id, item.source, item.error ?? { code: 'missing-text', message: 'no text' }), failed: true };
    }
    try {
      // The input's own `source` field, if any, wins over the file and line it came from.
      const record = extractor.extract(item.text, { source: item.source, ...item.meta, id: item.id });
      return { seq: item.seq, line: JSON.stringify(record), failed: false };
    } catch (error) {
      return {
        seq: item.seq,
        line: errorLine(item.id, item.source, { code: 'extract-failed', message: (error as Error).message, line: item.line }),
        failed: true,
      };
    }
  });
}
