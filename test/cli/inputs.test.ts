// readDocuments and parseInputLine: JSONL lines that look like objects travel
// undecoded (to be parsed where they are extracted) and parse to the same
// document as a line parsed at once; other lines are parsed on the spot.

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type InputItem, isUnparsed, parseInputLine, parseJsonLine, readDocuments } from '../../src/cli/inputs.js';

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
