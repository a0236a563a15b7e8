// Newspapers no list holds, by their shape: capitalised adjectives before a
// newspaper noun (`Freie Presse`, `Kleine Zeitung`, `Hamburger Abendblatt`,
// `Neue Osnabrücker Zeitung`) or a hyphenated compound ending in one
// (`Nordsee-Zeitung`, `Grenz-Echo`). A newspaper is an ORG (docs/annotation.md).

import type { AnalysedText } from '../../text/analysed-text.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { endsWithAny, isCapitalisedWord, isPlaceAdjective, joinsPrevious, memoised } from '../token-tests.js';

export function newspaperNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:newspaper', recognize: (doc, lexicon) => findNewspaperNames(doc, lexicon) };
}

/** At most this many adjectives before the noun (`Neue Osnabrücker Zeitung`). */
const MAX_ADJECTIVES = 2;

export function findNewspaperNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  for (let i = 0; i < view.count; i++) {
    if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) continue;
    if (memoised(view, i, isNewspaperCompound, lexicon)) {
      found.push({ start: view.starts[i]!, end: view.ends[i]!, type: 'ORG', confidence: 0.6 });
      continue;
    }
    if (!lexicon.newspaperNouns.has(view.surface[i]!)) continue;
    let first = i;
    while (i - first < MAX_ADJECTIVES && joinsPrevious(view, first) && isNameAdjective(view, first - 1, lexicon))
      first--;
    if (first === i) continue;
    // At the start of a sentence any word is capitalised: only a place adjective says it is a name there.
    if (startsSentence(view, first) && !isPlaceAdjective(view, first, lexicon, false)) first++;
    if (first < i) found.push({ start: view.starts[first]!, end: view.ends[i]!, type: 'ORG', confidence: 0.6 });
  }
  return found;
}

/** `Nordsee-Zeitung`, `Grenz-Echo`: asked of every capitalised word, so once per form. */
function isNewspaperCompound(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return endsWithAny(view.surface[i]!, lexicon.newspaperCompoundTails, 2);
}

/** `Freie`, `Kleine`, `Hamburger`, `Märkischen`: a capitalised adjective or a place adjective, no article. */
function isNameAdjective(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return false;
  if (lexicon.determiners.has(view.norm[i]!) || lexicon.newspaperNouns.has(view.surface[i]!)) return false;
  return isPlaceAdjective(view, i, lexicon, false) || /(?:e|er|es|en)$/u.test(view.surface[i]!);
}

function startsSentence(view: TokenView, i: number): boolean {
  return i === 0 || view.sentence[i - 1] !== view.sentence[i];
}
