// readDocuments and parseInputLine: JSONL lines that look like objects travel
// undecoded (to be parsed where they are extracted) and parse to the same
// document as a line parsed at once; other lines are parsed on the spot. An
// input that breaks off gives its complete lines, then one error item.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type InputDocument,
  type InputItem,
  isUnparsed,
  parseInputLine,
  parseJsonLine,
  readDocuments,
} from '../../src/cli/inputs.js';

const options = { textField: 'text', idField: 'id', maxChars: 1000 };

async function itemsOf(jsonl: string): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readDocuments(['-'], options, Readable.from([Buffer.from(jsonl)]))) items.push(item);
  return items;
}

describe('readDocuments on JSONL', () => {
  it('leaves object lines unparsed, in a buffer of their own, and parses them to what parseJsonLine gives', async () => {
    const line = '{"id":"b1","text":"Die Stadt Köln startet das Portal.","date":"2025-03-01"}';
    const [item] = await itemsOf(`${line}\r\n`);
    expect(item !== undefined && isUnparsed(item)).toBe(true);
    if (item === undefined || !isUnparsed(item)) return;
    expect(item.json.byteOffset).toBe(0);
    expect(item.json.buffer.byteLength).toBe(Buffer.byteLength(line));
    const document = parseInputLine(item, options);
    expect(document).toEqual({ ...parseJsonLine(line, 1, 'stdin', 0, options), bytes: Buffer.byteLength(line) + 2 });
    expect(document.text).toBe('Die Stadt Köln startet das Portal.');
  });

  it('parses other lines at once and skips blank ones, keeping sequence and line numbers', async () => {
    const items = await itemsOf('\n   \nkein JSON\n{"id":"x","text":5}\n');
    expect(items.map((item) => [item.seq, isUnparsed(item)])).toEqual([
      [0, false],
      [1, true],
    ]);
    const [first, second] = items.map((item) => parseInputLine(item, options));
    expect(first?.error).toMatchObject({ code: 'malformed-json', line: 3 });
    expect(second?.error).toMatchObject({ code: 'not-a-string', line: 4 });
    expect(second?.id).toBe('x');
  });

  it('gives an unparsed line that is no valid JSON its error when parsed', () => {
    const item = { seq: 3, file: 'dump.jsonl', line: 9, bytes: 6, json: new TextEncoder().encode('{bad') };
    expect(parseInputLine(item, options)).toMatchObject({
      id: 'dump.jsonl:9',
      source: 'dump.jsonl:9',
      error: { code: 'malformed-json', line: 9 },
    });
  });
});

describe('readDocuments when an input breaks off', () => {
  const messages: string[] = [];
  const collect = async (files: string[], stdin: Readable = Readable.from([])) => {
    const items: InputItem[] = [];
    for await (const item of readDocuments(files, options, stdin, (message) => messages.push(message)))
      items.push(parseInputLine(item, options));
    return items as InputDocument[];
  };
  const work = mkdtempSync(join(tmpdir(), 'govtext-inputs-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const lines = (count: number) =>
    Array.from({ length: count }, (_, n) => JSON.stringify({ id: `d${n}`, text: `Text ${n} über das OZG.` })).join(
      '\n',
    ) + '\n';

  it('gives every complete line of a stream before a read error, then one error item naming where it broke', async () => {
    const stream = new Readable({ read() {} });
    stream.push(Buffer.from(`${lines(3)}{"id":"d3","text":"halb`));
    setImmediate(() => stream.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })));
    const items = await collect(['-', join(work, 'next.jsonl')], stream);
    expect(items.map((item) => item.id)).toEqual(['d0', 'd1', 'd2', 'stdin:4', 'next.jsonl']);
    expect(items[3]!.error).toEqual({
      code: 'unreadable',
      message: 'input/output error (EIO), in line 4, after 3 complete lines',
      line: 4,
    });
    expect(items.map((item) => item.seq)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads a cut .jsonl.gz to its last complete line and names the file, the byte and the line', async () => {
    const whole = gzipSync(lines(400));
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    const complete = gunzipSync(cut, { finishFlush: constants.Z_SYNC_FLUSH }).toString().split('\n').length - 1;
    writeFileSync(join(work, 'cut.jsonl.gz'), cut);
    const items = await collect([join(work, 'cut.jsonl.gz')]);
    expect(items.length).toBe(complete + 1);
    expect(items.slice(0, complete).map((item) => item.id)).toEqual(
      Array.from({ length: complete }, (_, n) => `d${n}`),
    );
    expect(items.at(-1)).toMatchObject({
      id: `cut.jsonl.gz:${complete + 1}`,
      error: {
        code: 'unreadable',
        message: `the gzip data ends early (unexpected end of file) at byte ${cut.length} of the compressed file, in line ${complete + 1}, after ${complete} complete lines`,
      },
    });
  });

  it('gives a file that vanished, or is no gzip, or is a folder, one error item each and goes on', async () => {
    writeFileSync(join(work, 'plain.jsonl.gz'), lines(2));
    mkdirSync(join(work, 'folder.jsonl'));
    writeFileSync(join(work, 'last.jsonl'), lines(1));
    messages.length = 0;
    const items = await collect([
      join(work, 'vanished.jsonl'),
      join(work, 'plain.jsonl.gz'),
      join(work, 'folder.jsonl'),
      join(work, 'last.jsonl'),
    ]);
    expect(items.map((item) => [item.id, item.error?.message])).toEqual([
      ['vanished.jsonl', 'cannot read it: no such file or folder (ENOENT)'],
      ['plain.jsonl.gz', expect.stringMatching(/^cannot read it: not valid gzip data \(incorrect header check\)/)],
      ['folder.jsonl', 'cannot read it: it is a folder (EISDIR)'],
      ['d0', undefined],
    ]);
    expect(messages).toEqual([
      `${join(work, 'vanished.jsonl')}: cannot read it: no such file or folder (ENOENT); going on with the next input`,
      expect.stringContaining(`${join(work, 'plain.jsonl.gz')}: cannot read it: not valid gzip data`),
      `${join(work, 'folder.jsonl')}: cannot read it: it is a folder (EISDIR); going on with the next input`,
    ]);
  });
});
