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
  const features = new Float64Array(TOPIC_FEATURES.length);
  features[0] = Math.log1p(evidence.mass);
  features[1] = Math.log1p(n);
  features[2] = Math.log1p(evidence.strongSentences);
  features[3] = Math.min(MAX_SHARE, n / sentences);
  features[4] = evidence.strongest;
  features[5] = evidence.second;
  features[6] = Math.log1p(evidence.distinctTerms);
  features[7] = Math.log(Math.max(1, evidence.bestSentenceTerms));
  features[8] = n === 0 ? 1 : evidence.firstSentence / sentences;
  features[9] = n === 0 ? 0 : (evidence.lastSentence - evidence.firstSentence) / sentences;
  features[10] = Math.log(Math.max(1, evidence.cluster));
  features[11] = evidence.matches === 0 ? 0 : evidence.inNames / evidence.matches;
  features[12] = n === 0 ? 0 : evidence.shortSentences / n;
  features[13] = Math.log1p(evidence.against);
  features[14] = document.largestMass > 0 ? evidence.mass / document.largestMass : 0;
  features[15] = document.totalMass > 0 ? evidence.mass / document.totalMass : 0;
  return features;
}
