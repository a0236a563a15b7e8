// What the model knows of a word form from unlabelled text (learnt at training
// time by scripts/ner/word-vectors.ts, shipped in the model file): its
// distributional class at each level, coarse to fine, and how frequent it is.
// Words are found by a 32-bit hash of their form in a sorted table, so loading
// builds no string and no map; a form that only collides with a listed hash
// (about one in 20,000 unlisted forms) borrows that word's facts.

import { hashString } from './features.js';

const WORD_SEED = 0x5eed;

export interface WordLexicon {
  /** Number of classes at each level, coarse to fine. */
  readonly levels: readonly number[];
  /** Ascending hashes of the listed word forms. */
  readonly hashes: Uint32Array;
  /** `classes[w * levels.length + level]`. */
  readonly classes: Uint16Array;
  /** Frequency bucket of each word (1 + log2 of its count, capped); 0 is kept for unseen forms. */
  readonly frequency: Uint8Array;
}

export const EMPTY_LEXICON: WordLexicon = {
  levels: [],
  hashes: new Uint32Array(0),
  classes: new Uint16Array(0),
  frequency: new Uint8Array(0),
};

export const wordHash = (form: string): number => hashString(WORD_SEED, form);

/** Index of a word form in the lexicon, -1 when it is not listed. */
export function lexiconIndex(lexicon: WordLexicon, form: string): number {
  const { hashes } = lexicon;
  const hash = wordHash(form);
  let low = 0;
  let high = hashes.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = hashes[mid]!;
    if (value === hash) return mid;
    if (value < hash) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

export interface WordFacts {
  classes: number[];
  frequency: number;
}

/** The facts of a token: its form as written, else in lower case (a capitalised sentence start). */
export function wordFacts(lexicon: WordLexicon, surface: string, norm: string): WordFacts {
  let index = lexiconIndex(lexicon, surface);
  if (index < 0 && norm !== surface) index = lexiconIndex(lexicon, norm);
  const levels = lexicon.levels.length;
  if (index < 0) return { classes: new Array<number>(levels).fill(-1), frequency: 0 };
  const classes = new Array<number>(levels);
  for (let level = 0; level < levels; level++) classes[level] = lexicon.classes[index * levels + level]!;
  return { classes, frequency: lexicon.frequency[index]! };
}
