// The built-in taxonomy and its term matcher as compiled at build time
// (src/lang/de/compiled/topics.json, from topics.json by src/lang/de/sources.ts):
// checked and tokenised once there, not in every process.

import compiled from '../lang/de/compiled/topics.json';
import topicModel from '../lang/de/topic-model.json';
import type { Taxonomy } from './taxonomy.js';
import { type CompiledTopics, type TermMatcher, unpackTermMatcher } from './term-matcher.js';
import { type TopicModel, parseTopicModel } from './topic-model.js';

const builtIn = compiled as unknown as CompiledTopics;

/** The taxonomy that ships with the library (the topics of ../shared/ANNOTATION.md). */
export function builtInTaxonomy(): Taxonomy {
  return builtIn.taxonomy;
}

/** The built-in taxonomy's term matcher: a fresh one per call, as each keeps its own memo. */
export function builtInTermMatcher(): TermMatcher {
  return unpackTermMatcher(builtIn.matcher);
}

let model: TopicModel | undefined;

/** The topic decision learnt from the labelled reports (scripts/train-topics.ts). */
export function builtInTopicModel(): TopicModel {
  model ??= parseTopicModel(topicModel);
  return model;
}
