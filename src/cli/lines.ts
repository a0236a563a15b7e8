// Splits a byte stream into numbered lines without ever holding more than one
// line (up to a cap) in memory. A line longer than the cap is skipped to its
// end and reported as oversized, so one hostile line cannot exhaust memory or
// exceed the longest string V8 can build. Invalid UTF-8 becomes U+FFFD.

import type { Readable } from 'node:stream';

export interface Line {
  /** 1-based line number in the stream. */
  number: number;
  /** The line without its line ending; undefined when it was longer than the cap. */
  text: string | undefined;
  /** The line's length in bytes (counted to the end even when oversized). */
  bytes: number;
}

/** A line as bytes, not yet decoded. */
export interface LineBytes {
  number: number;
  /**
   * The line without its line ending, possibly a view into a larger buffer; undefined when it was longer than the cap.
   */
  data: Buffer | undefined;
  bytes: number;
}

/** Near V8's longest string (2^29 − 24 UTF-16 units): no line is read beyond it. */
export const LONGEST_READABLE_LINE = 500_000_000;

const decoder = new TextDecoder('utf-8', { fatal: false });
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export async function* readLines(input: Readable, maxLineBytes: number): AsyncGenerator<Line> {
  for await (const line of readLineBytes(input, maxLineBytes)) {
    yield {
      number: line.number,
      text: line.data === undefined ? undefined : decoder.decode(line.data),
      bytes: line.bytes,
    };
  }
}

export async function* readLineBytes(input: Readable, maxLineBytes: number): AsyncGenerator<LineBytes> {
  let parts: Buffer[] = [];
  let bytes = 0;
  let number = 0;
  let oversized = false;

  const finish = (): LineBytes => {
    number++;
    let data: Buffer | undefined;
    if (!oversized) {
      data = parts.length === 1 ? parts[0]! : Buffer.concat(parts, bytes);
      if (data.length > 0 && data[data.length - 1] === CARRIAGE_RETURN) data = data.subarray(0, data.length - 1);
    }
    const line = { number, data, bytes };
    parts = [];
    bytes = 0;
    oversized = false;
    return line;
  };
  const keep = (piece: Buffer): void => {
    bytes += piece.length;
    if (oversized) return;
    if (bytes > maxLineBytes) {
      oversized = true;
      parts = [];
    } else if (piece.length > 0) {
      parts.push(piece);
    }
  };

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let at = buffer.indexOf(NEWLINE); at !== -1; at = buffer.indexOf(NEWLINE, start)) {
      keep(buffer.subarray(start, at));
      yield finish();
      start = at + 1;
    }
    // A copy, not a view: the unfinished line outlives its chunk, which need not stay alive with it.
    if (start < buffer.length) keep(Buffer.from(buffer.subarray(start)));
  }
  if (bytes > 0 || oversized) yield finish();
}
