// Small questions the entity patterns ask about one token or a short run of
// tokens: is it a capitalised name word, a German Land, a known place?

import { SENTENCE_STARTERS } from '../../text/lexicon.js';
import { stemGerman } from '../../text/normalize.js';
import { Flag, Kind } from '../../text/token-table.js';
import { knownEntry } from '../gazetteer.js';
import type { EntityLexicon } from '../lexicon.js';
import { Shape, type TokenView } from '../../text/token-view.js';

export function isWord(view: TokenView, i: number): boolean {
  return i >= 0 && i < view.count && view.kind[i] === Kind.Word;
}

export function isCapitalisedWord(view: TokenView, i: number): boolean {
  return isWord(view, i) && (view.shape[i]! & Shape.Capitalised) !== 0 && !(view.flags[i]! & Flag.Suspended);
}

export function isLowerWord(view: TokenView, i: number): boolean {
  return isWord(view, i) && (view.shape[i]! & Shape.LowerInitial) !== 0;
}

/** The next token continues the current line or paragraph (no blank line between). */
export function joinsPrevious(view: TokenView, i: number): boolean {
  return i < view.count && !(view.flags[i]! & Flag.BlankLineBefore) && view.sentence[i] === view.sentence[i - 1];
}

/** A capitalised word that may be part of a person's name (`Kuhn`, `Müller-Lüdenscheidt`). */
export function isNameWord(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i)) return false;
  const shape = view.shape[i]!;
  if (shape & (Shape.AllCaps | Shape.HasDigit)) return false;
  const surface = view.surface[i]!;
  if (surface.length < 2 || lexicon.notNames.has(surface) || SENTENCE_STARTERS.has(surface) || lexicon.roles.has(surface)) {
    return false;
  }
  return !surface.includes('.') || /^\p{Lu}\.$/u.test(surface);
}

/**
 * A name word that may be a surname: a listed surname, or no common word. Without
 * a first name or title before it (`vouched` false), no name the gazetteers know
 * as something else either.
 */
export function isSurname(view: TokenView, i: number, lexicon: EntityLexicon, vouched = false): boolean {
  if (!isNameWord(view, i, lexicon)) return false;
  const surface = view.surface[i]!;
  if (lexicon.surnames.has(surface)) return true;
  if (lexicon.commonWords.has(surface)) return false;
  // `Müller-Lüdenscheidt`, but not `Hochhuth-Stück`: no part of a double name is a common word.
  if (surface.includes('-') && surface.split('-').some((part) => lexicon.commonWords.has(part))) return false;
  return vouched || !isKnownNonPerson(view, i, lexicon);
}

/** A single token the gazetteers know as something other than a person. */
export function isKnownNonPerson(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return knownEntry(lexicon.gazetteer, view, i, i) !== undefined;
}

/** The type the gazetteers give a single token, if any. */
export function knownType(view: TokenView, i: number, lexicon: EntityLexicon): string | undefined {
  return knownEntry(lexicon.gazetteer, view, i, i)?.type;
}

export function isFirstName(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isNameWord(view, i, lexicon)) return false;
  const surface = view.surface[i]!;
  // `Berlin`, `Paris` are first names too, but a place in these texts.
  if (isKnownNonPerson(view, i, lexicon)) return false;
  if (lexicon.firstNames.has(surface)) return true;
  // `Hans-Peter`, `Anna-Lena`: every part a first name.
  const hyphen = surface.indexOf('-');
  return hyphen > 0 && surface.split('-').every((part) => lexicon.firstNames.has(part));
}

/** An initial: `M.` in `M. Kuhn`. */
export function isInitial(view: TokenView, i: number): boolean {
  return i < view.count && view.kind[i] === Kind.Abbreviation && /^\p{Lu}\.$/u.test(view.surface[i]!);
}

export function isTitle(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (i >= view.count) return false;
  const kind = view.kind[i];
  if (kind !== Kind.Abbreviation && kind !== Kind.Word) return false;
  return lexicon.personTitles.has(view.surface[i]!.replace(/[\s\u00A0\u202F]/g, ''));
}

/** Tokens (1 or 2) naming a German Land at `i`, or 0: `NRW`, `Nordrhein-Westfalen`, `Bayerns`. */
export function landLength(view: TokenView, i: number, lexicon: EntityLexicon): number {
  if (!isWord(view, i)) return 0;
  const surface = view.surface[i]!;
  return lexicon.laender.has(surface) || lexicon.landGenitives.has(surface) ? 1 : 0;
}

/** The Land's name in the nominative: `NRW` → `Nordrhein-Westfalen`, `Bayerns` → `Bayern`. */
export function landName(surface: string, lexicon: EntityLexicon): string {
  return lexicon.landAbbreviations.get(surface) ?? lexicon.landGenitives.get(surface) ?? surface;
}

/** Tokens (1–4) of a place the gazetteers know (city, district, Land, country) at `i`, or 0. */
export function placeLength(view: TokenView, i: number, lexicon: EntityLexicon): number {
  if (!isCapitalisedWord(view, i)) return 0;
  for (let length = Math.min(4, view.count - i); length >= 1; length--) {
    const entry = knownEntry(lexicon.gazetteer, view, i, i + length - 1);
    if (entry?.type === 'LOC') return length;
  }
  return landLength(view, i, lexicon);
}

/**
 * The word, or the word without a genitive `-es`/`-s`, whichever `accepts` takes
 * (tried in that order): `Ministeriums` → `Ministerium`, `Onlinezugangsgesetzes`
 * → `Onlinezugangsgesetz`; undefined when it takes none.
 */
export function withoutGenitive(surface: string, accepts: (form: string) => boolean): string | undefined {
  if (accepts(surface)) return surface;
  if (surface.endsWith('es') && accepts(surface.slice(0, -2))) return surface.slice(0, -2);
  if (surface.endsWith('s') && accepts(surface.slice(0, -1))) return surface.slice(0, -1);
  return undefined;
}

/** The word without a genitive ending when the bare form is in `set`: `Ministeriums` → `Ministerium`. */
export function baseFormIn(surface: string, set: ReadonlySet<string>): string | undefined {
  return withoutGenitive(surface, (form) => set.has(form));
}

/** Lower-case adjectives inside names (`öffentliche Verwaltung`); articles and pronouns are not. */
export function isLowerAdjective(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isLowerWord(view, i)) return false;
  const norm = view.norm[i]!;
  return norm.length > 3 && endsWithAny(norm, lexicon.lowerAdjectiveEndings) && !lexicon.determiners.has(norm);
}

/** A capitalised adjective (`Digitale`, `Öffentlichen`, `Digitaler`). */
export function looksLikeAdjective(surface: string, lexicon: EntityLexicon): boolean {
  return endsWithAny(surface, lexicon.capitalisedAdjectiveEndings);
}

export function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
}

/**
 * `Hessisches`, `Deutscher`, `Thüringer`, `Kieler`: an adjective of a place before
 * a name; with `levels`, also of a level of government (`Kommunalen`, `Föderale`).
 */
export function isPlaceAdjective(view: TokenView, i: number, lexicon: EntityLexicon, levels = true): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return false;
  const kind = memoised(lexicon, 'placeAdjective', view.surface[i]!, (surface) => adjectiveKind(surface, lexicon));
  return kind === 'place' || (levels && kind === 'level');
}

function adjectiveKind(surface: string, lexicon: EntityLexicon): 'place' | 'level' | undefined {
  for (const ending of lexicon.placeAdjectiveEndings) {
    if (!surface.endsWith(ending)) continue;
    const stem = surface.slice(0, surface.length - ending.length);
    if (lexicon.placeAdjectiveStems.has(stem)) return 'place';
    if (lexicon.levelAdjectiveStems.has(stem)) return 'level';
  }
  if (!surface.endsWith('er') || surface.length < 5) return undefined;
  const place = lexicon.gazetteer.entryForKey(spanKeyOfWord(surface.slice(0, -2)));
  return place?.type === 'LOC' ? 'place' : undefined;
}

/** The gazetteer key of a single capitalised word given as text. */
function spanKeyOfWord(word: string): string {
  return stemGerman(word.toLowerCase());
}

const MEMO_LIMIT = 100_000;

/**
 * Answers about a word form that depend on the form alone (suffix tests over
 * the pattern lists), computed once per distinct form and kept on the lexicon:
 * running text repeats its words, so the patterns stay fast on long documents.
 */
export function memoised<T>(lexicon: EntityLexicon, question: string, form: string, compute: (form: string) => T): T {
  let answers = lexicon.answers[question] as Map<string, T> | undefined;
  if (answers === undefined) lexicon.answers[question] = answers = new Map();
  let answer = answers.get(form);
  if (answer === undefined && !answers.has(form)) {
    answer = compute(form);
    if (answers.size >= MEMO_LIMIT) answers.clear();
    answers.set(form, answer);
  }
  return answer as T;
}
