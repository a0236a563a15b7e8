// Relation scores for npm run eval and npm run eval:relations: per set of
// reports, end to end (extract() with its own entities) and with the gold
// entities given (the relation step on its own), as ../shared/ANNOTATION.md
// rules — unique (person, organisation) pairs of surface strings per document,
// micro-averaged, and roles as the share of matched pairs whose role is right.

import { type Extractor, createExtractor } from '../src/index.js';
import {
  CHALLENGE_DIR,
  CORPUS_DIR,
  type GoldDocument,
  HOLDOUT6_DIR,
  TRAIN_DIR,
  loadCorpusGold,
  trainWriter,
} from './gold.js';
import {
  type RelationCounts,
  type RelationPair,
  addCounts,
  addRelationCounts,
  emptyRelationCounts,
  scores,
} from './metrics.js';
import { goldPairs, oracleRelationPairs, recordRelationPairs } from './relation-pairs.js';

export interface RelationScoreRow {
  name: string;
  documents: number;
  endToEnd: RelationCounts;
  oracle: RelationCounts;
  errors: string[];
}

/** Scores one set of documents both ways; `extractor` defaults to the shipped one. */
export function scoreRelations(
  name: string,
  documents: readonly GoldDocument[],
  options: {
    extractor?: Extractor;
    oracle?: (document: GoldDocument) => RelationPair[];
    errors?: boolean;
  } = {},
): RelationScoreRow {
  const extractor = options.extractor ?? createExtractor();
  const oracle = options.oracle ?? oracleRelationPairs;
  const row: RelationScoreRow = {
    name,
    documents: 0,
    endToEnd: emptyRelationCounts(),
    oracle: emptyRelationCounts(),
    errors: [],
  };
  for (const document of documents) {
    if (!document.relations) continue;
    row.documents++;
    const gold = goldPairs(document);
    const found = addRelationCounts(row.endToEnd, recordRelationPairs(extractor.extract(document.text)), gold);
    const given = addRelationCounts(row.oracle, oracle(document), gold);
    if (!options.errors) continue;
    const show = (r: RelationPair) =>
      `${r.person} | ${r.role ?? '–'} | ${r.organisation}${r.former ? ' (former)' : ''}`;
    for (const [mode, result] of [
      ['end to end', found],
      ['gold entities', given],
    ] as const) {
      for (const r of result.misses) row.errors.push(`${document.id}\t${mode}\tmissed\t${show(r)}`);
      for (const r of result.falsePositives) row.errors.push(`${document.id}\t${mode}\tfalse\t${show(r)}`);
      for (const [p, g] of result.wrongRoles)
        row.errors.push(`${document.id}\t${mode}\trole\t${show(p)}\tgold: ${g.role ?? '–'}`);
    }
  }
  return row;
}

export function formatRelationRows(rows: readonly RelationScoreRow[]): string[] {
  const lines = [
    `${'set'.padEnd(34)} ${'entities'.padEnd(9)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(5)} ${'roles right'.padStart(16)}`,
  ];
  for (const row of rows) {
    for (const [mode, counts] of [
      ['own', row.endToEnd],
      ['gold', row.oracle],
    ] as const) {
      const s = scores(counts.pairs);
      const matched = counts.pairs.truePositives;
      const roles =
        matched === 0 ? '–' : `${(counts.rolesRight / matched).toFixed(3)} (${counts.rolesRight}/${matched})`;
      lines.push(
        `${(mode === 'own' ? `${row.name} (${row.documents})` : '').padEnd(34)} ${mode.padEnd(9)} ${s.precision
          .toFixed(3)
          .padStart(6)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${String(s.support).padStart(
          5,
        )} ${roles.padStart(16)}`,
      );
    }
  }
  return lines;
}

/** The rows' counts added up (micro-average over their documents). */
export function sumRows(name: string, rows: readonly RelationScoreRow[]): RelationScoreRow {
  const sum: RelationScoreRow = {
    name,
    documents: 0,
    endToEnd: emptyRelationCounts(),
    oracle: emptyRelationCounts(),
    errors: [],
  };
  for (const row of rows) {
    sum.documents += row.documents;
    for (const mode of ['endToEnd', 'oracle'] as const) {
      addCounts(sum[mode].pairs, row[mode].pairs);
      sum[mode].rolesRight += row[mode].rolesRight;
      sum[mode].formerRight += row[mode].formerRight;
    }
  }
  return sum;
}

/**
 * The relation sets npm run eval:relations scores: corpus/, the training corpus by writer and in all, challenge/,
 * and eval/holdout6/ (a development set since its blind score; the model never learnt from it).
 */
export function relationSets(): [string, GoldDocument[]][] {
  const train = loadCorpusGold(TRAIN_DIR);
  return [
    ['corpus/', loadCorpusGold(CORPUS_DIR)],
    ...['a', 'b', 'c', 'd'].map((w): [string, GoldDocument[]] => [
      `corpus/train/ writer ${w}`,
      train.filter((d) => trainWriter(d.id) === w),
    ]),
    ['corpus/train/ (all 160)', train],
    ['eval/challenge/', loadCorpusGold(CHALLENGE_DIR)],
    ['eval/holdout6/', loadCorpusGold(HOLDOUT6_DIR)],
  ];
}
