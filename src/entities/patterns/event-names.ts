// Events by their shape: an event noun in a hyphenated compound (`ÖV-Symposium`,
// `KI-Forums`) or a closed one (`Zukunftskongress`), or any event noun with an
// ordinal before it (`24. ÖV-Symposium`, `5. Digitaltag`) or a year after it
// (`Fachtag 2024`); a following Land, capitalised adjective + noun
// (`Öffentliche Verwaltung`, `Digitaler Aufbruch`), a place when an ordinal or a
// year marks the name (`3. Grenzgängerforum Bodensee`) and a year join the span.

import type { AnalysedText } from '../../text/analysed-text.js';
import { Flag, Kind } from '../../text/token-table.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { Shape, type TokenView, spanText } from '../../text/token-view.js';
import {
  baseFormIn,
  endsWithAny,
  isCapitalisedWord,
  isPlaceAdjective,
  isYear,
  joinsPrevious,
  knownType,
  landLength,
  looksLikeAdjective,
  memoised,
  placeLength,
  withoutGenitive,
  withoutGenitiveEnding,
} from '../token-tests.js';

export function eventNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:event', recognize: (doc, lexicon) => findEventNames(doc, lexicon) };
}

export function findEventNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  for (let i = 0; i < view.count; i++) {
    const head = eventHead(view, i, lexicon);
    if (head === undefined) continue;
    // `Kommunaler Digitaltag`, `Kieler Open-Data-Tag`: a place adjective opens the name.
    let first = i;
    const placeAdjective = i > 0 && joinsPrevious(view, i) && isPlaceAdjective(view, i - 1, lexicon);
    if (placeAdjective) first = i - 1;
    // `3. Ostbelgischer Verwaltungstag`: after an ordinal, any capitalised adjective opens it.
    else if (
      i > 1 &&
      joinsPrevious(view, i) &&
      joinsPrevious(view, i - 1) &&
      view.kind[i - 2] === Kind.Ordinal &&
      isCapitalisedWord(view, i - 1) &&
      looksLikeEventAdjective(view.surface[i - 1]!, lexicon)
    ) {
      first = i - 1;
    }
    const ordinal = first > 0 && view.kind[first - 1] === Kind.Ordinal && joinsPrevious(view, first);
    if (ordinal) first--;
    let last = i;
    let modified = false;
    // `Forum Digitaler Aufbruch`, `KI-Forum Öffentliche Verwaltung`.
    if (
      joinsPrevious(view, i + 1) &&
      joinsPrevious(view, i + 2) &&
      isCapitalisedWord(view, i + 1) &&
      looksLikeAdjective(view.surface[i + 1]!, lexicon) &&
      isCapitalisedWord(view, i + 2) &&
      !(view.shape[i + 2]! & Shape.AllCaps)
    ) {
      last = i + 2;
      modified = true;
    }
    // A place after the head names the series' region when an ordinal or a year marks
    // the name (`6. Azubi-Hackathon Südwestfalen`, `Digitaltag Erzgebirge 2025`); a Land always.
    const placeAfter = joinsPrevious(view, last + 1) ? placeLength(view, last + 1, lexicon) : 0;
    const yearAfterPlace =
      placeAfter > 0 && joinsPrevious(view, last + placeAfter + 1) && isYear(view, last + placeAfter + 1);
    if (placeAfter > 0 && (ordinal || yearAfterPlace)) last += placeAfter;
    else if (joinsPrevious(view, last + 1) && landLength(view, last + 1, lexicon)) last++;
    let year = joinsPrevious(view, last + 1) && isYear(view, last + 1);
    // `Digitalforum Pannonia 2025`, `Städtedialog Digital 2026`, `3. Digitalforum Pannonia`: name words after the
    // head when a year follows them or an ordinal marks the name.
    if (!year && !modified && last === i) {
      const named = nameWordsAfter(view, i, lexicon);
      if (named > i && joinsPrevious(view, named + 1) && isYear(view, named + 1)) {
        last = named;
        year = true;
      } else if (named > i && ordinal) last = named;
    }
    if (year) last++;
    // `Fachkongress „Digitale Verwaltung“`: a quoted title right after the head.
    const quoted = !modified && last === i ? quotedTitleEnd(view, i + 1) : undefined;
    if (quoted !== undefined) last = quoted;
    // `Thüringer Bürgermeistertag`, `Kieler Woche`: a place adjective names an event series.
    const accepted =
      ordinal ||
      year ||
      (placeAdjective && (!head.closed || !isAssociationDay(view.norm[i]!, lexicon))) ||
      (head.strong && (head.compound || modified || quoted !== undefined));
    // `Tag 2025`, `Woche 2026`: a short weak noun alone and a year name nothing (`Fachtag 2024` does).
    const bare = !head.strong && !head.compound && view.surface[i]!.length <= 6 && first === i && last === i + 1;
    if (!accepted || bare) continue;
    found.push({
      start: view.starts[first]!,
      end: view.ends[last]!,
      type: 'EVENT',
      canonical: nominativeEvent(view, first, i, last, lexicon),
      confidence: ordinal || year ? 0.8 : 0.7,
    });
    i = last;
  }
  return found;
}

interface EventHead {
  strong: boolean;
  /** The head is the end of a compound: `ÖV-Symposium`, `Zukunftskongress`. */
  compound: boolean;
  /** A compound without hyphen: `Zukunftskongress`, `Digitaltag`. */
  closed: boolean;
}

/** `eGov-Apéro`, `eID-Forum`: a lower-case prefix with an inner capital before a hyphen. */
const LOWER_PREFIXED_COMPOUND = /^\p{Ll}{1,2}\p{Lu}[^-]*-\p{Lu}/u;

function eventHead(view: TokenView, i: number, lexicon: EntityLexicon): EventHead | undefined {
  const opens =
    isCapitalisedWord(view, i) ||
    (view.kind[i] === Kind.Word && view.surface[i]!.includes('-') && LOWER_PREFIXED_COMPOUND.test(view.surface[i]!));
  if (!opens || view.shape[i]! & Shape.AllCaps) return undefined;
  const head = memoised(view, i, eventHeadOfWord, lexicon);
  if (head?.closed) {
    // `Bundestag`, `Landkreistag`: closed compounds the lists know as something else.
    const known = knownType(view, i, lexicon);
    if (known !== undefined && known !== 'EVENT') return undefined;
  }
  return head;
}

function eventHeadOfWord(view: TokenView, i: number, lexicon: EntityLexicon): EventHead | undefined {
  const surface = view.surface[i]!;
  const hyphen = surface.lastIndexOf('-');
  if (hyphen > 0) {
    // `ÖV-Symposium`, `KI-Forums`, `Open-Data-Tag`; not `Online-Konferenz`.
    if (lexicon.genericEventModifiers.has(surface.slice(0, surface.indexOf('-')))) return undefined;
    const tail = surface.slice(hyphen + 1);
    if (baseFormIn(tail, lexicon.strongEventHeads, lexicon)) return { strong: true, compound: true, closed: false };
    // `VITAKO-Herbsttagung`, `KISA-Kundentag`: an organisation's acronym names its event.
    const byAcronym = /^\p{Lu}{2,}-/u.test(surface);
    if (baseFormIn(tail, lexicon.weakEventHeads, lexicon)) return { strong: byAcronym, compound: true, closed: false };
    // `Gemeinde-Digitaltag`: a closed compound after the hyphen.
    const closed = closedCompoundHead(tail.toLowerCase(), lexicon);
    return closed && byAcronym ? { ...closed, strong: true } : closed;
  }
  if (baseFormIn(surface, lexicon.strongEventHeads, lexicon)) return { strong: true, compound: false, closed: false };
  if (baseFormIn(surface, lexicon.weakEventHeads, lexicon)) return { strong: false, compound: false, closed: false };
  return closedCompoundHead(surface.toLowerCase(), lexicon);
}

/** Closed compounds: `Zukunftskongress` on its own; `Digitaltag`, `Länderforum` with an ordinal or year. */
function closedCompoundHead(lower: string, lexicon: EntityLexicon): EventHead | undefined {
  for (const tail of lexicon.closedEventCompoundTails) {
    if (lower.length > tail.length + 3 && hasTail(lower, tail, lexicon))
      return { strong: true, compound: true, closed: true };
  }
  for (const head of [...lexicon.weakEventHeads, ...lexicon.strongEventHeads]) {
    const tail = head.toLowerCase();
    if (lower.length > tail.length + 3 && hasTail(lower, tail, lexicon))
      return { strong: false, compound: true, closed: true };
  }
  return undefined;
}

/** `word` ends in `tail`, or in `tail` with a genitive ending (`Digitaltags`). */
function hasTail(word: string, tail: string, lexicon: EntityLexicon): boolean {
  return word.endsWith(tail) || lexicon.genitiveEndings.some((ending) => word.endsWith(tail + ending));
}

/** The name with its head in the nominative: `24. ÖV-Symposiums NRW` → `24. ÖV-Symposium NRW`. */
function nominativeEvent(view: TokenView, first: number, head: number, last: number, lexicon: EntityLexicon): string {
  const surface = view.surface[head]!;
  const nominative =
    withoutGenitive(surface, lexicon, (form) => endsWithAny(form.toLowerCase(), lexicon.eventHeadEndings)) ?? surface;
  const before = first < head ? `${spanText(view, first, head - 1)} ` : '';
  const after = head < last ? ` ${spanText(view, head + 1, last)}` : '';
  return before + nominative + after;
}

const MAX_QUOTED_TITLE_TOKENS = 10;

/** The closing quote's index when a short quoted title on the same line opens at `i`. */
function quotedTitleEnd(view: TokenView, i: number): number | undefined {
  if (!joinsPrevious(view, i) || view.kind[i] !== Kind.Quote || !isCapitalisedWord(view, i + 1)) return undefined;
  for (let j = i + 2; j < view.count && j - i <= MAX_QUOTED_TITLE_TOKENS; j++) {
    if (!joinsPrevious(view, j) || view.flags[j]! & Flag.NewlineBefore) return undefined;
    if (view.kind[j] === Kind.Quote) return j;
  }
  return undefined;
}

/** Capitalised words after the head that may continue an event's name (`Pannonia`, `Digital`, `Migration digital`). */
function nameWordsAfter(view: TokenView, head: number, lexicon: EntityLexicon): number {
  let last = head;
  for (let j = head + 1; j <= head + 2 && joinsPrevious(view, j); j++) {
    const named =
      (isCapitalisedWord(view, j) &&
        !(view.shape[j]! & Shape.AllCaps) &&
        !lexicon.roleNouns.has(view.surface[j]!) &&
        !lexicon.notNames.has(view.surface[j]!)) ||
      // `Zukunftsforum Migration digital`: a lower-case `digital` closes a series name.
      (j > head + 1 && lexicon.eventNameClosers.has(view.surface[j]!));
    if (!named) break;
    last = j;
  }
  return last;
}

/** `Ostbelgischer`, `Kommunaler`, `Kärntner`: a capitalised adjective (or a place's `-er` form) before an event noun. */
function looksLikeEventAdjective(surface: string, lexicon: EntityLexicon): boolean {
  return looksLikeAdjective(surface, lexicon) || (surface.endsWith('er') && surface.length > 4);
}

/** `Landkreistag`, `Städtetag`: a day that names an association, not an event. */
function isAssociationDay(lower: string, lexicon: EntityLexicon): boolean {
  const word = withoutGenitiveEnding(lower, lexicon);
  return endsWithAny(word, lexicon.associationHeads) || endsWithAny(word, lexicon.placeQualifiedSuffixes);
}
