// The unlabelled German text the word representations are learnt from
// (word-vectors.ts): the Bundestag's plenary speeches 2017-2025 and the federal
// laws in ../shared/data/unlabeled, tokenised and split into sentences by the
// library itself, so a word is counted in the form the model will see. The
// corpus becomes one stream of word ids (-1 between sentences), cached under
// .cache/ner/ because tokenising 330 MB takes a few minutes. The cache is keyed
// by what the stream depends on (the tokenizer's and splitter's sources, the
// word lists they read, the input files' sizes and times), so a changed
// tokenizer rebuilds it instead of training on stale tokens.

import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

function cacheFiles(dir: string, name: string) {
  return {
    ids: join(dir, `${name}.ids.bin`),
    words: join(dir, `${name}.words.txt`),
    key: join(dir, `${name}.key.json`),
  };
}

/**
 * Bump when the way text becomes the stream changes here (StreamBuilder,
 * addJsonl, the cache files' layout): the library's sources are hashed.
 */
export const STREAM_FORMAT = 1;

const SRC_TEXT = resolve(import.meta.dirname, '..', '..', 'src', 'text');
/** The stream's tokens come from these two and what they import. */
const TOKENIZER_ENTRIES = [join(SRC_TEXT, 'tokenize.ts'), join(SRC_TEXT, 'sentences.ts')];

/** The source files of the tokenizer and sentence splitter: the entries and their relative imports, sorted. */
export function tokenizerSources(entries: readonly string[] = TOKENIZER_ENTRIES): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // Relative imports, also the last line of one written over several (`} from './token-table.js';`).
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const at = line.indexOf("from '.");
      if (at < 0) continue;
      const start = at + "from '".length;
      const target = line.slice(start, line.indexOf("'", start));
      pending.push(join(dirname(file), target.replace(/\.js$/, '.ts')));
    }
  }
  return [...seen].sort();
}

/** The word lists the tokenizer and splitter read (germanLanguage().text), as stable JSON. */
function textWordsData(): string {
  return JSON.stringify(germanWords, (_key, value: unknown) =>
    value instanceof Set ? [...(value as Set<string>)].sort() : typeof value === 'function' ? undefined : value,
  );
}

export interface StreamCacheOptions {
  /** The folder of the cache files (default .cache/ner). */
  dir?: string;
  /** The gzipped JSONL corpora (default UNLABELED_FILES). */
  files?: readonly string[];
  /** What the tokenizer is (default: its sources and word lists, hashed with STREAM_FORMAT). */
  tokenizer?: string;
}

/** The tokenizer's fingerprint: STREAM_FORMAT, its sources and the word lists it reads. */
export function tokenizerFingerprint(): string {
  const hash = createHash('sha256').update(`stream format ${STREAM_FORMAT}\n`);
  const root = resolve(SRC_TEXT, '..', '..');
  for (const file of tokenizerSources()) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  return hash.update(textWordsData()).digest('hex');
}

/**
 * The key of the cached stream: the tokenizer's fingerprint and each input
 * file's name, size and modification time. A cache of another key is rebuilt.
 */
export function unlabeledCacheKey(options: StreamCacheOptions = {}): { key: string; parts: Record<string, unknown> } {
  const files = (options.files ?? UNLABELED_FILES).map((file) => {
    const stats = statSync(file);
    return { file: file.split('/').slice(-2).join('/'), bytes: stats.size, modified: stats.mtimeMs };
  });
  const parts = { tokenizer: options.tokenizer ?? tokenizerFingerprint(), files };
  return { key: createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16), parts };
}

/**
 * The unlabelled corpora as one word stream, read from the cache when its key
 * (unlabeledCacheKey) is the one the cache was written with, else built and
 * cached anew.
 */
export async function unlabeledStream(
  progress?: (message: string) => void,
  options: StreamCacheOptions = {},
): Promise<WordStream> {
  const dir = options.dir ?? CACHE_DIR;
  const cached = cacheFiles(dir, 'unlabeled');
  const { key, parts } = unlabeledCacheKey(options);
  if (existsSync(cached.ids) && existsSync(cached.words) && storedKey(cached.key) === key) {
    const bytes = readFileSync(cached.ids);
    const ids = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
    const words = readFileSync(cached.words, 'utf8').split('\n');
    words.pop();
    return { words, ids };
  }
  if (existsSync(cached.ids)) progress?.(`${cached.ids}: made by another tokenizer or from other files; rebuilding it`);
  const builder = new StreamBuilder();
  for (const file of options.files ?? UNLABELED_FILES) {
    await addJsonl(builder, file, (records) => progress?.(`${file.split('/').at(-1)}: ${records} records`));
  }
  const stream = builder.finish();
  mkdirSync(dir, { recursive: true });
  // The key goes last: a run stopped while writing leaves no key, so the next one rebuilds.
  rmSync(cached.key, { force: true });
  writeFileSync(cached.ids, new Uint8Array(stream.ids.buffer, stream.ids.byteOffset, stream.ids.byteLength));
  writeFileSync(cached.words, stream.words.map((w) => `${w.replace(/\n/g, ' ')}\n`).join(''));
  writeFileSync(cached.key, `${JSON.stringify({ key, ...parts }, null, 2)}\n`);
  return stream;
}

function storedKey(file: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { key?: string }).key;
  } catch {
    return undefined;
  }
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
