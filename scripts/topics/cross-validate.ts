// Out-of-fold topic probabilities: for each cross-validation group, the model
// is trained on every other group's reports and assesses this group's. What
// eval/topics.ts scores and scripts/train-topics.ts chooses its settings by.

import type { AssessedReport } from './dataset.js';
import { type TrainingOptions, type TrainingRow, trainTopicModel } from './logistic.js';
import { topicProbability } from '../../src/topics/topic-model.js';

/** Every assessed topic of a report as a training row: label 1 when the gold has it. */
export function trainingRows(reports: readonly AssessedReport[]): TrainingRow[] {
  const rows: TrainingRow[] = [];
  for (const { report, assessed } of reports) {
    const gold = new Set(report.topics);
    for (const topic of assessed)
      rows.push({ topic: topic.id, features: topic.features, label: gold.has(topic.id) ? 1 : 0 });
  }
  return rows;
}

/** Per report, per topic id with evidence: its out-of-fold probability. */
export type Predictions = Map<string, number>[];

export function outOfFold(reports: readonly AssessedReport[], options: TrainingOptions): Predictions {
  const predictions: Predictions = reports.map(() => new Map());
  const groups = [...new Set(reports.map((r) => r.report.group))].sort();
  for (const group of groups) {
    const training = reports.filter((r) => r.report.group !== group);
    const model = trainTopicModel(trainingRows(training), options);
    reports.forEach((r, i) => {
      if (r.report.group !== group) return;
      for (const topic of r.assessed) predictions[i]!.set(topic.id, topicProbability(model, topic.id, topic.features));
    });
  }
  return predictions;
}
