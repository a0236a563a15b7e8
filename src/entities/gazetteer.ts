// Gazetteer matching: lists of names (the language's, src/lang/de/gazetteers, or
// a caller's) compiled into a trie over token keys (gazetteer-trie.ts), then matched against
// a document's tokens in one left-to-right pass. Keys are Snowball stems for
// ordinary words, so inflected forms match (`Landkreistags NRW`, `Digitalen
// Aufbruchs`), and exact lower-case forms for acronyms and words with digits or
// inner capitals.

import type { AnalysedText } from '../text/analysed-text.js';
import type { TextWords } from '../text/text-words.js';
import { Flag, Kind } from '../text/token-table.js';
import { Shape, type TokenView } from '../text/token-view.js';
import type { EntityLexicon } from './entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from './recognizer.js';
import {
  type AliasToken,
  type GazetteerEntry,
  type GazetteerList,
  GazetteerTrie,
  type KnownEntry,
  MAX_ALIAS_TOKENS,
  type Terminal,
  entryFits,
  keyOf,
  packGazetteer,
} from './gazetteer-trie.js';

export type { GazetteerEntry, GazetteerList };

/** Compiled lists: a trie over token keys (gazetteer-trie.ts), with `byKey` and `size`. */
export type Gazetteer = GazetteerTrie;

export interface GazetteerMatchOptions {
  /** Lower-case words after which an ambiguous alias counts (`in Essen`). */
  contextWords: ReadonlySet<string>;
  /** Words joining a list of places, after which an ambiguous place counts (`Marienberg, Stollberg`). */
  placeListWords?: ReadonlySet<string>;
  /** The language's inflection (entity-lexicon.ts): how an inflected name is told from another word. */
  inflection: Pick<EntityLexicon, 'inflectionEndings' | 'nounEndings' | 'genitiveEndings'>;
}

/**
 * The second key tried for a text token: headline capitals (`USER MEETS IT`)
 * also match by stem; a word with inner capitals also matches without a
 * genitive ending (`IT-Planungsrats` → `IT-Planungsrat`).
 */
function alternateKeyOf(
  norm: string,
  stem: string,
  kind: number,
  shape: number,
  genitiveEndings: readonly string[],
): string | undefined {
  if (kind !== Kind.Word || shape & Shape.HasDigit) return undefined;
  if (shape & Shape.AllCaps) return stem !== norm ? stem : undefined;
  if (shape & Shape.InnerCapitals && norm.length > 3) {
    const ending = genitiveEndings.find((candidate) => norm.endsWith(candidate));
    if (ending !== undefined) return norm.slice(0, -ending.length);
  }
  return undefined;
}

/**
 * Compiles lists into a matcher, tokenised and stemmed with a language's
 * `words`. Single capitalised words in `commonWords` (`Wesen`, `Halle`,
 * `Element`) are treated as ambiguous aliases: matched only after a context word.
 */
export function compileGazetteer(
  lists: readonly GazetteerList[],
  commonWords: ReadonlySet<string>,
  words: TextWords,
): Gazetteer {
  return new GazetteerTrie(packGazetteer(lists, commonWords, words), words);
}

/** Token keys of a span of the document, as used in `Gazetteer.byKey`. */
export function spanKey(view: TokenView, first: number, last: number): string {
  let key = '';
  for (let i = first; i <= last; i++) {
    if (i > first) key += ' ';
    key += keyOf(view.norm[i]!, view.stem[i]!, view.kind[i]!, view.shape[i]!);
  }
  return key;
}

/**
 * What the lists know tokens `first..last` as, `gazetteer.byKey.get(spanKey(…))`,
 * read off the trie without joining the keys into a string.
 */
export function knownEntry(gazetteer: Gazetteer, view: TokenView, first: number, last: number): KnownEntry | undefined {
  const entry = entryByKeys(gazetteer, view, first, last);
  if (entry?.verbatimNorms === undefined) return entry;
  let norms = view.norm[first]!;
  for (let i = first + 1; i <= last; i++) norms += ` ${view.norm[i]!}`;
  return entryFits(entry, norms) ? entry : undefined;
}

function entryByKeys(gazetteer: Gazetteer, view: TokenView, first: number, last: number): KnownEntry | undefined {
  let node = 0;
  for (let i = first; i <= last && node >= 0; i++) {
    const kind = view.kind[i]!;
    const key = keyOf(view.norm[i]!, view.stem[i]!, kind, view.shape[i]!);
    if (kind !== Kind.Word && key.includes(' ')) return gazetteer.byKey.get(spanKey(view, first, last));
    node = gazetteer.child(node, key);
  }
  const entry = node >= 0 ? gazetteer.keyEntry(node) : undefined;
  if (entry !== undefined || !gazetteer.mayJoinTo(last - first + 1)) return entry;
  return gazetteer.byKey.get(spanKey(view, first, last));
}

/** Finds the names of `gazetteer` in a document: the longest match at each token, left to right. */
export type GazetteerMatcher = (doc: AnalysedText, options: GazetteerMatchOptions) => EntityCandidate[];

export function gazetteerMatcher(gazetteer: Gazetteer): GazetteerMatcher {
  // The root holds no alias: a search starts at the nodes a token's keys lead
  // to, asked once per word form (these questions are this gazetteer's own).
  const rootByKey = (view: TokenView, i: number): number =>
    gazetteer.child(0, keyOf(view.norm[i]!, view.stem[i]!, view.kind[i]!, view.shape[i]!));
  const rootByAlternateKey = (view: TokenView, i: number, genitiveEndings: readonly string[]): number => {
    const alternate = alternateKeyOf(view.norm[i]!, view.stem[i]!, view.kind[i]!, view.shape[i]!, genitiveEndings);
    return alternate === undefined ? -1 : gazetteer.child(0, alternate);
  };
  return (doc, options) => {
    const view = doc.view;
    const candidates: EntityCandidate[] = [];
    const search: Search = { view, gazetteer, options, first: 0, best: undefined, bestLast: -1, inPlaceList: false };
    if (!gazetteer.hasChildren(0)) return candidates;
    const { genitiveEndings } = options.inflection;
    const roots = view.answers.perToken(rootByKey, view, undefined);
    const otherRoots = view.answers.perToken(rootByAlternateKey, view, genitiveEndings);
    for (let first = 0; first < view.count; first++) {
      const kind = view.kind[first];
      if (kind !== Kind.Word && kind !== Kind.Abbreviation && kind !== Kind.Number) continue;
      const child = roots[first]!;
      const other = otherRoots[first]!;
      if (child < 0 && other < 0) continue;
      search.first = first;
      search.best = undefined;
      search.bestLast = -1;
      search.inPlaceList = followsListedPlace(view, candidates, first, options);
      if (child >= 0) visit(search, child, first + 1);
      if (other >= 0 && other !== child) visit(search, other, first + 1);
      if (search.best) candidates.push(search.best);
    }
    return candidates;
  };
}

/** Token `first` follows a known, unambiguous place and a list word: `Marienberg, |Stollberg`. */
function followsListedPlace(
  view: TokenView,
  candidates: readonly EntityCandidate[],
  first: number,
  options: GazetteerMatchOptions,
): boolean {
  if (first < 2 || options.placeListWords === undefined || !options.placeListWords.has(view.norm[first - 1]!))
    return false;
  const previous = candidates[candidates.length - 1];
  return (
    previous !== undefined &&
    previous.type === 'LOC' &&
    previous.end === view.ends[first - 2] &&
    previous.confidence >= 0.8
  );
}

function isCapitalisedWord(view: TokenView, i: number): boolean {
  return i < view.count && view.kind[i] === Kind.Word && (view.shape[i]! & Shape.Capitalised) !== 0;
}

/** The state of one longest-match search from `first`; reused across start tokens. */
interface Search {
  view: TokenView;
  gazetteer: Gazetteer;
  options: GazetteerMatchOptions;
  first: number;
  best: EntityCandidate | undefined;
  bestLast: number;
  /** The search starts a list item after a known place: an ambiguous place may count here. */
  inPlaceList: boolean;
}

/** Depth-first over the (at most two) keys per token, keeping the longest valid match. */
function visit(search: Search, node: number, i: number): void {
  const { view, gazetteer, first } = search;
  const terminals = gazetteer.terminalsAt(node);
  if (terminals && i - 1 > search.bestLast) {
    const chosen = chooseTerminal(view, terminals, first, i - 1, search.options, search.inPlaceList);
    if (chosen) {
      search.best = chosen;
      search.bestLast = i - 1;
    }
  }
  if (!gazetteer.hasChildren(node) || i >= view.count || i - first >= MAX_ALIAS_TOKENS) return;
  if (i > first && (view.flags[i]! & Flag.BlankLineBefore || view.sentence[i] !== view.sentence[first])) return;
  const norm = view.norm[i]!;
  const stem = view.stem[i]!;
  const kind = view.kind[i]!;
  const shape = view.shape[i]!;
  const child = gazetteer.child(node, keyOf(norm, stem, kind, shape));
  if (child >= 0) visit(search, child, i + 1);
  const alternate = alternateKeyOf(norm, stem, kind, shape, search.options.inflection.genitiveEndings);
  if (alternate !== undefined) {
    const other = gazetteer.child(node, alternate);
    if (other >= 0 && other !== child) visit(search, other, i + 1);
  }
}

function chooseTerminal(
  view: TokenView,
  terminals: readonly Terminal[],
  first: number,
  last: number,
  options: GazetteerMatchOptions,
  inPlaceList: boolean,
): EntityCandidate | undefined {
  let best: EntityCandidate | undefined;
  for (const terminal of terminals) {
    if (!casesAgree(view, terminal.tokens, first)) continue;
    if (
      terminal.ambiguous &&
      !(first > 0 && options.contextWords.has(view.norm[first - 1]!)) &&
      !(inPlaceList && terminal.type === 'LOC' && !isCapitalisedWord(view, last + 1))
    ) {
      continue;
    }
    if (!inflectionsAgree(view, terminal.tokens, first, options.inflection)) continue;
    const exact = isVerbatim(view, terminal.tokens, first);
    if (terminal.verbatim && !exact) continue;
    const confidence = (exact ? 0.9 : 0.8) - (terminal.ambiguous ? 0.2 : 0);
    if (best && best.confidence >= confidence) continue;
    best = {
      start: view.starts[first]!,
      end: view.ends[last]!,
      type: terminal.type,
      canonical: terminal.canonical,
      confidence,
      source: terminal.source,
    };
  }
  return best;
}

/** The text has the alias's very forms, not inflected ones. */
function isVerbatim(view: TokenView, tokens: readonly AliasToken[], first: number): boolean {
  for (let j = 0; j < tokens.length; j++) if (tokens[j]!.norm !== view.norm[first + j]) return false;
  return true;
}

function splitEnding(word: string, endings: readonly string[]): [string, string] {
  for (const ending of endings) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) return [word.slice(0, -ending.length), ending];
  }
  return [word, ''];
}

/**
 * A stem match is an inflection when the forms differ only in their endings:
 * a noun adds a genitive or plural ending (`Landkreistag`/`Landkreistags`), an
 * adjective before it swaps its ending (`Digitaler`/`Digitalen Aufbruch`,
 * `Hessischer`/`Hessischen Städtetag`); a name takes no adjective ending
 * (`Kiel` is not `Kieler`, `Weser` not `Wesen`).
 */
function inflectionsAgree(
  view: TokenView,
  tokens: readonly AliasToken[],
  first: number,
  inflection: GazetteerMatchOptions['inflection'],
): boolean {
  for (let j = 0; j < tokens.length; j++) {
    const alias = tokens[j]!.norm;
    const text = view.norm[first + j]!;
    if (alias === text) continue;
    if (text.startsWith(alias)) {
      const added = text.slice(alias.length);
      if (inflection.nounEndings.has(added)) continue;
    }
    // Adjective endings change only before the noun: `Digitaler`/`Digitalen Aufbruch`, not `Weser`/`Wesen`.
    if (j === tokens.length - 1) return false;
    const [aliasBase, aliasEnding] = splitEnding(alias, inflection.inflectionEndings);
    const [textBase, textEnding] = splitEnding(text, inflection.inflectionEndings);
    if (aliasBase !== textBase || aliasEnding === '' || textEnding === '') return false;
  }
  return true;
}

/**
 * Capitalised alias words need capitalised text (`Essen`, not `essen`); acronyms
 * need capitals (`IT`, not `it`); lower-case alias words take either (`Einer für alle`).
 */
function casesAgree(view: TokenView, tokens: readonly AliasToken[], first: number): boolean {
  for (let j = 0; j < tokens.length; j++) {
    const aliasShape = tokens[j]!.shape;
    const textShape = view.shape[first + j]!;
    if (aliasShape & Shape.AllCaps && !(textShape & Shape.AllCaps)) return false;
    if (aliasShape & Shape.Capitalised && !(textShape & Shape.Capitalised)) return false;
    if (aliasShape & Shape.InnerCapitals && !(aliasShape & Shape.AllCaps) && !(textShape & Shape.InnerCapitals)) {
      return false;
    }
  }
  return true;
}

/** The options a language's lexicon gives the matcher (for its own lists, with its place-list words). */
function lexiconMatchOptions(lexicon: EntityLexicon, contextWords = lexicon.contextWords): GazetteerMatchOptions {
  return { contextWords, inflection: lexicon };
}

/** The language's own gazetteers (EntityLexicon.gazetteer), with its context and place-list words. */
export function builtInGazetteerRecognizer(): EntityRecognizer {
  let match: { gazetteer: Gazetteer; matcher: GazetteerMatcher } | undefined;
  return {
    name: 'gazetteer',
    recognize: (doc, lexicon) => {
      if (match?.gazetteer !== lexicon.gazetteer) {
        match = { gazetteer: lexicon.gazetteer, matcher: gazetteerMatcher(lexicon.gazetteer) };
      }
      return match.matcher(doc, { ...lexiconMatchOptions(lexicon), placeListWords: lexicon.placeListWords });
    },
  };
}

/**
 * A recogniser for your own name lists, added with `extraRecognizers`:
 * `gazetteerRecognizer([{ name: 'my-projects', entries: [{ canonical: 'Projekt X', type: 'PRODUCT' }] }])`.
 * The lists compile on first use, with the words of the extractor's language.
 */
export function gazetteerRecognizer(
  lists: readonly GazetteerList[],
  options: { name?: string; contextWords?: readonly string[] } = {},
): EntityRecognizer {
  const contextWords = new Set(options.contextWords ?? []);
  let matcher: GazetteerMatcher | undefined;
  return {
    name: options.name ?? 'gazetteer',
    recognize: (doc, lexicon) => {
      matcher ??= gazetteerMatcher(compileGazetteer(lists, new Set(), lexicon.text));
      return matcher(doc, lexiconMatchOptions(lexicon, contextWords));
    },
  };
}
