// Trains the sequence model as an averaged perceptron (Collins 2002) over the
// features of dataset.ts: structured updates after Viterbi decoding, or
// per-token updates after greedy decoding. Deterministic: the sentence order of
// each epoch comes from a seeded generator, and features are indexed in the
// order they are first seen.

import { WINDOW, domainKey } from '../../src/entities/model/features.js';
import {
  DOMAIN_NAMES,
  type Domain,
  TAG_COUNT,
  classOfTag,
  domainTags,
  isInsideTag,
} from '../../src/entities/model/labels.js';
import { AFTER_WORD, BEFORE_WORD, BLOCKS, type Dataset, INITIAL_BLOCK } from './dataset.js';

export interface TrainOptions {
  /** Indices of the sentences to train on. */
  sentences: Int32Array;
  epochs: number;
  seed: number;
  decoding: 'viterbi' | 'greedy';
  /** Features seen fewer times in the training sentences get no weights. */
  minCount: number;
  /** Adds a per-domain copy of every feature (features.ts domainKey). */
  domainCopies: boolean;
  /**
   * How often each sentence of a domain is visited per epoch (news: GermEval, legal: LER, …); fractions visit a
   * seeded share.
   */
  repeat?: Partial<Record<Domain, number>>;
  /** Called after each epoch with the epoch number and the share of sentences decoded wrong. */
  progress?: (epoch: number, errorRate: number, seconds: number) => void;
}

/** Averaged weights, one row per feature key. */
export interface TrainedWeights {
  keys: Uint32Array;
  weights: Float64Array;
  transitions: Float64Array;
  initial: Float64Array;
}

/** mulberry32: a small seeded generator, enough for shuffling. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Indexed {
  keys: Uint32Array;
  /** Row per entry of dataset.wordKeys, -1 when pruned. */
  wordRows: Int32Array;
  /** The same for the domain copies, per domain id; empty without copies. */
  domainWordRows: Int32Array[];
}

/** Counts features over the training sentences and gives a row to each seen at least minCount times. */
function indexFeatures(ds: Dataset, sentences: Int32Array, minCount: number, domainCopies: boolean): Indexed {
  const domainCount = DOMAIN_NAMES.length;
  // Occurrences of each word (and as sentence-initial word) per domain.
  const wordFrequency = new Float64Array(ds.wordCount * domainCount);
  const initialFrequency = new Float64Array(ds.wordCount * domainCount);
  const counts = new Map<number, number>();
  const count = (key: number, by: number) => counts.set(key, (counts.get(key) ?? 0) + by);
  for (const s of sentences) {
    const d = ds.domains[s]!;
    const start = ds.sentenceStarts[s]!;
    const end = ds.sentenceStarts[s + 1]!;
    if (end > start) initialFrequency[ds.words[start]! * domainCount + d]!++;
    wordFrequency[BEFORE_WORD * domainCount + d]! += 1;
    wordFrequency[AFTER_WORD * domainCount + d]! += 1;
    for (let i = start; i < end; i++) wordFrequency[ds.words[i]! * domainCount + d]!++;
  }
  for (let w = 0; w < ds.wordCount; w++) {
    for (let block = 0; block < BLOCKS; block++) {
      const from = ds.wordKeyStarts[w * BLOCKS + block]!;
      const to = ds.wordKeyStarts[w * BLOCKS + block + 1]!;
      for (let d = 0; d < domainCount; d++) {
        const by = (block === INITIAL_BLOCK ? initialFrequency : wordFrequency)[w * domainCount + d]!;
        if (by === 0) continue;
        for (let k = from; k < to; k++) {
          count(ds.wordKeys[k]!, by);
          if (domainCopies) count(domainKey(ds.wordKeys[k]!, d), by);
        }
      }
    }
  }
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  const rowFor = (key: number): number => {
    let row = rowOf.get(key);
    if (row === undefined) {
      if ((counts.get(key) ?? 0) < minCount) return -1;
      row = keys.length;
      keys.push(key);
      rowOf.set(key, row);
    }
    return row;
  };
  const wordRows = new Int32Array(ds.wordKeys.length);
  for (let k = 0; k < ds.wordKeys.length; k++) wordRows[k] = rowFor(ds.wordKeys[k]!);
  const domainWordRows: Int32Array[] = [];
  if (domainCopies) {
    for (let d = 0; d < domainCount; d++) {
      const rows = new Int32Array(ds.wordKeys.length);
      for (let k = 0; k < ds.wordKeys.length; k++) rows[k] = rowFor(domainKey(ds.wordKeys[k]!, d));
      domainWordRows.push(rows);
    }
  }
  return { keys: Uint32Array.from(keys), wordRows, domainWordRows };
}

export function trainPerceptron(ds: Dataset, options: TrainOptions): TrainedWeights {
  const indexed = indexFeatures(ds, options.sentences, options.minCount, options.domainCopies);
  const rowCount = indexed.keys.length;
  const T = TAG_COUNT;
  const weights = new Float64Array(rowCount * T);
  const totals = new Float64Array(rowCount * T);
  const transitions = new Float64Array(T * T);
  const transitionTotals = new Float64Array(T * T);
  const initial = new Float64Array(T);
  const initialTotals = new Float64Array(T);
  let clock = 1;

  const domainTagLists = DOMAIN_NAMES.map((domain) => domainTags(domain));
  const featureRows = new Int32Array(2 * BLOCKS * 64);
  let emissions = new Float64Array(256 * T);
  let back = new Uint8Array(256 * T);
  let predicted = new Uint8Array(256);

  /** Rows of the features token i (of sentence s) fires, into featureRows; returns how many. */
  const rowsOf = (s: number, i: number): number => {
    const start = ds.sentenceStarts[s]!;
    const end = ds.sentenceStarts[s + 1]!;
    const domainRows = indexed.domainWordRows[ds.domains[s]!];
    let n = 0;
    const addBlock = (base: number) => {
      for (let f = ds.wordKeyStarts[base]!; f < ds.wordKeyStarts[base + 1]!; f++) {
        const row = indexed.wordRows[f]!;
        if (row >= 0) featureRows[n++] = row;
        if (domainRows !== undefined) {
          const copy = domainRows[f]!;
          if (copy >= 0) featureRows[n++] = copy;
        }
      }
    };
    for (let offset = -WINDOW; offset <= WINDOW; offset++) {
      const k = i + offset;
      const word = k < start ? BEFORE_WORD : k >= end ? AFTER_WORD : ds.words[k]!;
      addBlock(word * BLOCKS + offset + WINDOW);
    }
    if (i === start) addBlock(ds.words[i]! * BLOCKS + INITIAL_BLOCK);
    return n;
  };

  const updateFeatures = (s: number, i: number, tag: number, by: number): void => {
    const n = rowsOf(s, i);
    const stamp = clock * by;
    for (let f = 0; f < n; f++) {
      const at = featureRows[f]! * T + tag;
      weights[at]! += by;
      totals[at]! += stamp;
    }
  };
  const updateTransition = (from: number, to: number, by: number): void => {
    if (from < 0) {
      initial[to]! += by;
      initialTotals[to]! += clock * by;
    } else {
      transitions[from * T + to]! += by;
      transitionTotals[from * T + to]! += clock * by;
    }
  };
  const allowed = (from: number, to: number): boolean =>
    !isInsideTag(to) || (from >= 0 && classOfTag(from) === classOfTag(to));

  const random = seededRandom(options.seed);
  const order: number[] = [];

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    order.length = 0;
    for (const s of options.sentences) {
      const times = options.repeat?.[DOMAIN_NAMES[ds.domains[s]!]!] ?? 1;
      const whole = Math.floor(times);
      for (let r = 0; r < whole; r++) order.push(s);
      if (times > whole && random() < times - whole) order.push(s);
    }
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    for (const s of order) {
      const start = ds.sentenceStarts[s]!;
      const n = ds.sentenceStarts[s + 1]! - start;
      if (n === 0) continue;
      const tags = domainTagLists[ds.domains[s]!]!;
      const width = tags.length;
      if (predicted.length < n) {
        predicted = new Uint8Array(n * 2);
        emissions = new Float64Array(n * 2 * T);
        back = new Uint8Array(n * 2 * T);
      }
      for (let i = 0; i < n; i++) {
        const count = rowsOf(s, start + i);
        const at = i * width;
        for (let a = 0; a < width; a++) emissions[at + a] = 0;
        for (let f = 0; f < count; f++) {
          const base = featureRows[f]! * T;
          for (let a = 0; a < width; a++) emissions[at + a]! += weights[base + tags[a]!]!;
        }
      }
      let sentenceWrong = false;
      if (options.decoding === 'viterbi') {
        decodeViterbi(n, tags, emissions, transitions, initial, back, predicted, allowed);
        for (let i = 0; i < n; i++) {
          const goldTag = ds.gold[start + i]!;
          const predictedTag = tags[predicted[i]!]!;
          if (goldTag !== predictedTag) {
            sentenceWrong = true;
            updateFeatures(s, start + i, goldTag, 1);
            updateFeatures(s, start + i, predictedTag, -1);
          }
          const goldFrom = i === 0 ? -1 : ds.gold[start + i - 1]!;
          const predictedFrom = i === 0 ? -1 : tags[predicted[i - 1]!]!;
          if (goldFrom !== predictedFrom || goldTag !== predictedTag) {
            updateTransition(goldFrom, goldTag, 1);
            updateTransition(predictedFrom, predictedTag, -1);
          }
        }
      } else {
        let from = -1;
        for (let i = 0; i < n; i++) {
          let best = -Infinity;
          let bestTag = 0;
          for (let a = 0; a < width; a++) {
            const tag = tags[a]!;
            if (!allowed(from, tag)) continue;
            const score = emissions[i * width + a]! + (from < 0 ? initial[tag]! : transitions[from * T + tag]!);
            if (score > best) {
              best = score;
              bestTag = tag;
            }
          }
          const goldTag = ds.gold[start + i]!;
          // An I- tag after a wrong history cannot be reached; the mistake before it was already learned from.
          if (bestTag !== goldTag && allowed(from, goldTag)) {
            sentenceWrong = true;
            updateFeatures(s, start + i, goldTag, 1);
            updateFeatures(s, start + i, bestTag, -1);
            updateTransition(from, goldTag, 1);
            updateTransition(from, bestTag, -1);
          }
          // Learn from the model's own history, as it will decode.
          from = bestTag;
        }
      }
      if (sentenceWrong) wrong++;
      clock++;
    }
    options.progress?.(epoch, wrong / order.length, (performance.now() - started) / 1000);
  }

  const average = (current: Float64Array, sums: Float64Array): Float64Array => {
    const out = new Float64Array(current.length);
    for (let k = 0; k < current.length; k++) out[k] = current[k]! - sums[k]! / clock;
    return out;
  };
  return {
    keys: indexed.keys,
    weights: average(weights, totals),
    transitions: average(transitions, transitionTotals),
    initial: average(initial, initialTotals),
  };
}

function decodeViterbi(
  n: number,
  tags: readonly number[],
  emissions: Float64Array,
  transitions: Float64Array,
  initial: Float64Array,
  back: Uint8Array,
  out: Uint8Array,
  allowed: (from: number, to: number) => boolean,
): void {
  const width = tags.length;
  const T = TAG_COUNT;
  let current = new Float64Array(width);
  let next = new Float64Array(width);
  for (let a = 0; a < width; a++) current[a] = allowed(-1, tags[a]!) ? initial[tags[a]!]! + emissions[a]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let to = 0; to < width; to++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let from = 0; from < width; from++) {
        if (!allowed(tags[from]!, tags[to]!)) continue;
        const score = current[from]! + transitions[tags[from]! * T + tags[to]!]!;
        if (score > best) {
          best = score;
          bestFrom = from;
        }
      }
      next[to] = best + emissions[i * width + to]!;
      back[i * width + to] = bestFrom;
    }
    [current, next] = [next, current];
  }
  let bestLast = 0;
  for (let a = 1; a < width; a++) if (current[a]! > current[bestLast]!) bestLast = a;
  out[n - 1] = bestLast;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * width + out[i]!]!;
}
