// Places by their shape: a place adjective before a venue noun (`Hamburger
// Hafen`, `Deutsches Museum`, `Kölner Dom`), and a venue noun before a known
// place (`Congress Center Düsseldorf`, `Kongresszentrum Leipzig`), and two known
// places joined by a hyphen, a city and its district (`Berlin-Lichtenberg`,
// `Hamburg-Altona`); buildings by their compound noun before a place or a name
// (`Kreishaus Lüneburg`, `Gemeindezentrum Birkenberg`), `Haus der Kantone`,
// `im Alten Rathaus`; streets and squares before a house number or after a
// preposition (`Römerstraße 15`, `am Sedanplatz`).

import type { AnalysedText } from '../../text/analysed-text.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import { Kind } from '../../text/token-table.js';
import {
  endsWithAny,
  isCapitalisedWord,
  isKnownPlaceWord,
  isNameWord,
  isPlaceAdjective,
  joinsPrevious,
  landLength,
  memoised,
  placeAdjectiveStem,
  placeLength,
} from '../token-tests.js';

export function placeNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:place', recognize: (doc, lexicon) => findPlaceNames(doc, lexicon) };
}

export function findPlaceNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  const push = (first: number, last: number, confidence: number): void => {
    found.push({ start: view.starts[first]!, end: view.ends[last]!, type: 'LOC', confidence });
  };
  const mayOpen = view.answers.perToken(mayOpenName, view, lexicon);
  for (let i = 0; i < view.count; i++) {
    if (!mayOpen[i]) continue;
    const surface = view.surface[i]!;
    const building = buildingAt(view, i, lexicon);
    if (building !== undefined) {
      push(building.first, building.last, 0.7);
      i = building.last;
      continue;
    }
    if (isStreetAt(view, i, lexicon)) {
      push(i, i, 0.7);
      continue;
    }
    if (
      lexicon.venueAdjectiveHeads.has(surface) &&
      i > 0 &&
      joinsPrevious(view, i) &&
      isPlaceAdjective(view, i - 1, lexicon, false)
    ) {
      found.push({ start: view.starts[i - 1]!, end: view.ends[i]!, type: 'LOC', confidence: 0.7 });
      continue;
    }
    if (isCityDistrict(view, i, lexicon)) {
      found.push({ start: view.starts[i]!, end: view.ends[i]!, type: 'LOC', confidence: 0.65 });
      continue;
    }
    const heads = lexicon.venuePlaceHeads.get(surface);
    if (heads === undefined) continue;
    for (const head of heads) {
      let matches = true;
      for (let j = 1; j < head.length && matches; j++)
        matches = view.surface[i + j] === head[j] && joinsPrevious(view, i + j);
      const place = i + head.length;
      if (!matches || !joinsPrevious(view, place)) continue;
      const length = placeLength(view, place, lexicon);
      if (length === 0) continue;
      found.push({ start: view.starts[i]!, end: view.ends[place + length - 1]!, type: 'LOC', confidence: 0.7 });
      break;
    }
  }
  return found;
}

/**
 * Whether a place can be found at a token of this form: each rule of the loop above asks first what the word is on its
 * own — a listed venue head (`Hafen`, `Congress`), or a capitalised word that is a house (`Haus`), an adjective opening
 * a building's name (`Alten`), a building noun (`Kreishaus`), a street (`Römerstraße`) or a hyphenated compound
 * (`Berlin-Lichtenberg`). Asked once per form, so that the other tokens skip the rules.
 */
function mayOpenName(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  if (lexicon.venueAdjectiveHeads.has(surface) || lexicon.venuePlaceHeads.has(surface)) return true;
  if (view.kind[i] !== Kind.Word || !(view.shape[i]! & Shape.Capitalised) || view.shape[i]! & Shape.AllCaps)
    return false;
  return (
    lexicon.houses.has(surface) ||
    memoised(view, i, isNameAdjective, lexicon) ||
    memoised(view, i, isBuildingNoun, lexicon) ||
    memoised(view, i, isStreetWord, lexicon) ||
    surface.indexOf('-') >= 3
  );
}

function isCityDistrict(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & (Shape.AllCaps | Shape.HasDigit)) return false;
  const surface = view.surface[i]!;
  const hyphen = surface.indexOf('-');
  if (hyphen < 3 || hyphen !== surface.lastIndexOf('-')) return false;
  const form = memoised(view, i, cityDistrictForm, lexicon);
  return form === 'known' || (form === 'unlisted' && i > 0 && lexicon.districtPrepositions.has(view.surface[i - 1]!));
}

/**
 * `Berlin-Lichtenberg`: a known place, then a place the gazetteers know too (a district, a town): `known`; or then a
 * name no list holds, no common word or abstract noun (`Berlin-Wedding`): `unlisted`.
 */
function cityDistrictForm(view: TokenView, i: number, lexicon: EntityLexicon): 'known' | 'unlisted' | undefined {
  const surface = view.surface[i]!;
  const hyphen = surface.indexOf('-');
  const district = surface.slice(hyphen + 1);
  if (district.length < 3 || lexicon.commonWords.has(district)) return undefined;
  if (!isKnownPlaceWord(surface.slice(0, hyphen), lexicon)) return undefined;
  if (isKnownPlaceWord(district, lexicon)) return 'known';
  const unlisted =
    !lexicon.notCities.has(surface.slice(0, hyphen)) &&
    /^\p{Lu}\p{Ll}+$/u.test(district) &&
    !endsWithAny(district.toLowerCase(), lexicon.notPlaceEndings) &&
    lexicon.gazetteer.entryForKey(lexicon.text.stem(district.toLowerCase()), district.toLowerCase()) === undefined;
  return unlisted ? 'unlisted' : undefined;
}

/**
 * A building or venue: `Haus der Kantone`, `im Alten Rathaus` (`Linz` after it joins), or a building's compound noun
 * before a known place or an unlisted name (`Kreishaus Lüneburg`, `Weser-Ems-Halle Oldenburg`, `Gemeindezentrum
 * Birkenberg`).
 */
function buildingAt(view: TokenView, i: number, lexicon: EntityLexicon): { first: number; last: number } | undefined {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return undefined;
  const surface = view.surface[i]!;
  // `Haus der Kantone`, `Haus des Reichs`.
  if (
    lexicon.houses.has(surface) &&
    lexicon.ownerArticles.has(view.surface[i + 1] ?? '') &&
    joinsPrevious(view, i + 1) &&
    joinsPrevious(view, i + 2) &&
    isNameWord(view, i + 2, lexicon)
  ) {
    return { first: i, last: i + 2 };
  }
  // `im Alten Rathaus`, `am Neuen Hafen`, `zum Technischen Rathaus`.
  if (
    followsPreposition(view, i, lexicon, lexicon.venueLocatives) &&
    memoised(view, i, isNameAdjective, lexicon) &&
    joinsPrevious(view, i + 1) &&
    isCapitalisedWord(view, i + 1) &&
    !(view.shape[i + 1]! & Shape.AllCaps) &&
    // `nach der Technischen Richtlinie`, `die Neue Bauordnung`: a rule or an abstract noun is no building.
    !endsWithAny(view.norm[i + 1]!, lexicon.notPlaceEndings) &&
    !endsWithAny(view.norm[i + 1]!, lexicon.longFormLawWords) &&
    !endsWithAny(view.norm[i + 1]!, lexicon.lawSuffixes)
  ) {
    const place = joinsPrevious(view, i + 2) ? placeLength(view, i + 2, lexicon) : 0;
    return { first: i, last: i + 1 + place };
  }
  if (!memoised(view, i, isBuildingNoun, lexicon) || !joinsPrevious(view, i + 1)) return undefined;
  const place = placeLength(view, i + 1, lexicon);
  if (place > 0) return { first: i, last: i + place };
  const name = i + 1;
  if (
    isNameWord(view, name, lexicon) &&
    !lexicon.commonWords.has(view.surface[name]!) &&
    !landLength(view, name, lexicon)
  )
    return { first: i, last: name };
  return undefined;
}

/** `Alten`, `Neuem`, `Technischen`: a capitalised adjective that opens a building's name. */
function isNameAdjective(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return placeAdjectiveStem(view.surface[i]!, lexicon, new Set(lexicon.venueNameAdjectives)) !== undefined;
}

function isBuildingNoun(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const lower = view.norm[i]!;
  return lexicon.venueCompoundHeads.some(
    (head) => lower === head || (lower.endsWith(head) && lower.length > head.length + 2),
  );
}

/** `Römerstraße 15`, `am Sedanplatz`, `an der Schlossmühlestrasse`: a street or square, not a common word. */
function isStreetAt(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return false;
  if (!memoised(view, i, isStreetWord, lexicon)) return false;
  const next = i + 1;
  if (joinsPrevious(view, next) && view.kind[next] === Kind.Number && view.surface[next]!.length <= 4) return true;
  return followsPreposition(view, i, lexicon, lexicon.streetPrepositions);
}

/** `im Alten Rathaus`, `in der Alten Münze`: one of `contracted` before i, or a preposition and an article. */
function followsPreposition(
  view: TokenView,
  i: number,
  lexicon: EntityLexicon,
  contracted: ReadonlySet<string>,
): boolean {
  if (i < 1 || !joinsPrevious(view, i)) return false;
  if (contracted.has(view.norm[i - 1]!)) return true;
  return (
    i >= 2 &&
    lexicon.venueArticles.has(view.norm[i - 1]!) &&
    joinsPrevious(view, i - 1) &&
    lexicon.venuePrepositions.has(view.norm[i - 2]!)
  );
}

function isStreetWord(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  if (lexicon.commonWords.has(surface)) return false;
  const lower = view.norm[i]!;
  return lexicon.streetSuffixes.some((suffix) => lower.endsWith(suffix) && lower.length > suffix.length + 2);
}
