// The entry point govtext-de/ner: the statistical German NER model and its
// functions. A separate entry so that the main bundle stays small: the model
// file is 3.8 MB and extract() does not run it by default (docs/model.md says
// why); import it here to turn it on:
//   createExtractor({ model: nerRecognizer() })

export { nerRecognizer, reportsRecognizer, tagEntities } from './entities/model/shipped-model.js';
export type { NerOptions, ReportsOptions } from './entities/model/shipped-model.js';
export { germanNerModel, germanReviewModel } from './lang/de/ner.js';
export { loadNerModel } from './entities/model/load.js';
export type { NerModel, LibrarySettings } from './entities/model/model.js';
export type { PackedNerModel } from './entities/model/packed.js';
export type { PackedReviewModel, ReviewModel, ReviewMode, ReviewTrust } from './entities/model/review-model.js';
export type { ModelMention, NerRecognizerOptions } from './entities/model/model-recognizer.js';
export type { Domain as NerDomain, ModelClass as NerClass } from './entities/model/labels.js';
