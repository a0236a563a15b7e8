// The output sinks on a device that fills up (a fault-injecting stand-in for
// the file system, so these run everywhere; test/cli/faults.test.ts fills a
// real tmpfs where it may mount one): a write that fails leaves every file at
// the end of its last complete document, and says which file and why.

import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { OutputProblem } from '../../src/cli/faults.js';
import type { FileCalls } from '../../src/cli/output-file.js';
import { toConll } from '../../src/cli/annotation-formats.js';
import { conllDocumentEnds, csvSink, jsonlSink, lastLine } from '../../src/cli/outputs.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

/**
 * Files in memory on a device of `capacity` bytes. A write that does not fit
 * writes what fits and returns its length (as write(2) does); the next one
 * throws ENOSPC. `cannotTruncate`: a device such as /dev/full or a pipe.
 */
function fullDevice(capacity: number, options: { cannotTruncate?: boolean } = {}) {
  const files = new Map<string, Buffer>();
  const paths: string[] = [];
  const used = () => [...files.values()].reduce((sum, file) => sum + file.length, 0);
  const calls: FileCalls = {
    makeFolder: () => {},
    open(path, flags) {
      if (flags === 'w' || !files.has(path)) files.set(path, Buffer.alloc(0));
      paths.push(path);
      return paths.length - 1;
    },
    size: (fd) => files.get(paths[fd]!)!.length,
    write(fd, bytes) {
      const room = capacity - used();
      if (room <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const part = Buffer.from(bytes.subarray(0, Math.min(room, bytes.length)));
      files.set(paths[fd]!, Buffer.concat([files.get(paths[fd]!)!, part]));
      return part.length;
    },
    truncate(fd, length) {
      if (options.cannotTruncate) throw Object.assign(new Error('EINVAL: invalid argument'), { code: 'EINVAL' });
      files.set(paths[fd]!, files.get(paths[fd]!)!.subarray(0, length));
    },
    close: () => {},
  };
  return { calls, text: (path: string) => files.get(path)?.toString('utf8') ?? '' };
}

const texts = [
  'Dr. Anna Wegener vom BSI sprach in Bonn über das Onlinezugangsgesetz (OZG).',
  'Die KGSt in Köln und der Landkreistag NRW luden zum 24. ÖV-Symposium NRW.',
  'Staatssekretär Markus Richter (BMI) eröffnete die Smart Country Convention 2025 in Berlin.',
];
/** Output lines of extract for `count` documents, as a batch arrives from the workers. */
function batch(count: number, from = 0): Uint8Array {
  let lines = '';
  for (let n = from; n < from + count; n++)
    lines += `${JSON.stringify(extract(texts[n % texts.length]!, { id: `d${n}` }))}\n`;
  return new TextEncoder().encode(lines);
}

async function failure(promise: Promise<void>): Promise<OutputProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OutputProblem) return error;
    throw error;
  }
  throw new Error('the write did not fail');
}

describe('jsonlSink on a full device', () => {
  it('ends the file at its last complete line, counts the documents in it and names the file and the cause', async () => {
    const first = batch(4);
    const second = batch(4, 4);
    // Room for the first batch and about two and a half lines of the second.
    const capacity = first.length + Math.floor(second.length * 0.6);
    const device = fullDevice(capacity);
    const sink = jsonlSink('/out/records.jsonl', false, new PassThrough(), device.calls);
    await sink.write(first);
    const problem = await failure(sink.write(second));
    expect(problem.message).toBe('cannot write /out/records.jsonl: no space left on the device (ENOSPC)');
    expect(problem.full).toBe(true);
    expect(problem.cutShort).toBe(false);
    const written = device.text('/out/records.jsonl');
    expect(written.endsWith('\n')).toBe(true);
    const lines = written.trim().split('\n');
    expect(lines.length).toBe(sink.documents);
    expect(sink.documents).toBeGreaterThan(4);
    expect(sink.documents).toBeLessThan(8);
    const expected = new TextDecoder().decode(Buffer.concat([first, second])).split('\n');
    expect(lines).toEqual(expected.slice(0, lines.length));
  });

  it('keeps what was there with --resume and cuts only what this run wrote', async () => {
    const device = fullDevice(batch(2).length + 10);
    const kept = jsonlSink('/out/r.jsonl', false, new PassThrough(), device.calls);
    await kept.write(batch(2));
    const resumed = jsonlSink('/out/r.jsonl', true, new PassThrough(), device.calls);
    await failure(resumed.write(batch(2, 2)));
    expect(resumed.documents).toBe(0);
    expect(device.text('/out/r.jsonl')).toBe(new TextDecoder().decode(batch(2)));
  });

  it('says when a device cannot be cut back, so its last line may be partial', async () => {
    const device = fullDevice(100, { cannotTruncate: true });
    const sink = jsonlSink('/dev/full', false, new PassThrough(), device.calls);
    const problem = await failure(sink.write(batch(1)));
    expect(problem.cutShort).toBe(true);
    expect(sink.documents).toBe(0);
  });
});

describe('CoNLL output on a full device', () => {
  /** CoNLL documents as a batch of extract --format conll gives them: many lines each. */
  const conllBatch = (count: number, from = 0): Uint8Array => {
    let text = '';
    for (let n = from; n < from + count; n++) {
      const input = texts[n % texts.length]!;
      text += toConll(extract(input, { id: `d${n}` }, { tokens: true }), input);
    }
    return new TextEncoder().encode(text);
  };

  it('ends the file at its last complete document, not its last line, and counts documents', async () => {
    const first = conllBatch(3);
    const second = conllBatch(3, 3);
    const capacity = first.length + Math.floor(second.length * 0.5);
    const device = fullDevice(capacity);
    const sink = jsonlSink('/out/m.conll', false, new PassThrough(), device.calls, conllDocumentEnds);
    await sink.write(first);
    expect(sink.documents).toBe(3);
    const problem = await failure(sink.write(second));
    expect(problem.message).toBe('cannot write /out/m.conll: no space left on the device (ENOSPC)');
    const written = device.text('/out/m.conll');
    const documents = written.split('-DOCSTART-').length - 1;
    expect(documents).toBe(sink.documents);
    expect(sink.documents).toBeGreaterThanOrEqual(3);
    expect(sink.documents).toBeLessThan(6);
    const whole = new TextDecoder().decode(Buffer.concat([conllBatch(documents)]));
    expect(written).toBe(whole);
  });
});

describe('csvSink on a full device', () => {
  const TABLES = ['documents', 'entities', 'topics', 'relations', 'timex', 'events'];
  const first = batch(5);
  const second = batch(4, 5);
  /** Each table's bytes after the first batch and after both, on a device with room. */
  const sizes = async () => {
    const device = fullDevice(1 << 20);
    const sink = csvSink('/t', device.calls);
    await sink.write(first);
    const after = TABLES.map((name) => Buffer.byteLength(device.text(`/t/${name}.csv`)));
    await sink.write(second);
    return { after, full: TABLES.map((name) => device.text(`/t/${name}.csv`)) };
  };
  const rowsOf = (csv: string) => parseCsv(csv, { columns: true }) as Record<string, string>[];
  const holdsOnly = (device: ReturnType<typeof fullDevice>, full: string[], documents: number) => {
    const ids = Array.from({ length: documents }, (_, n) => `d${n}`);
    expect(rowsOf(device.text('/t/documents.csv')).map((row) => row.id)).toEqual(ids);
    TABLES.slice(1).forEach((name, t) =>
      expect(rowsOf(device.text(`/t/${name}.csv`)), name).toEqual(
        rowsOf(full[t + 1]!).filter((row) => ids.includes(row.document_id!)),
      ),
    );
  };

  it('ends all four tables with the last document that every table holds whole', async () => {
    const { after, full } = await sizes();
    // Full inside entities.csv during the second batch: topics.csv has no room left for it either.
    const secondDocuments = Buffer.byteLength(full[0]!) - after[0]!;
    const secondEntities = Buffer.byteLength(full[1]!) - after[1]!;
    const device = fullDevice(after.reduce((a, b) => a + b) + secondDocuments + Math.floor(secondEntities / 2));
    const sink = csvSink('/t', device.calls);
    await sink.write(first);
    const problem = await failure(sink.write(second));
    expect(problem.message).toBe('cannot write /t/entities.csv: no space left on the device (ENOSPC)');
    expect(sink.documents).toBe(5);
    holdsOnly(device, full, 5);
  });

  it('cuts at a document inside a batch when the last table is the one that fills the device', async () => {
    const { after, full } = await sizes();
    const total = full.reduce((sum, table) => sum + Buffer.byteLength(table), 0);
    const last = TABLES.filter((_, t) => Buffer.byteLength(full[t]!) > after[t]!).at(-1);
    const device = fullDevice(total - 40);
    const sink = csvSink('/t', device.calls);
    await sink.write(first);
    const problem = await failure(sink.write(second));
    expect(problem.message).toBe(`cannot write /t/${last}.csv: no space left on the device (ENOSPC)`);
    expect(sink.documents).toBeGreaterThan(5);
    expect(sink.documents).toBeLessThan(9);
    holdsOnly(device, full, sink.documents);
  });
});

describe('lastLine: what --resume compares with the record extracted again', () => {
  it('gives the last line with its newline, however long, and none for an empty file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'govtext-last-line-'));
    try {
      const file = join(folder, 'out.jsonl');
      const long = `{"id":"b","text":"${'ä'.repeat(200_000)}"}\n`;
      for (const [content, last] of [
        ['', undefined],
        ['{"id":"a"}\n', '{"id":"a"}\n'],
        [`{"id":"a"}\n${long}`, long],
        [`${long}{"id":"c"}\n`, '{"id":"c"}\n'],
        [long, long],
      ] as const) {
        writeFileSync(file, content);
        expect(lastLine(file)?.toString('utf8')).toBe(last);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
