// Scores topic decisions: micro P/R/F1 per set and per topic (topic ids per
// document, as ANNOTATION.md scores them) and the calibration of the
// probabilities — expected calibration error over equal-width bins and the
// reliability table behind it.

import { type Counts, addCounts, compareSets, emptyCounts } from './metrics.js';

export interface ScoredReport {
  set: string;
  gold: readonly string[];
  /** Topic id → probability, for the topics with evidence (every other topic has 0). */
  probabilities: ReadonlyMap<string, number>;
}

export function predictedTopics(report: ScoredReport, minScore: number): string[] {
  return [...report.probabilities].filter(([, p]) => p >= minScore).map(([id]) => id);
}

export function countsBySet(reports: readonly ScoredReport[], minScore: number): Map<string, Counts> {
  const bySet = new Map<string, Counts>();
  for (const report of reports) {
    const counts = bySet.get(report.set) ?? emptyCounts();
    addCounts(counts, compareSets(predictedTopics(report, minScore), report.gold));
    bySet.set(report.set, counts);
  }
  return bySet;
}

export function countsByTopic(reports: readonly ScoredReport[], minScore: number, ids: readonly string[]) {
  const byTopic = new Map<string, Counts>(ids.map((id) => [id, emptyCounts()]));
  for (const report of reports) {
    const predicted = new Set(predictedTopics(report, minScore));
    const gold = new Set(report.gold);
    for (const id of ids) {
      const counts = byTopic.get(id)!;
      if (predicted.has(id) && gold.has(id)) counts.truePositives++;
      else if (predicted.has(id)) counts.falsePositives++;
      else if (gold.has(id)) counts.falseNegatives++;
    }
  }
  return byTopic;
}

export function totalCounts(reports: readonly ScoredReport[], minScore: number): Counts {
  const total = emptyCounts();
  for (const counts of countsBySet(reports, minScore).values()) addCounts(total, counts);
  return total;
}

export interface ReliabilityBin {
  low: number;
  high: number;
  pairs: number;
  meanProbability: number;
  observed: number;
}

export interface Calibration {
  /** Expected calibration error: Σ (pairs in bin / all pairs) · |observed − mean probability|. */
  ece: number;
  /** The largest |observed − mean probability| of a bin with at least 10 pairs. */
  worstBin: number;
  brier: number;
  pairs: number;
  bins: ReliabilityBin[];
}

/**
 * Calibration over (report, topic) pairs. With `evidenceOnly`, only the pairs
 * whose topic has evidence (the ones the model decides); otherwise every topic
 * id of `ids` for every report, with probability 0 where there is no evidence.
 */
export function calibration(
  reports: readonly ScoredReport[],
  ids: readonly string[],
  options: { evidenceOnly: boolean; bins?: number },
): Calibration {
  const binCount = options.bins ?? 10;
  const sums = Array.from({ length: binCount }, () => ({ pairs: 0, probability: 0, positives: 0 }));
  let pairs = 0;
  let brier = 0;
  for (const report of reports) {
    const gold = new Set(report.gold);
    for (const id of ids) {
      const p = report.probabilities.get(id);
      if (p === undefined && options.evidenceOnly) continue;
      const probability = p ?? 0;
      const label = gold.has(id) ? 1 : 0;
      const bin = sums[Math.min(binCount - 1, Math.floor(probability * binCount))]!;
      bin.pairs++;
      bin.probability += probability;
      bin.positives += label;
      pairs++;
      brier += (probability - label) ** 2;
    }
  }
  let ece = 0;
  let worstBin = 0;
  const bins = sums.map((bin, i) => {
    const meanProbability = bin.pairs ? bin.probability / bin.pairs : 0;
    const observed = bin.pairs ? bin.positives / bin.pairs : 0;
    ece += (bin.pairs / Math.max(1, pairs)) * Math.abs(observed - meanProbability);
    if (bin.pairs >= 10) worstBin = Math.max(worstBin, Math.abs(observed - meanProbability));
    return { low: i / binCount, high: (i + 1) / binCount, pairs: bin.pairs, meanProbability, observed };
  });
  return { ece, worstBin, brier: brier / Math.max(1, pairs), pairs, bins };
}
