// The capitalised words of the built-in place, organisation and law lists with
// their feature bits (gazetteer-features.ts), compiled by npm run compile:data:
// the model entry ships these words instead of the lists themselves.

import packed from '../../lang/de/compiled/model-list-words.json';
import { type PackedListWords, unpackListWords } from './gazetteer-features.js';

let words: Map<string, number> | undefined;

export function builtInListWords(): ReadonlyMap<string, number> {
  words ??= unpackListWords(packed as PackedListWords);
  return words;
}
