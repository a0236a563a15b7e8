// The output formats of govtext extract and convert, and the sink of each:
// JSONL, CoNLL and spaCy JSON lines (text, written as extract-batch.ts makes
// them) and CSV (outputs.ts), Parquet (parquet-sink.ts, loaded only for that
// format, so the other formats never load the Parquet writer).

import { SCHEMA_VERSION } from '../record.js';
import { type LineSink, conllDocumentEnds, csvSink, jsonlSink, lineEnds } from './outputs.js';
import { nodeFileCalls } from './output-file.js';

export const OUTPUT_FORMATS = ['jsonl', 'csv', 'parquet', 'conll', 'spacy'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Tables to TABLE_FORMATS go to a folder; the other formats are text to a file or standard output. */
export const TABLE_FORMATS: readonly OutputFormat[] = ['csv', 'parquet'];

/** Records (JSONL, appending with resume), CoNLL or spaCy JSON lines to the file `output` or standard output; tables in the folder `output`. */
export async function openSink(format: OutputFormat, output: string | undefined, resume = false): Promise<LineSink> {
  if (format === 'jsonl' || format === 'conll' || format === 'spacy') {
    const ends = format === 'conll' ? conllDocumentEnds : lineEnds;
    return jsonlSink(output, resume, process.stdout, nodeFileCalls, ends);
  }
  if (format === 'csv') return csvSink(output!);
  const { parquetSink } = await import('./parquet-sink.js');
  return parquetSink(output!, `govtext-de (record schema ${SCHEMA_VERSION})`);
}
