// Laws by their shape: compounds ending in `gesetz`, `verordnung`,
// `staatsvertrag` (`Onlinezugangsgesetzes`, `Datenschutz-Grundverordnung`,
// `IT-Staatsvertrag`), optionally followed by a Land (`E-Government-Gesetz NRW`);
// and abbreviations ending in `G` or `VO` (`EGovG`, `BDSG`, `KI-VO`).

import type { AnalysedText } from '../../analysed-text.js';
import type { EntityLexicon } from '../lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { Shape, type TokenView, tokenView } from '../../text/token-view.js';
import {
  endsWithAny,
  isCapitalisedWord,
  isWord,
  joinsPrevious,
  landLength,
  landName,
  memoised,
  withoutGenitive,
} from './token-tests.js';

export function lawNameRecognizer(lexicon: () => EntityLexicon): EntityRecognizer {
  return { name: 'pattern:law', recognize: (doc) => findLawNames(doc, lexicon()) };
}

export function findLawNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = tokenView(doc);
  const found: EntityCandidate[] = [];
  for (let i = 0; i < view.count; i++) {
    if (isLawCompound(view, i, lexicon)) {
      let last = i;
      let canonical = nominativeLaw(view.surface[i]!, lexicon);
      if (joinsPrevious(view, i + 1) && landLength(view, i + 1, lexicon)) {
        last = i + 1;
        canonical += ` ${landName(view.surface[i + 1]!, lexicon)}`;
      }
      found.push({ start: view.starts[i]!, end: view.ends[last]!, type: 'LAW', canonical, confidence: 0.75 });
    } else if (isLawAbbreviation(view, i, lexicon)) {
      found.push({ start: view.starts[i]!, end: view.ends[i]!, type: 'LAW', confidence: 0.6 });
    }
  }
  return found;
}

function isLawCompound(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return false;
  return memoised(lexicon, 'lawCompound', view, i, isLawCompoundForm);
}

function isLawCompoundForm(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const norm = view.norm[i]!;
  if (!endsWithAny(norm, lexicon.lawSuffixes) || lexicon.genericLawWords.has(norm)) return false;
  // `Gesetzes`, `Verordnung`: the suffix alone is no name; a name needs a modifier before it.
  return !lexicon.lawSuffixes.includes(norm);
}

/** `Onlinezugangsgesetzes` → `Onlinezugangsgesetz`, `Staatsvertrages` → `Staatsvertrag`. */
function nominativeLaw(surface: string, lexicon: EntityLexicon): string {
  const nominativeSuffixes = lexicon.lawSuffixes.filter((suffix) => !suffix.endsWith('s'));
  return withoutGenitive(surface, (form) => endsWithAny(form.toLowerCase(), nominativeSuffixes)) ?? surface;
}

/** `EGovG`, `RegMoG`, `OZGÄndG`: mixed case, ending in a law marker, not a listed non-law. */
function isLawAbbreviation(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isWord(view, i)) return false;
  const surface = view.surface[i]!;
  if (surface.length < 3 || surface.length > 12 || lexicon.lawAbbreviationExclusions.has(surface)) return false;
  if (!(view.shape[i]! & Shape.Capitalised)) return false;
  // Mixed case only (`EGovG`, `RegMoG`): all-capital ones are as often companies
  // (`KPMG`) and come from the law lists instead.
  if (!(view.shape[i]! & Shape.InnerCapitals) || view.shape[i]! & Shape.AllCaps) return false;
  return endsWithAny(surface, lexicon.lawAbbreviationEndings, 1);
}
