// A pass over brackets after a person: the capitalised names in them are the
// organisations the person belongs to (`Kerstin Krüger (Materna)`,
// `(Infora/Cassini)`, `(Infora und Cassini)`), added as ORG mentions with the
// source `context:affiliation` where no mention is yet. The brackets end with
// the person's sentence: a line break that ends it closes them too.

import type { EntityMention } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import { spanText } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import { mentionTokens } from '../mention-tokens.js';
import { isCapitalisedWord } from '../token-tests.js';
import { AddedMentions, mergeMentions } from './added-mentions.js';

/** Tokens after the opening bracket that are searched for names. */
const MAX_BRACKET_TOKENS = 12;

export function addBracketedAffiliations(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  if (!mentions.some((mention) => mention.type === 'PER')) return mentions;
  const { view } = doc;
  const { covered, last: lastToken } = mentionTokens(view, mentions);
  const added = new AddedMentions(doc, covered);
  for (let m = 0; m < mentions.length; m++) {
    const last = lastToken[m]!;
    if (mentions[m]!.type !== 'PER' || last < 0 || view.surface[last + 1] !== '(') continue;
    const inner = last + 2;
    const isName = (i: number): boolean =>
      isCapitalisedWord(view, i) &&
      !lexicon.commonWords.has(view.surface[i]!) &&
      view.sentence[i] === view.sentence[last];
    for (let i = inner; i < view.count && i < inner + MAX_BRACKET_TOKENS; i++) {
      const surface = view.surface[i]!;
      if (surface === ')') break;
      if (surface === '/' || surface === ',' || surface === '&' || surface === lexicon.and) continue;
      if (!isName(i) || lexicon.roles.has(surface)) break;
      let end = i;
      while (isName(end + 1)) end++;
      if (!covered[i]) added.add(i, end, 'ORG', spanText(view, i, end), 0.6, 'context:affiliation');
      i = end;
    }
  }
  return mergeMentions(mentions, added.list);
}
