// Names in quotation marks after a noun that says what they name: `die App
// „Wartefix“`, `Chatbot „Frida“`, `Förderprogramm „Digitale Amtsstube“`,
// `Projekt „Schutzschild Gemeinde“`, `Der Assistent mit dem Namen „Möwe“`. The
// quoted words are the span, the noun stays outside; its type is the noun's
// (entity-patterns.json quotedNames). A quoted title that opens or closes with an
// event noun is an event (`„Hackathon: Open Government 2026“`).

import type { EntityType } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import { Flag, Kind } from '../../text/token-table.js';
import { Shape, type TokenView, spanText } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { baseFormIn, isCapitalisedWord, isWord, memoised } from '../token-tests.js';

export function quotedNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:quoted', recognize: (doc, lexicon) => findQuotedNames(doc, lexicon) };
}

/** Quoted names are short: a longer quotation is a title or a saying. */
const MAX_NAME_TOKENS = 8;
/** How far before a name phrase (`mit dem Namen`) the noun is sought. */
const HEAD_SEARCH = 6;

export function findQuotedNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  for (let q = 0; q < view.count; q++) {
    if (!opensQuote(view, q)) continue;
    const close = closingQuote(view, q);
    if (close === undefined) continue;
    const first = q + 1;
    const last = close - 1;
    q = close;
    if (!opensName(view, first)) continue;
    const type = headType(view, first - 2, lexicon) ?? titledEvent(view, first, last, lexicon);
    if (type === undefined) continue;
    found.push({
      start: view.starts[first]!,
      end: view.ends[last]!,
      type,
      canonical: spanText(view, first, last),
      confidence: 0.75,
    });
  }
  return found;
}

/** A quotation mark directly followed by a word: `„Frida“`, `«Bilingo»`, `"Möwe"`. */
function opensQuote(view: TokenView, q: number): boolean {
  return view.kind[q] === Kind.Quote && q + 1 < view.count && !(view.flags[q + 1]! & Flag.SpaceBefore);
}

/** The quotation mark that closes the one at `q`, directly after a word, on the same line and in the same sentence. */
function closingQuote(view: TokenView, q: number): number | undefined {
  for (let j = q + 2; j < view.count && j - q - 1 <= MAX_NAME_TOKENS + 1; j++) {
    const flags = view.flags[j]!;
    if (flags & (Flag.NewlineBefore | Flag.BlankLineBefore) || view.sentence[j] !== view.sentence[q]) return undefined;
    if (view.kind[j] === Kind.Quote) return flags & Flag.SpaceBefore || j - q - 1 > MAX_NAME_TOKENS ? undefined : j;
  }
  return undefined;
}

/** A name opens with a capital (`Frida`) or has capitals inside (`reXpost`, `eID.li`, `meinStVith`). */
function opensName(view: TokenView, i: number): boolean {
  if (view.kind[i] !== Kind.Word && view.kind[i] !== Kind.Abbreviation) return false;
  return (view.shape[i]! & (Shape.Capitalised | Shape.AllCaps | Shape.InnerCapitals)) !== 0;
}

/** The type the noun at `before`, right before a quote, gives, directly or across a name phrase (`mit dem Namen`). */
function headType(view: TokenView, before: number, lexicon: EntityLexicon): EntityType | undefined {
  const direct = nounType(view, before, lexicon);
  if (direct !== undefined) return direct;
  for (const phrase of lexicon.quotedNamePhrases) {
    const phraseFirst = before - phrase.length + 1;
    if (phraseFirst <= 0 || !phrase.every((word, k) => view.surface[phraseFirst + k] === word)) continue;
    for (let h = phraseFirst - 1; h >= 0 && phraseFirst - h <= HEAD_SEARCH; h--) {
      if (view.sentence[h] !== view.sentence[before]) break;
      const type = nounType(view, h, lexicon);
      if (type !== undefined) return type;
    }
  }
  return undefined;
}

function nounType(view: TokenView, i: number, lexicon: EntityLexicon): EntityType | undefined {
  if (i < 0 || !isCapitalisedWord(view, i)) return undefined;
  return memoised(view, i, nounTypeOfWord, lexicon);
}

function nounTypeOfWord(view: TokenView, i: number, lexicon: EntityLexicon): EntityType | undefined {
  const surface = view.surface[i]!;
  const exact = lexicon.quotedNameExactHeads.get(surface);
  if (exact !== undefined) return exact;
  const lower = surface.toLowerCase();
  for (const [tail, type] of lexicon.quotedNameHeads) {
    if (!lower.endsWith(tail)) continue;
    const before = lower.length - tail.length;
    // The noun itself, a compound after a hyphen (`Gemeinde-App`), or a closed compound (`Textassistenten`).
    if (before !== 0 && lower[before - 1] !== '-' && before < 3) continue;
    // `Videokonferenz „…“`, `Online-Tagung „…“`: a meeting's form, not an event's name.
    if (type === 'EVENT' && [...lexicon.genericEventModifiers].some((word) => surface.startsWith(word)))
      return undefined;
    return type;
  }
  return undefined;
}

/** `„Hackathon: Open Government Sachsen-Anhalt 2026“`: a quoted title opening or closing with a strong event noun. */
function titledEvent(view: TokenView, first: number, last: number, lexicon: EntityLexicon): EntityType | undefined {
  // Only the nouns that name an event on their own (`Hackathon`, `Kongress`), not `Dialog` or `Tag`.
  const isEventNoun = (i: number) =>
    isWord(view, i) && baseFormIn(view.surface[i]!, lexicon.strongEventHeads, lexicon) !== undefined;
  let end = last;
  if (view.kind[end] === Kind.Number) end--;
  return isEventNoun(first) || (end > first && isEventNoun(end)) ? 'EVENT' : undefined;
}
