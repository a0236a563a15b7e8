// Laws by their shape: compounds ending in `gesetz`, `verordnung`,
// `staatsvertrag` (`Onlinezugangsgesetzes`, `Datenschutz-Grundverordnung`,
// `IT-Staatsvertrag`), optionally followed by a Land (`E-Government-Gesetz NRW`);
// and abbreviations ending in `G` or `VO` (`EGovG`, `BDSG`, `KI-VO`). A Land's
// adjective opens the name (`Bayerisches Besoldungsgesetz`, and only with it
// `Bayerische Haushaltsordnung`), and a coordinated truncated compound joins it
// (`Tariftreue- und Vergabegesetz`); a state after it closes it (`Gemeindegesetz
// des Kantons Bern`).

import type { AnalysedText } from '../../text/analysed-text.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { Flag, Kind } from '../../text/token-table.js';
import { Shape, type TokenView, spanText } from '../../text/token-view.js';
import { stateOwnerAfter } from './organisation-names.js';
import {
  endsWithAny,
  isCapitalisedWord,
  isPlaceAdjective,
  isWord,
  placeAdjectiveStem,
  joinsPrevious,
  landLength,
  landName,
  memoised,
  withoutGenitive,
} from '../token-tests.js';

export function lawNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:law', recognize: (doc, lexicon) => findLawNames(doc, lexicon) };
}

export function findLawNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  const mayOpen = view.answers.perToken(mayOpenName, view, lexicon);
  for (let i = 0; i < view.count; i++) {
    if (!mayOpen[i]) continue;
    const european = europeanActEnd(view, i, lexicon);
    if (european !== undefined) {
      found.push({ start: view.starts[i]!, end: view.ends[european]!, type: 'LAW', confidence: 0.85 });
      i = european;
      continue;
    }
    const compound = isLawCompound(view, i, lexicon);
    const landLaw = !compound && isLandLawWord(view, i, lexicon);
    if (compound || landLaw) {
      let first = i;
      let last = i;
      let canonical = nominativeLaw(view.surface[i]!, lexicon);
      // `Tariftreue- und Vergabegesetz`: a truncated compound coordinated with the law word.
      if (
        i >= 2 &&
        lexicon.lawCoordinators.has(view.surface[i - 1]!) &&
        joinsPrevious(view, i) &&
        joinsPrevious(view, i - 1) &&
        isTruncatedCompound(view, i - 2)
      ) {
        first = i - 2;
        canonical = `${view.surface[i - 2]} ${view.surface[i - 1]} ${canonical}`;
      }
      // `Hamburgisches Personalvertretungsgesetz`: the Land's adjective is part of the name.
      if (first > 0 && joinsPrevious(view, first) && isPlaceAdjective(view, first - 1, lexicon, false)) {
        canonical = `${nominativeAdjective(view.surface[first - 1]!, view.norm[i]!, lexicon)} ${canonical}`;
        first--;
      } else if (landLaw) continue;
      if (joinsPrevious(view, i + 1) && landLength(view, i + 1, lexicon)) {
        last = i + 1;
        canonical += ` ${landName(view.surface[i + 1]!, lexicon)}`;
      } else {
        // `Gemeindegesetz des Kantons Bern`, `Datenschutzgesetz für das Land Mecklenburg-Vorpommern`: a state's law.
        const state = stateOwnerAfter(view, i + 1, lexicon);
        if (state !== undefined) {
          last = state;
          canonical += ` ${spanText(view, i + 1, state)}`;
        }
      }
      found.push({ start: view.starts[first]!, end: view.ends[last]!, type: 'LAW', canonical, confidence: 0.75 });
    } else if (isLawAbbreviation(view, i, lexicon)) {
      found.push({ start: view.starts[i]!, end: view.ends[i]!, type: 'LAW', confidence: 0.6 });
    }
  }
  return found;
}

/**
 * Whether a law's name can be found at a token of this form: each rule of the loop above asks first what the word is
 * on its own — a European act's word (`Verordnung`), a capitalised law compound (`Onlinezugangsgesetzes`) or Land law
 * word (`Haushaltsordnung`), or a law's abbreviation (`EGovG`). Asked once per form, so that other tokens skip the rules.
 */
function mayOpenName(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (lexicon.europeanActWords.has(view.surface[i]!) || isLawAbbreviation(view, i, lexicon)) return true;
  if (view.kind[i] !== Kind.Word || !(view.shape[i]! & Shape.Capitalised) || view.shape[i]! & Shape.AllCaps)
    return false;
  return memoised(view, i, isLawCompoundForm, lexicon) || memoised(view, i, endsWithLandLawSuffix, lexicon);
}

/** The last token of `Verordnung (EG) Nr. 883/2004` or `Richtlinie (EU) 2022/2555` starting at i. */
function europeanActEnd(view: TokenView, i: number, lexicon: EntityLexicon): number | undefined {
  if (!lexicon.europeanActWords.has(view.surface[i]!) || view.surface[i + 1] !== '(' || view.surface[i + 3] !== ')')
    return undefined;
  if (!lexicon.europeanCommunities.has(view.surface[i + 2]!)) return undefined;
  let j = i + 4;
  if (lexicon.europeanActNumberWords.has(view.surface[j] ?? '')) j++;
  if (view.kind[j] !== Kind.Number || view.surface[j + 1] !== '/' || view.kind[j + 2] !== Kind.Number) return undefined;
  for (let k = i + 1; k <= j + 2; k++) if (!joinsPrevious(view, k)) return undefined;
  return j + 2;
}

/** `Tariftreue-`: a capitalised word cut at a hyphen, its head given by the next compound. */
function isTruncatedCompound(view: TokenView, i: number): boolean {
  return (
    isWord(view, i) &&
    (view.flags[i]! & Flag.Suspended) !== 0 &&
    (view.shape[i]! & Shape.Capitalised) !== 0 &&
    view.surface[i]!.length > 3
  );
}

/** `Haushaltsordnung`, `Verfassung`: a law of a Land only after the Land's adjective (checked by the caller). */
function isLandLawWord(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return false;
  return memoised(view, i, endsWithLandLawSuffix, lexicon);
}

function endsWithLandLawSuffix(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return endsWithAny(view.norm[i]!, lexicon.landLawSuffixes);
}

/** `Bayerischen` before `Besoldungsgesetzes` → `Bayerisches`; `Thüringer` stays. */
function nominativeAdjective(adjective: string, lawWord: string, lexicon: EntityLexicon): string {
  const stem = placeAdjectiveStem(adjective, lexicon);
  // `Thüringer`, `Berliner`: listed as they are written, they do not inflect.
  if (stem === undefined || stem === adjective) return adjective;
  const byWord = Object.entries(lexicon.lawAdjectiveEndings).find(
    ([word]) => withoutGenitive(lawWord, lexicon, (form) => form.endsWith(word)) !== undefined,
  );
  return byWord ? stem + byWord[1] : adjective;
}

function isLawCompound(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return false;
  return memoised(view, i, isLawCompoundForm, lexicon);
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
  return withoutGenitive(surface, lexicon, (form) => endsWithAny(form.toLowerCase(), nominativeSuffixes)) ?? surface;
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
