// The features of one topic in one document, as the topic decision reads them:
// how much evidence, in how many sentences and what share of the document, how
// strong its best sentences are, how many different terms, where it stands,
// whether it sits in names or headings only. The same function serves the
// extractor and the training script (scripts/train-topics.ts), so both see the
// same numbers.

import type { DocumentShape, TopicEvidence } from './topic-evidence.js';

export const TOPIC_FEATURES = [
  /** ln(1 + evidence mass). */
  'mass',
  /** ln(1 + evidence sentences). */
  'sentences',
  /** ln(1 + sentences with strong evidence: net weight 0.75 or more). */
  'strongSentences',
  /** Evidence sentences per sentence of the document, up to MAX_SHARE: short texts stay in the range the model learnt. */
  'share',
  /** Net evidence of the strongest sentence. */
  'strongest',
  /** Net evidence of the second strongest sentence (0 with one sentence). */
  'second',
  /** ln(1 + different terms). */
  'terms',
  /** ln of the most different terms in one sentence: a sentence about the topic names it several ways. */
  'sentenceTerms',
  /** Where the first evidence stands, 0 (start) … 1 (end). */
  'firstPosition',
  /** From the first to the last evidence sentence, as a share of the document. */
  'spread',
  /** ln of the most evidence sentences among four consecutive ones: a paragraph about the topic. */
  'cluster',
  /** Share of the matches inside an ORG or EVENT name (`Zentrum Digitale Souveränität`). */
  'inNames',
  /** Share of the evidence sentences that are headings or list lines (8 words or fewer). */
  'shortSentences',
  /** ln(1 + the mass of terms against). */
  'against',
  /** Evidence mass as a share of the document's strongest topic's: 1 for the main topic. */
  'relativeMass',
  /** Evidence mass as a share of all topics' evidence in the document. */
  'massShare',
] as const;

const MAX_SHARE = 0.5;

export type TopicFeatureName = (typeof TOPIC_FEATURES)[number];

export function topicFeatures(evidence: TopicEvidence, document: DocumentShape): Float64Array {
  const sentences = Math.max(1, document.sentences);
  const n = evidence.sentences;
  return Float64Array.of(
    Math.log1p(evidence.mass),
    Math.log1p(n),
    Math.log1p(evidence.strongSentences),
    Math.min(MAX_SHARE, n / sentences),
    evidence.strongest,
    evidence.second,
    Math.log1p(evidence.distinctTerms),
    Math.log(Math.max(1, evidence.bestSentenceTerms)),
    n === 0 ? 1 : evidence.firstSentence / sentences,
    n === 0 ? 0 : (evidence.lastSentence - evidence.firstSentence) / sentences,
    Math.log(Math.max(1, evidence.cluster)),
    evidence.matches === 0 ? 0 : evidence.inNames / evidence.matches,
    n === 0 ? 0 : evidence.shortSentences / n,
    Math.log1p(evidence.against),
    document.largestMass > 0 ? evidence.mass / document.largestMass : 0,
    document.totalMass > 0 ? evidence.mass / document.totalMass : 0,
  );
}
