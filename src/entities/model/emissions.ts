// Emission scores of a sentence's tokens for the tags of one domain. A word
// form's weights at each offset of the window are summed once and memoised,
// so labelling a token adds seven short vectors: no strings are built and no
// feature is looked up per token.

import { type TokenView } from '../../text/token-view.js';
import {
  AFTER_SENTENCE,
  BEFORE_SENTENCE,
  OFFSETS,
  WINDOW,
  type WordForms,
  initialFeatureKeys,
  domainKey,
  wordFeatureKeys,
} from './features.js';
import type { GazetteerBitsOf } from './gazetteer-features.js';
import { DOMAIN_IDS, type Domain, domainTags } from './labels.js';
import { type NerModel, featureRow } from './model.js';
import { wordFacts } from './word-lexicon.js';

/** Bounds the memo on endless streams of distinct words; cleared, never evicted piecemeal. */
const WORD_CACHE_LIMIT = 50_000;
const KIND_COUNT = 12;

export interface EmissionScorer {
  readonly domain: Domain;
  /** Full-space tags of the domain, in score order. */
  readonly tags: readonly number[];
  /** Fills `out[(i - first) * tags.length + a]` for tokens first..last. */
  score(view: TokenView, first: number, last: number, out: Float32Array): void;
}

export function emissionScorer(model: NerModel, domain: Domain, gazetteersOf: GazetteerBitsOf): EmissionScorer {
  const tags = domainTags(domain);
  const width = tags.length;
  const blockCount = OFFSETS + 1;
  /**
   * Per token kind: word form → its summed weights, `OFFSETS` blocks (offset -WINDOW..+WINDOW), then its
   * sentence-initial block.
   */
  const caches: Map<string, Float32Array>[] = Array.from({ length: KIND_COUNT }, () => new Map());
  const keys: number[] = [];

  const addRow = (row: number, into: Float32Array, at: number): void => {
    const base = row * model.tagCount;
    for (let a = 0; a < width; a++) into[at + a]! += model.weights[base + tags[a]!]! * model.scale;
  };

  const domainId = DOMAIN_IDS[domain];
  const addKey = (key: number, out: Float32Array, at: number): void => {
    const row = featureRow(model.features, key);
    if (row >= 0) addRow(row, out, at);
    if (model.domainCopies) {
      const copy = featureRow(model.features, domainKey(key, domainId));
      if (copy >= 0) addRow(copy, out, at);
    }
  };

  const scoresOf = (forms: WordForms): Float32Array => {
    const scores = new Float32Array(blockCount * width);
    for (let block = 0; block < blockCount; block++) {
      keys.length = 0;
      if (block < OFFSETS) wordFeatureKeys(forms, block - WINDOW, keys);
      else initialFeatureKeys(forms, keys);
      for (const key of keys) addKey(key, scores, block * width);
    }
    return scores;
  };

  const before = scoresOf(BEFORE_SENTENCE);
  const after = scoresOf(AFTER_SENTENCE);
  let words: Float32Array[] = [];

  const wordAt = (view: TokenView, i: number): Float32Array => {
    const cache = caches[view.kind[i]!]!;
    const surface = view.surface[i]!;
    let word = cache.get(surface);
    if (word === undefined) {
      const norm = view.norm[i]!;
      const facts = wordFacts(model.lexicon, surface, norm);
      word = scoresOf({
        surface,
        norm,
        stem: view.stem[i]!,
        gazetteers: gazetteersOf(surface),
        classes: facts.classes,
        frequency: facts.frequency,
      });
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      cache.set(surface, word);
    }
    return word;
  };

  return {
    domain,
    tags,
    score(view, first, last, out) {
      const n = last - first + 1;
      if (words.length < n + 2 * WINDOW) words = new Array<Float32Array>(n + 2 * WINDOW);
      for (let k = 0; k < WINDOW; k++) {
        words[k] = before;
        words[n + WINDOW + k] = after;
      }
      for (let i = 0; i < n; i++) words[i + WINDOW] = wordAt(view, first + i);
      for (let i = 0; i < n; i++) {
        const at = i * width;
        out.fill(0, at, at + width);
        for (let offset = -WINDOW; offset <= WINDOW; offset++) {
          const source = words[i + WINDOW + offset]!;
          const from = (offset + WINDOW) * width;
          for (let a = 0; a < width; a++) out[at + a]! += source[from + a]!;
        }
        if (i === 0) {
          const current = words[WINDOW]!;
          const from = OFFSETS * width;
          for (let a = 0; a < width; a++) out[at + a]! += current[from + a]!;
        }
      }
    },
  };
}
