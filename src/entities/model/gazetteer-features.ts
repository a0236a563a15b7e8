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
export function listWordBits(lists: readonly GazetteerList[]): Map<string, number> {
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

/** The list words by bit, each a sorted space-separated string: how scripts/compile-data.ts ships them. */
export interface PackedListWords {
  place: string;
  organisation: string;
  law: string;
}

const PACKED_BITS = [
  ['place', GazetteerBit.Place],
  ['organisation', GazetteerBit.OrganisationWord],
  ['law', GazetteerBit.Law],
] as const;

export function packListWords(bits: ReadonlyMap<string, number>): PackedListWords {
  const words = (bit: number) =>
    [...bits]
      .filter(([, b]) => b & bit)
      .map(([word]) => word)
      .sort()
      .join(' ');
  return {
    place: words(GazetteerBit.Place),
    organisation: words(GazetteerBit.OrganisationWord),
    law: words(GazetteerBit.Law),
  };
}

export function unpackListWords(packed: PackedListWords): Map<string, number> {
  const bits = new Map<string, number>();
  for (const [field, bit] of PACKED_BITS) {
    if (packed[field]) for (const word of packed[field].split(' ')) bits.set(word, (bits.get(word) ?? 0) | bit);
  }
  return bits;
}

/** The bits of a word form from the name filter and the list words with their bits (listWordBits). */
export function gazetteerBits(names: NameFilter, listBits: ReadonlyMap<string, number>): GazetteerBitsOf {
  return (surface) => {
    let bits = listBits.get(surface) ?? 0;
    if (isCapitalised(surface)) {
      if (hasName(names, NameKind.First, surface)) bits |= GazetteerBit.FirstName;
      if (hasName(names, NameKind.Surname, surface)) bits |= GazetteerBit.Surname;
    }
    return bits;
  };
}
