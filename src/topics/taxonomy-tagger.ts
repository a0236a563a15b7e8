// Tags the topics a document discusses, over a taxonomy. The taxonomy's terms
// give each topic its evidence (topic-evidence.ts: per sentence, the strongest
// term minus the strongest term against, so repeating a word in one sentence
// counts once); a logistic model learnt from labelled reports turns the
// evidence's features into the probability that a reader would assign the topic
// (topic-model.ts). A topic is reported when that probability reaches minScore.

import type { EntityMention } from '../record.js';
import type { AnalysedText } from '../text/analysed-text.js';
import type { ProposedTopic, TopicTagger, TopicWords } from './tag-topics.js';
import { DEFAULT_SCORING, type Taxonomy, parseTaxonomy } from './taxonomy.js';
import { type TermMatcher, compileTermMatcher, matchTerms } from './term-matcher.js';
import { type EvidenceSpan, type TopicEvidence, collectTopicEvidence, documentShape } from './topic-evidence.js';
import { topicFeatures } from './topic-features.js';
import { type TopicModel, topicProbability } from './topic-model.js';

export interface TaxonomyTaggerOptions {
  /** The probability a topic needs to be reported; default: the model's, chosen on held-out folds. */
  minScore?: number;
  /** The decision model; default: the built-in one, learnt from the labelled reports. */
  model?: TopicModel;
}

/** A topic with its evidence and probability, reported or not. */
export interface AssessedTopic {
  /** Index in the taxonomy. */
  index: number;
  id: string;
  label: string;
  probability: number;
  evidence: TopicEvidence;
  features: Float64Array;
}

/**
 * A tagger for a taxonomy (by default the extractor's language's) and a topic
 * model (by default the language's); compiles the taxonomy on first use, with
 * the words of the language it is first used with.
 */
export function taxonomyTagger(taxonomy?: Taxonomy, options: TaxonomyTaggerOptions = {}): TopicTagger {
  const checked = taxonomy === undefined ? undefined : parseTaxonomy(taxonomy);
  checkMinScore(options.minScore);
  let compiled: { taxonomy: Taxonomy; matcher: TermMatcher; model: TopicModel; minScore: number } | undefined;
  return {
    name: 'taxonomy',
    tag(doc: AnalysedText, entities: readonly EntityMention[], language: TopicWords): ProposedTopic[] {
      if (compiled === undefined) {
        const model = options.model ?? language.model;
        compiled = {
          taxonomy: checked ?? language.taxonomy,
          matcher: checked ? compileTermMatcher(checked, language.text) : language.termMatcher(),
          model,
          minScore: options.minScore ?? model.minScore,
        };
      }
      const { taxonomy: used, matcher, model, minScore } = compiled;
      return assessTopics(doc, entities, used, matcher, model)
        .filter((topic) => topic.probability >= minScore)
        .map((topic) => toTopic(doc, topic));
    },
  };
}

function checkMinScore(minScore: unknown): void {
  if (minScore === undefined) return;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1))
    throw new TypeError(`minScore must be a number from 0 to 1, got ${String(minScore)}`);
}

/** Every topic with evidence in the document, with its probability, in taxonomy order. */
export function assessTopics(
  doc: AnalysedText,
  entities: readonly EntityMention[],
  taxonomy: Taxonomy,
  matcher: TermMatcher,
  model: TopicModel,
): AssessedTopic[] {
  const maxEvidence = taxonomy.scoring?.maxEvidence ?? DEFAULT_SCORING.maxEvidence;
  const matches = matchTerms(doc, matcher);
  if (matches.length === 0) return [];
  const evidence = collectTopicEvidence(doc, matches, entities, taxonomy.topics.length, maxEvidence);
  const shape = documentShape(doc, evidence);
  const assessed: AssessedTopic[] = [];
  taxonomy.topics.forEach((definition, index) => {
    const found = evidence[index];
    if (found === undefined || found.sentences === 0) return;
    const features = topicFeatures(found, shape);
    assessed.push({
      index,
      id: definition.id,
      label: definition.label,
      probability: topicProbability(model, definition.id, features),
      evidence: found,
      features,
    });
  });
  return assessed;
}

/** The topic as the tagger proposes it; the topic stage names each piece of evidence's sentence. */
export function toTopic(doc: AnalysedText, topic: AssessedTopic): ProposedTopic {
  return {
    id: topic.id,
    label: topic.label,
    score: Math.round(topic.probability * 1000) / 1000,
    evidence: topic.evidence.spans.map((span: EvidenceSpan) => ({
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
    })),
  };
}
