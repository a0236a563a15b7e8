// Precision, recall and F1 over counted matches, micro-averaged by summing
// counts; the strict entity score of docs/annotation.md (unique (type,
// text) pairs per document). Shared by npm run eval (eval/metrics.ts) and
// govtext score.

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

export function addCounts(into: Counts, add: Counts): void {
  into.truePositives += add.truePositives;
  into.falsePositives += add.falsePositives;
  into.falseNegatives += add.falseNegatives;
}

/** Compares two sets of keys (one document): what was found against what is gold. */
export function compareSets(predicted: Iterable<string>, gold: Iterable<string>): Counts {
  const goldSet = new Set(gold);
  const predictedSet = new Set(predicted);
  let truePositives = 0;
  for (const key of predictedSet) if (goldSet.has(key)) truePositives++;
  return {
    truePositives,
    falsePositives: predictedSet.size - truePositives,
    falseNegatives: goldSet.size - truePositives,
  };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function scores(counts: Counts): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export const SCORED_ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'LAW', 'EVENT', 'PRODUCT'] as const;

export interface EntityCounts {
  /** Unique (type, text) pairs, the strict score of docs/annotation.md. */
  pairs: Counts;
  byType: Map<string, Counts>;
}

export function emptyEntityCounts(): EntityCounts {
  return { pairs: emptyCounts(), byType: new Map() };
}

/** Adds one document's strict (type, text) comparison, overall and per type. */
export function addEntityCounts(
  into: EntityCounts,
  predicted: readonly { type: string; text: string }[],
  gold: readonly { type: string; text: string }[],
): void {
  const key = (entity: { type: string; text: string }) => `${entity.type}\t${entity.text}`;
  addCounts(into.pairs, compareSets(predicted.map(key), gold.map(key)));
  for (const type of new Set([...gold.map((e) => e.type), ...predicted.map((e) => e.type)])) {
    const counts = into.byType.get(type) ?? emptyCounts();
    addCounts(
      counts,
      compareSets(predicted.filter((e) => e.type === type).map(key), gold.filter((e) => e.type === type).map(key)),
    );
    into.byType.set(type, counts);
  }
}
