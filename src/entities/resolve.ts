// Chooses among overlapping entity candidates from all recognisers: longer
// spans first, then higher confidence, then earlier recogniser; the result is
// in text order and never overlaps. Fallback recognisers (the statistical
// model) come in a second tier: their candidates fill only what the first
// tier's chosen mentions left free. A candidate that crosses a sentence
// boundary is no mention, whichever recogniser proposed it: every mention lies
// in the sentence it names.

import type { EntityMention, EntityType } from '../record.js';
import { type AnalysedText, sentenceHolding } from '../text/analysed-text.js';
import type { EntityLexicon } from './entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from './recognizer.js';

/** A candidate with the recogniser that proposed it; one shape for all, so sorting stays fast. */
class RankedCandidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly canonical: string | undefined;
  readonly confidence: number;
  readonly source: string;
  readonly rank: number;
  /** 0 for recognisers, 1 for fallbacks. */
  readonly tier: number;
  /** The sentence that holds the span. */
  readonly sentence: number;

  constructor(candidate: EntityCandidate, source: string, rank: number, tier: number, sentence: number) {
    this.start = candidate.start;
    this.end = candidate.end;
    this.type = candidate.type;
    this.canonical = candidate.canonical;
    this.confidence = candidate.confidence;
    this.source = candidate.source ?? source;
    this.rank = rank;
    this.tier = tier;
    this.sentence = sentence;
  }
}

export function recognizeEntities(
  doc: AnalysedText,
  recognizers: readonly EntityRecognizer[],
  fallbacks: readonly EntityRecognizer[],
  lexicon: EntityLexicon,
): EntityMention[] {
  if (recognizers.length === 0 && fallbacks.length === 0) return [];
  const candidates: RankedCandidate[] = [];
  const collect = (recognizer: EntityRecognizer, rank: number, tier: number): void => {
    const proposed = recognizer.recognize(doc, lexicon);
    for (let c = 0; c < proposed.length; c++) {
      const candidate = proposed[c]!;
      if (!isValidSpan(doc.text, candidate)) continue;
      const sentence = sentenceHolding(doc, candidate.start, candidate.end);
      if (sentence >= 0) candidates.push(new RankedCandidate(candidate, recognizer.name, rank, tier, sentence));
    }
  };
  recognizers.forEach((recognizer, rank) => collect(recognizer, rank, 0));
  fallbacks.forEach((recognizer, rank) => collect(recognizer, recognizers.length + rank, 1));
  return resolveOverlaps(doc, candidates);
}

function isValidSpan(text: string, candidate: EntityCandidate): boolean {
  return (
    Number.isInteger(candidate.start) &&
    Number.isInteger(candidate.end) &&
    candidate.start >= 0 &&
    candidate.end <= text.length &&
    candidate.start < candidate.end
  );
}

function resolveOverlaps(doc: AnalysedText, candidates: RankedCandidate[]): EntityMention[] {
  // Confidence by comparison, not difference: a comparator returning a fraction allocates it on every call.
  const byPriority = candidates.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.end - b.start - (a.end - a.start) ||
      (b.confidence > a.confidence ? 1 : b.confidence < a.confidence ? -1 : 0) ||
      a.rank - b.rank ||
      a.start - b.start,
  );
  const taken = new Uint8Array(doc.text.length);
  const chosen: RankedCandidate[] = [];
  for (let c = 0; c < byPriority.length; c++) {
    const candidate = byPriority[c]!;
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((candidate) => {
    const text = doc.text.slice(candidate.start, candidate.end);
    return {
      text,
      type: candidate.type,
      start: candidate.start,
      end: candidate.end,
      canonical: candidate.canonical ?? text,
      sentence: candidate.sentence,
      source: candidate.source,
      confidence: Math.min(1, Math.max(0, candidate.confidence)),
    };
  });
}
