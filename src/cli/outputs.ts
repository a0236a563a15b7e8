// Where output goes: JSONL (one line per input document, in input order) to a
// file or standard output, or CSV tables in a folder. `--resume` continues a
// JSONL file: complete lines are kept, a half-written last line is dropped,
// and the count of kept lines says how many input documents to skip.

import {
  closeSync,
  createWriteStream,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord } from '../record.js';

export interface LineSink {
  /** Output lines as UTF-8, each ending in a newline. */
  write(lines: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

function awaitableWrite(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const flushed = stream.write(chunk, (error) => (error ? reject(error) : undefined));
    if (flushed) resolve();
    else stream.once('drain', resolve);
  });
}

function closeStream(stream: Writable, isStdout: boolean): Promise<void> {
  if (isStdout) return new Promise((resolve) => stream.write('', () => resolve()));
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/**
 * Prepares a JSONL output file for --resume: cuts it after its last complete
 * line and returns how many complete lines it holds (0 when it does not exist).
 */
export function prepareResume(path: string): number {
  if (!existsSync(path)) return 0;
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
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

export function jsonlSink(path: string | undefined, append: boolean, stdout: Writable): LineSink {
  if (path !== undefined) mkdirSync(dirname(path), { recursive: true });
  const stream = path === undefined ? stdout : createWriteStream(path, { flags: append ? 'a' : 'w' });
  return {
    write: (lines) => awaitableWrite(stream, lines),
    close: () => closeStream(stream, path === undefined),
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
  topics: ['document_id', 'topic', 'label', 'score', 'evidence'],
  relations: ['document_id', 'person', 'role', 'organisation', 'start', 'end', 'sentence'],
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

/** Flat tables in `folder`: documents.csv, entities.csv, topics.csv, relations.csv, timex.csv, events.csv. */
export function csvSink(folder: string): LineSink {
  mkdirSync(folder, { recursive: true });
  const open = (name: keyof typeof TABLES): Writable => {
    const stream = createWriteStream(join(folder, `${name}.csv`));
    stream.write(stringify([[...TABLES[name]]]));
    return stream;
  };
  const streams: Record<keyof typeof TABLES, Writable> = {
    documents: open('documents'),
    entities: open('entities'),
    topics: open('topics'),
    relations: open('relations'),
    timex: open('timex'),
    events: open('events'),
  };
  const put = (table: keyof typeof TABLES, rows: Row[]) =>
    rows.length ? awaitableWrite(streams[table], stringify(rows)) : Promise.resolve();
  const writeDocument = async (line: string): Promise<void> => {
    const value = JSON.parse(line) as DocumentRecord | ErrorLine;
    const id = String(value.id);
    if ('error' in value) {
      await put('documents', [
        [id, value.source, '', '', '', '', '', '', '', '', '', value.error.code, value.error.message, '', ''],
      ]);
      return;
    }
    await put('documents', [
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
    ]);
    await put(
      'entities',
      value.entities.map((e) => [id, e.start, e.end, e.type, e.text, e.canonical, e.sentence, e.source, e.confidence]),
    );
    await put(
      'topics',
      value.topics.map((t) => [id, t.id, t.label, t.score, t.evidence.map((e) => e.text).join(' | ')]),
    );
    await put(
      'relations',
      value.relations.map((r) => [id, r.person, r.role ?? '', r.organisation ?? '', r.start, r.end, r.sentence]),
    );
    // Records of an older schema have no time fields.
    await put(
      'timex',
      (value.timex ?? []).map((t) => [id, t.start, t.end, t.type, t.text, t.value, t.mod ?? '', t.sentence, t.source]),
    );
    await put(
      'events',
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
    );
  };
  const decoder = new TextDecoder();
  return {
    async write(lines) {
      // JSON escapes newlines inside strings: every newline ends a line.
      for (const line of decoder.decode(lines).split('\n')) if (line !== '') await writeDocument(line);
    },
    async close() {
      await Promise.all(Object.values(streams).map((stream) => closeStream(stream, false)));
    },
  };
}
