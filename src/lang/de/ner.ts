// The German NER model that ships with the library (model/ner-model.json) and the
// capitalised words of the built-in place, organisation and law lists with their
// feature bits (compiled/model-list-words.json, written by npm run compile:data):
// the model entry ships these words instead of the lists themselves. Both are
// decoded on first use and kept for the process.

import packed from './model/ner-model.json';
import packedListWords from './compiled/model-list-words.json';
import packedReview from './model/review-model.json';
import {
  type GazetteerBitsOf,
  type PackedListWords,
  gazetteerBits,
  unpackListWords,
} from '../../entities/model/gazetteer-features.js';
import { loadNerModel } from '../../entities/model/load.js';
import type { NerModel } from '../../entities/model/model.js';
import type { NameFilter } from '../../entities/model/name-filter.js';
import type { PackedNerModel } from '../../entities/model/packed.js';
import { type PackedReviewModel, type ReviewModel, loadReviewModel } from '../../entities/model/review-model.js';

let builtIn: NerModel | undefined;
let listWords: Map<string, number> | undefined;
let review: ReviewModel | undefined;

/** The built-in model (GermEval 2014 and German LER, with a word lexicon from Bundestag speeches and federal laws, see src/lang/de/model/NOTICE.md). */
export function germanNerModel(): NerModel {
  builtIn ??= loadNerModel(packed as unknown as PackedNerModel);
  return builtIn;
}

export function builtInListWords(): ReadonlyMap<string, number> {
  listWords ??= unpackListWords(packedListWords as PackedListWords);
  return listWords;
}

/** The gazetteer bits of word forms as the shipped model reads them: its name filter and the built-in lists. */
export function builtInGazetteerBits(names: NameFilter): GazetteerBitsOf {
  return gazetteerBits(names, builtInListWords());
}

/** The built-in reports reviewer (trained on corpus/train/ with the rules' mentions and the news model's labels as input). */
export function germanReviewModel(): ReviewModel {
  review ??= loadReviewModel(packedReview as unknown as PackedReviewModel);
  return review;
}
