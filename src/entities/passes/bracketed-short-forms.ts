// A pass over brackets after a name: a short form defined there names the same
// thing (`Zentrum Digitale Souveränität (ZenDiS)`, `… Cybercrime
// Nordrhein-Westfalen (ZAC NRW)`) and is added with the long form's type and
// canonical name and the source `context:definition`; the recurring-names pass
// links its later uses. When the lists already know the short form, the list's
// canonical name wins for both.

import type { EntityMention } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import { mentionTokens } from '../mention-tokens.js';
import { abbreviates, isWord } from '../token-tests.js';
import { AddedMentions, mergeMentions, renameCanonicals } from './added-mentions.js';
import { placeQualifierAfter } from './place-qualifiers.js';

export function defineBracketedShortForms(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  if (mentions.length === 0) return mentions;
  const { view } = doc;
  const { covered, last: lastToken, startingAt } = mentionTokens(view, mentions);
  const added = new AddedMentions(doc, covered);
  const renamed = new Map<string, string>();
  const dropped = new Set<EntityMention>();
  const mentionAt = (i: number): EntityMention | undefined =>
    startingAt[i]! >= 0 ? mentions[startingAt[i]!] : undefined;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const last = lastToken[m]!;
    if (mention.type === 'PER' || last < 0 || view.surface[last + 1] !== '(') continue;
    // `Werder (Havel)`: a river or region in brackets after a place is the place-qualifiers pass's.
    if (mention.type === 'LOC' && placeQualifierAfter(view, last, lexicon)) continue;
    const inner = last + 2;
    // `… MinisteriumCloud(` at the end of the text: nothing in the bracket.
    if (inner >= view.count) continue;
    const short = view.surface[inner]!;
    // A long form the bracket itself defined (patterns/defined-long-forms.ts) needs no second check of the letters.
    const defined = mention.source === 'pattern:definition' || abbreviates(short, mention.text);
    if (view.surface[inner + 1] === ')' && looksLikeAbbreviation(view, inner) && defined) {
      if (!covered[inner]) {
        added.add(inner, inner, mention.type, mention.canonical, 0.85, 'context:definition');
      } else {
        // `Zentrum Digitale Souveränität (ZenDiS)` where the lists know `ZenDiS`: the list's name wins for both.
        const known = mentionAt(inner);
        if (known && known.type === mention.type && known.source.startsWith('gazetteer:'))
          renamed.set(mention.canonical, known.canonical);
      }
    } else if (
      view.surface[inner + 2] === ')' &&
      looksLikeAbbreviation(view, inner) &&
      lexicon.laender.has(view.surface[inner + 1]!) &&
      abbreviates(short, mention.text) &&
      !covered[inner]
    ) {
      // `… Cybercrime Nordrhein-Westfalen (ZAC NRW)`: the Land's own mention gives way to the two-token short form.
      const land = mentionAt(inner + 1);
      if (land && land.end === view.ends[inner + 1]) {
        dropped.add(land);
        covered[inner + 1] = 0;
      }
      added.add(inner, inner + 1, mention.type, mention.canonical, 0.85, 'context:definition');
    }
  }
  return renameCanonicals(mergeMentions(mentions, added.list, dropped), renamed, 'context:definition');
}

/** `ZenDiS`, `BSI`, `WSP.NRW`: short, with capitals after the first letter. */
function looksLikeAbbreviation(view: TokenView, i: number): boolean {
  if (!isWord(view, i)) return false;
  const surface = view.surface[i]!;
  return surface.length >= 2 && surface.length <= 12 && (view.shape[i]! & (Shape.AllCaps | Shape.InnerCapitals)) !== 0;
}
