// Chooses among overlapping entity candidates from all recognisers: longer
// spans first, then higher confidence, then earlier recogniser; the result is
// in text order and never overlaps. Fallback recognisers (the statistical
// model) come in a second tier: their candidates fill only what the first
// tier's chosen mentions left free.

import { type AnalysedText, sentenceAt } from '../analysed-text.js';
import type { EntityMention } from '../record.js';
import type { EntityCandidate, EntityRecognizer } from './recognizer.js';

interface RankedCandidate extends EntityCandidate {
  source: string;
  rank: number;
  /** 0 for recognisers, 1 for fallbacks. */
  tier: number;
}

export function recognizeEntities(
  doc: AnalysedText,
  recognizers: readonly EntityRecognizer[],
  fallbacks: readonly EntityRecognizer[] = [],
): EntityMention[] {
  if (recognizers.length === 0 && fallbacks.length === 0) return [];
  const candidates: RankedCandidate[] = [];
  const collect = (recognizer: EntityRecognizer, rank: number, tier: number) => {
    for (const candidate of recognizer.recognize(doc)) {
      if (isValidSpan(doc.text, candidate)) {
        candidates.push({ ...candidate, source: candidate.source ?? recognizer.name, rank, tier });
      }
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

export function resolveOverlaps(doc: AnalysedText, candidates: RankedCandidate[]): EntityMention[] {
  const byPriority = [...candidates].sort(
    (a, b) =>
      a.tier - b.tier ||
      b.end - b.start - (a.end - a.start) ||
      b.confidence - a.confidence ||
      a.rank - b.rank ||
      a.start - b.start,
  );
  const taken = new Uint8Array(doc.text.length);
  const chosen: RankedCandidate[] = [];
  for (const candidate of byPriority) {
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
      sentence: sentenceAt(doc, candidate.start),
      source: candidate.source,
      confidence: Math.min(1, Math.max(0, candidate.confidence)),
    };
  });
}
