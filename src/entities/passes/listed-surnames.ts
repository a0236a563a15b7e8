// A pass that gives a person's later mentions the name the text introduced:
// `Herr Kuhn`, `Dr. Kuhn` after `Dr. Marco Kuhn` take the canonical name
// `Marco Kuhn`, and a surname the lists know as something else (`Oberhaus`, a
// place) is relabelled a person, with the source `context:surname`.

import type { EntityMention } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import type { TokenView } from '../../text/token-view.js';
import { mentionTokens } from '../mention-tokens.js';
import { isWord } from '../token-tests.js';
import { withReason } from './added-mentions.js';

/** Surname → the canonical name of the first person the text names with it (`Kuhn` → `Marco Kuhn`). */
export function surnamesOfPeople(view: TokenView, mentions: readonly EntityMention[]): Map<string, string> {
  const people = new Map<string, string>();
  if (!mentions.some((mention) => mention.type === 'PER')) return people;
  const { last: lastToken } = mentionTokens(view, mentions);
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    if (mention.type !== 'PER') continue;
    const last = lastToken[m]!;
    if (last < 0 || !isWord(view, last)) continue;
    const surname = view.surface[last]!;
    if (surname.length > 2 && surname !== mention.canonical && !people.has(surname))
      people.set(surname, mention.canonical);
  }
  return people;
}

export function relabelListedSurnames(doc: AnalysedText, mentions: EntityMention[]): EntityMention[] {
  const people = surnamesOfPeople(doc.view, mentions);
  if (people.size === 0) return mentions;
  let changed: EntityMention[] | undefined;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const person = people.get(mention.type === 'PER' ? mention.canonical : mention.text);
    if (person === undefined) continue;
    if (mention.type === 'PER') {
      if (person === mention.canonical) continue;
      (changed ??= [...mentions])[m] = {
        ...mention,
        canonical: person,
        source: withReason(mention.source, 'context:surname'),
      };
    } else if (mention.source.startsWith('gazetteer:')) {
      (changed ??= [...mentions])[m] = { ...mention, type: 'PER', canonical: person, source: 'context:surname' };
    }
  }
  return changed ?? mentions;
}
