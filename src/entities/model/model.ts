// A trained sequence model in memory: feature keys → weight rows (open
// addressing over the 32-bit keys of features.ts), int8 weights with one scale,
// tag transitions, the name filter its gazetteer features read and the word
// lexicon its distributional features read.

import type { Domain } from './labels.js';
import type { NameFilter } from './name-filter.js';
import type { PlausibilityRules } from './plausible.js';
import type { WordLexicon } from './word-lexicon.js';

export interface FeatureIndex {
  /** Slot → feature key; a slot is empty when its row is -1. */
  readonly keys: Uint32Array;
  readonly rows: Int32Array;
  readonly mask: number;
}

/**
 * How the library uses the model inside extract() (calibrated on corpus/, eval/challenge/, eval/holdout/:
 * eval/calibrate-ner.ts).
 */
export interface LibrarySettings {
  domain: Domain;
  /** Candidates below this confidence are dropped. */
  threshold: number;
  /** Single-token candidates below this confidence are dropped; `threshold` when absent. */
  singleTokenThreshold?: number;
  /** The vetoes of plausible.ts beyond the word lists; none when absent. */
  rules?: PlausibilityRules;
}

export interface NerModel {
  readonly tagCount: number;
  readonly features: FeatureIndex;
  /** Row-major, `tagCount` per feature row; multiply by `scale`. */
  readonly weights: Int8Array;
  readonly scale: number;
  /** `transitions[from * tagCount + to]`. */
  readonly transitions: Float32Array;
  /** Score of each tag as a sentence's first. */
  readonly initial: Float32Array;
  /** Divides scores before the softmax that gives a mention's confidence. */
  readonly temperature: number;
  readonly names: NameFilter;
  /** Whether features also fire as per-domain copies (features.ts domainKey). */
  readonly domainCopies: boolean;
  /** The domains the model was trained for; it decodes in no other. */
  readonly domains: readonly Domain[];
  /** Distributional facts of word forms (features.ts WordForms.classes, .frequency). */
  readonly lexicon: WordLexicon;
  readonly library: LibrarySettings;
}

/** Row of a feature key, -1 when the model has no weights for it. */
export function featureRow(index: FeatureIndex, key: number): number {
  const { keys, rows, mask } = index;
  let slot = key & mask;
  for (;;) {
    const row = rows[slot]!;
    if (row < 0 || keys[slot] === key) return row;
    slot = (slot + 1) & mask;
  }
}

/** Indexes keys so that `keys[i]` has row `i`; keys are distinct. */
export function buildFeatureIndex(keys: Uint32Array): FeatureIndex {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const index: FeatureIndex = { keys: new Uint32Array(size), rows: new Int32Array(size).fill(-1), mask: size - 1 };
  for (let row = 0; row < keys.length; row++) {
    const key = keys[row]!;
    let slot = key & index.mask;
    while (index.rows[slot]! >= 0) slot = (slot + 1) & index.mask;
    index.keys[slot] = key;
    index.rows[slot] = row;
  }
  return index;
}
