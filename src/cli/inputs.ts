// Where documents come from: .txt files, folders (recursive, sorted), .jsonl and
// .jsonl.gz files (one document a line), and standard input. Yields documents
// in a fixed order, each with a sequence number; a line that cannot be a
// document becomes an error item, never a silent gap. An input that breaks
// off (a cut or corrupt gzip, a file that cannot be opened or read) gives
// every complete line before the fault, then one error item naming the file
// and where it broke, and the run goes on with the next input.

import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { type Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { causeOf } from './faults.js';
import { LONGEST_READABLE_LINE, readLineBytes } from './lines.js';

export interface InputOptions {
  textField: string;
  idField: string;
  maxChars: number;
  /** How to read every text: as HTML, or (the default) as HTML for .html and .htm files and plain text otherwise. */
  inputFormat?: 'text' | 'html';
  /** Standard input as JSONL documents (the default) or as one plain text. */
  stdin?: 'jsonl' | 'text';
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
  /** The text is HTML (an .html file, or --input-format html). */
  html?: boolean;
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

/**
 * A folder's document files, sorted. Symbolic links to files count as the
 * files (a broken one is read, and fails, in its place); links to folders are
 * not followed, so a loop cannot trap the walk. A folder that cannot be listed
 * stays in the list in its own place, to be reported as unreadable there.
 */
function walk(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [folder];
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (isDocumentFile(entry.name)) found.push(path);
  }
  return found;
}

export function isDocumentFile(name: string): boolean {
  return /\.(txt|html?|jsonl|jsonl\.gz)$/.test(name);
}

const isHtmlFile = (name: string) => /\.html?$/.test(name);

/**
 * All documents of all inputs, in order; JSONL lines may come unparsed
 * (parseInputLine). `report` hears of each input that broke off, in one line.
 */
export async function* readDocuments(
  files: readonly string[],
  options: InputOptions,
  stdin: Readable,
  report: (message: string) => void = () => {},
): AsyncGenerator<InputItem> {
  let seq = 0;
  for (const file of files) {
    if (file === '-') {
      if (options.stdin === 'text') {
        yield await readStdinText(stdin, seq++, options);
        continue;
      }
      for await (const document of readJsonLines({ stream: stdin }, 'stdin', options, seq, report)) {
        seq++;
        yield document;
      }
    } else if (file.endsWith('.jsonl') || file.endsWith('.jsonl.gz')) {
      // pipeline, not pipe: a read error of the file (EACCES, EISDIR) reaches the reader instead of crashing the process.
      const raw = createReadStream(file, { highWaterMark: READ_AHEAD_BYTES });
      const stream = file.endsWith('.gz') ? pipeline(raw, createGunzip(), () => {}) : raw;
      const input = { stream, bytesRead: () => raw.bytesRead, compressed: file.endsWith('.gz') };
      for await (const document of readJsonLines(input, file, options, seq, report)) {
        seq++;
        yield document;
      }
    } else {
      const document = readTextFile(file, seq++, options);
      if (document.error?.code === 'unreadable')
        report(`${document.source}: ${document.error.message}; going on with the next input`);
      yield document;
    }
  }
}

function readTextFile(file: string, seq: number, options: InputOptions): InputDocument {
  const id = basename(file, extname(file));
  const source = options.source ?? (relative(process.cwd(), file) || file);
  let bytes: Buffer;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return unlistedFolder(file, seq, source);
    // UTF-8 needs at most 3 bytes per UTF-16 unit: a file this large is too large without reading it.
    const size = stats.size;
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
    return { seq, id, source, error: { code: 'unreadable', message: causeOf(error) } };
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
  return {
    seq,
    id,
    source,
    bytes: bytes.length,
    text,
    html: options.inputFormat ? options.inputFormat === 'html' : isHtmlFile(file),
  };
}

/** A folder that walk() could not list: its error item, with the cause as it is now. */
function unlistedFolder(folder: string, seq: number, source: string): InputDocument {
  let cause = 'it could not be listed when the run began';
  try {
    readdirSync(folder);
  } catch (error) {
    cause = causeOf(error);
  }
  return {
    seq,
    id: basename(folder),
    source,
    error: { code: 'unreadable', message: `cannot list the folder: ${cause}` },
  };
}

/** Standard input as one plain text (--stdin text), read to its end: the document `stdin`. */
async function readStdinText(stdin: Readable, seq: number, options: InputOptions): Promise<InputDocument> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stdin) {
    bytes += (chunk as Buffer).length;
    // UTF-8 needs at most 3 bytes per UTF-16 unit: past this, the text is too large whatever it holds.
    if (bytes <= options.maxChars * 3) chunks.push(chunk as Buffer);
  }
  const base = { seq, id: 'stdin', source: 'stdin', bytes };
  const text = bytes <= options.maxChars * 3 ? decoder.decode(Buffer.concat(chunks)) : undefined;
  if (text === undefined || text.length > options.maxChars) {
    const size = text === undefined ? `${bytes} bytes` : `${text.length} characters`;
    return { ...base, error: { code: 'too-large', message: `${size}, more than --max-chars ${options.maxChars}` } };
  }
  return { ...base, text, html: options.inputFormat === 'html' };
}

/**
 * Bytes a JSONL file is read ahead by: the next batch is read while one is
 * extracted, so --jobs 1 does not wait for the disk between batches (a batch
 * holds up to a megabyte of text).
 */
const READ_AHEAD_BYTES = 1 << 20;

const OPENING_BRACE = 0x7b;

/** Fields the record has at its top, where null means none (other fields travel under meta as they are). */
const NULL_MEANS_NONE = new Set(['title', 'date', 'source']);

interface JsonlInput {
  stream: Readable;
  /** Bytes of the file read so far, to say where it broke. */
  bytesRead?: () => number;
  compressed?: boolean;
}

async function* readJsonLines(
  input: JsonlInput,
  source: string,
  options: InputOptions,
  firstSeq: number,
  report: (message: string) => void,
): AsyncGenerator<InputItem> {
  let seq = firstSeq;
  let lastLine = 0;
  try {
    for await (const item of jsonLineItems(input.stream, source, options, seq, (line) => (lastLine = line))) {
      seq++;
      yield item;
    }
  } catch (error) {
    yield brokenInput(seq, source, lastLine, error, input, report);
  }
}

/**
 * The error item of an input that broke off after `lastLine` complete lines:
 * the line it broke in (a half line is never a document) and the byte of the
 * file, so that the user can tell a cut download from a damaged one.
 */
function brokenInput(
  seq: number,
  source: string,
  lastLine: number,
  error: unknown,
  input: JsonlInput,
  report: (message: string) => void,
): InputDocument {
  const line = lastLine + 1;
  const bytes = input.bytesRead?.() ?? 0;
  const at = bytes > 0 ? ` at byte ${bytes} of the${input.compressed ? ' compressed' : ''} file` : '';
  const cause = causeOf(error);
  if (lastLine === 0) {
    const message = `cannot read it: ${cause}${at}`;
    report(`${source}: ${message}; going on with the next input`);
    return { seq, id: basename(source), source, error: { code: 'unreadable', message } };
  }
  const message = `${cause}${at}, in line ${line}, after ${lastLine} complete lines`;
  report(`${source}: ${message}; going on with the next input`);
  return {
    seq,
    id: `${basename(source)}:${line}`,
    source: `${source}:${line}`,
    error: { code: 'unreadable', message, line },
  };
}

async function* jsonLineItems(
  input: Readable,
  source: string,
  options: InputOptions,
  firstSeq: number,
  onLine: (line: number) => void,
): AsyncGenerator<InputItem> {
  let seq = firstSeq;
  for await (const line of readLineBytes(input, maxLineBytes(options.maxChars))) {
    onLine(line.number);
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
      error: {
        code: 'malformed-json',
        message:
          (error as Error).message +
          (source === 'stdin' ? ' (standard input is read as JSONL; for a plain text use --stdin text)' : ''),
        line: lineNumber,
      },
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
  // Own fields only: `--text-field constructor` must not find Object.prototype's.
  const field = (name: string): unknown => (Object.hasOwn(record, name) ? record[name] : undefined);
  const rawId = field(options.idField);
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : fallbackId;
  const text = field(options.textField);
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
  // Defined, not assigned (fromEntries): a field named `__proto__` stays a field. A null title, date or
  // source is no value: the record's source is then the file and line.
  const meta = Object.fromEntries(
    Object.entries(record).filter(
      ([key, value]) =>
        key !== options.textField && key !== options.idField && !(value === null && NULL_MEANS_NONE.has(key)),
    ),
  );
  return { seq, id, source: where, line: lineNumber, text, meta, html: options.inputFormat === 'html' };
}
