// A pass for places no list holds, found by their context: a word that can
// only be a name (entities/token-tests.ts, isUnlistedPlaceWord) is a place
// after a noun of a kind of place (`die Gemeinden Kelmis`, `Ortsteil Sagl`,
// `Gemeinden wie Brixen`), in a list after a place (`Graz und Klagenfurt`,
// `Kelmis, Raeren und Lontzen`), as one of a pair after `in` or `aus` (`in Urfahr
// und Ebelsberg`), with a region's ending after an article (`im Vinschgau`,
// `aus dem Pongau`), or in a dateline (`Frauenfeld, 3. Juli 2025`). A place
// found so counts wherever the document repeats the word. Austrian, Swiss,
// East Belgian and South Tyrolean towns, districts and regions are what the
// lists miss most; their contexts are the same as a German town's.

import type { EntityMention } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import { Flag, Kind } from '../../text/token-table.js';
import type { TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import { mentionTokens } from '../mention-tokens.js';
import { endsWithAny, isCapitalisedWord, isUnlistedPlaceWord, isYear, joinsPrevious } from '../token-tests.js';
import { AddedMentions, mergeMentions } from './added-mentions.js';

const CONFIDENCE = 0.6;

export function addContextPlaces(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  const { view } = doc;
  const tokens = mentionTokens(view, mentions);
  // 1 where a place is: a LOC mention's tokens, and the places this pass adds.
  const place = new Uint8Array(view.count);
  for (let m = 0; m < mentions.length; m++) {
    if (mentions[m]!.type !== 'LOC' || tokens.first[m]! < 0) continue;
    place.fill(1, tokens.first[m]!, tokens.last[m]! + 1);
  }
  let added: AddedMentions | undefined;
  const found = new Set<string>();
  for (let i = 0; i < view.count; i++) {
    if (tokens.covered[i] || !isCapitalisedWord(view, i) || !isUnlistedPlaceWord(view, i, lexicon)) continue;
    const reason = placeContext(view, i, place, lexicon);
    if (reason === undefined) continue;
    added ??= new AddedMentions(doc, tokens.covered);
    const last = slashedNameEnd(view, i);
    const name = doc.text.slice(view.starts[i]!, view.ends[last]!);
    if (!added.add(i, last, 'LOC', name, CONFIDENCE, reason)) continue;
    place.fill(1, i, last + 1);
    if (last === i) found.add(name);
    i = last;
  }
  if (added === undefined) return mentions;
  // The document's other mentions of a place found so: the word standing alone, not opening a longer name.
  for (let i = 0; i < view.count; i++) {
    if (tokens.covered[i] || !found.has(view.surface[i]!)) continue;
    if (joinsPrevious(view, i + 1) && isCapitalisedWord(view, i + 1)) continue;
    added.add(i, i, 'LOC', view.surface[i]!, CONFIDENCE, 'context:repeat');
  }
  return mergeMentions(mentions, added.list);
}

/** `Biel/Bienne`: a name in two languages, written with a slash and no spaces, is one place; else i. */
function slashedNameEnd(view: TokenView, i: number): number {
  const other = i + 2;
  const joined =
    view.surface[i + 1] === '/' &&
    other < view.count &&
    view.ends[i] === view.starts[i + 1] &&
    view.ends[i + 1] === view.starts[other] &&
    isCapitalisedWord(view, other);
  return joined ? other : i;
}

/** Why the unlisted name at i is a place, as the source's reason; undefined when its context says nothing. */
function placeContext(view: TokenView, i: number, place: Uint8Array, lexicon: EntityLexicon): string | undefined {
  // `und Heide Simonis`, `Gemeinden Kelmis Raeren`: a name going on is no single place.
  const next = slashedNameEnd(view, i) + 1;
  const nameGoesOn = joinsPrevious(view, next) && isCapitalisedWord(view, next);
  if (isDateline(view, i, lexicon)) return 'context:dateline';
  if (nameGoesOn) return undefined;
  const before = i > 0 && joinsPrevious(view, i) ? view.norm[i - 1]! : '';
  if (lexicon.placeListWords.has(before) && i >= 2 && place[i - 2] && joinsPrevious(view, i - 1)) {
    // After a comma the list goes on (`Kelmis, Raeren und Lontzen`), or the comma ends a clause (`aus Flintbek, Pendler fahren`).
    if (before !== ',' || (joinsPrevious(view, next) && lexicon.placeListWords.has(view.norm[next]!)))
      return 'context:place-list';
  }
  if (followsPlaceClassNoun(view, i, lexicon)) return 'context:place-noun';
  if (
    lexicon.regionArticles.has(before) &&
    endsWithAny(view.norm[i]!, lexicon.regionSuffixes, 3) &&
    !endsWithAny(view.norm[i]!, lexicon.notRegionEndings)
  )
    return 'context:region';
  if (lexicon.placePairPrepositions.has(before) && startsPlacePair(view, i, lexicon)) return 'context:place-pair';
  return undefined;
}

/** `Gemeinden Kelmis`, `Ortsteil Sagl`, `Pilotgemeinden wie Brixen`. */
function followsPlaceClassNoun(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  let noun = i - 1;
  if (noun > 0 && lexicon.placeClassNounBridges.has(view.norm[noun]!) && joinsPrevious(view, noun)) noun--;
  if (noun < 0 || !joinsPrevious(view, noun + 1) || !isCapitalisedWord(view, noun)) return false;
  const surface = view.surface[noun]!;
  return lexicon.placeClassNouns.has(surface) || endsWithAny(view.norm[noun]!, lexicon.placeClassNounTails, 3);
}

/** `Urfahr und Ebelsberg` after `in`: two unlisted names joined by `und` or `oder`, the second ending the name. */
function startsPlacePair(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const second = i + 2;
  return (
    joinsPrevious(view, i + 1) &&
    lexicon.placePairConjunctions.has(view.norm[i + 1]!) &&
    joinsPrevious(view, second) &&
    isUnlistedPlaceWord(view, second, lexicon) &&
    !(joinsPrevious(view, second + 1) && isCapitalisedWord(view, second + 1))
  );
}

/**
 * `Frauenfeld, 3. Juli 2025` or `Bozen, 12.02.2025` opening a line, or after a mark on it (`NÖN · Interview Bozen, …`):
 * the place a report was written.
 */
function isDateline(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (view.surface[i + 1] !== ',' || !joinsPrevious(view, i + 1) || !joinsPrevious(view, i + 2)) return false;
  const date = i + 2;
  const datePart =
    view.kind[date] === Kind.Date ||
    (view.kind[date] === Kind.Ordinal && isCapitalisedWord(view, date + 1) && isYear(view, date + 2));
  if (!datePart) return false;
  if (i === 0 || view.flags[i]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) return true;
  // A mark and at most one word between it and the place on the same line.
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    if (lexicon.datelineMarks.has(view.surface[j]!)) return true;
    if (view.flags[j]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) return false;
  }
  return false;
}
