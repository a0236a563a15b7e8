// Magazines, newsletters and blogs no list holds, by their masthead: a short
// name opening a line, then a mark and what a masthead says next — a
// publication noun (`AMT & NETZ – Das Magazin für kommunale IT`), an issue
// (`Kommunal-Kompass – Ausgabe Mai 2026`, `Der Verwaltungsbrief Ausgabe vom …`)
// or a section and a date (`Staatsdigital · Köpfe 26. Juni 2025`). A
// publication is an ORG (ANNOTATION.md); the repeat pass finds it again in the text.

import type { AnalysedText } from '../../text/analysed-text.js';
import { Flag, Kind } from '../../text/token-table.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { endsWithAny, isCapitalisedWord, isYear, isWord } from '../token-tests.js';

export function mastheadNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:masthead', recognize: (doc, lexicon) => findMastheadNames(doc, lexicon) };
}

/** A masthead's name has at most this many words. */
const MAX_WORDS = 4;

export function findMastheadNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  for (let i = 0; i < view.count; i++) {
    if (!opensLine(view, i) || !isWord(view, i) || !startsName(view, i, lexicon)) continue;
    const last = nameEnd(view, i, lexicon);
    if (last < 0) continue;
    const single = last === i;
    if (single && (lexicon.commonWords.has(view.surface[i]!) || lexicon.genreWords.has(view.surface[i]!))) continue;
    const after = last + 1;
    let named = false;
    if (lexicon.issueWords.has(view.surface[after]!)) named = numberFollows(view, after + 1);
    else if (lexicon.mastheadMarks.has(view.surface[after]!))
      named =
        (lexicon.issueWords.has(view.surface[after + 1]!) && numberFollows(view, after + 2)) ||
        namesPublication(view, after + 1, lexicon) ||
        sectionAndDate(view, after + 1);
    if (named) found.push({ start: view.starts[i]!, end: view.ends[last]!, type: 'ORG', confidence: 0.6 });
  }
  return found;
}

/** `AMT`, `Staatsdigital`, `eGov-Kurier`, `Der`, not `in` or `Von`. */
function startsName(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (lexicon.venuePrepositions.has(view.norm[i]!)) return false;
  return isCapitalisedWord(view, i) || /\p{Lu}/u.test(view.surface[i]!);
}

/** `6/2026`, `vom 21. August 2025`, `Mai 2026`: a number or date within two tokens on the line. */
function numberFollows(view: TokenView, i: number): boolean {
  for (let j = i; j <= i + 2 && onLine(view, j); j++) {
    const kind = view.kind[j];
    if (kind === Kind.Number || kind === Kind.Date || kind === Kind.Ordinal) return true;
  }
  return false;
}

function opensLine(view: TokenView, i: number): boolean {
  return i === 0 || (view.flags[i]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) !== 0;
}

function onLine(view: TokenView, i: number): boolean {
  return i < view.count && (view.flags[i]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) === 0;
}

/**
 * The last token of a masthead's name from i: words without digits (`&` between them), up to a mark or an issue
 * word on the same line; -1 when the line goes otherwise.
 */
function nameEnd(view: TokenView, i: number, lexicon: EntityLexicon): number {
  let words = 0;
  for (let j = i; j < view.count && (j === i || onLine(view, j)); j++) {
    const surface = view.surface[j]!;
    if (j > i && (lexicon.mastheadMarks.has(surface) || lexicon.issueWords.has(surface)))
      return view.surface[j - 1] === '&' ? -1 : j - 1;
    if (surface === '&' && j > i) continue;
    if (!isWord(view, j) || view.shape[j]! & Shape.HasDigit || ++words > MAX_WORDS) return -1;
  }
  return -1;
}

/** `Das Magazin für …`, `Fachmagazin`, `Newsletter Ausgabe 7/2025`: a publication's noun, an article before it. */
function namesPublication(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const noun = lexicon.publicationArticles.has(view.surface[i]!) && onLine(view, i + 1) ? i + 1 : i;
  return onLine(view, noun) && isWord(view, noun) && endsWithAny(view.norm[noun]!, lexicon.publicationEndings);
}

/** `Köpfe 26. Juni 2025`, `Interview 29.01.2026`: a capitalised section word, then a date. */
function sectionAndDate(view: TokenView, i: number): boolean {
  if (!onLine(view, i) || !isCapitalisedWord(view, i)) return false;
  const date = i + 1;
  if (!onLine(view, date)) return false;
  return (
    view.kind[date] === Kind.Date ||
    (view.kind[date] === Kind.Ordinal && isCapitalisedWord(view, date + 1) && isYear(view, date + 2))
  );
}
