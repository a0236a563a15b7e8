// Builds the model's word lexicon (src/entities/model/word-lexicon.ts) from a
// word stream: vectors of the frequent word forms (word-vectors.ts), classes at
// the finest level by spherical k-means of the vectors, each coarser level by
// k-means of the finer level's centroids (so the levels nest, as prefixes of
// Brown clusters do), and a frequency bucket per word.

import { type WordLexicon, wordHash } from '../../src/entities/model/word-lexicon.js';
import type { WordStream } from './unlabeled.js';
import { type VectorOptions, VECTORS, type WordVectors, sphericalKMeans, wordVectors } from './word-vectors.js';

export interface LexiconOptions {
  vectors: VectorOptions;
  /** Classes per level, coarse to fine. */
  levels: number[];
  iterations: number;
  seed: number;
}

export const LEXICON: LexiconOptions = { vectors: VECTORS, levels: [32, 128, 512], iterations: 10, seed: 1492 };

const MAX_FREQUENCY_BUCKET = 24;

/** Classes of every vector at each level, coarse to fine. */
export function classLevels(vectors: WordVectors, options: LexiconOptions): Int32Array[] {
  const { levels } = options;
  const fine = sphericalKMeans(vectors.vectors, vectors.dimensions, levels.at(-1)!, options.seed, options.iterations);
  const assignments: Int32Array[] = [fine.assignment];
  let centroids = fine.centroids;
  let classOfWord = fine.assignment;
  for (let l = levels.length - 2; l >= 0; l--) {
    const coarse = sphericalKMeans(centroids, vectors.dimensions, levels[l]!, options.seed + l + 1, 30);
    classOfWord = Int32Array.from(classOfWord, (k) => coarse.assignment[k]!);
    assignments.unshift(classOfWord);
    centroids = coarse.centroids;
  }
  return assignments;
}

/** The lexicon of a word stream's frequent forms. */
export function buildLexicon(
  stream: WordStream,
  options: LexiconOptions = LEXICON,
  log?: (message: string) => void,
): WordLexicon {
  const vectors = wordVectors(stream, (word) => word, options.vectors, log);
  const started = performance.now();
  const assignments = classLevels(vectors, options);
  log?.(`classes ${options.levels.join('/')}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return packLexicon(vectors.words, vectors.counts, assignments, options.levels);
}

export function packLexicon(
  words: readonly string[],
  counts: Float64Array,
  assignments: readonly Int32Array[],
  levels: readonly number[],
): WordLexicon {
  // Sorted by hash; of two forms with one hash (rare) the more frequent one stays, as it comes first.
  const byHash = new Map<number, number>();
  words.forEach((word, w) => {
    const hash = wordHash(word);
    if (!byHash.has(hash)) byHash.set(hash, w);
  });
  const hashes = Uint32Array.from(byHash.keys()).sort();
  const L = levels.length;
  const classes = new Uint16Array(hashes.length * L);
  const frequency = new Uint8Array(hashes.length);
  hashes.forEach((hash, i) => {
    const w = byHash.get(hash)!;
    for (let l = 0; l < L; l++) classes[i * L + l] = assignments[l]![w]!;
    frequency[i] = Math.min(MAX_FREQUENCY_BUCKET, 1 + Math.floor(Math.log2(counts[w]!)));
  });
  return { levels: [...levels], hashes, classes, frequency };
}
