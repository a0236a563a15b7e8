// npm run eval: scores sentence splitting, entities, relations and topics against gold on
// corpus/ and, when ../shared is present, on the seed reports. Prints P/R/F1;
// then topics out-of-fold with their calibration (eval/topics.ts) and
// keyphrases beside their baselines (eval/keyphrases.ts).
// `npm run eval -- --model` scores extract() with the statistical model of
// govtext-de/ner turned on (nerRecognizer() with its shipped settings);
// `npm run eval -- --reports-model` with the reports model (reportsRecognizer(),
// which reviews the rules' mentions; corpus/train/ is its training data).

import { existsSync } from 'node:fs';
import nlp from 'de-compromise';
import { createExtractor, type DocumentRecord } from '../src/index.js';
import { nerRecognizer, reportsRecognizer } from '../src/ner.js';
import {
  CHALLENGE_DIR,
  type GoldDocument,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
  HOLDOUT4_DIR,
  HOLDOUT5_DIR,
  HOLDOUT6_DIR,
  HOLDOUT7_DIR,
  HOLDOUT_DIR,
  loadCorpusGold,
  TRAIN_DIR,
  loadSeedGold,
  seedsAvailable,
  TRAIN_WRITERS,
  trainWriter,
} from './gold.js';
import { evaluateEventFacts } from './event-facts.js';
import { evaluateTimex } from './timex.js';
import { isUnscoredBlindSet } from './timex-gold.js';
import {
  type Counts,
  SCORED_ENTITY_TYPES,
  addCounts,
  addEntityCounts,
  addRelationCounts,
  compareSets,
  emptyCounts,
  emptyEntityCounts,
  type EntityCounts,
  emptyRelationCounts,
  type RelationCounts,
  scores,
} from './metrics.js';
import { evaluateKeyphrases, printKeyphraseEvaluation } from './keyphrases.js';
import { evaluateTopics, printTopicEvaluation } from './topics.js';
import { goldPairs, oracleRelationPairs, recordRelationPairs } from './relation-pairs.js';

const extractor = createExtractor(
  process.argv.includes('--reports-model')
    ? { model: reportsRecognizer() }
    : process.argv.includes('--model')
      ? { model: nerRecognizer() }
      : {},
);

interface Evaluation {
  name: string;
  rows: { task: string; counts: Counts }[];
  /** Lines printed under the table (figures that are no P/R/F1). */
  notes?: string[];
  /** Entity pairs per group of documents (corpus/train/'s writers) and type: group → type ('all' too) → counts. */
  groups?: Map<string, Map<string, Counts>>;
}

/** Scores one gold set; `groupOf` names a document's group for a table of entity scores per group and type. */
function evaluate(name: string, documents: GoldDocument[], groupOf?: (id: string) => string | undefined): Evaluation {
  const sentenceSpans = emptyCounts();
  const sentenceEnds = emptyCounts();
  const peerSpans = emptyCounts();
  const peerEnds = emptyCounts();
  const entities = emptyEntityCounts();
  const entityMentions = emptyCounts();
  const relations = emptyRelationCounts();
  const oracleRelations = emptyRelationCounts();
  let withRelationGold = 0;
  const topics = emptyCounts();
  let withSentenceGold = 0;
  let withOffsetGold = 0;
  let withTopicGold = 0;
  const groups = new Map<string, EntityCounts>();

  for (const gold of documents) {
    const record: DocumentRecord = extractor.extract(gold.text, { id: gold.id });
    if (gold.sentences) {
      withSentenceGold++;
      addSentenceCounts(record.sentences, gold.sentences, sentenceSpans, sentenceEnds);
      addSentenceCounts(deCompromiseSentences(gold.text), gold.sentences, peerSpans, peerEnds);
    }
    if (!gold.entities) continue;
    addEntityCounts(entities, record.entities, gold.entities);
    const group = groupOf?.(gold.id);
    if (group !== undefined) {
      if (!groups.has(group)) groups.set(group, emptyEntityCounts());
      addEntityCounts(groups.get(group)!, record.entities, gold.entities);
    }
    if (gold.relations) {
      withRelationGold++;
      addRelationCounts(relations, recordRelationPairs(record), goldPairs(gold));
      addRelationCounts(oracleRelations, oracleRelationPairs(gold), goldPairs(gold));
    }
    if (gold.entities.every((e) => e.start !== undefined)) {
      withOffsetGold++;
      addCounts(
        entityMentions,
        compareSets(
          record.entities.map((e) => `${e.type}\t${e.start}\t${e.end}`),
          gold.entities.map((e) => `${e.type}\t${e.start}\t${e.end}`),
        ),
      );
    }
    if (gold.topics) {
      withTopicGold++;
      addCounts(
        topics,
        compareSets(
          record.topics.map((t) => t.id),
          gold.topics,
        ),
      );
    }
  }

  const rows: Evaluation['rows'] = [];
  if (withSentenceGold > 0) {
    rows.push({ task: 'sentences: exact spans', counts: sentenceSpans });
    rows.push({ task: 'sentences: boundaries (ends)', counts: sentenceEnds });
    rows.push({ task: '  de-compromise baseline: spans', counts: peerSpans });
    rows.push({ task: '  de-compromise baseline: ends', counts: peerEnds });
  }
  if (documents.every((d) => !d.entities)) return { name: `${name} (${documents.length} documents)`, rows };
  rows.push({ task: 'entities: strict (type, text) pairs', counts: entities.pairs });
  for (const type of SCORED_ENTITY_TYPES) {
    const counts = entities.byType.get(type);
    if (counts) rows.push({ task: `  ${type}`, counts });
  }
  if (withOffsetGold > 0) rows.push({ task: 'entities: mentions with offsets', counts: entityMentions });
  const notes: string[] = [];
  if (withRelationGold > 0) {
    rows.push({ task: 'relations: person–organisation pairs', counts: relations.pairs });
    rows.push({ task: '  with the gold entities given', counts: oracleRelations.pairs });
    const share = (counts: RelationCounts) =>
      `${(counts.rolesRight / Math.max(1, counts.pairs.truePositives)).toFixed(3)} (${counts.rolesRight}/${counts.pairs.truePositives})`;
    notes.push(
      `relations: role right in matched pairs ${share(relations)}; with the gold entities given ${share(oracleRelations)}`,
    );
  }
  if (withTopicGold > 0) rows.push({ task: 'topics: ids per document *', counts: topics });
  const byGroup = groupOf
    ? new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, counts]) => [group, groupRow(counts)]))
    : undefined;
  return { name: `${name} (${documents.length} documents)`, rows, notes, groups: byGroup };
}

function groupRow(counts: EntityCounts): Map<string, Counts> {
  const row = new Map<string, Counts>([['all', counts.pairs]]);
  for (const type of SCORED_ENTITY_TYPES) row.set(type, counts.byType.get(type) ?? emptyCounts());
  return row;
}

type Spans = { start: number; end: number }[];

/** Scores predicted sentences against gold twice: as exact spans and as end boundaries. */
function addSentenceCounts(predicted: Spans, gold: Spans, spans: Counts, ends: Counts): void {
  addCounts(spans, compareSets(predicted.map(spanKey), gold.map(spanKey)));
  addCounts(
    ends,
    compareSets(
      predicted.map((s) => String(s.end)),
      gold.map((s) => String(s.end)),
    ),
  );
}

/** de-compromise's sentences as trimmed character spans (the reference peer splitter). */
function deCompromiseSentences(text: string): { start: number; end: number }[] {
  const sentences = nlp(text).json({ offset: true }) as { offset: { start: number; length: number } }[];
  return sentences.map(({ offset }) => {
    let start = offset.start;
    let end = offset.start + offset.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { start, end };
  });
}

function spanKey(span: { start: number; end: number }): string {
  return `${span.start}:${span.end}`;
}

function printEvaluation(evaluation: Evaluation): void {
  console.log(`\n${evaluation.name}`);
  console.log(`${'task'.padEnd(38)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(6)}`);
  for (const row of evaluation.rows) {
    const s = scores(row.counts);
    console.log(
      `${row.task.padEnd(38)} ${s.precision.toFixed(3).padStart(6)} ${s.recall.toFixed(3).padStart(6)} ${s.f1
        .toFixed(3)
        .padStart(6)} ${String(s.support).padStart(6)}`,
    );
  }
  for (const note of evaluation.notes ?? []) console.log(note);
  if (!evaluation.groups) return;
  const columns = ['all', ...SCORED_ENTITY_TYPES];
  console.log(`entities per writer, strict F1 (gold pairs)`);
  console.log(`${'writer'.padEnd(8)}${columns.map((c) => c.padStart(14)).join('')}`);
  for (const [group, row] of evaluation.groups) {
    const cells = columns.map((column) => {
      const s = scores(row.get(column)!);
      return `${s.f1.toFixed(3)} (${s.support})`.padStart(14);
    });
    console.log(`${group.padEnd(8)}${cells.join('')}`);
  }
}

const evaluations = [
  evaluate('corpus/', loadCorpusGold()),
  evaluate(
    `corpus/train/ (domain training corpus, writers ${TRAIN_WRITERS.join(', ')}: the relation model learns from it)`,
    loadCorpusGold(TRAIN_DIR),
    trainWriter,
  ),
  evaluate('eval/challenge/ (held out: sentences, entities)', loadCorpusGold(CHALLENGE_DIR)),
  evaluate('eval/holdout/ (held out: entities, topics)', loadCorpusGold(HOLDOUT_DIR)),
  evaluate('eval/holdout2/ (second blind set: entities, topics)', loadCorpusGold(HOLDOUT2_DIR)),
  evaluate(
    'eval/holdout3/ (third held-out set, development since stop 12: entities, topics)',
    loadCorpusGold(HOLDOUT3_DIR),
  ),
  evaluate(
    'eval/holdout4/ (fourth held-out set, development since stop 12: entities, topics)',
    loadCorpusGold(HOLDOUT4_DIR),
  ),
  evaluate('eval/holdout5/ (fifth blind set: entities, topics)', loadCorpusGold(HOLDOUT5_DIR)),
];
// A blind set is read only once asked to (--blind) while its README says "Not yet scored".
for (const [dir, label] of [
  [HOLDOUT6_DIR, 'eval/holdout6/ (sixth blind set, development since 2026-12-07: entities, relations, topics)'],
  [HOLDOUT7_DIR, 'eval/holdout7/ (seventh blind set: entities, relations, topics)'],
] as const) {
  if (!existsSync(dir)) continue;
  const name = label.slice(0, label.indexOf(' '));
  if (process.argv.includes('--blind') || !isUnscoredBlindSet(dir))
    evaluations.push(evaluate(label, loadCorpusGold(dir)));
  else console.log(`note: ${name} skipped: its README says "Not yet scored"; npm run eval -- --blind scores it`);
}
if (seedsAvailable()) evaluations.push(evaluate('../shared/corpus/seeds/', loadSeedGold()));
else console.log('note: ../shared/corpus/seeds not found; scoring corpus/ only');

for (const evaluation of evaluations) printEvaluation(evaluation);
console.log(
  '\n* the shipped topic model is trained on every labelled set above, so these rows are in-sample; the out-of-fold figures follow.',
);
printTopicEvaluation(evaluateTopics());
printKeyphraseEvaluation(evaluateKeyphrases());

// Time expressions: every gold set with a timex list (eval/timex.ts).
evaluateTimex({ blind: process.argv.includes('--blind') });

// Event facts: every gold file with an eventFacts list (eval/event-facts.ts).
evaluateEventFacts();

if (process.argv.includes('--json')) {
  const json = evaluations.map((e) => ({
    name: e.name,
    rows: e.rows.map((row) => ({ task: row.task.trim(), ...scores(row.counts) })),
    notes: e.notes ?? [],
    ...(e.groups && {
      groups: Object.fromEntries(
        [...e.groups].map(([group, row]) => [
          group,
          Object.fromEntries([...row].map(([type, counts]) => [type, scores(counts)])),
        ]),
      ),
    }),
  }));
  console.log(JSON.stringify(json, null, 2));
}
