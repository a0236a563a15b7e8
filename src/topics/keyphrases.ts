// Keyphrases: the document's most characteristic noun phrases and names
// (candidates: keyphrase-candidates.ts), ranked against a German background —
// how rare each word is in Bundestag speeches and federal laws
// (src/lang/de/keyphrase-background.json, in KeyphraseWords) — by how often the
// phrase recurs, where it first stands (a title counts most) and how specific
// it is; then chosen for diversity: a phrase that repeats the words of one
// already chosen is ranked down, and a part that only occurs inside a chosen
// phrase is left out.
//   score = (1 + ln count) · mean idf · length · opening · name · topic (KeyphraseWeights)

import type { EntityMention, Keyphrase, Span } from '../record.js';
import type { AnalysedText } from '../text/analysed-text.js';
import { spanText } from '../text/token-view.js';
import { type Candidate, findCandidates } from './keyphrase-candidates.js';
import type { KeyphraseWords } from './keyphrase-words.js';

export type { KeyphraseWords } from './keyphrase-words.js';

/** How the ranking weighs what it knows about a candidate (the defaults were chosen on half of the keyphrase gold, eval/keyphrases.ts). */
export interface KeyphraseWeights {
  /** Per word beyond the first, up to four words. */
  length: number;
  /** For a phrase first written in the opening sentences: opening / (1 + first sentence / openingDecay). */
  opening: number;
  openingDecay: number;
  /** Names by type: what readers pick most often beside topic phrases. */
  names: Record<EntityMention['type'], number>;
  /** A phrase that holds evidence of one of the document's topics. */
  topic: number;
  /** How much a phrase loses for each of its words a chosen phrase already has, as a share. */
  overlap: number;
}

export const DEFAULT_KEYPHRASE_WEIGHTS: KeyphraseWeights = {
  length: 0.5,
  opening: 1.5,
  openingDecay: 3,
  names: { ORG: 1.1, PRODUCT: 1.3, LAW: 1.3, EVENT: 1.3, LOC: 0.5, PER: 0 },
  topic: 3,
  overlap: 0.3,
};
const MAX_LENGTH_BONUS_WORDS = 4;
const SCORE_DIGITS = 1e4;

/** Among equal scores after the penalty: the higher score before it, then the phrase written first. */
function isBefore(a: Candidate, b: Candidate): boolean {
  return a.score > b.score || (a.score === b.score && a.first < b.first);
}

function rawScore(candidate: Candidate, weights: KeyphraseWeights, topical: boolean): number {
  const length = 1 + weights.length * (Math.min(candidate.words, MAX_LENGTH_BONUS_WORDS) - 1);
  const opening = 1 + weights.opening / (1 + candidate.firstSentence / weights.openingDecay);
  const name = candidate.entity ? weights.names[candidate.entity] : 1;
  return (1 + Math.log(candidate.count)) * candidate.idf * length * opening * name * (topical ? weights.topic : 1);
}

export function extractKeyphrases(
  doc: AnalysedText,
  entities: readonly EntityMention[],
  limit: number,
  words: KeyphraseWords,
  topics: readonly { readonly evidence: readonly Span[] }[] = [],
  weights: KeyphraseWeights = DEFAULT_KEYPHRASE_WEIGHTS,
): Keyphrase[] {
  if (limit <= 0 || doc.tokens.count === 0) return [];
  const view = doc.view;
  const evidence = topics.flatMap((topic) => topic.evidence);
  const ranked: Candidate[] = [];
  for (const candidate of findCandidates(doc, entities, words).values()) {
    if (candidate.entity === undefined && (candidate.generic || candidate.capitalisedAdjective)) continue;
    const start = view.starts[candidate.first]!;
    const end = view.ends[candidate.last]!;
    const topical = evidence.some((span) => span.start < end && start < span.end);
    candidate.score = rawScore(candidate, weights, topical);
    ranked.push(candidate);
  }
  const padded = new Map<Candidate, string>();
  const textOf = (c: Candidate) => {
    let text = padded.get(c);
    if (text === undefined) padded.set(c, (text = ` ${spanText(view, c.first, c.last)} `));
    return text;
  };

  // Greedy choice: each round takes the best candidate after the penalty for words already chosen (among
  // equals the higher score before it, then the earlier phrase). A penalty only lowers a score, so a
  // candidate whose score before it cannot beat the best of the round is not looked at further.
  const chosen: { candidate: Candidate; score: number }[] = [];
  const chosenStems = new Set<string>();
  const taken = new Uint8Array(ranked.length);
  while (chosen.length < limit) {
    let best = -1;
    let bestScore = -1;
    for (let r = 0; r < ranked.length; r++) {
      if (taken[r]) continue;
      const candidate = ranked[r]!;
      const raw = candidate.score;
      if (raw < bestScore) continue;
      let score = raw;
      if (chosenStems.size > 0) {
        let shared = 0;
        for (const stem of candidate.stems) if (chosenStems.has(stem)) shared++;
        score = raw * (1 - (weights.overlap * shared) / candidate.stems.length);
      }
      if (best < 0 || score > bestScore || (score === bestScore && isBefore(candidate, ranked[best]!))) {
        best = r;
        bestScore = score;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    const candidate = ranked[best]!;
    // A part that only ever occurs inside a chosen phrase adds nothing (`ÖV-Symposium` beside `ÖV-Symposium NRW`).
    const inside = chosen.some(
      ({ candidate: phrase }) => phrase.count >= candidate.count && textOf(phrase).includes(textOf(candidate)),
    );
    if (inside) continue;
    chosen.push({ candidate, score: bestScore });
    for (const stem of candidate.stems) chosenStems.add(stem);
  }
  const top = chosen[0]?.score ?? 1;
  return chosen.map(({ candidate, score }) => ({
    text: textOf(candidate).slice(1, -1),
    score: Math.round((score / top) * SCORE_DIGITS) / SCORE_DIGITS,
  }));
}
