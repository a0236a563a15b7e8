// Products by their shape: portals and services with a dotted Land suffix
// (`Servicekonto.NRW`, `WSP.NRW`), a product noun before a proper name
// (`Chatbot Guido`), the noun inside the span as docs/annotation.md shows, and
// one word no list knows whose shape no common word has: capitals inside its
// lower-case letters (`KitaKompass`, `eBau`, `openDesk`) or a bare domain name
// (`data.gv.at`).

import type { AnalysedText } from '../../text/analysed-text.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { Kind } from '../../text/token-table.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import {
  endsWithAny,
  knownType,
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
  const mayOpen = view.answers.perToken(mayOpenName, view, lexicon);
  for (let i = 0; i < view.count; i++) {
    if (view.kind[i] === Kind.Url && isBareDomain(view, i)) {
      found.push({ start: view.starts[i]!, end: view.ends[i]!, type: 'PRODUCT', confidence: 0.6 });
      continue;
    }
    if (!isWord(view, i) || !mayOpen[i]) continue;
    const surface = view.surface[i]!;
    if (isCamelCaseName(view, i, lexicon)) {
      found.push({ start: view.starts[i]!, end: view.ends[i]!, type: 'PRODUCT', confidence: 0.55 });
      continue;
    }
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
      view.shape[i]! & Shape.Capitalised &&
      memoised(view, i, isProductHead, lexicon) &&
      namesProductAfter(view, i, lexicon)
    ) {
      const first = lexicon.productHeadsInside.has(surface) ? i : i + 1;
      found.push({ start: view.starts[first]!, end: view.ends[i + 1]!, type: 'PRODUCT', confidence: 0.65 });
      i++;
    }
  }
  return found;
}

/**
 * Whether a product's name can be found at a word of this form: each rule of the loop above asks first what the word
 * is on its own — capitals inside it (`KitaKompass`), a dot (`Servicekonto.NRW`), a capitalised product compound a
 * Land may qualify (`Kommunalportal`) or a capitalised product head (`Chatbot`, `Vergabeplattform`). Asked once per
 * form, so that other words skip the rules.
 */
function mayOpenName(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const shape = view.shape[i]!;
  const surface = view.surface[i]!;
  return (
    (shape & Shape.InnerCapitals) !== 0 ||
    surface.includes('.') ||
    ((shape & Shape.Capitalised) !== 0 &&
      (memoised(view, i, hasProductQualifiedSuffix, lexicon) || memoised(view, i, isProductHead, lexicon)))
  );
}

/** `Portal`, `Chatbot`, `Textassistenten`, `Vergabeplattform`: a noun a product's name may follow. */
function isProductHead(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return lexicon.productHeads.has(view.surface[i]!) || endsWithAny(view.norm[i]!, lexicon.productHeadTails, 3);
}

/**
 * `Portal Interamt`, `Online-Dienst ELFE`, `Finanzverfahren OK.FIS`: one word after the noun, capitalised, all capitals
 * or with a capital inside, no common word, no name the lists give (`Plattform OpenStack` is named by itself), and no
 * capitalised word after it (`Plattform Digitale Verwaltung`).
 */
function namesProductAfter(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const name = i + 1;
  if (!joinsPrevious(view, name) || !(isWord(view, name) || view.kind[name] === Kind.Abbreviation)) return false;
  const surface = view.surface[name]!;
  if (surface.length < 2 || !/\p{Lu}/u.test(surface) || surface.endsWith('.')) return false;
  if (lexicon.commonWords.has(surface) || lexicon.notNames.has(surface) || lexicon.text.sentenceStarters.has(surface))
    return false;
  if (knownType(view, name, lexicon) !== undefined || isListedOtherThing(view, name, lexicon)) return false;
  return !(joinsPrevious(view, name + 1) && (isCapitalisedWord(view, name + 1) || view.kind[name + 1] === Kind.Number));
}

function hasProductQualifiedSuffix(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return endsWithAny(view.norm[i]!, lexicon.productQualifiedSuffixes);
}

/** `KitaKompass`, `MeinPostkorb`: capitalised parts of at least three letters each. */
const UPPER_CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}{2,})+$/u;
/** `eBau`, `ebInterface`, `openDesk`, `eUmzugCH`, `eID.li`: a lower-case head before a capital. */
const LOWER_CAMEL_CASE = /^\p{Ll}{1,4}\p{Lu}[\p{L}\d]+(?:\.\p{Ll}{2,3})?$/u;

/**
 * One word shaped like a product name and standing alone: not a listed name of anything, not a term written that way
 * (`DevOps`), not part of a longer name (a capitalised word, a number or a hyphen right after it: `GovTech Campus`,
 * `VerwaltungsWerft 2025`).
 */
function isCamelCaseName(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!(view.shape[i]! & Shape.InnerCapitals)) return false;
  const surface = view.surface[i]!;
  if (surface.length < 4 || !(UPPER_CAMEL_CASE.test(surface) || LOWER_CAMEL_CASE.test(surface))) return false;
  if (lexicon.camelCaseTerms.has(surface) || endsWithAny(surface, lexicon.genderEndings, 0)) return false;
  if (knownType(view, i, lexicon) !== undefined) return false;
  const next = i + 1;
  if (next < view.count && view.starts[next] === view.ends[i]) return view.surface[next] !== '-';
  return !(joinsPrevious(view, next) && (isCapitalisedWord(view, next) || view.kind[next] === Kind.Number));
}

/** `data.gv.at`, `simap.ch`: a domain name without `www.`, a scheme or a path names the portal. */
function isBareDomain(view: TokenView, i: number): boolean {
  const surface = view.surface[i]!;
  if (surface.startsWith('www.') || surface.includes('/') || surface.includes(':')) return false;
  return view.surface[i + 1] !== '/' && view.surface[i - 1] !== '@';
}
