// Trains the topic decision (src/topics/topic-model.ts): logistic regression
// with a shared layer for all topics and a per-topic layer on top (Daumé's
// feature augmentation: every feature fires once shared, once for its topic),
// L2-regularised, the per-topic layer more strongly, so a topic departs from
// the shared weights only as far as its own reports demand. Newton's method on
// standardised features; deterministic: the same rows give the same weights.

import { TOPIC_FEATURES } from '../../src/topics/topic-features.js';
import type { TopicModel } from '../../src/topics/topic-model.js';

export interface TrainingRow {
  topic: string;
  features: Float64Array;
  label: 0 | 1;
}

export interface TrainingOptions {
  /** L2 penalty on the shared weights. */
  sharedPenalty: number;
  /** L2 penalty on the per-topic weights. */
  topicPenalty: number;
  /** L2 penalty on the per-topic biases (default: topicPenalty). */
  topicBiasPenalty?: number;
  /** The probability a topic needs to be reported. */
  minScore: number;
}

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-9;

export function trainTopicModel(rows: readonly TrainingRow[], options: TrainingOptions): TopicModel {
  const k = rows[0]?.features.length ?? TOPIC_FEATURES.length;
  const { mean, scale } = standardisation(rows, k);
  const topics = [...new Set(rows.map((row) => row.topic))].sort();
  const topicIndex = new Map(topics.map((topic, i) => [topic, i]));
  const block = k + 1;
  const size = block * (1 + topics.length);
  const theta = new Float64Array(size);
  const z = new Float64Array(block);
  const penalty = new Float64Array(size);
  for (let p = 1; p < block; p++) penalty[p] = options.sharedPenalty;
  for (let p = block; p < size; p++)
    penalty[p] = p % block === 0 ? (options.topicBiasPenalty ?? options.topicPenalty) : options.topicPenalty;
  penalty[0] = 1e-6;

  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const gradient = new Float64Array(size);
    const hessian = new Float64Array(size * size);
    for (const row of rows) {
      const own = block * (1 + topicIndex.get(row.topic)!);
      z[0] = 1;
      for (let f = 0; f < k; f++) z[f + 1] = (row.features[f]! - mean[f]!) / scale[f]!;
      let logit = 0;
      for (let p = 0; p < block; p++) logit += z[p]! * (theta[p]! + theta[own + p]!);
      const probability = 1 / (1 + Math.exp(-logit));
      const residual = probability - row.label;
      const curvature = Math.max(probability * (1 - probability), 1e-12);
      for (let p = 0; p < block; p++) {
        gradient[p]! += residual * z[p]!;
        gradient[own + p]! += residual * z[p]!;
        for (let q = 0; q < block; q++) {
          const h = curvature * z[p]! * z[q]!;
          hessian[p * size + q]! += h;
          hessian[(own + p) * size + own + q]! += h;
          hessian[p * size + own + q]! += h;
          hessian[(own + p) * size + q]! += h;
        }
      }
    }
    for (let p = 0; p < size; p++) {
      gradient[p]! += penalty[p]! * theta[p]!;
      hessian[p * size + p]! += penalty[p]!;
    }
    const step = solveCholesky(hessian, gradient, size);
    let largest = 0;
    for (let p = 0; p < size; p++) {
      theta[p]! -= step[p]!;
      largest = Math.max(largest, Math.abs(step[p]!));
    }
    if (largest < TOLERANCE) break;
  }

  const weightsAt = (offset: number) => ({
    bias: round(theta[offset]!),
    weights: Array.from(theta.subarray(offset + 1, offset + block), round),
  });
  return {
    features: [...TOPIC_FEATURES],
    mean: mean.map(round),
    scale: scale.map(round),
    shared: weightsAt(0),
    topics: Object.fromEntries(topics.map((topic, i) => [topic, weightsAt(block * (1 + i))])),
    minScore: options.minScore,
  };
}

/** Eight significant digits: the model file stays readable and byte-stable. */
function round(value: number): number {
  return Number(value.toPrecision(8));
}

function standardisation(rows: readonly TrainingRow[], k: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(k).fill(0);
  const scale = new Array<number>(k).fill(0);
  for (const row of rows) for (let f = 0; f < k; f++) mean[f]! += row.features[f]!;
  for (let f = 0; f < k; f++) mean[f]! /= Math.max(1, rows.length);
  for (const row of rows) for (let f = 0; f < k; f++) scale[f]! += (row.features[f]! - mean[f]!) ** 2;
  for (let f = 0; f < k; f++) scale[f] = Math.sqrt(scale[f]! / Math.max(1, rows.length)) || 1;
  return { mean, scale };
}

/** Solves A x = b for a symmetric positive definite A (row-major, n × n). */
function solveCholesky(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j]!;
      for (let m = 0; m < j; m++) sum -= l[i * n + m]! * l[j * n + m]!;
      if (i === j) l[i * n + i] = Math.sqrt(Math.max(sum, 1e-12));
      else l[i * n + j] = sum / l[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let m = 0; m < i; m++) sum -= l[i * n + m]! * y[m]!;
    y[i] = sum / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let m = i + 1; m < n; m++) sum -= l[m * n + i]! * x[m]!;
    x[i] = sum / l[i * n + i]!;
  }
  return x;
}
