// Keyphrases: the document's most characteristic nouns and noun phrases, by
// TF-IDF against a German background (document frequencies of stems from
// GermEval 2014 and German LER, src/lang/de/keyphrase-background.json, in
// KeyphraseWords).
// Candidates are runs of up to three capitalised words, optionally after
// lower-case adjectives (`digitale Souveränität`, `Deutsche Verwaltungscloud`),
// inside one sentence, without stop words, numbers, fragments or people's names.
//   score(phrase) = tf · mean idf of its words · (1 + 0.2 · (words − 1)), scaled so the best is 1

import type { EntityMention, Keyphrase } from '../record.js';
import type { AnalysedText } from '../text/analysed-text.js';
import { Flag, Kind } from '../text/token-table.js';
import { Shape, type TokenView, spanText } from '../text/token-view.js';

const MAX_PHRASE_WORDS = 3;
const MIN_WORD_LENGTH = 3;

/** What the keyphrase rules know about a language (src/lang/de builds it once). */
export interface KeyphraseWords {
  /** Documents in the background corpus. */
  readonly documents: number;
  /** Background document frequency by stem. */
  readonly df: ReadonlyMap<string, number>;
  readonly stopwords: ReadonlySet<string>;
  /** Words that make no keyphrase on their own (`Verwaltung`, `Kommunen`, month names). */
  readonly generic: ReadonlySet<string>;
  /** Endings of a lower-case adjective before a noun (`digitale`, `öffentlichen`). */
  readonly adjectiveEndings: readonly string[];
  /** A capitalised word with these endings is an adjective (`Hessische`): no keyphrase alone. */
  readonly capitalisedAdjectiveEndings: readonly string[];
}

/** What the keyphrase rules ask about a word form, answered once per form. */
interface WordFacts {
  /** Long enough and no stop word: may be part of a phrase. */
  content: boolean;
  /** Ends like a lower-case adjective before a noun (`digitale`). */
  adjectiveEnding: boolean;
  /** Ends like a capitalised adjective (`Hessische`): no keyphrase alone. */
  capitalisedAdjectiveEnding: boolean;
  /** Too general for the domain on its own (`Verwaltung`). */
  generic: boolean;
  idf: number;
}

function factsOfForm(view: TokenView, i: number, words: KeyphraseWords): WordFacts {
  const norm = view.norm[i]!;
  const stem = view.stem[i]!;
  return {
    content: norm.length >= MIN_WORD_LENGTH && !words.stopwords.has(norm),
    adjectiveEnding: words.adjectiveEndings.some((ending) => norm.endsWith(ending)),
    capitalisedAdjectiveEnding: words.capitalisedAdjectiveEndings.some((ending) => norm.endsWith(ending)),
    generic: words.generic.has(norm),
    idf: Math.log((words.documents + 1) / ((words.df.get(stem) ?? 0) + 1)) + 1,
  };
}

interface Candidate {
  /** First and last token of the first occurrence: the phrase's text is read from there when it is needed. */
  first: number;
  last: number;
  count: number;
  idf: number;
  words: number;
  /** count · idf · the bonus for longer phrases, once counting is done. */
  raw: number;
  /** The text with a space on either side, once the choice below needs it. */
  padded: string | undefined;
}

export function extractKeyphrases(
  doc: AnalysedText,
  entities: readonly EntityMention[],
  limit: number,
  words: KeyphraseWords,
): Keyphrase[] {
  if (limit <= 0 || doc.tokens.count === 0) return [];
  const view = doc.view;
  const person = personTokens(view, entities);
  const facts = (i: number): WordFacts => view.answers.answer(factsOfForm, view, i, words);
  const isContent = (i: number): boolean =>
    view.kind[i] === Kind.Word &&
    !person[i] &&
    !(view.flags[i]! & Flag.Suspended) &&
    !(view.shape[i]! & Shape.HasDigit) &&
    facts(i).content;
  const isNoun = (i: number) => isContent(i) && (view.shape[i]! & Shape.Capitalised) !== 0;
  const isAdjective = (i: number) =>
    isContent(i) && (view.shape[i]! & Shape.LowerInitial) !== 0 && facts(i).adjectiveEnding;

  const candidates = new Map<string, Candidate>();
  const add = (first: number, last: number): void => {
    let allGeneric = true;
    for (let i = first; i <= last && allGeneric; i++) allGeneric = facts(i).generic;
    if (allGeneric) return;
    if (first === last && facts(first).capitalisedAdjectiveEnding) return;
    let key = '';
    let idfSum = 0;
    for (let i = first; i <= last; i++) {
      key += (i > first ? ' ' : '') + view.stem[i]!;
      idfSum += facts(i).idf;
    }
    const existing = candidates.get(key);
    if (existing) existing.count++;
    else
      candidates.set(key, {
        first,
        last,
        count: 1,
        idf: idfSum / (last - first + 1),
        words: last - first + 1,
        raw: 0,
        padded: undefined,
      });
  };
  const padded = (candidate: Candidate): string =>
    (candidate.padded ??= ` ${spanText(view, candidate.first, candidate.last)} `);
  for (let i = 0; i < view.count; i++) {
    if (!isNoun(i) && !isAdjective(i)) continue;
    // A phrase: adjectives, then nouns; it ends on a noun.
    let j = i;
    while (j < view.count && isAdjective(j) && view.sentence[j] === view.sentence[i]) j++;
    const nounStart = j;
    while (j < view.count && j - i < MAX_PHRASE_WORDS && isNoun(j) && view.sentence[j] === view.sentence[i]) j++;
    if (j === nounStart) continue;
    const last = j - 1;
    for (let first = i; first <= last; first++) {
      if (first >= nounStart || isAdjective(first)) add(first, last);
    }
    // Each noun of a run is a candidate too (`Registermodernisierung` in `Registermodernisierung Bund`).
    for (let noun = nounStart; noun < last; noun++) add(noun, noun);
    i = last;
  }

  const scored = [...candidates.values()];
  for (const candidate of scored) candidate.raw = candidate.count * candidate.idf * (1 + 0.2 * (candidate.words - 1));
  // Comparisons, not a difference of scores: a comparator returning a fraction allocates it on every call.
  scored.sort((a, b) => (b.raw > a.raw ? 1 : b.raw < a.raw ? -1 : a.first - b.first));
  // A part that only ever occurs inside a chosen phrase adds nothing (`ÖV-Symposium` beside `ÖV-Symposium NRW`).
  const chosen: Candidate[] = [];
  for (const candidate of scored) {
    if (chosen.length === limit) break;
    const inside = chosen.some(
      (phrase) => phrase.count >= candidate.count && padded(phrase).includes(padded(candidate)),
    );
    if (!inside) chosen.push(candidate);
  }
  const top = chosen[0]?.raw ?? 1;
  return chosen.map((phrase) => ({
    text: padded(phrase).slice(1, -1),
    score: Math.round((phrase.raw / top) * 1000) / 1000,
  }));
}

function personTokens(view: TokenView, entities: readonly EntityMention[]): Uint8Array {
  const person = new Uint8Array(view.count);
  let m = 0;
  for (let i = 0; i < view.count; i++) {
    while (m < entities.length && entities[m]!.end <= view.starts[i]!) m++;
    const entity = entities[m];
    if (entity?.type === 'PER' && view.starts[i]! >= entity.start) person[i] = 1;
  }
  return person;
}
