// Places by their shape: a place adjective before a venue noun (`Hamburger
// Hafen`, `Deutsches Museum`, `Kölner Dom`), and a venue noun before a known
// place (`Congress Center Düsseldorf`, `Kongresszentrum Leipzig`), and two known
// places joined by a hyphen, a city and its district (`Berlin-Lichtenberg`,
// `Hamburg-Altona`).

import type { AnalysedText } from '../../text/analysed-text.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import {
  isCapitalisedWord,
  isKnownPlaceWord,
  isPlaceAdjective,
  joinsPrevious,
  memoised,
  placeLength,
} from '../token-tests.js';

export function placeNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:place', recognize: (doc, lexicon) => findPlaceNames(doc, lexicon) };
}

export function findPlaceNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  for (let i = 0; i < view.count; i++) {
    const surface = view.surface[i]!;
    if (
      lexicon.venueAdjectiveHeads.has(surface) &&
      i > 0 &&
      joinsPrevious(view, i) &&
      isPlaceAdjective(view, i - 1, lexicon, false)
    ) {
      found.push({ start: view.starts[i - 1]!, end: view.ends[i]!, type: 'LOC', confidence: 0.7 });
      continue;
    }
    if (isCityDistrict(view, i, lexicon)) {
      found.push({ start: view.starts[i]!, end: view.ends[i]!, type: 'LOC', confidence: 0.65 });
      continue;
    }
    const heads = lexicon.venuePlaceHeads.get(surface);
    if (heads === undefined) continue;
    for (const head of heads) {
      let matches = true;
      for (let j = 1; j < head.length && matches; j++)
        matches = view.surface[i + j] === head[j] && joinsPrevious(view, i + j);
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

function isCityDistrict(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & (Shape.AllCaps | Shape.HasDigit)) return false;
  const surface = view.surface[i]!;
  const hyphen = surface.indexOf('-');
  if (hyphen < 3 || hyphen !== surface.lastIndexOf('-')) return false;
  return memoised(view, i, cityDistrictForm, lexicon);
}

/** `Berlin-Lichtenberg`: a known place, then a place the gazetteers know too (a district, a town). */
function cityDistrictForm(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  const hyphen = surface.indexOf('-');
  const district = surface.slice(hyphen + 1);
  if (district.length < 3 || lexicon.commonWords.has(district)) return false;
  return isKnownPlaceWord(surface.slice(0, hyphen), lexicon) && isKnownPlaceWord(district, lexicon);
}
