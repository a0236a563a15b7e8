// The output formats of govtext extract and convert, and the sink of each:
// JSONL and CSV (outputs.ts), Parquet (parquet-sink.ts, loaded only for that
// format, so the other formats never load the Parquet writer).

import { SCHEMA_VERSION } from '../record.js';
import { type LineSink, csvSink, jsonlSink } from './outputs.js';

export const OUTPUT_FORMATS = ['jsonl', 'csv', 'parquet'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** JSONL to the file `output` (appending with resume) or standard output; tables in the folder `output`. */
export async function openSink(format: OutputFormat, output: string | undefined, resume = false): Promise<LineSink> {
  if (format === 'jsonl') return jsonlSink(output, resume, process.stdout);
  if (format === 'csv') return csvSink(output!);
  const { parquetSink } = await import('./parquet-sink.js');
  return parquetSink(output!, `govtext-de (record schema ${SCHEMA_VERSION})`);
}
