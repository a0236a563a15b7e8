// The topic section of npm run eval (also on its own: npx tsx eval/topics.ts):
// every labelled report scored out-of-fold — by a model trained without the
// reports of its group (its writer in corpus/train, else its set) — per set and
// per topic, beside the rule the tagger used before the decision was learnt;
// then the calibration of the probabilities (expected calibration error and a
// reliability table). The shipped model is trained on all these reports, so its
// own figures on them would be in-sample; these are the honest ones.

import { pathToFileURL } from 'node:url';
import { germanLanguage } from '../src/index.js';
import { assessReports, labelledReports, TOPIC_SETS, type AssessedReport } from '../scripts/topics/dataset.js';
import { recipeOutOfFold, scoredReports } from '../scripts/topics/recipe.js';
import { type Counts, addCounts, emptyCounts, scores } from './metrics.js';
import {
  type Calibration,
  type ScoredReport,
  calibration,
  countsBySet,
  countsByTopic,
  totalCounts,
} from './topic-scores.js';

/** The decision before issue 16: score = (1 − e^(−mass/2)) · min(1, sentences/2), reported from 0.45. */
const PREVIOUS_THRESHOLD = 0.45;

function previousRule(reports: readonly AssessedReport[]): ScoredReport[] {
  return reports.map((r) => ({
    set: r.report.set,
    gold: r.report.topics,
    probabilities: new Map(
      r.assessed.map((a) => [a.id, (1 - Math.exp(-a.evidence.mass / 2)) * Math.min(1, a.evidence.sentences / 2)]),
    ),
  }));
}

const f3 = (value: number) => value.toFixed(3);
const prf = (counts: Counts) => {
  const s = scores(counts);
  return `${f3(s.precision)} ${f3(s.recall)} ${f3(s.f1)}`;
};

export interface TopicEvaluation {
  minScore: number;
  bySet: { set: string; reports: number; labels: number; previous: Counts; model: Counts }[];
  byTopic: { id: string; counts: Counts }[];
  total: { previous: Counts; model: Counts };
  evidencePairs: Calibration;
  allPairs: Calibration;
}

export function evaluateTopics(): TopicEvaluation {
  const reports = assessReports(labelledReports());
  const model = scoredReports(reports, recipeOutOfFold(reports));
  const previous = previousRule(reports);
  const minScore = germanLanguage().topics.model.minScore;
  const ids = germanLanguage().topics.taxonomy.topics.map((t) => t.id);
  const modelBySet = countsBySet(model, minScore);
  const previousBySet = countsBySet(previous, PREVIOUS_THRESHOLD);
  const present = TOPIC_SETS.filter((set) => modelBySet.has(set));
  return {
    minScore,
    bySet: present.map((set) => {
      const inSet = reports.filter((r) => r.report.set === set);
      return {
        set,
        reports: inSet.length,
        labels: inSet.reduce((n, r) => n + r.report.topics.length, 0),
        previous: previousBySet.get(set)!,
        model: modelBySet.get(set)!,
      };
    }),
    byTopic: [...countsByTopic(model, minScore, ids)].map(([id, counts]) => ({ id, counts })),
    total: { previous: totalCounts(previous, PREVIOUS_THRESHOLD), model: totalCounts(model, minScore) },
    evidencePairs: calibration(model, ids, { evidenceOnly: true }),
    allPairs: calibration(model, ids, { evidenceOnly: false }),
  };
}

export function printTopicEvaluation(evaluation: TopicEvaluation): void {
  const { minScore } = evaluation;
  console.log(
    `\nTopics, out-of-fold: each report scored by a model trained without its group (its writer in corpus/train, else its set); minScore ${minScore}`,
  );
  console.log(
    `${'set'.padEnd(14)} ${'reports'.padStart(7)} ${'labels'.padStart(6)}   previous rule P / R / F1   learnt decision P / R / F1`,
  );
  const all = { previous: emptyCounts(), model: emptyCounts() };
  for (const row of evaluation.bySet) {
    addCounts(all.previous, row.previous);
    addCounts(all.model, row.model);
    console.log(
      `${row.set.padEnd(14)} ${String(row.reports).padStart(7)} ${String(row.labels).padStart(6)}   ${prf(row.previous).padEnd(26)} ${prf(row.model)}`,
    );
  }
  const reports = evaluation.bySet.reduce((n, r) => n + r.reports, 0);
  const labels = evaluation.bySet.reduce((n, r) => n + r.labels, 0);
  console.log(
    `${'all'.padEnd(14)} ${String(reports).padStart(7)} ${String(labels).padStart(6)}   ${prf(all.previous).padEnd(26)} ${prf(all.model)}`,
  );

  console.log(
    `\n${'topic'.padEnd(18)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(6)}`,
  );
  for (const { id, counts } of evaluation.byTopic) {
    const s = scores(counts);
    console.log(
      `${id.padEnd(18)} ${f3(s.precision).padStart(6)} ${f3(s.recall).padStart(6)} ${f3(s.f1).padStart(6)} ${String(s.support).padStart(6)}`,
    );
  }

  const printCalibration = (name: string, c: Calibration) => {
    console.log(
      `\nCalibration, ${name}: ECE ${f3(c.ece)}, Brier ${f3(c.brier)}, largest gap in a bin of 10+ pairs ${f3(c.worstBin)}`,
    );
    console.log(`${'probability'.padEnd(12)} ${'pairs'.padStart(6)} ${'mean p'.padStart(7)} ${'observed'.padStart(9)}`);
    for (const bin of c.bins) {
      console.log(
        `${`${bin.low.toFixed(1)}–${bin.high.toFixed(1)}`.padEnd(12)} ${String(bin.pairs).padStart(6)} ${f3(bin.meanProbability).padStart(7)} ${f3(bin.observed).padStart(9)}`,
      );
    }
  };
  printCalibration(
    `${evaluation.evidencePairs.pairs} (report, topic) pairs with evidence, the ones the model decides`,
    evaluation.evidencePairs,
  );
  console.log(
    `(all ${evaluation.allPairs.pairs} pairs, a topic without evidence at probability 0: ECE ${f3(evaluation.allPairs.ece)}, Brier ${f3(evaluation.allPairs.brier)})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printTopicEvaluation(evaluateTopics());
