// Distributional word classes from unlabelled text, computed at training time:
// each word form (lower case, TokenView.norm) seen at least MIN_COUNT times is
// described by its left and right neighbours among the most frequent words
// (log counts, unit length), and spherical k-means (deterministic: seeded
// k-means++ start, fixed iterations) puts words with similar neighbours in one
// class — a cheap stand-in for Brown clusters. The classes ship in the model
// (packed.ts wordClasses) and become features (features.ts Template.WordClass).

import { scanTokens } from '../../src/text/tokenize.js';
import { germanWords, sentenceView } from './dataset.js';
import { seededRandom } from './perceptron.js';

export interface ClusterOptions {
  classes: number;
  /** Words seen fewer times get no class. */
  minCount: number;
  /** Neighbour words that are dimensions of the context vectors (the most frequent). */
  contextWords: number;
  iterations: number;
  seed: number;
}

export const CLUSTERS: ClusterOptions = { classes: 256, minCount: 3, contextWords: 1000, iterations: 12, seed: 1492 };

/** A sentence's word forms as the features see them (TokenView.norm). */
export function normsOf(text: string): string[] {
  if (scanTokens(text, germanWords).count === 0) return [];
  const view = sentenceView(text);
  return Array.from({ length: view.count }, (_, i) => (/\s/.test(view.norm[i]!) ? '<space>' : view.norm[i]!));
}

/** Word (norm) → class, from sentences given as their norms (normsOf). */
export function clusterWords(
  texts: readonly (readonly string[])[],
  options: ClusterOptions = CLUSTERS,
): Map<string, number> {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const frequency: number[] = [];
  const sentences: Int32Array[] = [];
  for (const norms of texts) {
    const sentence = new Int32Array(norms.length);
    norms.forEach((norm, i) => {
      let id = ids.get(norm);
      if (id === undefined) {
        id = vocabulary.length;
        ids.set(norm, id);
        vocabulary.push(norm);
        frequency.push(0);
      }
      frequency[id]!++;
      sentence[i] = id;
    });
    sentences.push(sentence);
  }
  const byFrequency = [...vocabulary.keys()].sort(
    (a, b) => frequency[b]! - frequency[a]! || (vocabulary[a]! < vocabulary[b]! ? -1 : 1),
  );
  const contextIndex = new Int32Array(vocabulary.length).fill(-1);
  byFrequency.slice(0, options.contextWords).forEach((id, k) => (contextIndex[id] = k));
  const clustered = byFrequency.filter((id) => frequency[id]! >= options.minCount);
  const row = new Int32Array(vocabulary.length).fill(-1);
  clustered.forEach((id, r) => (row[id] = r));

  // Sparse context vectors: dimension k (left neighbour) or contextWords + k (right); sentence edges and rare words as their own dimensions.
  const dims = 2 * (options.contextWords + 1);
  const counts: Map<number, number>[] = clustered.map(() => new Map());
  const bump = (r: number, d: number) => counts[r]!.set(d, (counts[r]!.get(d) ?? 0) + 1);
  const other = options.contextWords;
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const r = row[sentence[i]!]!;
      if (r < 0) continue;
      const left = i === 0 ? other : contextIndex[sentence[i - 1]!]!;
      const right = i === sentence.length - 1 ? other : contextIndex[sentence[i + 1]!]!;
      bump(r, left < 0 ? other : left);
      bump(r, options.contextWords + 1 + (right < 0 ? other : right));
    }
  }
  const vectorDims: Int32Array[] = [];
  const vectorValues: Float32Array[] = [];
  for (const c of counts) {
    const entries = [...c].sort((a, b) => a[0] - b[0]);
    const values = Float32Array.from(entries, ([, n]) => Math.log1p(n));
    let norm = 0;
    for (const v of values) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < values.length; k++) values[k]! /= norm;
    vectorDims.push(Int32Array.from(entries, ([d]) => d));
    vectorValues.push(values);
  }

  const K = Math.min(options.classes, clustered.length);
  const centroids = new Float32Array(K * dims);
  const random = seededRandom(options.seed);
  // k-means++ start over cosine distance.
  const distance = new Float64Array(clustered.length).fill(Infinity);
  let pick = 0;
  for (let k = 0; k < K; k++) {
    const d = vectorDims[pick]!;
    const v = vectorValues[pick]!;
    for (let j = 0; j < d.length; j++) centroids[k * dims + d[j]!] = v[j]!;
    let total = 0;
    for (let r = 0; r < clustered.length; r++) {
      const dr = vectorDims[r]!;
      const vr = vectorValues[r]!;
      let dot = 0;
      for (let j = 0; j < dr.length; j++) dot += vr[j]! * centroids[k * dims + dr[j]!]!;
      distance[r] = Math.min(distance[r]!, Math.max(0, 1 - dot));
      total += distance[r]!;
    }
    let target = random() * total;
    pick = clustered.length - 1;
    for (let r = 0; r < clustered.length; r++) {
      target -= distance[r]!;
      if (target <= 0) {
        pick = r;
        break;
      }
    }
  }
  const assignment = new Int32Array(clustered.length);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (let r = 0; r < clustered.length; r++) {
      const dr = vectorDims[r]!;
      const vr = vectorValues[r]!;
      let best = -Infinity;
      let bestK = 0;
      for (let k = 0; k < K; k++) {
        const base = k * dims;
        let dot = 0;
        for (let j = 0; j < dr.length; j++) dot += vr[j]! * centroids[base + dr[j]!]!;
        if (dot > best) {
          best = dot;
          bestK = k;
        }
      }
      assignment[r] = bestK;
    }
    centroids.fill(0);
    for (let r = 0; r < clustered.length; r++) {
      const base = assignment[r]! * dims;
      const dr = vectorDims[r]!;
      const vr = vectorValues[r]!;
      for (let j = 0; j < dr.length; j++) centroids[base + dr[j]!]! += vr[j]!;
    }
    for (let k = 0; k < K; k++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[k * dims + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[k * dims + d]! /= norm;
    }
  }
  const classes = new Map<string, number>();
  clustered.forEach((id, r) => classes.set(vocabulary[id]!, assignment[r]!));
  return classes;
}
