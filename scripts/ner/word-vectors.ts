// Word vectors and word classes from unlabelled text (Levy, Goldberg & Dagan
// 2015): each frequent word is described by its neighbours at -2, -1, +1, +2
// (counts → positive pointwise mutual information with smoothed context
// probabilities), the matrix is reduced by a randomised SVD (Halko et al.
// 2011), and the unit-length vectors are put into classes by spherical k-means;
// the class centroids are then merged bottom-up into a binary tree, so that a
// class's path in it gives coarser classes by its prefixes, as Brown clusters
// do. Everything is seeded: the same text gives the same classes.

import { seededRandom } from './perceptron.js';
import type { WordStream } from './unlabeled.js';

export interface VectorOptions {
  /** Words seen fewer times get no vector. */
  minCount: number;
  /** At most this many words get a vector (the most frequent). */
  maxWords: number;
  /** The most frequent keys that serve as context dimensions, per position. */
  contextWords: number;
  /** Context distribution smoothing exponent (0.75 in Levy et al.). */
  smoothing: number;
  dimensions: number;
  /** Extra columns of the randomised range finder, and its power iterations. */
  oversampling: number;
  powerIterations: number;
  /** Singular values are raised to this power when they weight the vectors (0: unweighted). */
  eigenWeight: number;
  seed: number;
}

export const VECTORS: VectorOptions = {
  minCount: 5,
  maxWords: 100_000,
  contextWords: 2000,
  smoothing: 0.75,
  dimensions: 64,
  oversampling: 20,
  powerIterations: 2,
  eigenWeight: 0.5,
  seed: 2014,
};

const POSITIONS = [-2, -1, 1, 2];

export interface WordVectors {
  /** The keys that have a vector, most frequent first. */
  words: string[];
  counts: Float64Array;
  dimensions: number;
  /** Row-major, unit length: vectors[w * dimensions ..]. */
  vectors: Float32Array;
}

/** Compressed sparse rows. */
interface SparseMatrix {
  rows: number;
  columns: number;
  rowStarts: Int32Array;
  columnIds: Int32Array;
  values: Float32Array;
}

/** The stream's words mapped by `keyOf` (e.g. lower case), counted; ids of keys, -1 between sentences. */
export function keyedStream(stream: WordStream, keyOf: (word: string) => string) {
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const wordKey = new Int32Array(stream.words.length);
  stream.words.forEach((word, w) => {
    const key = keyOf(word);
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keys.push(key);
      keyIds.set(key, id);
    }
    wordKey[w] = id;
  });
  const ids = new Int32Array(stream.ids.length);
  const counts = new Float64Array(keys.length);
  for (let i = 0; i < ids.length; i++) {
    const w = stream.ids[i]!;
    if (w < 0) ids[i] = -1;
    else {
      const k = wordKey[w]!;
      ids[i] = k;
      counts[k]!++;
    }
  }
  return { keys, ids, counts };
}

function rankByCount(counts: Float64Array, keys: readonly string[]): Int32Array {
  const order = Array.from({ length: counts.length }, (_, k) => k);
  order.sort((a, b) => counts[b]! - counts[a]! || (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  return Int32Array.from(order);
}

/** Counts of (word, context dimension) pairs as a sparse matrix, built in chunks of rows. */
function contextCounts(ids: Int32Array, rowOf: Int32Array, rows: number, contextOf: Int32Array, contexts: number) {
  // Per position: the context word's dimension, or the position's "other word" / "sentence edge" dimension.
  const perPosition = contexts + 2;
  const columns = POSITIONS.length * perPosition;
  const columnAt = (i: number, p: number): number => {
    const j = i + POSITIONS[p]!;
    const base = p * perPosition;
    // Positions past a sentence edge: the edge dimension (-1 marks a sentence end in ids).
    const step = POSITIONS[p]! < 0 ? -1 : 1;
    for (let k = i + step; step < 0 ? k >= j : k <= j; k += step) {
      if (k < 0 || k >= ids.length || ids[k]! < 0) return base + contexts + 1;
    }
    const c = contextOf[ids[j]!]!;
    return base + (c < 0 ? contexts : c);
  };
  // Rows per chunk so that a chunk's pairs fit a buffer of about 64 M entries.
  const rowEvents = new Float64Array(rows);
  for (let i = 0; i < ids.length; i++) {
    const w = ids[i]!;
    if (w >= 0 && rowOf[w]! >= 0) rowEvents[rowOf[w]!]! += POSITIONS.length;
  }
  const LIMIT = 48_000_000;
  const rowStarts = new Int32Array(rows + 1);
  const columnParts: Int32Array[] = [];
  const valueParts: Float32Array[] = [];
  let nonZeros = 0;
  let chunkStart = 0;
  while (chunkStart < rows) {
    let chunkEnd = chunkStart;
    let events = 0;
    while (chunkEnd < rows && (chunkEnd === chunkStart || events + rowEvents[chunkEnd]! <= LIMIT)) {
      events += rowEvents[chunkEnd]!;
      chunkEnd++;
    }
    // Keys (row - chunkStart) * columns + column fit in 2^32 when chunks are small enough.
    const keys = new Uint32Array(events);
    let n = 0;
    for (let i = 0; i < ids.length; i++) {
      const w = ids[i]!;
      if (w < 0) continue;
      const r = rowOf[w]!;
      if (r < chunkStart || r >= chunkEnd) continue;
      const base = (r - chunkStart) * columns;
      for (let p = 0; p < POSITIONS.length; p++) keys[n++] = base + columnAt(i, p);
    }
    keys.sort();
    const columnIds: number[] = [];
    const values: number[] = [];
    let k = 0;
    for (let r = chunkStart; r < chunkEnd; r++) {
      rowStarts[r] = nonZeros;
      const end = (r - chunkStart + 1) * columns;
      while (k < n && keys[k]! < end) {
        const key = keys[k]!;
        let count = 0;
        while (k < n && keys[k] === key) {
          count++;
          k++;
        }
        columnIds.push(key - (r - chunkStart) * columns);
        values.push(count);
        nonZeros++;
      }
    }
    columnParts.push(Int32Array.from(columnIds));
    valueParts.push(Float32Array.from(values));
    chunkStart = chunkEnd;
  }
  rowStarts[rows] = nonZeros;
  const columnIds = new Int32Array(nonZeros);
  const values = new Float32Array(nonZeros);
  let at = 0;
  for (let part = 0; part < columnParts.length; part++) {
    columnIds.set(columnParts[part]!, at);
    values.set(valueParts[part]!, at);
    at += columnParts[part]!.length;
  }
  return { rows, columns, rowStarts, columnIds, values } satisfies SparseMatrix;
}

/** Positive PMI in place, with context probabilities smoothed by `alpha` (Levy et al. 2015). */
function positivePmi(m: SparseMatrix, alpha: number): void {
  const rowSums = new Float64Array(m.rows);
  const columnSums = new Float64Array(m.columns);
  let total = 0;
  for (let r = 0; r < m.rows; r++) {
    for (let k = m.rowStarts[r]!; k < m.rowStarts[r + 1]!; k++) {
      rowSums[r]! += m.values[k]!;
      columnSums[m.columnIds[k]!]! += m.values[k]!;
      total += m.values[k]!;
    }
  }
  let smoothedTotal = 0;
  const smoothed = new Float64Array(m.columns);
  for (let c = 0; c < m.columns; c++) {
    smoothed[c] = columnSums[c]! ** alpha;
    smoothedTotal += smoothed[c]!;
  }
  for (let r = 0; r < m.rows; r++) {
    for (let k = m.rowStarts[r]!; k < m.rowStarts[r + 1]!; k++) {
      const pmi = Math.log(m.values[k]! / rowSums[r]! / (smoothed[m.columnIds[k]!]! / smoothedTotal));
      m.values[k] = pmi > 0 ? pmi : 0;
    }
  }
  void total;
}

/** y (rows × width) = m · x (columns × width). */
function multiply(m: SparseMatrix, x: Float64Array, width: number): Float64Array {
  const y = new Float64Array(m.rows * width);
  for (let r = 0; r < m.rows; r++) {
    const out = r * width;
    for (let k = m.rowStarts[r]!; k < m.rowStarts[r + 1]!; k++) {
      const v = m.values[k]!;
      if (v === 0) continue;
      const from = m.columnIds[k]! * width;
      for (let j = 0; j < width; j++) y[out + j]! += v * x[from + j]!;
    }
  }
  return y;
}

/** y (columns × width) = mᵀ · x (rows × width). */
function multiplyTransposed(m: SparseMatrix, x: Float64Array, width: number): Float64Array {
  const y = new Float64Array(m.columns * width);
  for (let r = 0; r < m.rows; r++) {
    const from = r * width;
    for (let k = m.rowStarts[r]!; k < m.rowStarts[r + 1]!; k++) {
      const v = m.values[k]!;
      if (v === 0) continue;
      const out = m.columnIds[k]! * width;
      for (let j = 0; j < width; j++) y[out + j]! += v * x[from + j]!;
    }
  }
  return y;
}

/** Orthonormalises the columns of a (rows × width) matrix in place (modified Gram-Schmidt, twice). */
function orthonormalise(a: Float64Array, rows: number, width: number): void {
  const column = new Float64Array(rows);
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < width; j++) {
      for (let r = 0; r < rows; r++) column[r] = a[r * width + j]!;
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += column[r]! * a[r * width + i]!;
        for (let r = 0; r < rows; r++) column[r]! -= dot * a[r * width + i]!;
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += column[r]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let r = 0; r < rows; r++) a[r * width + j] = column[r]! / norm;
    }
  }
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric n × n matrix, by cyclic Jacobi rotations. */
function symmetricEigen(matrix: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!;
  return { values, vectors: v };
}

/** Gaussian numbers from a seeded uniform generator (Box-Muller). */
function gaussian(random: () => number): () => number {
  return () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
}

/** The top `k` left singular vectors of m, each scaled by its singular value to the power `weight`. */
function randomisedSvd(m: SparseMatrix, options: VectorOptions): Float64Array {
  const k = options.dimensions;
  const width = k + options.oversampling;
  const normal = gaussian(seededRandom(options.seed));
  const omega = new Float64Array(m.columns * width);
  for (let i = 0; i < omega.length; i++) omega[i] = normal();
  let q = multiply(m, omega, width);
  orthonormalise(q, m.rows, width);
  for (let iteration = 0; iteration < options.powerIterations; iteration++) {
    const z = multiplyTransposed(m, q, width);
    orthonormalise(z, m.columns, width);
    q = multiply(m, z, width);
    orthonormalise(q, m.rows, width);
  }
  // B = Qᵀ M (width × columns), stored as its transpose; then B Bᵀ = U S² Uᵀ.
  const bt = multiplyTransposed(m, q, width);
  const bbt = new Float64Array(width * width);
  for (let c = 0; c < m.columns; c++) {
    const row = c * width;
    for (let i = 0; i < width; i++) {
      const x = bt[row + i]!;
      if (x === 0) continue;
      for (let j = i; j < width; j++) bbt[i * width + j]! += x * bt[row + j]!;
    }
  }
  for (let i = 0; i < width; i++) for (let j = 0; j < i; j++) bbt[i * width + j] = bbt[j * width + i]!;
  const { values, vectors } = symmetricEigen(bbt, width);
  const order = Array.from({ length: width }, (_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const out = new Float64Array(m.rows * k);
  for (let d = 0; d < k; d++) {
    const e = order[d]!;
    const scale = Math.max(values[e]!, 0) ** (options.eigenWeight / 2);
    // Fix the sign of each vector: its largest component in U is positive.
    let sign = 0;
    for (let r = 0; r < m.rows && sign === 0; r++) {
      let u = 0;
      for (let j = 0; j < width; j++) u += q[r * width + j]! * vectors[j * width + e]!;
      if (Math.abs(u) > 1e-9) sign = u > 0 ? 1 : -1;
    }
    for (let r = 0; r < m.rows; r++) {
      let u = 0;
      for (let j = 0; j < width; j++) u += q[r * width + j]! * vectors[j * width + e]!;
      out[r * k + d] = sign * u * scale;
    }
  }
  return out;
}

/** Vectors of the stream's frequent keys. */
export function wordVectors(
  stream: WordStream,
  keyOf: (word: string) => string,
  options: VectorOptions = VECTORS,
  log?: (message: string) => void,
): WordVectors {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
  const keyed = keyedStream(stream, keyOf);
  const ranked = rankByCount(keyed.counts, keyed.keys);
  const contextOf = new Int32Array(keyed.keys.length).fill(-1);
  for (let c = 0; c < Math.min(options.contextWords, ranked.length); c++) contextOf[ranked[c]!] = c;
  const rowOf = new Int32Array(keyed.keys.length).fill(-1);
  let rows = 0;
  for (const key of ranked) {
    if (rows >= options.maxWords || keyed.counts[key]! < options.minCount) break;
    rowOf[key] = rows++;
  }
  const m = contextCounts(keyed.ids, rowOf, rows, contextOf, Math.min(options.contextWords, ranked.length));
  log?.(`${rows} words × ${m.columns} contexts, ${m.values.length.toLocaleString('en')} non-zero; ${seconds()} s`);
  positivePmi(m, options.smoothing);
  const dense = randomisedSvd(m, options);
  log?.(`SVD to ${options.dimensions} dimensions; ${seconds()} s`);
  const d = options.dimensions;
  const vectors = new Float32Array(rows * d);
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let j = 0; j < d; j++) norm += dense[r * d + j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) vectors[r * d + j] = dense[r * d + j]! / norm;
  }
  const words = Array.from({ length: rows }, (_, r) => keyed.keys[ranked[r]!]!);
  const counts = Float64Array.from({ length: rows }, (_, r) => keyed.counts[ranked[r]!]!);
  return { words, counts, dimensions: d, vectors };
}

/**
 * Spherical k-means: the class of each vector and the unit centroids, from K
 * distinct vectors drawn with a seeded generator as the start.
 */
export function sphericalKMeans(
  vectors: Float32Array,
  dimensions: number,
  classes: number,
  seed: number,
  iterations = 12,
): { assignment: Int32Array; centroids: Float32Array } {
  const n = vectors.length / dimensions;
  const K = Math.min(classes, n);
  const d = dimensions;
  const centroids = new Float32Array(K * d);
  const random = seededRandom(seed);
  const order = Int32Array.from({ length: n }, (_, r) => r);
  for (let k = 0; k < K; k++) {
    const j = k + Math.floor(random() * (n - k));
    const picked = order[j]!;
    order[j] = order[k]!;
    order[k] = picked;
    for (let x = 0; x < d; x++) centroids[k * d + x] = vectors[picked * d + x]!;
  }
  const assignment = new Int32Array(n);
  const sums = new Float64Array(K * d);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      let best = -Infinity;
      let bestK = 0;
      const row = r * d;
      for (let k = 0; k < K; k++) {
        const base = k * d;
        let dot = 0;
        for (let j = 0; j < d; j++) dot += vectors[row + j]! * centroids[base + j]!;
        if (dot > best) {
          best = dot;
          bestK = k;
        }
      }
      if (assignment[r] !== bestK || iteration === 0) moved++;
      assignment[r] = bestK;
    }
    sums.fill(0);
    for (let r = 0; r < n; r++) {
      const base = assignment[r]! * d;
      for (let j = 0; j < d; j++) sums[base + j]! += vectors[r * d + j]!;
    }
    for (let k = 0; k < K; k++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += sums[k * d + j]! ** 2;
      norm = Math.sqrt(norm);
      // An emptied class keeps its centroid.
      if (norm > 0) for (let j = 0; j < d; j++) centroids[k * d + j] = sums[k * d + j]! / norm;
    }
    if (moved === 0) break;
  }
  return { assignment, centroids };
}

/**
 * Merges classes bottom-up into a binary tree (centroid linkage: the pair whose
 * size-weighted mean vectors have the highest cosine) and returns each class's
 * path from the root as a string of 0s and 1s.
 */
export function classTree(centroids: Float32Array, dimensions: number, sizes: Float64Array): string[] {
  const K = sizes.length;
  const d = dimensions;
  // Slot s holds an active cluster: its node id, its summed vector; the similarity matrix is over slots.
  const node = Int32Array.from({ length: K }, (_, k) => k);
  const alive = new Uint8Array(K).fill(1);
  const sum = new Float64Array(K * d);
  for (let k = 0; k < K; k++) {
    const weight = Math.max(sizes[k]!, 1);
    for (let j = 0; j < d; j++) sum[k * d + j] = centroids[k * d + j]! * weight;
  }
  const similarity = new Float64Array(K * K);
  const cosine = (a: number, b: number): number => {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let j = 0; j < d; j++) {
      dot += sum[a * d + j]! * sum[b * d + j]!;
      na += sum[a * d + j]! ** 2;
      nb += sum[b * d + j]! ** 2;
    }
    return dot / (Math.sqrt(na * nb) || 1);
  };
  for (let a = 0; a < K; a++) for (let b = a + 1; b < K; b++) similarity[a * K + b] = cosine(a, b);
  const children: [number, number][] = [];
  let next = K;
  for (let merges = 0; merges < K - 1; merges++) {
    let best = -Infinity;
    let ba = 0;
    let bb = 1;
    for (let a = 0; a < K; a++) {
      if (!alive[a]) continue;
      for (let b = a + 1; b < K; b++) {
        if (!alive[b]) continue;
        const s = similarity[a * K + b]!;
        if (s > best) {
          best = s;
          ba = a;
          bb = b;
        }
      }
    }
    children.push([node[ba]!, node[bb]!]);
    for (let j = 0; j < d; j++) sum[ba * d + j]! += sum[bb * d + j]!;
    node[ba] = next++;
    alive[bb] = 0;
    for (let c = 0; c < K; c++) {
      if (!alive[c] || c === ba) continue;
      const s = cosine(ba, c);
      if (c < ba) similarity[c * K + ba] = s;
      else similarity[ba * K + c] = s;
    }
  }
  const paths = new Array<string>(K).fill('');
  const walk = (id: number, path: string): void => {
    if (id < K) {
      paths[id] = path;
      return;
    }
    const [a, b] = children[id - K]!;
    walk(a, `${path}0`);
    walk(b, `${path}1`);
  };
  walk(next - 1, '');
  return paths;
}
