// Names that an abbreviation in brackets defines: the words before `(NOZ)`,
// `(EDÖB)`, `(EMBAG)` are a name when the abbreviation's letters appear in them
// in order, its first letter opening them (`Neue Osnabrücker Zeitung (NOZ)`,
// `Investitionsbank des Landes Brandenburg (ILB)`), or when a law or authority
// word opens them and the abbreviation's capitals are their words' initials
// (`Gesetz über die Information und den Datenschutz (IDG)`). The type comes from
// the words: a law word makes a LAW, a product noun at the end a PRODUCT, else
// an ORG. The abbreviation itself is added by the bracketed-short-forms pass.

import type { EntityType } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import { Flag, Kind } from '../../text/token-table.js';
import { Shape, type TokenView, spanText } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import {
  abbreviates,
  endsWithAny,
  isCapitalisedWord,
  isLowerAdjective,
  isPlaceAdjective,
  isRoleNoun,
  isWord,
  placeLength,
  withoutGenitiveEnding,
} from '../token-tests.js';

export function definedLongFormRecognizer(): EntityRecognizer {
  return { name: 'pattern:definition', recognize: (doc, lexicon) => findDefinedLongForms(doc, lexicon) };
}

/** A long form is at most this many tokens. */
const MAX_LONG_FORM = 14;

export function findDefinedLongForms(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  for (let open = 1; open + 2 < view.count; open++) {
    if (view.surface[open] !== '(' || view.surface[open + 2] !== ')') continue;
    const abbreviation = view.surface[open + 1]!;
    if (!isAbbreviation(view, open + 1)) continue;
    const last = open - 1;
    if (!isWord(view, last) || view.sentence[last] !== view.sentence[open + 1]) continue;
    const first = longFormStart(view, last, abbreviation, lexicon);
    if (first === undefined || !namesSomething(view, first, last, lexicon)) continue;
    found.push({
      start: view.starts[first]!,
      end: view.ends[last]!,
      type: longFormType(view, first, last, lexicon),
      canonical: spanText(view, first, last),
      confidence: 0.75,
    });
  }
  return found;
}

/** `NOZ`, `EDÖB`, `NaDB`, `DpL`: 2–8 letters, the first a capital, at least two capitals. */
function isAbbreviation(view: TokenView, i: number): boolean {
  if (!isWord(view, i) || !(view.shape[i]! & (Shape.AllCaps | Shape.InnerCapitals))) return false;
  const surface = view.surface[i]!;
  if (surface.length < 2 || surface.length > 8 || !/^\p{Lu}[\p{L}\d]*$/u.test(surface)) return false;
  return (surface.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * Where the long form ending at `last` starts: the nearest capitalised word the abbreviation abbreviates from there
 * (a law or authority word just before it with only function words between opens it instead); else the nearest law or
 * authority word whose words' initials hold the abbreviation's capitals.
 */
function longFormStart(
  view: TokenView,
  last: number,
  abbreviation: string,
  lexicon: EntityLexicon,
): number | undefined {
  const window = longFormWindow(view, last, lexicon);
  let byInitials: number | undefined;
  for (let start = last; start >= window; start--) {
    if (!opensLongForm(view, start)) continue;
    const words = spanText(view, start, last);
    if (abbreviates(abbreviation, words)) return widenToHead(view, start, window, lexicon);
    if (
      byInitials === undefined &&
      isHeadWord(view, start, lexicon) &&
      capitalsAreInitials(view, start, last, abbreviation)
    )
      byInitials = start;
  }
  return byInitials;
}

/** How far back the long form may reach: capitalised words, function words and lower-case adjectives on one line. */
function longFormWindow(view: TokenView, last: number, lexicon: EntityLexicon): number {
  let first = last;
  for (let i = last; i >= 0 && last - i < MAX_LONG_FORM; i--) {
    const fits =
      isCapitalisedWord(view, i) ||
      (isWord(view, i) && view.shape[i]! & (Shape.AllCaps | Shape.InnerCapitals)) ||
      (view.kind[i] === Kind.Abbreviation && view.shape[i]! & Shape.Capitalised) ||
      (view.flags[i]! & Flag.Suspended && isWord(view, i)) ||
      lexicon.longFormInnerWords.has(view.surface[i]!) ||
      isLowerAdjective(view, i, lexicon) ||
      (view.surface[i] === '-' && i < last);
    if (!fits) break;
    first = i;
    if (
      i === 0 ||
      view.flags[i]! & (Flag.NewlineBefore | Flag.BlankLineBefore) ||
      view.sentence[i - 1] !== view.sentence[i]
    )
      break;
  }
  return first;
}

function opensLongForm(view: TokenView, i: number): boolean {
  return isCapitalisedWord(view, i) || (isWord(view, i) && (view.shape[i]! & Shape.AllCaps) !== 0);
}

/** `Bundesgesetz über den Einsatz …`: a law or authority word before `start`, only function words between. */
function widenToHead(view: TokenView, start: number, window: number, lexicon: EntityLexicon): number {
  let i = start - 1;
  while (i >= window && lexicon.longFormInnerWords.has(view.surface[i]!)) i--;
  return i >= window && i < start - 1 && isHeadWord(view, i, lexicon) ? i : start;
}

/** A law word (`Gesetz`, `Bundesgesetz`, `Verordnung`) or an organisation head (`Bundesamt`, `Verband`). */
function isHeadWord(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i)) return false;
  const lower = withoutGenitiveEnding(view.norm[i]!, lexicon);
  return (
    endsWithAny(lower, lexicon.lawSuffixes) ||
    endsWithAny(lower, lexicon.longFormLawWords) ||
    lexicon.organisationHeads.has(withoutGenitiveEnding(view.surface[i]!, lexicon)) ||
    endsWithAny(lower, lexicon.organisationCompoundTails)
  );
}

/** Every capital of the abbreviation is the initial of a word of first..last (`IDG` ← `Gesetz über die Information und den Datenschutz`). */
function capitalsAreInitials(view: TokenView, first: number, last: number, abbreviation: string): boolean {
  const initials = new Set<string>();
  for (let i = first; i <= last; i++) if (isWord(view, i)) initials.add(view.surface[i]![0]!.toUpperCase());
  const capitals = abbreviation.match(/\p{Lu}/gu) ?? [];
  return capitals.length >= 2 && capitals.every((capital) => initials.has(capital));
}

/**
 * The words name an institution, law, service or place, not a term or a role (`Robotic Process Automation (RPA)`,
 * `Dokumentenmanagementsystem (DMS)`, `Chief Digital Officer (CDO)`): a head, law or product word, a place or its
 * adjective; one word alone only as a head or law word (`Auslandschweizer-Organisation (ASO)`).
 */
function namesSomething(view: TokenView, first: number, last: number, lexicon: EntityLexicon): boolean {
  if (isRoleNoun(view, last, lexicon)) return false;
  if (first === last) return isHeadWord(view, first, lexicon);
  for (let i = first; i <= last; i++) {
    if (!isCapitalisedWord(view, i)) continue;
    const lower = withoutGenitiveEnding(view.norm[i]!, lexicon);
    if (
      isHeadWord(view, i, lexicon) ||
      endsWithAny(lower, lexicon.longFormProductWords) ||
      isPlaceAdjective(view, i, lexicon) ||
      placeLength(view, i, lexicon) > 0
    )
      return true;
  }
  return false;
}

/** A law word anywhere makes a LAW; a product noun at the end a PRODUCT (`Nationaler Adressdienst`); else an ORG. */
function longFormType(view: TokenView, first: number, last: number, lexicon: EntityLexicon): EntityType {
  for (let i = first; i <= last; i++) {
    if (!isCapitalisedWord(view, i)) continue;
    const lower = withoutGenitiveEnding(view.norm[i]!, lexicon);
    if (endsWithAny(lower, lexicon.lawSuffixes) || endsWithAny(lower, lexicon.longFormLawWords)) return 'LAW';
  }
  const end = withoutGenitiveEnding(view.norm[last]!, lexicon);
  return endsWithAny(end, lexicon.longFormProductWords) ? 'PRODUCT' : 'ORG';
}
