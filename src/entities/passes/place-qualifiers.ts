// A pass over brackets after a place: a river or region there belongs to the
// place's official name (`Werder (Havel)`, `Halle (Saale)`, `Weiden
// (Oberpfalz)`), so the mention takes in the brackets and its canonical name
// says them; a mention of the river alone gives way. So does a river or region
// after `an der` or `am` (`Vilshofen an der Donau`).

import type { EntityMention } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import type { TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import { mentionTokens } from '../mention-tokens.js';
import { isCapitalisedWord, isKnownPlaceWord, joinsPrevious } from '../token-tests.js';
import { extendedTo, mergeMentions } from './added-mentions.js';

/** `(Havel)` right after token `last`, in its sentence: a qualifier the lists know. */
export function placeQualifierAfter(view: TokenView, last: number, lexicon: EntityLexicon): boolean {
  const inner = last + 2;
  return (
    view.surface[last + 1] === '(' &&
    view.surface[inner + 1] === ')' &&
    lexicon.placeQualifiers.has(view.surface[inner]!) &&
    view.sentence[inner + 1] === view.sentence[last]
  );
}

export function attachPlaceQualifiers(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  if (!mentions.some((mention) => mention.type === 'LOC')) return mentions;
  const { view } = doc;
  const { covered, last: lastToken, startingAt } = mentionTokens(view, mentions);
  const dropped = new Set<EntityMention>();
  let changed: EntityMention[] | undefined;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const last = lastToken[m]!;
    if (mention.type !== 'LOC' || last < 0 || !placeQualifierAfter(view, last, lexicon)) continue;
    const inner = last + 2;
    const river = startingAt[inner]! >= 0 ? mentions[startingAt[inner]!] : undefined;
    if (river) dropped.add(river);
    else if (covered[inner]) continue;
    covered.fill(1, last + 1, inner + 2);
    const qualifier = view.surface[inner]!;
    const end = view.ends[inner + 1]!;
    const canonical = mention.canonical.includes(qualifier) ? mention.canonical : `${mention.canonical} (${qualifier})`;
    (changed ??= [...mentions])[m] = extendedTo(doc, mention, end, canonical, 'context:place-qualifier');
  }
  return mergeMentions(changed ?? mentions, [], dropped);
}

/**
 * `Vilshofen an der Donau`, `Stadt Brandenburg an der Havel`, `Klagenfurt am Wörthersee`: after a place, or an
 * administration whose last word is a place, an affix (`an der`, `am`) and a river or region of the qualifiers or a
 * one-word place the gazetteers know join the mention's span; a mention of the river alone gives way.
 */
export function attachPlaceAffixes(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  const { view } = doc;
  const { covered, last: lastToken, startingAt } = mentionTokens(view, mentions);
  const dropped = new Set<EntityMention>();
  let changed: EntityMention[] | undefined;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const last = lastToken[m]!;
    if (last < 0 || (mention.type !== 'LOC' && mention.type !== 'ORG')) continue;
    const affixes = lexicon.placeAffixes.get(view.surface[last + 1] ?? '');
    if (affixes === undefined) continue;
    if (mention.type === 'ORG' && !isKnownPlaceWord(view.surface[last]!, lexicon)) continue;
    const length = affixLength(view, last + 1, affixes);
    const name = last + 1 + length;
    if (length === 0 || !joinsPrevious(view, name)) continue;
    if (joinsPrevious(view, name + 1) && isCapitalisedWord(view, name + 1)) continue;
    const river = startingAt[name]! >= 0 ? mentions[startingAt[name]!] : undefined;
    // A river or region the gazetteers know as one word (`Wörthersee`), not a street the patterns found.
    const listedPlace =
      river !== undefined &&
      river.type === 'LOC' &&
      river.source.startsWith('gazetteer:') &&
      lastToken[startingAt[name]!] === name;
    if (covered[name] ? !listedPlace : !lexicon.placeQualifiers.has(view.surface[name]!)) continue;
    if (river) dropped.add(river);
    covered.fill(1, last + 1, name + 1);
    const end = view.ends[name]!;
    const added = doc.text.slice(view.ends[last]!, end);
    const canonical = mention.canonical.endsWith(added) ? mention.canonical : `${mention.canonical}${added}`;
    (changed ??= [...mentions])[m] = extendedTo(doc, mention, end, canonical, 'context:place-affix');
  }
  return mergeMentions(changed ?? mentions, [], dropped);
}

/** The tokens of the affix at i (`an der`), on the sentence's line; 0 when none is there. */
function affixLength(view: TokenView, i: number, affixes: readonly string[][]): number {
  for (const affix of affixes) {
    let matches = joinsPrevious(view, i);
    for (let j = 0; j < affix.length && matches; j++)
      matches = view.surface[i + j] === affix[j] && (j === 0 || joinsPrevious(view, i + j));
    if (matches) return affix.length;
  }
  return 0;
}
