// A gazetteer compiled into plain data: a trie over token keys, its nodes in
// depth-first order, with the aliases that end at each node. packGazetteer
// builds it from name lists (at build time for the built-in lists, see
// scripts/compile-data.ts; at first use for a caller's); GazetteerTrie
// reads it and builds a node's child map or alias objects only when a match
// first reaches that node, so loading the built-in lists costs almost nothing.

import type { EntityType } from '../record.js';
import { isLower, isUpper } from '../text/char-class.js';
import { normalForms } from '../text/normalize.js';
import type { TextWords } from '../text/text-words.js';
import { Kind } from '../text/token-table.js';
import { Shape, shapeOf } from '../text/token-view.js';
import { scanTokens } from '../text/tokenize.js';

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
  /**
   * True: names match only as written, never inflected. For long lists of
   * small places, whose genitive is rare but may be an everyday word
   * (`Dissen` + s = `Dissens`, `Bunde` + s = `Bundes`).
   */
  verbatim?: boolean;
}

export interface AliasToken {
  norm: string;
  shape: number;
}

/** One alias of one entry, at the trie node its token keys lead to. */
export interface Terminal {
  canonical: string;
  type: EntityType;
  list: string;
  /** `gazetteer:<list>`: the source of the mentions it finds. */
  source: string;
  tokens: AliasToken[];
  ambiguous: boolean;
  /** From a list that matches its names only as written, not inflected (GazetteerList.verbatim). */
  verbatim: boolean;
}

/** The trie as JSON-able data (src/lang/de/compiled/gazetteers.json holds the built-in one). */
export interface PackedGazetteer {
  /** List names; a terminal names its list by index. */
  lists: string[];
  /** Indices into `lists` of the lists matched only as written (GazetteerList.verbatim). */
  verbatimLists: number[];
  /** Entity types; a terminal names its type by index. */
  types: string[];
  /** Canonical names; a terminal names its canonical by index. */
  canonicals: string[];
  /** Per node in depth-first preorder (node 0 is the root): the key of the edge into it. */
  keys: string[];
  /** Per node: how many nodes its subtree holds, itself included. */
  sizes: number[];
  /** Per node: how many terminals end there (terminals are stored in node order). */
  terminalCounts: number[];
  /**
   * For aliases answering `byKey` whose keys hold a space (`e. v.`): how many
   * space-separated parts their joined keys have. Only a lookup by that many
   * parts can meet them under other keys (see GazetteerTrie.mayJoinTo).
   */
  spacedKeyParts: number[];
  /**
   * Per terminal: its canonical, its list, its type · 4 + its flags, and the
   * alias as written unless it is the canonical itself. The alias is tokenised
   * again only when a match first reaches it.
   */
  terminals: (string | number)[][];
}

const enum TerminalFlag {
  Ambiguous = 1,
  /** The first unambiguous alias with these keys: it answers `byKey`. */
  DefinesKey = 2,
}

export const MAX_ALIAS_TOKENS = 16;

/** The trie key of a token: its Snowball stem for ordinary words, else its lower-case form. */
export function keyOf(norm: string, stem: string, kind: number, shape: number): string {
  if (kind !== Kind.Word || shape & (Shape.AllCaps | Shape.InnerCapitals | Shape.HasDigit)) return norm;
  return stem;
}

interface BuildNode {
  next?: Map<string, BuildNode>;
  terminals?: BuildTerminal[];
}

interface BuildTerminal extends Omit<Terminal, 'source' | 'verbatim'> {
  /** The alias as written. */
  form: string;
  definesKey: boolean;
}

/** An alias's tokens and their trie keys; undefined when it has no tokens or too many. */
function aliasTokens(form: string, words: TextWords): { tokens: AliasToken[]; keys: string[] } | undefined {
  const tokens: AliasToken[] = [];
  const keys: string[] = [];
  if (isPlainWord(form, words)) {
    // Most aliases are one plain word (`BSI`, `Dataport`, `IT-Planungsrat`): no tokenizer run needed.
    const { norm, stem } = normalForms(form, Kind.Word, 0, words);
    const shape = shapeOf(form);
    tokens.push({ norm, shape });
    keys.push(keyOf(norm, stem, Kind.Word, shape));
  } else {
    const table = scanTokens(form, words);
    if (table.count === 0 || table.count > MAX_ALIAS_TOKENS) return undefined;
    for (let i = 0; i < table.count; i++) {
      const surface = form.slice(table.starts[i], table.ends[i]);
      const kind = table.kinds[i]!;
      const { norm, stem } = normalForms(surface, kind, table.flags[i]!, words);
      const shape = shapeOf(surface);
      tokens.push({ norm, shape });
      keys.push(keyOf(norm, stem, kind, shape));
    }
  }
  return { tokens, keys };
}

/**
 * Compiles lists into a packed trie, tokenised and stemmed with a language's
 * `words`. Single capitalised words in `commonWords` (`Wesen`, `Halle`,
 * `Element`) are treated as ambiguous aliases: matched only after a context word.
 */
export function packGazetteer(
  lists: readonly GazetteerList[],
  commonWords: ReadonlySet<string>,
  words: TextWords,
): PackedGazetteer {
  const root: BuildNode = {};
  const byKey = new Map<string, BuildTerminal>();
  const spacedKeyParts = new Set<number>();
  const add = (form: string, entry: GazetteerEntry, list: string, ambiguous: boolean): void => {
    const alias = aliasTokens(form, words);
    if (alias === undefined) return;
    const { tokens, keys } = alias;
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
    const terminal: BuildTerminal = {
      canonical: entry.canonical,
      type: entry.type,
      list,
      tokens,
      ambiguous,
      form,
      definesKey: false,
    };
    terminals.push(terminal);
    const joined = keys.join(' ');
    if (!ambiguous && !byKey.has(joined)) {
      byKey.set(joined, terminal);
      terminal.definesKey = true;
      if (keys.some((key) => key.includes(' '))) spacedKeyParts.add(joined.split(' ').length);
    }
  };
  for (const list of lists) {
    for (const entry of list.entries) {
      const ambiguous = entry.ambiguousAliases;
      const isAmbiguous = (form: string) =>
        commonWords.has(form) || (ambiguous !== undefined && ambiguous.includes(form));
      if (entry.matchCanonical !== false) add(entry.canonical, entry, list.name, isAmbiguous(entry.canonical));
      if (entry.aliases) for (const alias of entry.aliases) add(alias, entry, list.name, isAmbiguous(alias));
      for (const alias of entry.ambiguousAliases ?? []) add(alias, entry, list.name, true);
    }
  }
  const verbatim = new Set(lists.filter((list) => list.verbatim).map((list) => list.name));
  return flatten(
    root,
    [...spacedKeyParts].sort((a, b) => a - b),
    verbatim,
  );
}

function flatten(root: BuildNode, spacedKeyParts: number[], verbatimLists: ReadonlySet<string>): PackedGazetteer {
  const packed: PackedGazetteer = {
    lists: [],
    verbatimLists: [],
    types: [],
    canonicals: [],
    keys: [],
    sizes: [],
    terminalCounts: [],
    spacedKeyParts,
    terminals: [],
  };
  const listIndex = new Map<string, number>();
  const typeIndex = new Map<string, number>();
  const canonicalIndex = new Map<string, number>();
  const indexIn = (index: Map<string, number>, values: string[], value: string): number => {
    let at = index.get(value);
    if (at === undefined) {
      at = values.push(value) - 1;
      index.set(value, at);
    }
    return at;
  };
  const visit = (node: BuildNode, key: string): void => {
    const at = packed.keys.push(key) - 1;
    packed.sizes.push(0);
    packed.terminalCounts.push(node.terminals?.length ?? 0);
    for (const terminal of node.terminals ?? []) {
      const flags =
        (terminal.ambiguous ? TerminalFlag.Ambiguous : 0) | (terminal.definesKey ? TerminalFlag.DefinesKey : 0);
      const row: (string | number)[] = [
        indexIn(canonicalIndex, packed.canonicals, terminal.canonical),
        indexIn(listIndex, packed.lists, terminal.list),
        indexIn(typeIndex, packed.types, terminal.type) * 4 + flags,
      ];
      if (terminal.form !== terminal.canonical) row.push(terminal.form);
      packed.terminals.push(row);
    }
    for (const [childKey, child] of node.next ?? []) visit(child, childKey);
    packed.sizes[at] = packed.keys.length - at;
  };
  visit(root, '');
  packed.verbatimLists = packed.lists.flatMap((name, at) => (verbatimLists.has(name) ? [at] : []));
  return packed;
}

/**
 * Letters and digits with inner hyphens, no Binnen-I suffix after a lower-case
 * letter (`BürgerInnen` is a gender form): the tokenizer keeps such a form whole
 * as one word (test/entities/gazetteer.test.ts checks this for every built-in alias).
 */
export function isPlainWord(form: string, words: TextWords): boolean {
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
    if (upper && previousLower && words.binnenISuffixes.some((suffix) => form.startsWith(suffix, i))) return false;
    previousLower = lower;
  }
  return true;
}

function sameForm(a: AliasToken[], b: AliasToken[]): boolean {
  return a.length === b.length && a.every((token, i) => token.norm === b[i]!.norm && token.shape === b[i]!.shape);
}

/** Canonical name and type of an alias. */
export interface KnownEntry {
  canonical: string;
  type: EntityType;
  /**
   * From a list matched only as written: the alias's norms, space-joined, which a text must have for the entry to fit.
   */
  verbatimNorms?: string;
}

/**
 * Whether text with these norms (space-joined) is what `entry` names: a verbatim list's entry fits its very forms only
 * (`Malters` is no `Malte`).
 */
export function entryFits(entry: KnownEntry, norms: string): boolean {
  return entry.verbatimNorms === undefined || entry.verbatimNorms === norms;
}

/** The trie the matcher walks: node 0 is the root; a missing child is -1. */
export class GazetteerTrie {
  /** How many aliases the trie holds. */
  readonly size: number;
  private readonly packed: PackedGazetteer;
  /** Index of each node's first terminal; one more entry closes the last node. */
  private readonly firstTerminal: Int32Array;
  private readonly children: (Map<string, number> | undefined)[];
  private readonly terminalLists: (Terminal[] | undefined)[];
  private readonly keyEntries: (KnownEntry | null | undefined)[];
  private joinedIndex: Map<string, KnownEntry> | undefined;
  private formIndex: Map<string, string[]> | undefined;

  /** The language the aliases were tokenised with; an alias is tokenised again when a match first reaches it. */
  private readonly words: TextWords;

  constructor(packed: PackedGazetteer, words: TextWords) {
    this.packed = packed;
    this.words = words;
    const count = packed.keys.length;
    this.size = packed.terminals.length;
    this.firstTerminal = new Int32Array(count + 1);
    for (let node = 0; node < count; node++)
      this.firstTerminal[node + 1] = this.firstTerminal[node]! + packed.terminalCounts[node]!;
    this.children = new Array(count);
    this.terminalLists = new Array(count);
    this.keyEntries = new Array(count);
  }

  hasChildren(node: number): boolean {
    return this.packed.sizes[node]! > 1;
  }

  /** The node reached from `node` by `key`, or -1. */
  child(node: number, key: string): number {
    let children = this.children[node];
    if (children === undefined) {
      children = new Map();
      const { keys, sizes } = this.packed;
      const end = node + sizes[node]!;
      for (let next = node + 1; next < end; next += sizes[next]!) children.set(keys[next]!, next);
      this.children[node] = children;
    }
    return children.get(key) ?? -1;
  }

  /** The aliases ending at `node`, in list order, or undefined. */
  terminalsAt(node: number): readonly Terminal[] | undefined {
    const first = this.firstTerminal[node]!;
    const end = this.firstTerminal[node + 1]!;
    if (first === end) return undefined;
    let terminals = this.terminalLists[node];
    if (terminals === undefined) {
      terminals = [];
      for (let t = first; t < end; t++) terminals.push(this.terminal(this.packed.terminals[t]!));
      this.terminalLists[node] = terminals;
    }
    return terminals;
  }

  /**
   * The entry `byKey` gives for the keys leading to `node`: its first
   * unambiguous alias. (Only joined keys that contain a key with a space can
   * name another node's alias too; see mayJoinTo.)
   */
  keyEntry(node: number): KnownEntry | undefined {
    let entry = this.keyEntries[node];
    if (entry === undefined) {
      entry = null;
      const { terminals, canonicals } = this.packed;
      for (let t = this.firstTerminal[node]!; t < this.firstTerminal[node + 1]! && entry === null; t++) {
        const row = terminals[t]!;
        if ((row[2] as number) & TerminalFlag.DefinesKey) {
          const canonical = canonicals[row[0] as number]!;
          entry = { canonical, type: this.typeOf(row) };
          if (this.packed.verbatimLists.includes(row[1] as number)) {
            entry.verbatimNorms = aliasTokens((row[3] as string | undefined) ?? canonical, this.words)!
              .tokens.map((token) => token.norm)
              .join(' ');
          }
        }
      }
      this.keyEntries[node] = entry;
    }
    return entry ?? undefined;
  }

  /**
   * Whether keys joined into `parts` space-separated parts may name an alias
   * whose own keys hold a space (`… Goethe-Instituts e. V. …`): only then must a
   * lookup that finds nothing on the trie ask `byKey` by the joined string.
   */
  mayJoinTo(parts: number): boolean {
    return this.packed.spacedKeyParts.includes(parts);
  }

  /** The entry `byKey` gives for one key, if it fits a word of this norm (entryFits). */
  entryForKey(key: string, norm: string): KnownEntry | undefined {
    let entry: KnownEntry | undefined;
    if (key.includes(' ')) entry = this.byKey.get(key);
    else {
      const node = this.child(0, key);
      entry = node >= 0 ? this.keyEntry(node) : undefined;
      if (entry === undefined && this.mayJoinTo(1)) entry = this.byKey.get(key);
    }
    return entry !== undefined && entryFits(entry, norm) ? entry : undefined;
  }

  /** Canonical name and type of an alias, by its token keys joined with a space (built on first use). */
  get byKey(): ReadonlyMap<string, KnownEntry> {
    this.joinedIndex ??= this.buildJoinedIndex();
    return this.joinedIndex;
  }

  /** The aliases as written of a canonical name of `type`, the canonical name among them (built on first use). */
  formsOf(canonical: string, type: EntityType): readonly string[] {
    if (this.formIndex === undefined) {
      this.formIndex = new Map();
      const { terminals, canonicals } = this.packed;
      for (const row of terminals) {
        const name = canonicals[row[0] as number]!;
        const key = `${this.typeOf(row)}\u0000${name}`;
        const forms = this.formIndex.get(key) ?? [];
        const form = (row[3] as string | undefined) ?? name;
        if (!forms.includes(form)) forms.push(form);
        this.formIndex.set(key, forms);
      }
    }
    return this.formIndex.get(`${type}\u0000${canonical}`) ?? [];
  }

  private buildJoinedIndex(): Map<string, KnownEntry> {
    const { keys, sizes } = this.packed;
    const index = new Map<string, KnownEntry>();
    // Depth-first: the open nodes above the current one, with their joined keys.
    const open: number[] = [0];
    const joined: string[] = [''];
    for (let node = 1; node < keys.length; node++) {
      while (open[open.length - 1]! + sizes[open[open.length - 1]!]! <= node) {
        open.pop();
        joined.pop();
      }
      const key = open.length === 1 ? keys[node]! : `${joined[joined.length - 1]!} ${keys[node]!}`;
      open.push(node);
      joined.push(key);
      const entry = this.keyEntry(node);
      if (entry !== undefined) index.set(key, entry);
    }
    return index;
  }

  private typeOf(row: readonly (string | number)[]): EntityType {
    return this.packed.types[(row[2] as number) >> 2] as EntityType;
  }

  private terminal(row: readonly (string | number)[]): Terminal {
    const canonical = this.packed.canonicals[row[0] as number]!;
    const list = this.packed.lists[row[1] as number]!;
    return {
      canonical,
      type: this.typeOf(row),
      list,
      source: `gazetteer:${list}`,
      tokens: aliasTokens((row[3] as string | undefined) ?? canonical, this.words)!.tokens,
      ambiguous: ((row[2] as number) & TerminalFlag.Ambiguous) !== 0,
      verbatim: this.packed.verbatimLists.includes(row[1] as number),
    };
  }
}
