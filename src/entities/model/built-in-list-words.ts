// The capitalised words of the built-in place, organisation and law lists with
// their feature bits (gazetteer-features.ts), compiled by npm run compile:data:
// the model entry ships these words instead of the lists themselves.

import packed from '../../lang/de/compiled/model-list-words.json';
import { type GazetteerBitsOf, type PackedListWords, gazetteerBits, unpackListWords } from './gazetteer-features.js';
import type { NameFilter } from './name-filter.js';

let words: Map<string, number> | undefined;

export function builtInListWords(): ReadonlyMap<string, number> {
  words ??= unpackListWords(packed as PackedListWords);
  return words;
}

/** The gazetteer bits of word forms as the shipped model reads them: its name filter and the built-in lists. */
export function builtInGazetteerBits(names: NameFilter): GazetteerBitsOf {
  return gazetteerBits(names, builtInListWords());
}
