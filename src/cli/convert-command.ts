// govtext convert RECORDS.jsonl --to parquet|csv -o FOLDER: the tables of a
// records file written earlier, without extracting again. Records are checked
// with the zod schema; extract's error lines become documents rows with their
// error; any other line is named on standard error and skipped (exit status 1).

import { readRecordLinesRaw } from './record-lines.js';
import { type OutputFormat, openSink } from './sinks.js';

export interface ConvertOptions {
  records: string;
  to: Exclude<OutputFormat, 'jsonl'>;
  output: string;
}

/** Lines are handed to the sink in chunks of about this many bytes. */
const CHUNK_BYTES = 1 << 20;

export async function convertCommand(options: ConvertOptions): Promise<number> {
  const sink = await openSink(options.to, options.output);
  const encoder = new TextEncoder();
  let chunk = '';
  let skipped = 0;
  try {
    for await (const line of readRecordLinesRaw(options.records)) {
      if ('malformed' in line) {
        skipped++;
        process.stderr.write(`govtext: ${options.records}:${line.line}: skipped, ${line.malformed}\n`);
        continue;
      }
      chunk += `${line.json}\n`;
      if (chunk.length >= CHUNK_BYTES) {
        await sink.write(encoder.encode(chunk));
        chunk = '';
      }
    }
    if (chunk !== '') await sink.write(encoder.encode(chunk));
  } finally {
    await sink.close();
  }
  return skipped > 0 ? 1 : 0;
}
