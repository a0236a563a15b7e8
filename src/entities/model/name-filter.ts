// First names and surnames as one Bloom filter: the model's name gazetteer
// feature for ~127,000 names in ~160 KB, shipped inside the model file.
// A false positive (about 1 in 100 words) only fires a feature whose weight
// the training learned with the same filter.

import { hashString } from './features.js';

export const enum NameKind {
  First = 1,
  Surname = 2,
}

export interface NameFilter {
  readonly bits: Uint8Array;
  readonly hashCount: number;
}

function probe(filter: NameFilter, kind: NameKind, name: string, set: boolean): boolean {
  const size = filter.bits.length * 8;
  const a = hashString(0x4e00 + kind, name);
  const b = hashString(0x4e10 + kind, name) | 1;
  for (let i = 0; i < filter.hashCount; i++) {
    const bit = ((a + Math.imul(i, b)) >>> 0) % size;
    const mask = 1 << (bit & 7);
    if (set) filter.bits[bit >> 3]! |= mask;
    else if ((filter.bits[bit >> 3]! & mask) === 0) return false;
  }
  return true;
}

export function hasName(filter: NameFilter, kind: NameKind, name: string): boolean {
  return probe(filter, kind, name, false);
}

/** A filter of `bitsPerName` bits per name (10 gives about 1 % false positives). */
export function buildNameFilter(
  firstNames: Iterable<string>,
  surnames: Iterable<string>,
  bitsPerName = 10,
): NameFilter {
  const first = [...firstNames];
  const last = [...surnames];
  const bytes = Math.ceil(((first.length + last.length) * bitsPerName) / 8);
  const filter: NameFilter = {
    bits: new Uint8Array(Math.max(1, bytes)),
    hashCount: Math.max(1, Math.round(bitsPerName * Math.LN2)),
  };
  for (const name of first) probe(filter, NameKind.First, name, true);
  for (const name of last) probe(filter, NameKind.Surname, name, true);
  return filter;
}
