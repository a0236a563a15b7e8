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

/** Near V8's longest string (2^29 − 24 UTF-16 units): no line is read beyond it. */
export const LONGEST_READABLE_LINE = 500_000_000;

const decoder = new TextDecoder('utf-8', { fatal: false });
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export async function* readLines(input: Readable, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let bytes = 0;
  let number = 0;
  let oversized = false;

  const finish = (): Line => {
    number++;
    let text: string | undefined;
    if (!oversized) {
      let whole = parts.length === 1 ? parts[0]! : Buffer.concat(parts, bytes);
      if (whole.length > 0 && whole[whole.length - 1] === CARRIAGE_RETURN) whole = whole.subarray(0, whole.length - 1);
      text = decoder.decode(whole);
    }
    const line = { number, text, bytes };
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
