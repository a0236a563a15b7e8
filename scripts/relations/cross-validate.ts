// The relation model held out by writer: for each of the four writers of
// corpus/train/, a model trained by the recipe on the other three scores that
// writer's reports, end to end and with the gold entities given.

import { type GoldDocument, trainWriter } from '../../eval/gold.js';
import { type RelationScoreRow, scoreRelations } from '../../eval/relation-scores.js';
import { oracleRelationPairs } from '../../eval/relation-pairs.js';
import { createExtractor } from '../../src/index.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import type { Language } from '../../src/lang/language.js';
import { PairModel } from '../../src/relations/pair-model.js';
import { relationExamples, trainPairModel } from './recipe.js';

const WRITERS = ['a', 'b', 'c', 'd'];

export function crossValidateByWriter(
  documents: readonly GoldDocument[],
  options: { errors?: boolean } = {},
): RelationScoreRow[] {
  const examples = relationExamples(documents);
  const german = germanLanguage();
  return WRITERS.map((writer) => {
    const training = documents.flatMap((document, d) => (trainWriter(document.id) === writer ? [] : examples[d]!));
    const model = new PairModel(trainPairModel(training, `held out: writer ${writer}`));
    const language = withModel(german, model);
    const heldOut = documents.filter((document) => trainWriter(document.id) === writer);
    return scoreRelations(`writer ${writer} (trained on the others)`, heldOut, {
      extractor: createExtractor({ language }),
      oracle: (document) => oracleRelationPairs(document, language),
      errors: options.errors,
    });
  });
}

/** A language whose relation stage uses `model`. */
export function withModel(language: Language, model: PairModel): Language {
  const relations = { ...language.relations, model };
  return {
    code: language.code,
    get text() {
      return language.text;
    },
    get entities() {
      return language.entities;
    },
    relations,
    get topics() {
      return language.topics;
    },
    get keyphrases() {
      return language.keyphrases;
    },
    get identification() {
      return language.identification;
    },
    get time() {
      return language.time;
    },
    get registry() {
      return language.registry;
    },
  };
}
