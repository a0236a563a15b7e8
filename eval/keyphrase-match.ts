// How keyphrases are compared with gold: each phrase becomes the sequence of
// German Snowball stems of its words, without stop words, quotes or
// punctuation (`Einführung der elektronischen Akte` → einfuhr elektron akt), so
// inflected forms match (`digitale Souveränität` = `digitalen Souveränität`).
// Exact credit: the stem sequences are equal. Partial credit: the words the two
// phrases share, over the words of the longer one (`KI-Assistent` against
// `KI-Assistent „Möwe“`: 1/2). Predicted and gold phrases are paired one to one,
// highest credit first; P = credit / predicted, R = credit / gold.

import { germanLanguage, tokenize } from '../src/index.js';

const stopwords = germanLanguage().keyphrases.stopwords;

/** The content stems of a phrase, in order. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase)
    .filter((token) => token.kind === 'word' || token.kind === 'abbreviation' || token.kind === 'number')
    .filter((token) => !stopwords.has(token.norm))
    .map((token) => token.stem);
}

export type Credit = 'exact' | 'partial';

export function pairCredit(predicted: readonly string[], gold: readonly string[], credit: Credit): number {
  if (predicted.length === 0 || gold.length === 0) return 0;
  if (credit === 'exact') return predicted.join(' ') === gold.join(' ') ? 1 : 0;
  const remaining = [...gold];
  let shared = 0;
  for (const stem of predicted) {
    const at = remaining.indexOf(stem);
    if (at >= 0) {
      shared++;
      remaining.splice(at, 1);
    }
  }
  return shared / Math.max(predicted.length, gold.length);
}

export interface ListScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Scores a ranked list (already cut to k) against a gold list. */
export function scoreList(predicted: readonly string[], gold: readonly string[], credit: Credit): ListScore {
  const p = predicted.map(phraseStems);
  const g = gold.map(phraseStems);
  const pairs: { i: number; j: number; value: number }[] = [];
  p.forEach((ps, i) =>
    g.forEach((gs, j) => {
      const value = pairCredit(ps, gs, credit);
      if (value > 0) pairs.push({ i, j, value });
    }),
  );
  pairs.sort((a, b) => b.value - a.value || a.i - b.i || a.j - b.j);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  let total = 0;
  for (const pair of pairs) {
    if (usedP.has(pair.i) || usedG.has(pair.j)) continue;
    usedP.add(pair.i);
    usedG.add(pair.j);
    total += pair.value;
  }
  const precision = predicted.length ? total / predicted.length : 0;
  const recall = gold.length ? total / gold.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Mean of per-document scores (macro average). */
export function macro(scores: readonly ListScore[]): ListScore {
  const n = Math.max(1, scores.length);
  return {
    precision: scores.reduce((s, x) => s + x.precision, 0) / n,
    recall: scores.reduce((s, x) => s + x.recall, 0) / n,
    f1: scores.reduce((s, x) => s + x.f1, 0) / n,
  };
}
