// The German word lists the tokenizer and sentence splitter read, compiled once
// from the data files in src/lang/de into sets.

import abbreviationData from '../lang/de/abbreviations.json';
import monthData from '../lang/de/months.json';
import starterData from '../lang/de/sentence-starters.json';
import wordLists from '../lang/de/word-lists.json';
import { isInlineSpace } from './char-class.js';

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

const allAbbreviations = [...abbreviationData.nonFinal, ...abbreviationData.final, ...abbreviationData.closing];

/** Keys (without spaces) of every known abbreviation. */
export const ABBREVIATIONS: ReadonlySet<string> = keySet(allAbbreviations);

/** Keys of abbreviations that close a sentence before a sentence starter (`Mio.`). */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = keySet(abbreviationData.final);

/** Keys of abbreviations that close a sentence before any capitalised word (`usw.`). */
export const CLOSING_ABBREVIATIONS: ReadonlySet<string> = keySet(abbreviationData.closing);

/** Every proper prefix ending in a period of a multi-part abbreviation (`z.` of `z.B.`). */
export const ABBREVIATION_PREFIXES: ReadonlySet<string> = (() => {
  const prefixes = new Set<string>();
  for (const key of ABBREVIATIONS) {
    for (let i = 0; i < key.length - 1; i++) {
      if (key[i] === '.') prefixes.add(key.slice(0, i + 1));
    }
  }
  return prefixes;
})();

export const MONTHS: ReadonlySet<string> = new Set(monthData.months.map(abbreviationKey));

export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(starterData.starters);

export const LINE_CONTINUERS: ReadonlySet<string> = new Set(wordLists.lineContinuers);

export const GENDER_SUFFIXES: readonly string[] = [...wordLists.genderSuffixes].sort((a, b) => b.length - a.length);

export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(wordLists.topLevelDomains);
