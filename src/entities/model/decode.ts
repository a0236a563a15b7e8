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
  /** The same scores by target tag, `into[to * width + from]`, for the decoder's inner loop. */
  readonly into: Float32Array;
  readonly start: Float32Array;
  /** For an I- tag, the only two tags it may follow (B- and I- of its class), at `2 * to`; -1 for the others. */
  readonly insideFrom: Int16Array;
}

export function domainTransitions(model: NerModel, tags: readonly number[]): DomainTransitions {
  const width = tags.length;
  const between = new Float32Array(width * width);
  const into = new Float32Array(width * width);
  const start = new Float32Array(width);
  const insideFrom = new Int16Array(2 * width).fill(-1);
  for (let to = 0; to < width; to++) {
    const tag = tags[to]!;
    start[to] = isInsideTag(tag) ? FORBIDDEN : model.initial[tag]!;
    let k = 0;
    for (let from = 0; from < width; from++) {
      const previous = tags[from]!;
      const allowed = !isInsideTag(tag) || classOfTag(previous) === classOfTag(tag);
      const score = allowed ? model.transitions[previous * model.tagCount + tag]! : FORBIDDEN;
      between[from * width + to] = score;
      into[to * width + from] = score;
      if (allowed && isInsideTag(tag)) insideFrom[2 * to + k++] = from;
    }
  }
  return { width, between, into, start, insideFrom };
}

/** Reusable buffers, grown to the longest sentence seen. */
export interface DecodeBuffers {
  back: Uint8Array;
  current: Float64Array;
  next: Float64Array;
}

export function decodeBuffers(width: number): DecodeBuffers {
  return {
    back: new Uint8Array(64 * width),
    current: new Float64Array(width),
    next: new Float64Array(width),
  };
}

export function viterbi(
  emissions: Float32Array,
  n: number,
  transitions: DomainTransitions,
  buffers: DecodeBuffers,
  out: Uint8Array,
): void {
  const { width, into, start, insideFrom } = transitions;
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
      const b = insideFrom[2 * to]!;
      if (b >= 0) {
        // An I- tag follows only the B- or I- tag of its class: two candidates, not the whole row.
        const inside = insideFrom[2 * to + 1]!;
        const fromBegin = current[b]! + into[to * width + b]!;
        const fromInside = current[inside]! + into[to * width + inside]!;
        if (fromInside > fromBegin) {
          best = fromInside;
          bestFrom = inside;
        } else {
          best = fromBegin;
          bestFrom = b;
        }
      } else {
        const base = to * width;
        for (let from = 0; from < width; from++) {
          const score = current[from]! + into[base + from]!;
          if (score > best) {
            best = score;
            bestFrom = from;
          }
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
