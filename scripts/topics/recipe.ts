// How the shipped topic decision is made, in one place for the training script
// and the evaluation: the regularisation (chosen by out-of-fold log loss over a
// small grid, scripts/topics/experiment.ts) and the choice of minScore (the
// out-of-fold micro-F1 optimum).

import type { ScoredReport } from '../../eval/topic-scores.js';
import { totalCounts } from '../../eval/topic-scores.js';
import { scores } from '../../eval/metrics.js';
import type { AssessedReport } from './dataset.js';
import { type Predictions, outOfFold } from './cross-validate.js';

export const SHARED_PENALTY = 10;
export const TOPIC_PENALTY = 10;

/** Thresholds tried for minScore: 0.20, 0.225, … 0.70. */
export const THRESHOLDS = Array.from({ length: 21 }, (_, i) => Math.round((0.2 + i * 0.025) * 1000) / 1000);

export function scoredReports(reports: readonly AssessedReport[], predictions: Predictions): ScoredReport[] {
  return reports.map((r, i) => ({ set: r.report.set, gold: r.report.topics, probabilities: predictions[i]! }));
}

/** The out-of-fold probabilities of the shipped recipe. */
export function recipeOutOfFold(reports: readonly AssessedReport[]): Predictions {
  return outOfFold(reports, { sharedPenalty: SHARED_PENALTY, topicPenalty: TOPIC_PENALTY, minScore: 0.5 });
}

/** The threshold with the best pooled micro F1; among equals, the one nearest 0.5. */
export function bestThreshold(scored: readonly ScoredReport[]): { minScore: number; f1: number } {
  let best = { minScore: 0.5, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const f1 = scores(totalCounts(scored, threshold)).f1;
    const better =
      f1 > best.f1 + 1e-12 ||
      (Math.abs(f1 - best.f1) <= 1e-12 && Math.abs(threshold - 0.5) < Math.abs(best.minScore - 0.5));
    if (better) best = { minScore: threshold, f1 };
  }
  return best;
}
