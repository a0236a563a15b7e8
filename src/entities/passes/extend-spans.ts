// Passes that extend a mention by the token right after it (one space, same
// sentence, not yet in a mention) when that token belongs to the name:
//   `BITV 2.0`                          a version number after a law or product
//   `Bundesvergabegesetz 2018`          a year after a law
//   `Smart Country Convention 2025`     a year after an event names its edition
//   `Detecon International`             a company word continues an organisation
//   `MDR Thüringen`, `dbb Hamburg`      a Land or country after a listed organisation names its branch
//   `3. E-Rechnungstag: Vom Posteingang bis zur Zahlung statt.`  a subtitle inside a sentence (several tokens)
// Each returns new mentions and leaves its input alone; an extended mention's
// source names the extension (`gazetteer:laws+context:version`).

import type { EntityMention } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import { Flag, Kind } from '../../text/token-table.js';
import { type TokenView, collapseWhitespace } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import { mentionTokens } from '../mention-tokens.js';
import { isCapitalisedWord, isYear, joinsPrevious } from '../token-tests.js';
import { extendedTo, mergeMentions, withReason } from './added-mentions.js';

const VERSION = /^\d{1,2}\.\d{1,2}$/;

/** `BITV 2.0`, `eIDAS 2.0`: a version number right after a law or product joins it, and a year after a law. */
export function extendVersions(doc: AnalysedText, mentions: EntityMention[]): EntityMention[] {
  const { view } = doc;
  return extendByNextToken(doc, mentions, 'context:version', (mention, next) => {
    if (mention.type !== 'LAW' && mention.type !== 'PRODUCT') return undefined;
    const version = view.surface[next]!;
    // `Bundesvergabegesetz 2018`, `Kommunalinvestitionsgesetz 2025`: a law's year is part of its name (Austria, Switzerland).
    const lawYear = mention.type === 'LAW' && isYear(view, next);
    if (view.kind[next] !== Kind.Number || !(VERSION.test(version) || lawYear)) return undefined;
    return mention.canonical.endsWith(version) ? mention : { ...mention, canonical: `${mention.canonical} ${version}` };
  });
}

/** `Smart Country Convention 2025`: a year right after an event names its edition. */
export function extendEventYears(doc: AnalysedText, mentions: EntityMention[]): EntityMention[] {
  const { view } = doc;
  return extendByNextToken(doc, mentions, 'context:edition', (mention, next) => {
    if (mention.type !== 'EVENT' || !isYear(view, next)) return undefined;
    const year = view.surface[next]!;
    return mention.canonical.endsWith(year) ? mention : { ...mention, canonical: `${mention.canonical} ${year}` };
  });
}

/**
 * `Detecon International`, `Disney Research`, `Sovereign Cloud Stack Community`:
 * a company word after an organisation or product continues an organisation.
 */
export function extendOrganisationTails(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  const { view } = doc;
  return extendByNextToken(doc, mentions, 'context:organisation-tail', (mention, next) => {
    const tail = view.surface[next]!;
    if ((mention.type !== 'ORG' && mention.type !== 'PRODUCT') || !lexicon.organisationTails.has(tail))
      return undefined;
    const canonical = mention.type === 'PRODUCT' ? `${mention.text} ${tail}` : mention.canonical;
    return { ...mention, type: 'ORG', canonical };
  });
}

/**
 * Asks `extend` about each mention whose next token directly follows it (one
 * space, same sentence, not yet in a mention); the mention it returns takes the
 * token into its span, its source naming `reason`; undefined leaves the mention as it is.
 */
function extendByNextToken(
  doc: AnalysedText,
  mentions: EntityMention[],
  reason: string,
  extend: (mention: EntityMention, next: number) => EntityMention | undefined,
): EntityMention[] {
  if (mentions.length === 0) return mentions;
  const { view } = doc;
  const { covered, last: lastToken } = mentionTokens(view, mentions);
  let extended: EntityMention[] | undefined;
  for (let m = 0; m < mentions.length; m++) {
    const last = lastToken[m]!;
    if (last < 0) continue;
    const next = last + 1;
    if (next >= view.count || covered[next] || view.starts[next]! - view.ends[last]! !== 1) continue;
    if (view.sentence[next] !== view.sentence[last]) continue;
    const mention = mentions[m]!;
    const named = extend(mention, next);
    if (named === undefined) continue;
    covered[next] = 1;
    const end = view.ends[next]!;
    (extended ??= [...mentions])[m] = {
      ...named,
      end,
      text: doc.text.slice(mention.start, end),
      source: withReason(named.source, reason),
    };
  }
  return extended ?? mentions;
}

/**
 * `MDR Thüringen`, `dbb Hamburg`, `Chaos Computer Club Schweiz`: a Land or country right after an organisation the
 * lists know names its regional branch, one organisation; after a broadcaster or newspaper any place does (`ORF
 * Salzburg`).
 */
export function extendOrganisationPlaces(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  if (mentions.length < 2) return mentions;
  const { view } = doc;
  const { first: firstToken, last: lastToken } = mentionTokens(view, mentions);
  const dropped = new Set<EntityMention>();
  let changed: EntityMention[] | undefined;
  for (let m = 0; m + 1 < mentions.length; m++) {
    const organisation = mentions[m]!;
    const place = mentions[m + 1]!;
    if (organisation.type !== 'ORG' || place.type !== 'LOC' || !organisation.source.startsWith('gazetteer:')) continue;
    const last = lastToken[m]!;
    const next = firstToken[m + 1]!;
    if (last < 0 || next !== last + 1 || view.starts[next]! - view.ends[last]! !== 1) continue;
    if (view.sentence[next] !== view.sentence[last]) continue;
    const branch =
      lexicon.laender.has(place.text) ||
      place.source === 'gazetteer:countries' ||
      organisation.source === 'gazetteer:media';
    if (!branch) continue;
    dropped.add(place);
    const canonical = `${organisation.canonical} ${place.canonical}`;
    (changed ??= [...mentions])[m] = extendedTo(doc, organisation, place.end, canonical, 'context:branch');
    m++;
  }
  return mergeMentions(changed ?? mentions, [], dropped);
}

/** A subtitle has at most this many tokens. */
const MAX_SUBTITLE = 12;

/**
 * `der 3. Unterfränkische E-Rechnungstag: Vom Posteingang bis zur Zahlung statt.`: a colon and a capitalised subtitle
 * after an event inside a sentence belong to its name, up to the verb's particle that closes the sentence
 * (`subtitleClosers`). A headline's subtitle (`Kieler Open-Data-Tag 2024: Daten für die Stadt von morgen`) is left
 * alone: the gold sets take it for the article's, not the event's.
 */
export function extendEventSubtitles(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  if (!mentions.some((mention) => mention.type === 'EVENT')) return mentions;
  const { view } = doc;
  const { covered, last: lastToken } = mentionTokens(view, mentions);
  let changed: EntityMention[] | undefined;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const last = lastToken[m]!;
    const colon = last + 1;
    if (mention.type !== 'EVENT' || last < 0 || view.surface[colon] !== ':' || view.starts[colon] !== view.ends[last])
      continue;
    if (!joinsPrevious(view, colon + 1) || !isCapitalisedWord(view, colon + 1)) continue;
    const end = subtitleEnd(view, colon + 1, covered, lexicon);
    if (end < 0) continue;
    const canonical = collapseWhitespace(doc.text.slice(mention.start, view.ends[end]!));
    (changed ??= [...mentions])[m] = extendedTo(doc, mention, view.ends[end]!, canonical, 'context:event-subtitle');
  }
  return changed ?? mentions;
}

/**
 * The subtitle's last token from `from`: the one before the particle closing the sentence; -1 when a mention, other
 * punctuation or a line break comes first.
 */
function subtitleEnd(view: TokenView, from: number, covered: Uint8Array, lexicon: EntityLexicon): number {
  for (let j = from; j < view.count && j < from + MAX_SUBTITLE; j++) {
    if (j > from && (!joinsPrevious(view, j) || (view.flags[j]! & Flag.NewlineBefore) !== 0)) return -1;
    if (covered[j]) return -1;
    if (view.kind[j] !== Kind.Punctuation) continue;
    const particle = j - 1;
    const closes =
      SENTENCE_ENDS.has(view.surface[j]!) && particle > from && lexicon.subtitleClosers.has(view.norm[particle]!);
    return closes ? particle - 1 : -1;
  }
  return -1;
}

const SENTENCE_ENDS = new Set(['.', '!', '?']);
