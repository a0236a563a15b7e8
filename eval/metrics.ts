// Precision, recall and F1 over counted matches (src/corpus/scores.ts, shared with
// govtext score), and the relation counts of npm run eval.

export {
  type Counts,
  type EntityCounts,
  type Scores,
  SCORED_ENTITY_TYPES,
  addCounts,
  addEntityCounts,
  compareSets,
  emptyCounts,
  emptyEntityCounts,
  scores,
} from '../src/corpus/scores.js';
import { type Counts, addCounts, compareSets, emptyCounts } from '../src/corpus/scores.js';

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
