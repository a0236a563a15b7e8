// Extracts a batch of documents to output lines: the record as JSON, or an
// error line for a document that could not be read or extracted. Runs in the
// worker threads and, with --jobs 1, in the main thread. JSONL lines arrive
// undecoded and are parsed here; a batch's lines leave as one UTF-8 buffer,
// which a worker hands over without copying, so the main thread only moves
// bytes and never holds the documents or records as strings. For table
// output (--format parquet) a batch leaves as one line holding its rows
// column by column ({"tables": …}), so the main thread only appends columns;
// for annotation tools (--format conll, spacy) as their formats.

import type { ExtractOptions } from '../options.js';
import { type Extractor, createExtractor } from '../pipeline.js';
import type { DocumentRecord } from '../record.js';
import { DOCSTART, toConll, toSpacy } from './annotation-formats.js';
import { type InputDocument, type InputItem, type InputOptions, parseInputLine } from './inputs.js';
import { type ErrorLine, type TableColumns, appendRows, emptyColumns, tableRows } from './parquet-tables.js';

export type BatchItem = InputItem;

export interface BatchOptions extends InputOptions {
  /**
   * What a batch gives: records (default); its table rows, column by column, in
   * one {"tables": …} line; or each document as annotation tools read it
   * (CoNLL-2003 with IOB2 tags, spaCy-style JSON lines; a failed document is an
   * empty CoNLL document, or its error line among the JSON lines).
   */
  output?: 'records' | 'tables' | 'conll' | 'spacy';
  /** The topic options of `extract --topic-min-score` and `--topic-candidates`, the same in every worker. */
  topics?: TopicOptions;
}

/** The options of extract() that the command sets: what a topic needs to be reported, and its near misses. */
export type TopicOptions = Pick<ExtractOptions, 'minScore' | 'topicCandidates'>;

export interface BatchOutput {
  /** The batch's output lines in input order, each ending in a newline. */
  bytes: Uint8Array;
  documents: number;
  failed: number;
}

interface Extractors {
  topics: TopicOptions;
  plain: Extractor;
  /** With tokens (CoNLL output), made when a batch needs it. */
  withTokens?: Extractor;
  /** The same extractors reading HTML (an .html file, or --input-format html), made when a batch needs one. */
  html: Map<Extractor, Extractor>;
}

/** Extractors per topic options: one set in a worker, whose options never change. */
const extractorsByOptions = new Map<string, Extractors>();
const encoder = new TextEncoder();

function extractorsFor(options: TopicOptions = {}): Extractors {
  const topics: TopicOptions = {
    ...(options.minScore !== undefined && { minScore: options.minScore }),
    ...(options.topicCandidates === true && { topicCandidates: true }),
  };
  const key = JSON.stringify(topics);
  let extractors = extractorsByOptions.get(key);
  if (extractors === undefined) {
    extractors = { topics, plain: createExtractor(topics), html: new Map() };
    extractorsByOptions.set(key, extractors);
  }
  return extractors;
}

export function extractBatch(items: readonly BatchItem[], options: BatchOptions): BatchOutput {
  let failed = 0;
  const extractors = extractorsFor(options.topics);
  if (options.output === 'conll' || options.output === 'spacy') {
    const conll = options.output === 'conll';
    extractors.withTokens ??= createExtractor({ ...extractors.topics, tokens: true });
    let text = '';
    for (const item of items) {
      const document = parseInputLine(item, options);
      const output = outputValue(document, extractors, conll ? extractors.withTokens : extractors.plain);
      if (output.failed) failed++;
      if ('error' in output.value) text += conll ? `${DOCSTART}\n\n` : `${JSON.stringify(output.value)}\n`;
      else if (conll) text += toConll(output.value, document.text!);
      else text += `${JSON.stringify(toSpacy(output.value, document.text!))}\n`;
    }
    return { bytes: encoder.encode(text), documents: items.length, failed };
  }
  if (options.output === 'tables') {
    const tables: TableColumns = emptyColumns();
    for (const item of items) {
      const output = outputValue(parseInputLine(item, options), extractors);
      if (output.failed) failed++;
      appendRows(tables, tableRows(output.value));
    }
    return { bytes: encoder.encode(`${JSON.stringify({ tables })}\n`), documents: items.length, failed };
  }
  let text = '';
  for (const item of items) {
    const output = outputValue(parseInputLine(item, options), extractors);
    if (output.failed) failed++;
    text += `${JSON.stringify(output.value)}\n`;
  }
  return { bytes: encoder.encode(text), documents: items.length, failed };
}

function outputValue(
  item: InputDocument,
  extractors: Extractors,
  using: Extractor = extractors.plain,
): { value: DocumentRecord | ErrorLine; failed: boolean } {
  if (item.error || item.text === undefined) {
    const error = item.error ?? { code: 'missing-text', message: 'no text' };
    return { value: { id: item.id, source: item.source, error }, failed: true };
  }
  try {
    // The input's own `source` field, if any, wins over the file and line it came from, which the record
    // keeps as its `location` whatever the input says: govtext render finds the text there.
    const meta = { source: item.source, ...item.meta, id: item.id, location: item.source };
    let reader = using;
    if (item.html) {
      reader =
        extractors.html.get(using) ??
        createExtractor({ ...extractors.topics, format: 'html', tokens: using !== extractors.plain });
      extractors.html.set(using, reader);
    }
    const record = reader.extract(item.text, meta);
    return { value: record, failed: false };
  } catch (error) {
    const failure = { code: 'extract-failed', message: (error as Error).message, line: item.line };
    return { value: { id: item.id, source: item.source, error: failure }, failed: true };
  }
}
