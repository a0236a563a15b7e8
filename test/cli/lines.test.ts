// readLines: numbered lines from a byte stream, however the chunks fall.

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type Line, readLines } from '../../src/cli/lines.js';

async function collect(chunks: (string | Buffer)[], maxLineBytes = 1000): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), maxLineBytes)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('numbers lines, strips \\r\\n, keeps empty lines and a last line without newline', async () => {
    expect((await collect(['eins\r\nzwei\n\ndrei'])).map((l) => [l.number, l.text])).toEqual([
      [1, 'eins'],
      [2, 'zwei'],
      [3, ''],
      [4, 'drei'],
    ]);
  });

  it('joins lines split across chunks, also inside a multi-byte character', async () => {
    const bytes = Buffer.from('Bürger\nStraße\n');
    const chunks = Array.from(bytes, (byte) => Buffer.from([byte]));
    expect((await collect(chunks)).map((l) => l.text)).toEqual(['Bürger', 'Straße']);
  });

  it('skips a line over the cap to its end, reporting its length, and goes on', async () => {
    const lines = await collect(['kurz\n', 'x'.repeat(600), 'x'.repeat(600), '\nnach\n'], 1000);
    expect(lines.map((l) => [l.number, l.text, l.bytes])).toEqual([
      [1, 'kurz', 4],
      [2, undefined, 1200],
      [3, 'nach', 4],
    ]);
  });

  it('replaces invalid UTF-8 with U+FFFD', async () => {
    const lines = await collect([Buffer.from([0x61, 0xff, 0x62, 0x0a])]);
    expect(lines[0]!.text).toBe('a\uFFFDb');
  });
});
