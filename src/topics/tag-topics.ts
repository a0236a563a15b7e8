// The topic stage's plug-in interface and runner: taggers propose topics with
// evidence; the stage names the sentence that holds each piece of evidence
// (evidence that crosses a sentence boundary is dropped, whichever tagger
// proposed it) and sorts the topics by score. The built-in tagger reads a
// taxonomy (taxonomy-tagger.ts; the language's, src/lang/de/topics.json, by default).

import type { EntityMention, Span, Topic } from '../record.js';
import { type AnalysedText, sentenceHolding } from '../text/analysed-text.js';
import type { TextWords } from '../text/text-words.js';
import type { Taxonomy } from './taxonomy.js';
import type { TermMatcher } from './term-matcher.js';
import type { TopicModel } from './topic-model.js';

/** What the extractor's language gives the topic taggers. */
export interface TopicWords {
  /** The language's taxonomy. */
  readonly taxonomy: Taxonomy;
  /** Its term matcher, compiled at build time and unpacked on each call (a tagger keeps the one it asked for). */
  termMatcher(): TermMatcher;
  /** The words another taxonomy's terms are tokenised and stemmed with. */
  readonly text: TextWords;
  /** The topic decision learnt from the language's labelled reports (topic-model.ts). */
  readonly model: TopicModel;
}

/** A topic as a tagger proposes it: its evidence as spans, the sentence of each left to the stage. */
export type ProposedTopic = Omit<Topic, 'evidence'> & { evidence: Span[] };

export interface TopicTagger {
  readonly name: string;
  tag(doc: AnalysedText, entities: readonly EntityMention[], language: TopicWords): ProposedTopic[];
}

export function tagTopics(
  doc: AnalysedText,
  entities: readonly EntityMention[],
  taggers: readonly TopicTagger[],
  language: TopicWords,
): Topic[] {
  const topics = taggers.flatMap((tagger) =>
    tagger.tag(doc, entities, language).map((topic) => ({ ...topic, evidence: inSentences(doc, topic.evidence) })),
  );
  return topics.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Each piece of evidence with the sentence that holds it; a piece that crosses a sentence boundary is none. */
function inSentences(doc: AnalysedText, evidence: readonly Span[]): Topic['evidence'] {
  const held: Topic['evidence'] = [];
  for (const { start, end, text } of evidence) {
    const sentence = sentenceHolding(doc, start, end);
    if (sentence >= 0) held.push({ start, end, text, sentence });
  }
  return held;
}
