// What the tokenizer, the sentence splitter and normalisation know about a
// language: its abbreviations, month names, sentence starters, words that
// continue a line, gender suffixes, web domains and its stemmer. A language
// (src/lang/de) compiles its word lists once with compileTextWords; the engine
// in text/ reads only this value.

import { isInlineSpace } from './char-class.js';

/** The word lists as a language's data files hold them. */
export interface TextWordLists {
  /** `nonFinal` never end a sentence (`Dr.`, `z. B.`); `final` may (`Mio.`); `closing` usually do (`usw.`). */
  abbreviations: { nonFinal: readonly string[]; final: readonly string[]; closing: readonly string[] };
  months: readonly string[];
  sentenceStarters: readonly string[];
  lineContinuers: readonly string[];
  /** What may follow a gender sign inside one word (`in`, `innen` after `:`, `*`, `_`, `·`, `/`, `(`). */
  genderSuffixes: readonly string[];
  /** Capitalised plural suffixes of Binnen-I forms (`Innen` in `MitarbeiterInnen`). */
  binnenISuffixes: readonly string[];
  topLevelDomains: readonly string[];
}

export interface TextWords {
  /** Keys (without spaces, see abbreviationKey) of every known abbreviation. */
  readonly abbreviations: ReadonlySet<string>;
  /** Keys of abbreviations that close a sentence before a sentence starter (`Mio.`). */
  readonly finalAbbreviations: ReadonlySet<string>;
  /** Keys of abbreviations that close a sentence before any capitalised word (`usw.`). */
  readonly closingAbbreviations: ReadonlySet<string>;
  /** Every proper prefix ending in a period of a multi-part abbreviation (`z.` of `z.B.`). */
  readonly abbreviationPrefixes: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly sentenceStarters: ReadonlySet<string>;
  readonly lineContinuers: ReadonlySet<string>;
  /** Longest first, as the tokenizer tries them. */
  readonly genderSuffixes: readonly string[];
  /** The gender suffixes that begin lower case: what a gender form's norm ends in (`mitarbeiter:innen`). */
  readonly lowerGenderSuffixes: readonly string[];
  readonly binnenISuffixes: readonly string[];
  readonly topLevelDomains: ReadonlySet<string>;
  /** The language's stem of a lower-case word. */
  readonly stem: (lowerWord: string) => string;
}

/** Removes the spaces inside multi-part abbreviations: `z. B.` → `z.B.` */
export function abbreviationKey(surface: string): string {
  let key = '';
  for (let i = 0; i < surface.length; i++) {
    if (!isInlineSpace(surface.charCodeAt(i))) key += surface[i];
  }
  return key;
}

function keySet(entries: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of entries) {
    const key = abbreviationKey(entry);
    keys.add(key);
    // Entries that begin lower case also match capitalised at a sentence start (`Z. B.`).
    if (key[0] !== key[0]!.toUpperCase()) keys.add(key[0]!.toUpperCase() + key.slice(1));
  }
  return keys;
}

export function compileTextWords(lists: TextWordLists, stem: (lowerWord: string) => string): TextWords {
  const { nonFinal, final, closing } = lists.abbreviations;
  const abbreviations = keySet([...nonFinal, ...final, ...closing]);
  const abbreviationPrefixes = new Set<string>();
  for (const key of abbreviations) {
    for (let i = 0; i < key.length - 1; i++) {
      if (key[i] === '.') abbreviationPrefixes.add(key.slice(0, i + 1));
    }
  }
  const genderSuffixes = [...lists.genderSuffixes].sort((a, b) => b.length - a.length);
  return {
    abbreviations,
    finalAbbreviations: keySet(final),
    closingAbbreviations: keySet(closing),
    abbreviationPrefixes,
    months: new Set(lists.months.map(abbreviationKey)),
    sentenceStarters: new Set(lists.sentenceStarters),
    lineContinuers: new Set(lists.lineContinuers),
    genderSuffixes,
    lowerGenderSuffixes: genderSuffixes.filter((suffix) => suffix[0] === suffix[0]!.toLowerCase()),
    binnenISuffixes: lists.binnenISuffixes,
    topLevelDomains: new Set(lists.topLevelDomains),
    stem,
  };
}
