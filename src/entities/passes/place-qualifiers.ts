// A pass over brackets after a place: a river or region there belongs to the
// place's official name (`Werder (Havel)`, `Halle (Saale)`, `Weiden
// (Oberpfalz)`), so the mention takes in the brackets and its canonical name
// says them; a mention of the river alone gives way.

import type { EntityMention } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import type { TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import { mentionTokens } from '../mention-tokens.js';
import { mergeMentions, withReason } from './added-mentions.js';

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
    (changed ??= [...mentions])[m] = {
      ...mention,
      end,
      text: doc.text.slice(mention.start, end),
      canonical: mention.canonical.includes(qualifier) ? mention.canonical : `${mention.canonical} (${qualifier})`,
      source: withReason(mention.source, 'context:place-qualifier'),
    };
  }
  return mergeMentions(changed ?? mentions, [], dropped);
}
