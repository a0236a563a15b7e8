// Precision, recall and F1 over counted matches, micro-averaged by summing counts.

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
  /** Unique (type, text) pairs, the strict score of ../shared/ANNOTATION.md. */
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

export interface RelationCounts {
  /** Unique (person, organisation) pairs of surface strings per document, the score of ../shared/ANNOTATION.md. */
  pairs: Counts;
  /** Matched pairs whose role is right (as written, or null on both sides). */
  rolesRight: number;
  /** Matched pairs whose `former` mark agrees. */
  formerRight: number;
}

export function emptyRelationCounts(): RelationCounts {
  return { pairs: emptyCounts(), rolesRight: 0, formerRight: 0 };
}

/** One relation as scored: surface strings and the role as written. */
export interface RelationPair {
  person: string;
  organisation: string;
  role: string | null;
  former: boolean;
}

const pairKey = (r: RelationPair) => `${r.person}\t${r.organisation}`;
const roleKey = (r: RelationPair) => (r.role ?? '').replace(/\s+/g, ' ').trim();

/**
 * Adds one document's relations. Where a side lists a pair twice, its first
 * relation gives the role. Returns the pairs found only in `predicted`, only in `gold`,
 * and the matched pairs whose role differs, for error listings.
 */
export function addRelationCounts(
  into: RelationCounts,
  predicted: readonly RelationPair[],
  gold: readonly RelationPair[],
): { falsePositives: RelationPair[]; misses: RelationPair[]; wrongRoles: [RelationPair, RelationPair][] } {
  const firstByKey = (list: readonly RelationPair[]) => {
    const byKey = new Map<string, RelationPair>();
    for (const r of list) if (!byKey.has(pairKey(r))) byKey.set(pairKey(r), r);
    return byKey;
  };
  const found = firstByKey(predicted);
  const wanted = firstByKey(gold);
  addCounts(into.pairs, compareSets(found.keys(), wanted.keys()));
  const wrongRoles: [RelationPair, RelationPair][] = [];
  for (const [key, relation] of found) {
    const expected = wanted.get(key);
    if (!expected) continue;
    if (roleKey(relation) === roleKey(expected)) into.rolesRight++;
    else wrongRoles.push([relation, expected]);
    if (relation.former === expected.former) into.formerRight++;
  }
  return {
    falsePositives: [...found].filter(([key]) => !wanted.has(key)).map(([, r]) => r),
    misses: [...wanted].filter(([key]) => !found.has(key)).map(([, r]) => r),
    wrongRoles,
  };
}
