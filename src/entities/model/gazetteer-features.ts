// The gazetteer bits of a word form (features.ts GazetteerBit): first names and
// surnames from the model's name filter; place, organisation and law words from
// the library's own gazetteers, so a name the lists teach the rules also
// informs the model.

import type { GazetteerList } from '../gazetteer.js';
import { GazetteerBit } from './features.js';
import { NameKind, type NameFilter, hasName } from './name-filter.js';

export type GazetteerBitsOf = (surface: string) => number;

const isCapitalised = (word: string): boolean => {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
};

const TYPE_BITS: Partial<Record<string, number>> = {
  LOC: GazetteerBit.Place,
  ORG: GazetteerBit.OrganisationWord,
  LAW: GazetteerBit.Law,
};

/** Capitalised words of every place, organisation and law name in the lists, with their bits. */
function listWordBits(lists: readonly GazetteerList[]): Map<string, number> {
  const bits = new Map<string, number>();
  for (const list of lists) {
    for (const entry of list.entries) {
      const bit = TYPE_BITS[entry.type];
      if (bit === undefined) continue;
      const forms = [entry.canonical, ...(entry.aliases ?? []), ...(entry.ambiguousAliases ?? [])];
      for (const form of forms) {
        for (const word of form.split(' ')) {
          if (isCapitalised(word)) bits.set(word, (bits.get(word) ?? 0) | bit);
        }
      }
    }
  }
  return bits;
}

export function gazetteerBits(names: NameFilter, lists: readonly GazetteerList[]): GazetteerBitsOf {
  const listBits = listWordBits(lists);
  return (surface) => {
    let bits = listBits.get(surface) ?? 0;
    if (isCapitalised(surface)) {
      if (hasName(names, NameKind.First, surface)) bits |= GazetteerBit.FirstName;
      if (hasName(names, NameKind.Surname, surface)) bits |= GazetteerBit.Surname;
    }
    return bits;
  };
}
