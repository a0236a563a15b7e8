// The topic stage's plug-in interface and runner: taggers propose topics with
// evidence; the stage sorts them by score. The built-in tagger reads a
// taxonomy (topic-tagger.ts, src/lang/de/topics.json).

import type { AnalysedText } from '../text/analysed-text.js';
import type { EntityMention, Topic } from '../record.js';

export interface TopicTagger {
  readonly name: string;
  tag(doc: AnalysedText, entities: readonly EntityMention[]): Topic[];
}

export function tagTopics(
  doc: AnalysedText,
  entities: readonly EntityMention[],
  taggers: readonly TopicTagger[],
): Topic[] {
  const topics = taggers.flatMap((tagger) => tagger.tag(doc, entities));
  return topics.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
