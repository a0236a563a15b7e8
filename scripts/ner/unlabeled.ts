// The unlabelled German text the word representations are learnt from
// (word-vectors.ts): the Bundestag's plenary speeches 2017-2025 and the federal
// laws in ../shared/data/unlabeled, tokenised and split into sentences by the
// library itself, so a word is counted in the form the model will see. The
// corpus becomes one stream of word ids (-1 between sentences), cached under
// .cache/ner/ because tokenising 330 MB takes a few minutes.

import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { splitTokenTable } from '../../src/text/sentences.js';
import { scanTokens } from '../../src/text/tokenize.js';
import { DATA_DIR } from './corpora.js';
import { germanWords } from './dataset.js';

export const UNLABELED_FILES = [
  join(DATA_DIR, 'unlabeled', 'bundestag-plenarprotokolle-wp19-20', 'speeches.jsonl.gz'),
  join(DATA_DIR, 'unlabeled', 'bundesgesetze-kmein', 'laws.jsonl.gz'),
];

export const CACHE_DIR = resolve(import.meta.dirname, '..', '..', '.cache', 'ner');

export function unlabeledAvailable(): boolean {
  return UNLABELED_FILES.every((file) => existsSync(file));
}

/** A corpus as word ids: `ids` holds every token's id and -1 after each sentence; `words[id]` is the surface form. */
export interface WordStream {
  words: string[];
  ids: Int32Array;
}

class StreamBuilder {
  readonly words: string[] = [];
  private readonly idOf = new Map<string, number>();
  private ids = new Int32Array(1 << 20);
  private length = 0;

  private push(id: number): void {
    if (this.length === this.ids.length) {
      const bigger = new Int32Array(this.ids.length * 2);
      bigger.set(this.ids);
      this.ids = bigger;
    }
    this.ids[this.length++] = id;
  }

  private idFor(word: string): number {
    let id = this.idOf.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.idOf.set(word, id);
    }
    return id;
  }

  /** Adds a paragraph of running text, sentence by sentence. */
  addText(text: string): void {
    const tokens = scanTokens(text, germanWords);
    const sentences = splitTokenTable(tokens, germanWords);
    for (let s = 0; s < sentences.count; s++) {
      for (let i = sentences.firstToken[s]!; i <= sentences.lastToken[s]!; i++) {
        this.push(this.idFor(text.slice(tokens.starts[i], tokens.ends[i])));
      }
      this.push(-1);
    }
  }

  /** Adds one sentence given as its words (a labelled corpus's text). */
  addSentence(words: readonly string[]): void {
    for (const word of words) this.push(this.idFor(word));
    this.push(-1);
  }

  finish(): WordStream {
    return { words: this.words, ids: this.ids.slice(0, this.length) };
  }
}

async function addJsonl(builder: StreamBuilder, file: string, progress?: (records: number) => void): Promise<void> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let records = 0;
  for await (const line of lines) {
    if (!line) continue;
    const { text } = JSON.parse(line) as { text?: string };
    if (typeof text !== 'string') continue;
    for (const paragraph of text.split('\n')) if (paragraph.trim()) builder.addText(paragraph);
    if (++records % 5000 === 0) progress?.(records);
  }
}

function cacheFiles(name: string) {
  return { ids: join(CACHE_DIR, `${name}.ids.bin`), words: join(CACHE_DIR, `${name}.words.txt`) };
}

/**
 * The unlabelled corpora as one word stream, read from the cache when it is
 * there (delete .cache/ner to rebuild it).
 */
export async function unlabeledStream(progress?: (message: string) => void): Promise<WordStream> {
  const files = cacheFiles('unlabeled');
  if (existsSync(files.ids) && existsSync(files.words)) {
    const bytes = readFileSync(files.ids);
    const ids = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
    const words = readFileSync(files.words, 'utf8').split('\n');
    words.pop();
    return { words, ids };
  }
  const builder = new StreamBuilder();
  for (const file of UNLABELED_FILES) {
    await addJsonl(builder, file, (records) => progress?.(`${file.split('/').at(-1)}: ${records} records`));
  }
  const stream = builder.finish();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(files.ids, new Uint8Array(stream.ids.buffer, stream.ids.byteOffset, stream.ids.byteLength));
  writeFileSync(files.words, stream.words.map((w) => `${w.replace(/\n/g, ' ')}\n`).join(''));
  return stream;
}

/** Sentences given as their words, appended to a word stream's vocabulary and ids. */
export function appendSentences(stream: WordStream, sentences: Iterable<readonly string[]>): WordStream {
  const idOf = new Map(stream.words.map((word, id) => [word, id]));
  const words = [...stream.words];
  const extra: number[] = [];
  for (const sentence of sentences) {
    for (const word of sentence) {
      let id = idOf.get(word);
      if (id === undefined) {
        id = words.length;
        words.push(word);
        idOf.set(word, id);
      }
      extra.push(id);
    }
    extra.push(-1);
  }
  const ids = new Int32Array(stream.ids.length + extra.length);
  ids.set(stream.ids);
  ids.set(extra, stream.ids.length);
  return { words, ids };
}

export { StreamBuilder };
