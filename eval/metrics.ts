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
  /** (person mention, organisation mention) pairs. */
  affiliations: Counts;
  /** (person mention, role as written) pairs. */
  roles: Counts;
  /** (person mention, role, organisation mention) as a whole. */
  full: Counts;
}

export function emptyRelationCounts(): RelationCounts {
  return { affiliations: emptyCounts(), roles: emptyCounts(), full: emptyCounts() };
}

interface RelationKeyParts {
  personStart: number;
  role: string | null;
  organisationStart: number | null;
}

/** Adds one document's relations, each side keyed by mention offsets. */
export function addRelationCounts(into: RelationCounts, predicted: RelationKeyParts[], gold: RelationKeyParts[]): void {
  const role = (r: RelationKeyParts) => (r.role ?? '').replace(/\s+/g, ' ').trim();
  const affiliation = (list: RelationKeyParts[]) =>
    list.filter((r) => r.organisationStart !== null).map((r) => `${r.personStart}\t${r.organisationStart}`);
  const roles = (list: RelationKeyParts[]) => list.filter((r) => r.role).map((r) => `${r.personStart}\t${role(r)}`);
  const full = (list: RelationKeyParts[]) =>
    list.map((r) => `${r.personStart}\t${role(r)}\t${r.organisationStart ?? ''}`);
  addCounts(into.affiliations, compareSets(affiliation(predicted), affiliation(gold)));
  addCounts(into.roles, compareSets(roles(predicted), roles(gold)));
  addCounts(into.full, compareSets(full(predicted), full(gold)));
}
