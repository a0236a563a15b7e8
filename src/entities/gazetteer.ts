// Gazetteer matching: lists of names (data files under src/lang/de/gazetteers)
// compiled once into a trie over token keys, then matched against a document's
// tokens in one left-to-right pass. Keys are Snowball stems for ordinary words,
// so inflected forms match (`Landkreistags NRW`, `Digitalen Aufbruchs`), and
// exact lower-case forms for acronyms and words with digits or inner capitals.

import type { AnalysedText } from '../analysed-text.js';
import patterns from '../lang/de/entity-patterns.json';
import type { EntityType } from '../record.js';
import { isLower, isUpper } from '../text/char-class.js';
import { normalForms } from '../text/normalize.js';
import { Flag, Kind } from '../text/token-table.js';
import { scanTokens } from '../text/tokenize.js';
import type { EntityCandidate, EntityRecognizer } from './recognizer.js';
import { Shape, type TokenView, shapeOf, tokenView } from '../text/token-view.js';

export interface GazetteerEntry {
  canonical: string;
  type: EntityType;
  aliases?: string[];
  /** Forms that are also everyday words: matched only after a context word (see entity-patterns.json). */
  ambiguousAliases?: string[];
  /** False for names too long to expect verbatim in text (long law titles). */
  matchCanonical?: boolean;
}

export interface GazetteerList {
  /** Names the list in each mention's source: `gazetteer:<name>`. */
  name: string;
  entries: readonly GazetteerEntry[];
}

interface AliasToken {
  norm: string;
  shape: number;
}

interface Terminal {
  canonical: string;
  type: EntityType;
  list: string;
  tokens: AliasToken[];
  ambiguous: boolean;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  terminals?: Terminal[];
}

export interface Gazetteer {
  readonly root: TrieNode;
  /** Canonical name and type of an alias, by its token keys joined with a space. */
  readonly byKey: ReadonlyMap<string, { canonical: string; type: EntityType }>;
  readonly size: number;
}

export interface GazetteerMatchOptions {
  /** Lower-case words after which an ambiguous alias counts (`in Essen`). */
  contextWords: ReadonlySet<string>;
}

const MAX_ALIAS_TOKENS = 16;

function keyOf(norm: string, stem: string, kind: number, shape: number): string {
  if (kind !== Kind.Word || shape & (Shape.AllCaps | Shape.InnerCapitals | Shape.HasDigit)) return norm;
  return stem;
}

/**
 * The second key tried for a text token: headline capitals (`USER MEETS IT`)
 * also match by stem; a word with inner capitals also matches without a
 * genitive `s` (`IT-Planungsrats` → `IT-Planungsrat`).
 */
function alternateKeyOf(norm: string, stem: string, kind: number, shape: number): string | undefined {
  if (kind !== Kind.Word || shape & Shape.HasDigit) return undefined;
  if (shape & Shape.AllCaps) return stem !== norm ? stem : undefined;
  if (shape & Shape.InnerCapitals && norm.endsWith('s') && norm.length > 3) return norm.slice(0, norm.endsWith('es') ? -2 : -1);
  return undefined;
}

/**
 * Compiles lists into a matcher. Single capitalised words in `commonWords`
 * (`Wesen`, `Halle`, `Element`) are treated as ambiguous aliases: matched only
 * after a context word.
 */
export function compileGazetteer(lists: readonly GazetteerList[], commonWords: ReadonlySet<string> = new Set()): Gazetteer {
  const root: TrieNode = {};
  const byKey = new Map<string, { canonical: string; type: EntityType }>();
  let size = 0;
  const add = (form: string, entry: GazetteerEntry, list: string, ambiguous: boolean): void => {
    const tokens: AliasToken[] = [];
    const keys: string[] = [];
    if (isPlainWord(form)) {
      // Most aliases are one plain word (`BSI`, `Dataport`, `IT-Planungsrat`): no tokenizer run needed.
      const { norm, stem } = normalForms(form, Kind.Word, 0);
      const shape = shapeOf(form);
      tokens.push({ norm, shape });
      keys.push(keyOf(norm, stem, Kind.Word, shape));
    } else {
      const table = scanTokens(form);
      if (table.count === 0 || table.count > MAX_ALIAS_TOKENS) return;
      for (let i = 0; i < table.count; i++) {
        const surface = form.slice(table.starts[i], table.ends[i]);
        const kind = table.kinds[i]!;
        const { norm, stem } = normalForms(surface, kind, table.flags[i]!);
        const shape = shapeOf(surface);
        tokens.push({ norm, shape });
        keys.push(keyOf(norm, stem, kind, shape));
      }
    }
    let node = root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (child === undefined) node.next.set(key, (child = {}));
      node = child;
    }
    const terminals = (node.terminals ??= []);
    for (const t of terminals) {
      if (t.canonical === entry.canonical && t.type === entry.type && sameForm(t.tokens, tokens)) return;
    }
    terminals.push({ canonical: entry.canonical, type: entry.type, list, tokens, ambiguous });
    size++;
    const joined = keys.length === 1 ? keys[0]! : keys.join(' ');
    if (!ambiguous && !byKey.has(joined)) byKey.set(joined, { canonical: entry.canonical, type: entry.type });
  };
  for (const list of lists) {
    for (const entry of list.entries) {
      const ambiguous = entry.ambiguousAliases;
      const isAmbiguous = (form: string) => commonWords.has(form) || (ambiguous !== undefined && ambiguous.includes(form));
      if (entry.matchCanonical !== false) add(entry.canonical, entry, list.name, isAmbiguous(entry.canonical));
      if (entry.aliases) for (const alias of entry.aliases) add(alias, entry, list.name, isAmbiguous(alias));
      for (const alias of entry.ambiguousAliases ?? []) add(alias, entry, list.name, true);
    }
  }
  return { root, byKey, size };
}

/**
 * Letters and digits with inner hyphens, no capital after a lower-case letter
 * (`BürgerInnen` is a gender form): the tokenizer keeps such a form whole as
 * one word (test/entities/gazetteer.test.ts checks this for every built-in alias).
 */
export function isPlainWord(form: string): boolean {
  if (form.length === 0 || form.length > 64) return false;
  let previousLower = false;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code === 0x2d) {
      if (i === 0 || i === form.length - 1 || form.charCodeAt(i - 1) === 0x2d) return false;
      previousLower = false;
      continue;
    }
    const digit = code >= 0x30 && code <= 0x39;
    const upper = !digit && isUpper(code);
    const lower = !digit && !upper && isLower(code);
    if (!digit && !upper && !lower) return false;
    if (i === 0 && digit) return false;
    if (upper && previousLower && form.slice(i, i + 5) === 'Innen') return false;
    previousLower = lower;
  }
  return true;
}

function sameForm(a: AliasToken[], b: AliasToken[]): boolean {
  return a.length === b.length && a.every((token, i) => token.norm === b[i]!.norm && token.shape === b[i]!.shape);
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

export function matchGazetteer(
  doc: AnalysedText,
  gazetteer: Gazetteer,
  options: GazetteerMatchOptions,
): EntityCandidate[] {
  const view = tokenView(doc);
  const candidates: EntityCandidate[] = [];
  const search: Search = { view, options, first: 0, best: undefined, bestLast: -1 };
  const rootNext = gazetteer.root.next;
  if (rootNext === undefined) return candidates;
  for (let first = 0; first < view.count; first++) {
    const kind = view.kind[first];
    if (kind !== Kind.Word && kind !== Kind.Abbreviation && kind !== Kind.Number) continue;
    search.first = first;
    search.best = undefined;
    search.bestLast = -1;
    visit(search, gazetteer.root, first);
    if (search.best) candidates.push(search.best);
  }
  return candidates;
}

/** The state of one longest-match search from `first`; reused across start tokens. */
interface Search {
  view: TokenView;
  options: GazetteerMatchOptions;
  first: number;
  best: EntityCandidate | undefined;
  bestLast: number;
}

/** Depth-first over the (at most two) keys per token, keeping the longest valid match. */
function visit(search: Search, node: TrieNode, i: number): void {
  const { view, first } = search;
  if (node.terminals && i - 1 > search.bestLast) {
    const chosen = chooseTerminal(view, node.terminals, first, i - 1, search.options);
    if (chosen) {
      search.best = chosen;
      search.bestLast = i - 1;
    }
  }
  if (!node.next || i >= view.count || i - first >= MAX_ALIAS_TOKENS) return;
  if (i > first && (view.flags[i]! & Flag.BlankLineBefore || view.sentence[i] !== view.sentence[first])) return;
  const norm = view.norm[i]!;
  const stem = view.stem[i]!;
  const kind = view.kind[i]!;
  const shape = view.shape[i]!;
  const child = node.next.get(keyOf(norm, stem, kind, shape));
  if (child) visit(search, child, i + 1);
  const alternate = alternateKeyOf(norm, stem, kind, shape);
  if (alternate !== undefined) {
    const other = node.next.get(alternate);
    if (other && other !== child) visit(search, other, i + 1);
  }
}

function chooseTerminal(
  view: TokenView,
  terminals: readonly Terminal[],
  first: number,
  last: number,
  options: GazetteerMatchOptions,
): EntityCandidate | undefined {
  let best: EntityCandidate | undefined;
  for (const terminal of terminals) {
    if (!casesAgree(view, terminal.tokens, first)) continue;
    if (terminal.ambiguous && !(first > 0 && options.contextWords.has(view.norm[first - 1]!))) continue;
    if (!inflectionsAgree(view, terminal.tokens, first)) continue;
    const exact = terminal.tokens.every((token, j) => token.norm === view.norm[first + j]);
    const confidence = (exact ? 0.9 : 0.8) - (terminal.ambiguous ? 0.2 : 0);
    if (best && best.confidence >= confidence) continue;
    best = {
      start: view.starts[first]!,
      end: view.ends[last]!,
      type: terminal.type,
      canonical: terminal.canonical,
      confidence,
      source: `gazetteer:${terminal.list}`,
    };
  }
  return best;
}

const INFLECTION_ENDINGS: readonly string[] = patterns.inflection.endings;
const NOUN_ENDINGS: ReadonlySet<string> = new Set(patterns.inflection.nounEndings);

function splitEnding(word: string): [string, string] {
  for (const ending of INFLECTION_ENDINGS) {
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
function inflectionsAgree(view: TokenView, tokens: readonly AliasToken[], first: number): boolean {
  for (let j = 0; j < tokens.length; j++) {
    const alias = tokens[j]!.norm;
    const text = view.norm[first + j]!;
    if (alias === text) continue;
    if (text.startsWith(alias)) {
      const added = text.slice(alias.length);
      if (NOUN_ENDINGS.has(added)) continue;
    }
    // Adjective endings change only before the noun: `Digitaler`/`Digitalen Aufbruch`, not `Weser`/`Wesen`.
    if (j === tokens.length - 1) return false;
    const [aliasBase, aliasEnding] = splitEnding(alias);
    const [textBase, textEnding] = splitEnding(text);
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

/** A recogniser over a compiled gazetteer, fetched on first use (so lists load once, lazily). */
export function compiledGazetteerRecognizer(
  name: string,
  source: () => { gazetteer: Gazetteer; options: GazetteerMatchOptions },
): EntityRecognizer {
  return {
    name,
    recognize: (doc) => {
      const { gazetteer, options } = source();
      return matchGazetteer(doc, gazetteer, options);
    },
  };
}

/**
 * A recogniser for your own name lists, added with `extraRecognizers`:
 * `gazetteerRecognizer([{ name: 'my-projects', entries: [{ canonical: 'Projekt X', type: 'PRODUCT' }] }])`.
 * The lists compile on first use.
 */
export function gazetteerRecognizer(
  lists: readonly GazetteerList[],
  options: { name?: string; contextWords?: readonly string[] } = {},
): EntityRecognizer {
  let compiled: { gazetteer: Gazetteer; options: GazetteerMatchOptions } | undefined;
  return compiledGazetteerRecognizer(options.name ?? 'gazetteer', () => {
    compiled ??= {
      gazetteer: compileGazetteer(lists),
      options: { contextWords: new Set(options.contextWords ?? []) },
    };
    return compiled;
  });
}
