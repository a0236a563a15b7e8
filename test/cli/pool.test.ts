// The worker pool when workers die: every other document of the batch is
// still written, in order, and only the document that killed a worker gets an
// error line (worker-failed). A stand-in worker dies on cue.

import { describe, expect, it } from 'vitest';
import type { BatchItem } from '../../src/cli/extract-batch.js';
import { createRunner } from '../../src/cli/pool.js';

const options = { textField: 'text', idField: 'id', maxChars: 1000 };
const WORKER = new URL('./fixtures/dying-worker.mjs', import.meta.url);

let seq = 0;
function item(id: string, text = 'ok'): BatchItem {
  const json = new TextEncoder().encode(JSON.stringify({ id, text }));
  return { seq: seq++, file: 'dump.jsonl', line: seq, bytes: json.length + 1, json };
}

describe('createRunner with workers that die', () => {
  it('writes the rest of a batch in order and gives the killing document alone a worker-failed line', async () => {
    const runner = await createRunner(2, WORKER, options);
    try {
      const outputs = await Promise.all([
        runner.run([item('a'), item('b'), item('c', 'die'), item('d')]),
        runner.run([item('e')]),
        runner.run([item('f', 'throw'), item('g')]),
        runner.run([item('h')]),
      ]);
      const lines = outputs.map((output) =>
        new TextDecoder()
          .decode(output.bytes)
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line)),
      );
      expect(lines.map((batch) => batch.map((line) => line.id))).toEqual([
        ['a', 'b', 'c', 'd'],
        ['e'],
        ['f', 'g'],
        ['h'],
      ]);
      expect(lines[0]![2]).toEqual({
        id: 'c',
        source: 'dump.jsonl:3',
        error: { code: 'worker-failed', message: 'worker stopped with exit code 3', line: 3 },
      });
      expect(lines[2]![0].error).toMatchObject({ code: 'worker-failed', message: 'boom' });
      expect(outputs.map((output) => [output.documents, output.failed])).toEqual([
        [4, 1],
        [1, 0],
        [2, 1],
        [1, 0],
      ]);
    } finally {
      await runner.close();
    }
  });
});
