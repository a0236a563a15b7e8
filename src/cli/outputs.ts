// Where output goes: JSONL (one line per input document, in input order; also
// spaCy JSON lines and CoNLL documents) to a file or standard output, or CSV
// tables in a folder. `--resume` continues a JSONL file: complete lines are
// kept, a half-written last line is dropped, and the count of kept lines says
// how many input documents to skip. A write that fails (a full disk) leaves
// every file at the end of its last complete document and rejects with an
// OutputProblem.

import { closeSync, ftruncateSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord, Topic } from '../record.js';
import { OutputProblem, causeOf, codeOf } from './faults.js';
import { type FileCalls, OutputFile, nodeFileCalls } from './output-file.js';

export interface LineSink {
  /**
   * Output lines as UTF-8, each ending in a newline, one per document. Rejects
   * with an OutputProblem when the output cannot take them, after cutting it
   * back to its last complete document.
   */
  write(lines: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Documents this sink has written whole so far. */
  readonly documents: number;
}

function awaitableWrite(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const flushed = stream.write(chunk, (error) => (error ? reject(error) : undefined));
    if (flushed) resolve();
    else stream.once('drain', resolve);
  });
}

const NEWLINE = 0x0a;

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) lines++;
  return lines;
}

/**
 * Where the documents of a batch's output end, as byte offsets: after each
 * line for records and JSON lines, before each `-DOCSTART-` (and at the end)
 * for CoNLL, whose documents span many lines.
 */
export type DocumentEnds = (bytes: Uint8Array) => number[];

export const lineEnds: DocumentEnds = (bytes) => {
  const ends: number[] = [];
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) ends.push(at + 1);
  return ends;
};

const DOCSTART_BYTES = new TextEncoder().encode('-DOCSTART-');

export const conllDocumentEnds: DocumentEnds = (bytes) => {
  const ends: number[] = [];
  for (let at = bytes.indexOf(DOCSTART_BYTES[0]!, 1); at !== -1; at = bytes.indexOf(DOCSTART_BYTES[0]!, at + 1)) {
    if (bytes[at - 1] === NEWLINE && DOCSTART_BYTES.every((byte, i) => bytes[at + i] === byte)) ends.push(at);
  }
  if (bytes.length > 0) ends.push(bytes.length);
  return ends;
};

/** How many of the documents ending at `ends` lie whole in the first `written` bytes, and where the last ends. */
function wholeDocuments(ends: number[], written: number): { documents: number; end: number } {
  let documents = 0;
  while (documents < ends.length && ends[documents]! <= written) documents++;
  return { documents, end: documents === 0 ? 0 : ends[documents - 1]! };
}

/**
 * Prepares a JSONL output file for --resume: cuts it after its last complete
 * line and returns how many complete lines it holds (0 when it does not exist).
 */
export function prepareResume(path: string): number {
  let size: number;
  let fd: number;
  try {
    size = statSync(path).size;
    fd = openSync(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw new OutputProblem(`cannot resume ${path}: ${causeOf(error)}`);
  }
  try {
    const chunk = Buffer.alloc(1 << 20);
    let lines = 0;
    let lastNewline = -1;
    for (let offset = 0; offset < size;) {
      const read = readSync(fd, chunk, 0, chunk.length, offset);
      if (read <= 0) break;
      for (let i = 0; i < read; i++) {
        if (chunk[i] === 0x0a) {
          lines++;
          lastNewline = offset + i;
        }
      }
      offset += read;
    }
    ftruncateSync(fd, lastNewline + 1);
    return lines;
  } finally {
    closeSync(fd);
  }
}

/** The last line of a file that ends in a newline (as prepareResume leaves it), with its newline; none when empty. */
export function lastLine(path: string): Buffer | undefined {
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    if (size === 0) return undefined;
    const chunk = Buffer.alloc(1 << 16);
    // Back from the final newline to the one before it, a chunk at a time (a record may be megabytes long).
    let start = 0;
    for (let end = size - 1; end > 0;) {
      const from = Math.max(0, end - chunk.length);
      const read = readSync(fd, chunk, 0, end - from, from);
      const newline = chunk.subarray(0, read).lastIndexOf(0x0a);
      if (newline >= 0) {
        start = from + newline + 1;
        break;
      }
      end = from;
    }
    const line = Buffer.alloc(size - start);
    readSync(fd, line, 0, line.length, start);
    return line;
  } finally {
    closeSync(fd);
  }
}

export function jsonlSink(
  path: string | undefined,
  append: boolean,
  stdout: Writable,
  calls: FileCalls = nodeFileCalls,
  documentEnds: DocumentEnds = lineEnds,
): LineSink {
  return path === undefined
    ? streamSink(stdout, documentEnds)
    : jsonlFileSink(OutputFile.open(path, append, calls), documentEnds);
}

/**
 * Standard output: its faults (a closed pipe, a full disk behind `>`) end the
 * command where main() listens for them; a stream cannot be cut back.
 */
function streamSink(stream: Writable, documentEnds: DocumentEnds): LineSink {
  let documents = 0;
  return {
    get documents() {
      return documents;
    },
    async write(lines) {
      await awaitableWrite(stream, lines);
      documents += documentEnds === lineEnds ? countLines(lines) : documentEnds(lines).length;
    },
    close: () => new Promise((resolve) => stream.write('', () => resolve())),
  };
}

function jsonlFileSink(file: OutputFile, documentEnds: DocumentEnds): LineSink {
  let documents = 0;
  return {
    get documents() {
      return documents;
    },
    async write(lines) {
      const before = file.size;
      const { written, fault } = file.write(lines);
      if (fault === undefined) {
        documents += documentEnds === lineEnds ? countLines(lines) : documentEnds(lines).length;
        return;
      }
      const whole = wholeDocuments(documentEnds(lines), written);
      documents += whole.documents;
      const cut = file.cutTo(before + whole.end);
      throw new OutputProblem(
        `cannot write ${file.path}: ${causeOf(fault)}`,
        !cut && whole.end < written,
        codeOf(fault),
      );
    },
    async close() {
      file.close();
    },
  };
}

const TABLES = {
  documents: [
    'id',
    'source',
    'title',
    'date',
    'characters',
    'tokens',
    'sentences',
    'entities',
    'topics',
    'keyphrases',
    'warnings',
    'error_code',
    'error_message',
    'document_date',
    'document_date_source',
  ],
  entities: ['document_id', 'start', 'end', 'type', 'text', 'canonical', 'sentence', 'source', 'confidence'],
  topics: ['document_id', 'topic', 'label', 'score', 'evidence', 'sentence', 'list'],
  // Columns are only ever added at the end, so that scripts reading them by position keep working.
  relations: [
    'document_id',
    'person',
    'role',
    'organisation',
    'start',
    'end',
    'sentence',
    'former',
    'organisation_mention',
  ],
  timex: ['document_id', 'start', 'end', 'type', 'text', 'value', 'mod', 'sentence', 'source'],
  events: [
    'document_id',
    'event',
    'event_mention',
    'date',
    'date_text',
    'place',
    'organisers',
    'evidence_start',
    'evidence_end',
  ],
} as const;

type Row = (string | number | undefined)[];

/** What extract-batch writes for a document it could not extract. */
interface ErrorLine {
  id: string;
  source: string;
  error: { code: string; message: string; line?: number };
}

type Table = keyof typeof TABLES;
const TABLE_NAMES = Object.keys(TABLES) as Table[];

/**
 * Flat tables in `folder`: documents.csv, entities.csv, topics.csv,
 * relations.csv, timex.csv, events.csv. After a fault every table ends with
 * the last document that all of them hold whole (a CSV row may span lines, so
 * the cut is per document).
 */
export function csvSink(folder: string, calls: FileCalls = nodeFileCalls): LineSink {
  const files = {} as Record<Table, OutputFile>;
  for (const name of TABLE_NAMES) {
    const file = OutputFile.open(join(folder, `${name}.csv`), false, calls);
    files[name] = file;
    const { fault } = file.write(encoder.encode(stringify([[...TABLES[name]]])));
    if (fault !== undefined) {
      file.cutTo(0);
      throw new OutputProblem(`cannot write ${file.path}: ${causeOf(fault)}`);
    }
  }
  let documents = 0;
  const decoder = new TextDecoder();
  return {
    get documents() {
      return documents;
    },
    async write(lines) {
      // JSON escapes newlines inside strings: every newline ends a line.
      const rows = decoder
        .decode(lines)
        .split('\n')
        .filter((line) => line !== '')
        .map(documentRows);
      // Per table, each document's rows as bytes: where a document ends in each table is known.
      const pieces = Object.fromEntries(
        TABLE_NAMES.map((name) => [name, rows.map((row) => encoder.encode(row[name]))]),
      ) as Record<Table, Uint8Array[]>;
      const before = TABLE_NAMES.map((name) => files[name].size);
      // After a fault, each later table gets only the documents that all before it hold whole.
      let whole = rows.length;
      let problem: OutputProblem | undefined;
      for (const name of TABLE_NAMES) {
        const { written, fault } = files[name].write(Buffer.concat(pieces[name].slice(0, whole)));
        if (fault === undefined) continue;
        let complete = 0;
        for (let end = 0; complete < whole && end + pieces[name][complete]!.length <= written; complete++)
          end += pieces[name][complete]!.length;
        whole = complete;
        problem ??= new OutputProblem(`cannot write ${files[name].path}: ${causeOf(fault)}`, false, codeOf(fault));
      }
      if (problem === undefined) {
        documents += rows.length;
        return;
      }
      let cut = true;
      TABLE_NAMES.forEach((name, t) => {
        const length = pieces[name].slice(0, whole).reduce((sum, piece) => sum + piece.length, before[t]!);
        if (files[name].size !== length) cut = files[name].cutTo(length) && cut;
      });
      documents += whole;
      throw new OutputProblem(problem.message, !cut, problem.code);
    },
    async close() {
      for (const name of TABLE_NAMES) files[name].close();
    },
  };
}

const encoder = new TextEncoder();

/** One document's rows of each table, as CSV text. */
function documentRows(line: string): Record<Table, string> {
  const value = JSON.parse(line) as DocumentRecord | ErrorLine;
  const id = String(value.id);
  const csv = (rows: Row[]): string => (rows.length ? stringify(rows) : '');
  if ('error' in value) {
    return {
      documents: csv([
        [id, value.source, '', '', '', '', '', '', '', '', '', value.error.code, value.error.message, '', ''],
      ]),
      entities: '',
      topics: '',
      relations: '',
      timex: '',
      events: '',
    };
  }
  return {
    documents: csv([
      [
        id,
        value.source ?? '',
        value.title ?? '',
        value.date ?? '',
        value.stats.characters,
        value.stats.tokens,
        value.stats.sentences,
        value.entities.length,
        value.topics.map((t) => t.id).join(';'),
        value.keyphrases.map((k) => k.text).join(';'),
        value.warnings.map((w) => `${w.code}:${w.count}`).join(';'),
        '',
        '',
        value.documentDate?.value ?? '',
        value.documentDate?.source ?? '',
      ],
    ]),
    entities: csv(
      value.entities.map((e) => [id, e.start, e.end, e.type, e.text, e.canonical, e.sentence, e.source, e.confidence]),
    ),
    topics: csv([
      ...value.topics.map((t) => topicRow(id, t, 'topics')),
      ...(value.topicCandidates ?? []).map((t) => topicRow(id, t, 'topicCandidates')),
    ]),
    relations: csv(
      value.relations.map((r) => [
        id,
        r.person,
        r.role ?? '',
        r.organisation ?? '',
        r.start,
        r.end,
        r.sentence,
        r.former === true ? 'true' : 'false',
        r.organisationMention ?? '',
      ]),
    ),
    // Records of an older schema have no time fields.
    timex: csv(
      (value.timex ?? []).map((t) => [id, t.start, t.end, t.type, t.text, t.value, t.mod ?? '', t.sentence, t.source]),
    ),
    events: csv(
      (value.eventFacts ?? []).map((f) => [
        id,
        f.event,
        f.eventMention,
        f.date?.value ?? '',
        f.date?.text ?? '',
        f.place?.name ?? '',
        f.organisers.map((o) => o.name).join(';'),
        f.evidence.start,
        f.evidence.end,
      ]),
    ),
  };
}

/** A topic's row: the sentence of its strongest evidence, and which record list it comes from. */
function topicRow(id: string, topic: Topic, list: 'topics' | 'topicCandidates'): Row {
  return [
    id,
    topic.id,
    topic.label,
    topic.score,
    topic.evidence.map((e) => e.text).join(' | '),
    topic.evidence[0]?.sentence,
    list,
  ];
}
