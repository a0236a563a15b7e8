// The labelled reports the topic decision learns from and is scored on, each
// with its set and its group for cross-validation, and their topic feature rows.
// Groups keep a writer's reports together (the four writers of corpus/train),
// so a fold never trains on one report of a writer and scores another with the
// same themes; every other set is a group of its own.

import { createExtractor, germanLanguage } from '../../src/index.js';
import type { AnalysedText } from '../../src/text/analysed-text.js';
import type { EntityMention } from '../../src/record.js';
import type { Taxonomy } from '../../src/topics/taxonomy.js';
import { type TermMatcher, compileTermMatcher } from '../../src/topics/term-matcher.js';
import { type AssessedTopic, assessTopics } from '../../src/topics/taxonomy-tagger.js';
import type { TopicModel } from '../../src/topics/topic-model.js';
import { TOPIC_FEATURES } from '../../src/topics/topic-features.js';
import {
  CHALLENGE_DIR,
  CORPUS_DIR,
  type GoldDocument,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
  HOLDOUT4_DIR,
  HOLDOUT5_DIR,
  HOLDOUT_DIR,
  TRAIN_DIR,
  loadCorpusGold,
  loadSeedGold,
  seedsAvailable,
} from '../../eval/gold.js';

export interface LabelledReport {
  id: string;
  /** The set it comes from, as the tables name it. */
  set: string;
  /** Cross-validation group. */
  group: string;
  topics: string[];
  document: GoldDocument;
}

/** The sets in the order the tables list them. */
export const TOPIC_SETS = [
  'corpus/train',
  'corpus/',
  'challenge/',
  'holdout/',
  'holdout2/',
  'holdout3/',
  'holdout4/',
  'holdout5/',
  'seeds',
] as const;

/** Every report with topic gold: the domain training corpus, corpus/, eval/challenge … holdout5 and the seeds. */
export function labelledReports(options: { seeds?: boolean } = {}): LabelledReport[] {
  const reports: LabelledReport[] = [];
  const add = (set: string, documents: GoldDocument[], group: (d: GoldDocument) => string) => {
    for (const document of documents) {
      if (!document.topics) continue;
      reports.push({ id: document.id, set, group: group(document), topics: document.topics, document });
    }
  };
  add('corpus/train', loadCorpusGold(TRAIN_DIR), (d) => `writer ${/^tr-([a-z])/.exec(d.id)?.[1] ?? '?'}`);
  add('corpus/', loadCorpusGold(CORPUS_DIR), () => 'corpus/');
  const sets: [string, string][] = [
    ['challenge/', CHALLENGE_DIR],
    ['holdout/', HOLDOUT_DIR],
    ['holdout2/', HOLDOUT2_DIR],
    ['holdout3/', HOLDOUT3_DIR],
    ['holdout4/', HOLDOUT4_DIR],
    ['holdout5/', HOLDOUT5_DIR],
  ];
  for (const [set, dir] of sets) add(set, loadCorpusGold(dir), () => set);
  if (options.seeds !== false && seedsAvailable()) add('seeds', loadSeedGold(), () => 'seeds');
  return reports;
}

/** One report's topics with evidence, as the tagger assesses them, and its gold. */
export interface AssessedReport {
  report: LabelledReport;
  /** Topics with evidence, in taxonomy order. */
  assessed: AssessedTopic[];
}

/** A model that gives every topic 0.5: assessing needs one, the features do not depend on it. */
export function neutralModel(): TopicModel {
  const size = TOPIC_FEATURES.length;
  return {
    features: [...TOPIC_FEATURES],
    mean: new Array<number>(size).fill(0),
    scale: new Array<number>(size).fill(1),
    shared: { bias: 0, weights: new Array<number>(size).fill(0) },
    topics: {},
    minScore: 0.5,
  };
}

/**
 * Runs the extractor on every report (entities included: the features ask
 * whether terms sit in names) and keeps each topic's evidence and features.
 */
export function assessReports(reports: readonly LabelledReport[], taxonomy?: Taxonomy): AssessedReport[] {
  const topics = germanLanguage().topics;
  const used = taxonomy ?? topics.taxonomy;
  const matcher: TermMatcher = taxonomy ? compileTermMatcher(taxonomy, topics.text) : topics.termMatcher();
  let captured: AssessedTopic[] = [];
  const extractor = createExtractor({
    keyphrases: 0,
    topicTaggers: [
      {
        name: 'capture',
        tag(doc: AnalysedText, entities: readonly EntityMention[]) {
          captured = assessTopics(doc, entities, used, matcher, neutralModel());
          return [];
        },
      },
    ],
  });
  return reports.map((report) => {
    extractor.extract(report.document.text, { id: report.id });
    return { report, assessed: captured };
  });
}
