// The NER training cache of the tokenised unlabelled text (scripts/ner/unlabeled.ts,
// .cache/ner/): read back while its key holds, rebuilt when the tokenizer or an
// input file changes, so a changed tokenizer never trains on stale tokens.
// Runs on small corpora of its own; needs nothing from ../shared.

import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  STREAM_FORMAT,
  tokenizerFingerprint,
  tokenizerSources,
  unlabeledCacheKey,
  unlabeledStream,
} from '../scripts/ner/unlabeled.js';
import { ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'govtext-ner-cache-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const corpus = (name: string, texts: string[]): string => {
  const path = join(work, name);
  writeFileSync(path, gzipSync(texts.map((text) => `${JSON.stringify({ text })}\n`).join('')));
  return path;
};

describe('the cached word stream of the unlabelled corpora', () => {
  const dir = join(work, 'cache');
  const files = [
    corpus('speeches.jsonl.gz', ['Die Ministerin sprach im Bundestag. Dr. Kuhn antwortete.']),
    corpus('laws.jsonl.gz', ['§ 1 Zweck des Gesetzes, z. B. die Verwaltung.']),
  ];
  const wordsFile = join(dir, 'unlabeled.words.txt');
  /** Marks the cached words, so that a stream read from the cache shows it. */
  const tamper = (): void => writeFileSync(wordsFile, readFileSync(wordsFile, 'utf8').replace('Bundestag', 'STALE'));
  const read = (tokenizer: string, messages: string[] = []) =>
    unlabeledStream((message) => messages.push(message), { dir, files, tokenizer });

  it('builds the stream with the library tokenizer and writes it with its key', async () => {
    const stream = await read('tokenizer A');
    expect(stream.words).toEqual(expect.arrayContaining(['Bundestag', 'Dr.', 'z. B.', '§']));
    expect([...stream.ids].filter((id) => id === -1)).toHaveLength(3); // three sentences
    const stored = JSON.parse(readFileSync(join(dir, 'unlabeled.key.json'), 'utf8'));
    expect(stored.key).toBe(unlabeledCacheKey({ files, tokenizer: 'tokenizer A' }).key);
    expect(stored.files.map((f: { bytes: number }) => f.bytes)).toEqual(files.map((f) => readFileSync(f).length));
  });

  it('reads the cache back while the tokenizer and the files are the same', async () => {
    tamper();
    expect((await read('tokenizer A')).words).toContain('STALE');
  });

  it('rebuilds it when the tokenizer changed, and says so', async () => {
    const messages: string[] = [];
    const stream = await read('tokenizer B', messages);
    expect(stream.words).toContain('Bundestag');
    expect(stream.words).not.toContain('STALE');
    expect(messages.some((m) => m.includes('made by another tokenizer or from other files; rebuilding it'))).toBe(true);
  });

  it('rebuilds it when an input file changed its size or only its modification time', async () => {
    tamper();
    writeFileSync(files[1]!, gzipSync(`${JSON.stringify({ text: 'Ein neues Gesetz.' })}\n`));
    expect((await read('tokenizer B')).words).toContain('neues');
    tamper();
    expect((await read('tokenizer B')).words).toContain('STALE');
    utimesSync(files[0]!, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect((await read('tokenizer B')).words).not.toContain('STALE');
  });

  it('rebuilds a cache without a key (written before the key, or cut short while writing)', async () => {
    tamper();
    rmSync(join(dir, 'unlabeled.key.json'));
    expect((await read('tokenizer B')).words).not.toContain('STALE');
  });
});

describe('the tokenizer fingerprint', () => {
  it('covers the tokenizer, the sentence splitter and every source they import', () => {
    const sources = tokenizerSources().map((file) => file.slice(ROOT.length + 1));
    expect(sources).toEqual(
      expect.arrayContaining([
        'src/text/tokenize.ts',
        'src/text/sentences.ts',
        'src/text/token-table.ts',
        'src/text/char-class.ts',
        'src/text/text-words.ts',
      ]),
    );
    expect(tokenizerFingerprint()).toBe(tokenizerFingerprint());
    expect(STREAM_FORMAT).toBeGreaterThan(0);
  });

  it('follows imports written over several lines', () => {
    const folder = mkdtempSync(join(work, 'sources-'));
    writeFileSync(join(folder, 'a.ts'), "import {\n  b,\n  c,\n} from './b.js';\nimport { d } from './d.js';\n");
    writeFileSync(join(folder, 'b.ts'), "export { c } from './c.js';\n");
    writeFileSync(join(folder, 'c.ts'), 'export const c = 1;\n');
    writeFileSync(join(folder, 'd.ts'), "import { a } from './a.js';\nexport const d = a;\n");
    expect(tokenizerSources([join(folder, 'a.ts')]).map((file) => file.slice(folder.length + 1))).toEqual([
      'a.ts',
      'b.ts',
      'c.ts',
      'd.ts',
    ]);
  });
});
