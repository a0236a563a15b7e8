// Extracts a batch of documents to output lines: the record as JSON, or an
// error line for a document that could not be read or extracted. Runs in the
// worker threads and, with --jobs 1, in the main thread. JSONL lines arrive
// undecoded and are parsed here; a batch's lines leave as one UTF-8 buffer,
// which a worker hands over without copying, so the main thread only moves
// bytes and never holds the documents or records as strings.

import { type Extractor, createExtractor } from '../pipeline.js';
import { errorLine } from './error-line.js';
import { type InputDocument, type InputItem, type InputOptions, parseInputLine } from './inputs.js';

export type BatchItem = InputItem;

export interface BatchOutput {
  /** The batch's output lines in input order, each ending in a newline. */
  bytes: Uint8Array;
  documents: number;
  failed: number;
}

const extractor = createExtractor();
let htmlExtractor: Extractor | undefined;
const encoder = new TextEncoder();

export function extractBatch(items: readonly BatchItem[], options: InputOptions): BatchOutput {
  let text = '';
  let failed = 0;
  for (const item of items) {
    const line = outputLine(parseInputLine(item, options));
    if (line.failed) failed++;
    text += `${line.text}\n`;
  }
  return { bytes: encoder.encode(text), documents: items.length, failed };
}

function outputLine(item: InputDocument): { text: string; failed: boolean } {
  if (item.error || item.text === undefined) {
    return {
      text: errorLine(item.id, item.source, item.error ?? { code: 'missing-text', message: 'no text' }),
      failed: true,
    };
  }
  try {
    // The input's own `source` field, if any, wins over the file and line it came from, which the record
    // keeps as its `location` whatever the input says: govtext render finds the text there.
    const meta = { source: item.source, ...item.meta, id: item.id, location: item.source };
    const record = item.html
      ? (htmlExtractor ??= createExtractor({ format: 'html' })).extract(item.text, meta)
      : extractor.extract(item.text, meta);
    return { text: JSON.stringify(record), failed: false };
  } catch (error) {
    return {
      text: errorLine(item.id, item.source, {
        code: 'extract-failed',
        message: (error as Error).message,
        line: item.line,
      }),
      failed: true,
    };
  }
}
