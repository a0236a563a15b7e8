// The document-level pass: a name found once counts wherever the document
// repeats it. A name a pattern found by its context (`die App „Wartefix“`,
// `Bezirksamtsleiterin Şule Hamdorf`) is added where the same words recur
// without that context (`Wartefix meldet …`, source `context:repeat`), and so
// are its short forms (source `context:short-form`): a company without its legal
// form (`Quellwerk Systems GmbH` → `Quellwerk Systems`), an association without
// the adjective of its country or Land (`Deutscher Landkreistag` →
// `Landkreistag`), an event series without its ordinal or year (`3.
// Digitalforum Pannonia` → `Digitalforum Pannonia`).

import type { EntityMention, EntityType } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import { abbreviationKey } from '../../text/text-words.js';
import { Kind } from '../../text/token-table.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import { mentionTokens } from '../mention-tokens.js';
import {
  endsWithAny,
  isCapitalisedWord,
  isPlaceAdjective,
  isYear,
  joinsPrevious,
  landLength,
  placeLength,
  withoutGenitiveEnding,
} from '../token-tests.js';
import { AddedMentions, mergeMentions } from './added-mentions.js';

/** A name to look for: its words, and what a mention of it is. */
interface RepeatedName {
  words: readonly string[];
  type: EntityType;
  canonical: string;
  confidence: number;
  source: string;
}

export function repeatDocumentNames(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  if (mentions.length === 0) return mentions;
  const { view } = doc;
  const tokens = mentionTokens(view, mentions);
  const names = namesToRepeat(view, mentions, tokens.first, tokens.last, lexicon);
  if (names.size === 0) return mentions;

  const added = new AddedMentions(doc, tokens.covered);
  for (let i = 0; i < view.count; i++) {
    if (tokens.covered[i]) continue;
    const candidates = names.get(view.surface[i]!);
    if (candidates === undefined) continue;
    for (const name of candidates) {
      const last = i + name.words.length - 1;
      if (!occursAt(view, i, name.words) || !standsAlone(view, i, last, lexicon)) continue;
      if (added.add(i, last, name.type, name.canonical, name.confidence, name.source)) {
        i = last;
        break;
      }
    }
  }
  return mergeMentions(mentions, added.list);
}

/**
 * The names of the mentions and their short forms, by first word, longest first. A name found with two types is left
 * alone; names the gazetteers found are theirs to find again (only their short forms are added).
 */
function namesToRepeat(
  view: TokenView,
  mentions: readonly EntityMention[],
  firstToken: Int32Array,
  lastToken: Int32Array,
  lexicon: EntityLexicon,
): Map<string, RepeatedName[]> {
  const byWords = new Map<string, RepeatedName | null>();
  const offer = (name: RepeatedName): void => {
    if (!isNameLike(name.words, lexicon)) return;
    const key = name.words.join(' ');
    const known = byWords.get(key);
    if (known === undefined) byWords.set(key, name);
    else if (known !== null && known.type !== name.type) byWords.set(key, null);
  };
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const first = firstToken[m]!;
    const last = lastToken[m]!;
    if (first < 0 || mention.source.startsWith('context:')) continue;
    const words = view.surface.slice(first, last + 1);
    const confidence = Math.min(mention.confidence, 0.8);
    if (!mention.source.startsWith('gazetteer:') && !(mention.source.startsWith('model:') && words.length === 1)) {
      offer({ words, type: mention.type, canonical: mention.canonical, confidence, source: 'context:repeat' });
    }
    if (mention.type === 'ORG') {
      for (const initials of initialsOf(view, first, last, lexicon)) {
        offer({
          words: [initials],
          type: 'ORG',
          canonical: mention.canonical,
          confidence,
          source: 'context:short-form',
        });
      }
    }
    const short = shortForm(view, mention.type, first, last, lexicon);
    if (short !== undefined) {
      const shortWords = view.surface.slice(short.first, short.last + 1);
      const canonical = mention.type === 'EVENT' ? shortWords.join(' ') : mention.canonical;
      offer({ words: shortWords, type: mention.type, canonical, confidence, source: 'context:short-form' });
    }
  }
  const names = new Map<string, RepeatedName[]>();
  for (const name of byWords.values()) {
    if (name === null) continue;
    const list = names.get(name.words[0]!) ?? [];
    list.push(name);
    names.set(name.words[0]!, list);
  }
  for (const list of names.values()) list.sort((a, b) => b.words.length - a.words.length);
  return names;
}

/**
 * The short form of a name at tokens first..last, if it has one: a company without its legal form, an association
 * without the adjective before its one-word head, an event without its ordinal or year.
 */
function shortForm(
  view: TokenView,
  type: EntityType,
  first: number,
  last: number,
  lexicon: EntityLexicon,
): { first: number; last: number } | undefined {
  if (type === 'ORG') {
    const legalForm = legalFormLength(view, first, last, lexicon);
    if (legalForm > 0 && last - legalForm >= first) return { first, last: last - legalForm };
    // `Deutscher Landkreistag` → `Landkreistag`, `Österreichischer Gemeindebund` → `Gemeindebund`.
    if (
      last === first + 1 &&
      isPlaceAdjective(view, first, lexicon, false) &&
      endsWithAny(withoutGenitiveEnding(view.norm[last]!, lexicon), lexicon.associationHeads)
    ) {
      return { first: last, last };
    }
  }
  if (type === 'EVENT') {
    let shortFirst = first;
    let shortLast = last;
    if (view.kind[first] === Kind.Ordinal) shortFirst++;
    if (isYear(view, last)) shortLast--;
    // A series keeps a word besides its head: `Digitalforum Pannonia`, not a bare `Digitalforum`.
    if ((shortFirst > first || shortLast < last) && shortLast > shortFirst)
      return { first: shortFirst, last: shortLast };
  }
  return undefined;
}

/**
 * The initials of an organisation's capitalised words, as a short form the document may use without defining it
 * (`Bundesamt für Informatik und Telekommunikation` … `das BIT`, `Open Knowledge Foundation Deutschland` … `die
 * OKF`, without the place at its end): three to six letters.
 */
function initialsOf(view: TokenView, first: number, last: number, lexicon: EntityLexicon): string[] {
  let initials = '';
  let beforePlace = '';
  for (let i = first; i <= last; i++) {
    if (lexicon.longFormInnerWords.has(view.surface[i]!)) continue;
    if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return [];
    if (i === last && i > first && placeLength(view, i, lexicon) === 1) beforePlace = initials;
    initials += view.surface[i]![0]!;
  }
  return [initials, beforePlace].filter((form) => form.length >= 3 && form.length <= 6);
}

/** Tokens of a legal form that closes the name at first..last (`GmbH`, `GmbH & Co. KG`, `e. V.`), or 0. */
function legalFormLength(view: TokenView, first: number, last: number, lexicon: EntityLexicon): number {
  if (view.kind[last] === Kind.Abbreviation && lexicon.companySuffixKeys.has(abbreviationKey(view.surface[last]!)))
    return 1;
  for (let length = Math.min(4, last - first); length >= 1; length--) {
    const start = last - length + 1;
    const forms = lexicon.companySuffixes.get(view.surface[start]!);
    if (forms?.some((form) => form.length === length && form.every((word, k) => view.surface[start + k] === word)))
      return length;
  }
  return 0;
}

/** A name worth looking for again: it opens with a capital or has capitals inside, and is no common word alone. */
function isNameLike(words: readonly string[], lexicon: EntityLexicon): boolean {
  const opening = words[0]!;
  if (!/^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(opening)) return false;
  if (words.length === 1 && (opening.length < 3 || lexicon.commonWords.has(opening) || lexicon.notNames.has(opening)))
    return false;
  return true;
}

function occursAt(view: TokenView, i: number, words: readonly string[]): boolean {
  if (i + words.length > view.count) return false;
  for (let k = 0; k < words.length; k++) {
    if (view.surface[i + k] !== words[k]) return false;
    if (k > 0 && !joinsPrevious(view, i + k)) return false;
  }
  return true;
}

/**
 * The words at first..last are the whole name here, not part of a longer one: no place adjective directly before
 * (`Kärntner Gemeindebund`), no Land, place or other capitalised word directly after (`Landkreistag NRW`,
 * `Städtetag Digital`).
 */
function standsAlone(view: TokenView, first: number, last: number, lexicon: EntityLexicon): boolean {
  const before = first - 1;
  if (before >= 0 && joinsPrevious(view, first) && isPlaceAdjective(view, before, lexicon)) return false;
  const after = last + 1;
  if (joinsPrevious(view, after) && (landLength(view, after, lexicon) > 0 || placeLength(view, after, lexicon) > 0))
    return false;
  // `Städtetag Digital 2026`: a capitalised word right after continues another name.
  if (isCapitalisedWord(view, after) && (view.starts[after] === view.ends[last] || joinsPrevious(view, after)))
    return false;
  return !(view.shape[first]! & Shape.HasDigit) || view.surface[first]!.length > 2;
}
