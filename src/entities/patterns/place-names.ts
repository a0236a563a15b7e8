// Places by their shape: a place adjective before a venue noun (`Hamburger
// Hafen`, `Deutsches Museum`, `Kölner Dom`), and a venue noun before a known
// place (`Congress Center Düsseldorf`, `Kongresszentrum Leipzig`).

import type { AnalysedText } from '../../analysed-text.js';
import type { EntityLexicon } from '../lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { tokenView } from '../../text/token-view.js';
import { isPlaceAdjective, joinsPrevious, placeLength } from './token-tests.js';

export function placeNameRecognizer(lexicon: () => EntityLexicon): EntityRecognizer {
  return { name: 'pattern:place', recognize: (doc) => findPlaceNames(doc, lexicon()) };
}

export function findPlaceNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = tokenView(doc);
  const found: EntityCandidate[] = [];
  for (let i = 0; i < view.count; i++) {
    const surface = view.surface[i]!;
    if (lexicon.venueAdjectiveHeads.has(surface) && i > 0 && joinsPrevious(view, i) && isPlaceAdjective(view, i - 1, lexicon, false)) {
      found.push({ start: view.starts[i - 1]!, end: view.ends[i]!, type: 'LOC', confidence: 0.7 });
      continue;
    }
    const heads = lexicon.venuePlaceHeads.get(surface);
    if (heads === undefined) continue;
    for (const head of heads) {
      let matches = true;
      for (let j = 1; j < head.length && matches; j++) matches = view.surface[i + j] === head[j] && joinsPrevious(view, i + j);
      const place = i + head.length;
      if (!matches || !joinsPrevious(view, place)) continue;
      const length = placeLength(view, place, lexicon);
      if (length === 0) continue;
      found.push({ start: view.starts[i]!, end: view.ends[place + length - 1]!, type: 'LOC', confidence: 0.7 });
      break;
    }
  }
  return found;
}
