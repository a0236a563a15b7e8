// Products by their shape: portals and services with a dotted Land suffix
// (`Servicekonto.NRW`, `WSP.NRW`), and a product noun before a proper name
// (`Chatbot Guido`), the noun inside the span as docs/annotation.md shows.

import type { AnalysedText } from '../../text/analysed-text.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import {
  endsWithAny,
  isCapitalisedWord,
  isListedOtherThing,
  isNameWord,
  isWord,
  joinsPrevious,
  landLength,
  memoised,
} from '../token-tests.js';

export function productNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:product', recognize: (doc, lexicon) => findProductNames(doc, lexicon) };
}

export function findProductNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  for (let i = 0; i < view.count; i++) {
    if (!isWord(view, i)) continue;
    const surface = view.surface[i]!;
    // `Servicekonto.NRW`, `WSP.NRW`: a name before a dotted Land suffix.
    if (
      surface.includes('.') &&
      endsWithAny(surface, lexicon.portalSuffixes, 2) &&
      view.shape[i]! & Shape.Capitalised
    ) {
      found.push({ start: view.starts[i]!, end: view.ends[i]!, type: 'PRODUCT', confidence: 0.7 });
      continue;
    }
    // `Kommunalportal NRW`, `Servicekonto Bayern`: a product compound qualified by a Land.
    if (
      view.shape[i]! & Shape.Capitalised &&
      joinsPrevious(view, i + 1) &&
      landLength(view, i + 1, lexicon) > 0 &&
      memoised(view, i, hasProductQualifiedSuffix, lexicon)
    ) {
      found.push({ start: view.starts[i]!, end: view.ends[i + 1]!, type: 'PRODUCT', confidence: 0.7 });
      continue;
    }
    if (
      lexicon.productHeads.has(surface) &&
      joinsPrevious(view, i + 1) &&
      isNameWord(view, i + 1, lexicon) &&
      !lexicon.commonWords.has(view.surface[i + 1]!) &&
      // `Plattform OpenStack`: a listed product after the noun is named by itself.
      !isListedOtherThing(view, i + 1, lexicon) &&
      !(joinsPrevious(view, i + 2) && isCapitalisedWord(view, i + 2))
    ) {
      found.push({ start: view.starts[i]!, end: view.ends[i + 1]!, type: 'PRODUCT', confidence: 0.65 });
    }
  }
  return found;
}

function hasProductQualifiedSuffix(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return endsWithAny(view.norm[i]!, lexicon.productQualifiedSuffixes);
}
