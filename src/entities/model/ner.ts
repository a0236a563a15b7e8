// The model's public functions: a recogniser for createExtractor({ model }) and
// the raw mentions of a text in the model's own classes (for evaluations
// against GermEval or LER, which name classes the record does not have).

import { expectString } from '../../input.js';
import { splitTokenTable } from '../../text/sentences.js';
import { scanTokens } from '../../text/tokenize.js';
import type { EntityRecognizer } from '../recognizer.js';
import { germanNerModel } from '../../lang/de/ner.js';
import type { Domain } from './labels.js';
import type { NerModel } from './model.js';
import {
  type ModelMention,
  type NerRecognizerOptions,
  modelMentions,
  modelRecognizer,
  taggerFor,
} from './recognizer.js';

export interface NerOptions extends NerRecognizerOptions {
  /** A model to use instead of the built-in one. */
  model?: NerModel;
}

/** The statistical recogniser extract() runs by default; pass it to createExtractor({ model }) with your own settings. */
export function nerRecognizer(options: NerOptions = {}): EntityRecognizer {
  return modelRecognizer(options.model ?? germanNerModel, options);
}

/**
 * Every mention the model finds, in its own classes and without a threshold:
 * `news` labels PER, ORG, LOC, OTH (GermEval 2014), `legal` PER, ORG, LOC, LAW,
 * REG, RS, LIT (German LER, coarse). Sentences as splitSentences() finds them.
 */
export function tagEntities(text: string, options: { model?: NerModel; domain?: Domain } = {}): ModelMention[] {
  expectString('tagEntities', text);
  const model = options.model ?? germanNerModel();
  const tokens = scanTokens(text);
  const doc = { text, tokens, sentences: splitTokenTable(tokens) };
  return modelMentions(doc, taggerFor(model, options.domain ?? model.library.domain));
}
