// The model's public functions: a recogniser for createExtractor({ model }) and
// the raw mentions of a text in the model's own classes (for evaluations
// against GermEval or LER, which name classes the record does not have). Both
// default to the German model that ships with the library, with its list words,
// and tagEntities to the German language's tokenizer and sentence splitter.

import { expectString } from '../../input.js';
import { germanLanguage } from '../../lang/de/index.js';
import { builtInGazetteerBits, builtInListWords, germanNerModel, germanReviewModel } from '../../lang/de/ner.js';
import { analyseText } from '../../text/analysed-text.js';
import { FormAnswers } from '../../text/form-memo.js';
import { WordFormTable } from '../../text/word-forms.js';
import type { EntityRecognizer } from '../recognizer.js';
import type { Domain } from './labels.js';
import type { NerModel } from './model.js';
import type { ReviewCompanions, ReviewModel } from './review-model.js';
import { LETTERS_ONLY } from './review-features.js';
import { type ReviewRecognizerOptions, reviewRecognizer } from './review-recognizer.js';
import {
  type ModelMention,
  type NerRecognizerOptions,
  modelMentions,
  modelRecognizer,
  taggerFor,
} from './model-recognizer.js';

export interface NerOptions extends NerRecognizerOptions {
  /** A model to use instead of the built-in one. */
  model?: NerModel;
}

/** The statistical recogniser: pass it to createExtractor({ model }), with your own settings if you like. */
export function nerRecognizer(options: NerOptions = {}): EntityRecognizer {
  return modelRecognizer(options.model ?? germanNerModel, builtInListWords, options);
}

/**
 * Every mention the model finds, in its own classes and without a threshold:
 * `news` labels PER, ORG, LOC, OTH (GermEval 2014), `legal` PER, ORG, LOC, LAW,
 * REG, RS, LIT (German LER, coarse). Sentences as splitSentences() finds them.
 */
export function tagEntities(text: string, options: { model?: NerModel; domain?: Domain } = {}): ModelMention[] {
  expectString('tagEntities', text);
  const model = options.model ?? germanNerModel();
  const { text: words } = germanLanguage();
  const doc = analyseText(text, words, new FormAnswers(new WordFormTable(words)));
  return modelMentions(doc, taggerFor(model, options.domain ?? model.library.domain, builtInListWords()));
}

export interface ReportsOptions extends ReviewRecognizerOptions {
  /** A reviewer to use instead of the built-in one. */
  model?: ReviewModel;
}

/** The built-in news model's word facts and labels, for a reviewer that reads them; loaded only then. */
function newsCompanions(model: ReviewModel): ReviewCompanions {
  if (!model.inputs.words && !model.inputs.news) return { words: LETTERS_ONLY };
  const news = germanNerModel();
  return {
    words: { lexicon: news.lexicon, gazetteers: builtInGazetteerBits(news.names) },
    news: taggerFor(news, 'news', builtInListWords()),
    filler: nerRecognizer(),
  };
}

/**
 * The reports model: pass it to createExtractor({ model }) and it reviews every mention the gazetteers, patterns
 * and mention passes found (keeps, extends, retypes, drops) and adds the names they missed, reading the news
 * model's labels and word classes as well (docs/model.md).
 */
export function reportsRecognizer(options: ReportsOptions = {}): EntityRecognizer {
  return reviewRecognizer(options.model ?? germanReviewModel, newsCompanions, options);
}
