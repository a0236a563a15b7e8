// Reads a RECORDS.jsonl file written by govtext extract, one line at a time:
// each line is a record (checked with the zod schema), an error line of
// extract ({"id", "source", "error"}), or something else, which is reported
// with its line number and what was wrong instead of stopping the run.

import { type ReadStream, createReadStream } from 'node:fs';
import { DocumentRecordSchema, type DocumentRecord } from '../record.js';
import { causeOf } from './faults.js';
import { InputProblem } from './inputs.js';
import { LONGEST_READABLE_LINE, readLines } from './lines.js';

export type RecordLine =
  | { line: number; record: DocumentRecord }
  | { line: number; failed: { id: string; message: string } }
  | { line: number; malformed: string };

/** A records file opened for reading; a file that cannot be opened is a usage problem (exit status 2), not a crash. */
export async function openRecordsFile(path: string): Promise<ReadStream> {
  const stream = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(new InputProblem(`cannot read ${path}: ${causeOf(error)}`)));
  });
  return stream;
}

export async function* readRecordLines(path: string): AsyncGenerator<RecordLine> {
  const stream = await openRecordsFile(path);
  let last = 0;
  try {
    for await (const { number, text } of readLines(stream, LONGEST_READABLE_LINE)) {
      last = number;
      if (text !== undefined && text.trim() === '') continue;
      yield parseRecordLine(text, number);
    }
  } catch (error) {
    // A file that opens but cannot be read (a folder, an I/O error): one line naming it, not a bare cause.
    throw new InputProblem(`cannot read ${path}${last > 0 ? ` after line ${last}` : ''}: ${causeOf(error)}`);
  }
}

export function parseRecordLine(text: string | undefined, line: number): RecordLine {
  if (text === undefined) return { line, malformed: 'the line is too long to read' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, malformed: `not JSON (${(error as Error).message})` };
  }
  if (typeof value === 'object' && value !== null && 'error' in value && !('entities' in value)) {
    const { id, error } = value as { id?: unknown; error?: { message?: unknown } };
    return { line, failed: { id: String(id), message: String(error?.message ?? 'extraction failed') } };
  }
  const parsed = DocumentRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { line, malformed: `not a document record (${where}${issue?.message ?? 'invalid'})` };
  }
  return { line, record: parsed.data };
}

/** The lines of a records file as written: records and extract's error lines as their JSON text, others as malformed. */
export async function* readRecordLinesRaw(
  path: string,
): AsyncGenerator<{ line: number; json: string } | { line: number; malformed: string }> {
  const stream = await openRecordsFile(path);
  for await (const { number, text } of readLines(stream, LONGEST_READABLE_LINE)) {
    if (text !== undefined && text.trim() === '') continue;
    const parsed = parseRecordLine(text, number);
    yield 'malformed' in parsed ? parsed : { line: number, json: text! };
  }
}
