// Where documents come from: .txt files, folders (recursive, sorted), .jsonl and
// .jsonl.gz files (one document a line), and standard input. Yields documents
// in a fixed order, each with a sequence number; a line that cannot be a
// document becomes an error item, never a silent gap.

import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LONGEST_READABLE_LINE, readLineBytes } from './lines.js';

export interface InputOptions {
  textField: string;
  idField: string;
  maxChars: number;
  /**
   * Recorded as each document's source instead of FILE:LINE or the file's path
   * (a JSONL line's own source field still wins): a stage of a distributed
   * engine gets the same records whichever partition carried a line.
   */
  source?: string;
}

export interface InputError {
  code: 'malformed-json' | 'missing-text' | 'not-a-string' | 'too-large' | 'not-an-object' | 'unreadable';
  message: string;
  line?: number;
}

export interface InputDocument {
  /** Position in the whole input, from 0: output order. */
  seq: number;
  id: string;
  source: string;
  /** The input line, for JSONL inputs. */
  line?: number;
  /** Bytes of input this document took (file size, or line with its newline): progress. */
  bytes?: number;
  text?: string;
  meta?: Record<string, unknown>;
  error?: InputError;
}

/**
 * A JSONL line that looks like an object, still undecoded: it is decoded and
 * parsed (parseInputLine) where it is extracted, so that with worker threads
 * the main thread only moves bytes.
 */
export interface UnparsedLine {
  seq: number;
  /** The file (or `stdin`) the line came from. */
  file: string;
  line: number;
  bytes: number;
  /** The line's bytes, in a buffer of their own (a view into a larger one would be copied whole to a worker). */
  json: Uint8Array;
}

export type InputItem = InputDocument | UnparsedLine;

export const isUnparsed = (item: InputItem): item is UnparsedLine => 'json' in item;

/** The document an input item holds, parsing an unparsed line. */
export function parseInputLine(item: InputItem, options: InputOptions): InputDocument {
  if (!isUnparsed(item)) return item;
  const document = parseJsonLine(decoder.decode(item.json), item.line, item.file, item.seq, options);
  document.bytes = item.bytes;
  return document;
}

/** Thrown for usage and I/O problems (exit status 2). */
export class InputProblem extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * The longest JSONL line worth reading for a text of at most `maxChars`
 * characters: JSON escapes a character in at most 6 bytes (\uXXXX), and the
 * other fields get a megabyte.
 */
export function maxLineBytes(maxChars: number): number {
  return Math.min(LONGEST_READABLE_LINE, maxChars * 6 + 1_000_000);
}

/** Expands folders into their .txt, .jsonl and .jsonl.gz files, sorted by path. */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new InputProblem(`cannot read ${path}: no such file or folder`);
    }
    if (stats.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

function walk(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (isDocumentFile(entry.name)) found.push(path);
  }
  return found;
}

export function isDocumentFile(name: string): boolean {
  return name.endsWith('.txt') || name.endsWith('.jsonl') || name.endsWith('.jsonl.gz');
}

/** All documents of all inputs, in order; JSONL lines may come unparsed (parseInputLine). */
export async function* readDocuments(
  files: readonly string[],
  options: InputOptions,
  stdin: Readable,
): AsyncGenerator<InputItem> {
  let seq = 0;
  for (const file of files) {
    if (file === '-') {
      for await (const document of readJsonLines(stdin, 'stdin', options, seq)) {
        seq++;
        yield document;
      }
    } else if (file.endsWith('.jsonl') || file.endsWith('.jsonl.gz')) {
      const stream = createReadStream(file, { highWaterMark: READ_AHEAD_BYTES });
      const lines = file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
      for await (const document of readJsonLines(lines, file, options, seq)) {
        seq++;
        yield document;
      }
    } else {
      yield readTextFile(file, seq++, options);
    }
  }
}

function readTextFile(file: string, seq: number, options: InputOptions): InputDocument {
  const id = basename(file, extname(file));
  const source = options.source ?? (relative(process.cwd(), file) || file);
  let bytes: Buffer;
  try {
    // UTF-8 needs at most 3 bytes per UTF-16 unit: a file this large is too large without reading it.
    const size = statSync(file).size;
    if (size > Math.min(LONGEST_READABLE_LINE, options.maxChars * 3)) {
      return {
        seq,
        id,
        source,
        bytes: size,
        error: { code: 'too-large', message: `${size} bytes, more than --max-chars ${options.maxChars} characters` },
      };
    }
    bytes = readFileSync(file);
  } catch (error) {
    return { seq, id, source, error: { code: 'unreadable', message: (error as Error).message } };
  }
  // Invalid UTF-8 becomes U+FFFD; the record counts it in its warnings.
  const text = decoder.decode(bytes);
  if (text.length > options.maxChars) {
    return {
      seq,
      id,
      source,
      bytes: bytes.length,
      error: { code: 'too-large', message: `${text.length} characters, more than --max-chars ${options.maxChars}` },
    };
  }
  return { seq, id, source, bytes: bytes.length, text };
}

/**
 * Bytes a JSONL file is read ahead by: the next batch is read while one is
 * extracted, so --jobs 1 does not wait for the disk between batches (a batch
 * holds up to a megabyte of text).
 */
const READ_AHEAD_BYTES = 1 << 20;

const OPENING_BRACE = 0x7b;

async function* readJsonLines(
  input: Readable,
  source: string,
  options: InputOptions,
  firstSeq: number,
): AsyncGenerator<InputItem> {
  let seq = firstSeq;
  for await (const line of readLineBytes(input, maxLineBytes(options.maxChars))) {
    if (line.data === undefined) {
      const message = `a line of ${line.bytes} bytes, longer than any document of --max-chars ${options.maxChars} characters`;
      const where = options.source ?? `${source}:${line.number}`;
      yield {
        seq: seq++,
        id: `${basename(source)}:${line.number}`,
        source: where,
        bytes: line.bytes + 1,
        error: { code: 'too-large', message, line: line.number },
      };
    } else if (line.data[0] === OPENING_BRACE) {
      yield { seq: seq++, file: source, line: line.number, bytes: line.bytes + 1, json: new Uint8Array(line.data) };
    } else {
      const text = decoder.decode(line.data);
      if (text.trim() === '') continue;
      const document = parseJsonLine(text, line.number, source, seq++, options);
      document.bytes = line.bytes + 1;
      yield document;
    }
  }
}

export function parseJsonLine(
  line: string,
  lineNumber: number,
  source: string,
  seq: number,
  options: InputOptions,
): InputDocument {
  const fallbackId = `${basename(source)}:${lineNumber}`;
  const where = options.source ?? `${source}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return {
      seq,
      id: fallbackId,
      source: where,
      error: { code: 'malformed-json', message: (error as Error).message, line: lineNumber },
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      seq,
      id: fallbackId,
      source: where,
      error: { code: 'not-an-object', message: 'the line is JSON but not an object', line: lineNumber },
    };
  }
  const record = value as Record<string, unknown>;
  const rawId = record[options.idField];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : fallbackId;
  const text = record[options.textField];
  if (text === undefined) {
    return {
      seq,
      id,
      source: where,
      error: { code: 'missing-text', message: `no field "${options.textField}"`, line: lineNumber },
    };
  }
  if (typeof text !== 'string') {
    return {
      seq,
      id,
      source: where,
      error: {
        code: 'not-a-string',
        message: `field "${options.textField}" is ${typeof text}, not a string`,
        line: lineNumber,
      },
    };
  }
  if (text.length > options.maxChars) {
    return {
      seq,
      id,
      source: where,
      error: {
        code: 'too-large',
        message: `${text.length} characters, more than --max-chars ${options.maxChars}`,
        line: lineNumber,
      },
    };
  }
  const meta: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(record)) {
    if (key !== options.textField && key !== options.idField) meta[key] = field;
  }
  return { seq, id, source: where, line: lineNumber, text, meta };
}
