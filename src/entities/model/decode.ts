// Best tag sequence for a sentence from emission and transition scores: Viterbi
// (exact for first-order transitions) or greedy left to right. Tags here are
// indices into a domain's tag list; an I- tag may only follow B- or I- of its
// own class, so every decoded sequence reads as well-formed spans.

import { classOfTag, isInsideTag } from './labels.js';
import type { NerModel } from './model.js';

const FORBIDDEN = -1e9;

/** Transition and start scores between a domain's tags, with ill-formed BIO steps forbidden. */
export interface DomainTransitions {
  readonly width: number;
  /** `between[from * width + to]`. */
  readonly between: Float32Array;
  readonly start: Float32Array;
}

export function domainTransitions(model: NerModel, tags: readonly number[]): DomainTransitions {
  const width = tags.length;
  const between = new Float32Array(width * width);
  const start = new Float32Array(width);
  for (let to = 0; to < width; to++) {
    const tag = tags[to]!;
    start[to] = isInsideTag(tag) ? FORBIDDEN : model.initial[tag]!;
    for (let from = 0; from < width; from++) {
      const previous = tags[from]!;
      const allowed = !isInsideTag(tag) || classOfTag(previous) === classOfTag(tag);
      between[from * width + to] = allowed ? model.transitions[previous * model.tagCount + tag]! : FORBIDDEN;
    }
  }
  return { width, between, start };
}

/** Reusable buffers, grown to the longest sentence seen. */
export interface DecodeBuffers {
  back: Uint8Array;
  current: Float64Array;
  next: Float64Array;
  /** prunedViterbi: the candidate tags of each position, and how many. */
  candidates: Uint8Array;
  counts: Uint8Array;
}

export function decodeBuffers(width: number): DecodeBuffers {
  return {
    back: new Uint8Array(64 * width),
    current: new Float64Array(width),
    next: new Float64Array(width),
    candidates: new Uint8Array(64 * width),
    counts: new Uint8Array(64),
  };
}

export function viterbi(
  emissions: Float32Array,
  n: number,
  transitions: DomainTransitions,
  buffers: DecodeBuffers,
  out: Uint8Array,
): void {
  const { width, between, start } = transitions;
  if (n === 0) return;
  if (buffers.back.length < n * width)
    buffers.back = new Uint8Array(Math.max(n, (buffers.back.length / width) * 2) * width);
  const back = buffers.back;
  let current = buffers.current;
  let next = buffers.next;
  for (let t = 0; t < width; t++) current[t] = start[t]! + emissions[t]!;
  for (let i = 1; i < n; i++) {
    const row = i * width;
    for (let to = 0; to < width; to++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let from = 0; from < width; from++) {
        const score = current[from]! + between[from * width + to]!;
        if (score > best) {
          best = score;
          bestFrom = from;
        }
      }
      next[to] = best + emissions[row + to]!;
      back[row + to] = bestFrom;
    }
    const swap = current;
    current = next;
    next = swap;
  }
  let bestLast = 0;
  for (let t = 1; t < width; t++) if (current[t]! > current[bestLast]!) bestLast = t;
  out[n - 1] = bestLast;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * width + out[i]!]!;
}

/**
 * Viterbi over the tags whose emission is within `margin` of the position's
 * best (and O, so that a well-formed path always exists): most tokens keep one
 * or two candidates, so a domain with many tags costs little more than one
 * with few. With a margin of many temperatures the pruned tags are ones no
 * best path takes; eval:ner measures the agreement with full Viterbi.
 */
export function prunedViterbi(
  emissions: Float32Array,
  n: number,
  transitions: DomainTransitions,
  buffers: DecodeBuffers,
  out: Uint8Array,
  margin: number,
): void {
  const { width, between, start } = transitions;
  if (n === 0) return;
  if (buffers.back.length < n * width)
    buffers.back = new Uint8Array(Math.max(n, (buffers.back.length / width) * 2) * width);
  if (buffers.candidates.length < n * width) buffers.candidates = new Uint8Array(buffers.back.length);
  if (buffers.counts.length < n) buffers.counts = new Uint8Array(Math.max(n, buffers.counts.length * 2));
  const { back, candidates, counts } = buffers;
  let current = buffers.current;
  let next = buffers.next;
  const choose = (i: number): void => {
    const row = i * width;
    let best = -Infinity;
    for (let t = 0; t < width; t++) if (emissions[row + t]! > best) best = emissions[row + t]!;
    let count = 0;
    candidates[row + count++] = 0;
    for (let t = 1; t < width; t++) if (emissions[row + t]! >= best - margin) candidates[row + count++] = t;
    counts[i] = count;
  };
  choose(0);
  for (let k = 0; k < counts[0]!; k++) {
    const t = candidates[k]!;
    current[t] = start[t]! + emissions[t]!;
  }
  for (let i = 1; i < n; i++) {
    choose(i);
    const row = i * width;
    const previousRow = row - width;
    const previousCount = counts[i - 1]!;
    for (let k = 0; k < counts[i]!; k++) {
      const to = candidates[row + k]!;
      let best = -Infinity;
      let bestFrom = candidates[previousRow]!;
      for (let j = 0; j < previousCount; j++) {
        const from = candidates[previousRow + j]!;
        const score = current[from]! + between[from * width + to]!;
        if (score > best) {
          best = score;
          bestFrom = from;
        }
      }
      next[to] = best + emissions[row + to]!;
      back[row + to] = bestFrom;
    }
    const swap = current;
    current = next;
    next = swap;
  }
  const lastRow = (n - 1) * width;
  let bestLast = candidates[lastRow]!;
  for (let k = 1; k < counts[n - 1]!; k++) {
    const t = candidates[lastRow + k]!;
    if (current[t]! > current[bestLast]!) bestLast = t;
  }
  out[n - 1] = bestLast;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * width + out[i]!]!;
}

export function greedy(emissions: Float32Array, n: number, transitions: DomainTransitions, out: Uint8Array): void {
  const { width, between, start } = transitions;
  for (let i = 0; i < n; i++) {
    const row = i * width;
    const from = i === 0 ? -1 : out[i - 1]!;
    let best = -Infinity;
    let bestTag = 0;
    for (let t = 0; t < width; t++) {
      const score = emissions[row + t]! + (from < 0 ? start[t]! : between[from * width + t]!);
      if (score > best) {
        best = score;
        bestTag = t;
      }
    }
    out[i] = bestTag;
  }
}

/**
 * How sure the model is of the tag it chose at token `i`: the softmax
 * probability of that tag given the previous chosen tag, scores divided by
 * the model's temperature.
 */
export function tagConfidence(
  emissions: Float32Array,
  i: number,
  tags: Uint8Array,
  transitions: DomainTransitions,
  temperature: number,
): number {
  const { width, between, start } = transitions;
  const row = i * width;
  const from = i === 0 ? -1 : tags[i - 1]!;
  const chosen = tags[i]!;
  const scoreOf = (t: number) =>
    (emissions[row + t]! + (from < 0 ? start[t]! : between[from * width + t]!)) / temperature;
  const top = scoreOf(chosen);
  let sum = 0;
  for (let t = 0; t < width; t++) sum += Math.exp(scoreOf(t) - top);
  return 1 / sum;
}
