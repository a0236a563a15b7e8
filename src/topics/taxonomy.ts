// The topic taxonomy: ids, labels, descriptions and weighted terms, as data
// (src/lang/de/topics.json), checked with a zod schema when loaded. Callers may
// pass their own taxonomy to replace the built-in one or extend it.

import * as z from 'zod/mini';

const TermSchema = z.object({
  /** A word (any inflected form matches), compound part, abbreviation or multiword phrase. */
  term: z.string().check(z.minLength(1)),
  weight: z.number().check(z.gt(0), z.lte(1)),
  /** Match the whole word only, never inside a compound (`KI`, `OZG`). */
  exact: z.optional(z.boolean()),
});

const TopicDefinitionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  label: z.string().check(z.minLength(1)),
  labelEn: z.optional(z.string()),
  description: z.optional(z.string()),
  terms: z.array(TermSchema).check(z.minLength(1)),
  /** Terms of another sense that count against the topic (`Datenmigration` for `migration`). */
  against: z.optional(z.array(TermSchema)),
});

const ScoringSchema = z.object({
  /** Evidence spans listed per topic at most. */
  maxEvidence: z.optional(z.int().check(z.positive())),
  /**
   * Read by versions before 0.2, whose score was a formula of the evidence
   * mass; accepted so that their taxonomy files still load, and unused: the
   * decision is learnt (topic-model.ts) and its threshold is minScore.
   */
  saturation: z.optional(z.number().check(z.gt(0))),
  threshold: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

export const TaxonomySchema = z.object({
  version: z.optional(z.string()),
  scoring: z.optional(ScoringSchema),
  topics: z.array(TopicDefinitionSchema),
});

export type Taxonomy = z.infer<typeof TaxonomySchema>;
export type TopicDefinition = z.infer<typeof TopicDefinitionSchema>;
export type TopicTerm = z.infer<typeof TermSchema>;
export type TopicScoring = z.infer<typeof ScoringSchema>;

export const DEFAULT_SCORING = { maxEvidence: 5 } as const;

/** Checks a taxonomy (an object, e.g. parsed from a JSON file); throws a TypeError naming what is wrong. */
export function parseTaxonomy(input: unknown): Taxonomy {
  const result = TaxonomySchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new TypeError(`invalid topic taxonomy: ${problems}`);
  }
  const seen = new Set<string>();
  for (const topic of result.data.topics) {
    if (seen.has(topic.id)) throw new TypeError(`invalid topic taxonomy: topic id "${topic.id}" appears twice`);
    seen.add(topic.id);
  }
  return result.data;
}

/**
 * The base taxonomy with `additions` merged in: a new id adds a topic; a known
 * id adds its terms and `against` terms to that topic and may relabel it.
 */
export function extendTaxonomy(base: Taxonomy, additions: Taxonomy): Taxonomy {
  const extra = parseTaxonomy(additions);
  const byId = new Map(extra.topics.map((topic) => [topic.id, topic]));
  const topics = base.topics.map((topic) => {
    const addition = byId.get(topic.id);
    if (!addition) return topic;
    byId.delete(topic.id);
    return {
      ...topic,
      label: addition.label,
      ...(addition.labelEn !== undefined && { labelEn: addition.labelEn }),
      ...(addition.description !== undefined && { description: addition.description }),
      terms: [...topic.terms, ...addition.terms],
      against: [...(topic.against ?? []), ...(addition.against ?? [])],
    };
  });
  return { ...base, scoring: extra.scoring ?? base.scoring, topics: [...topics, ...byId.values()] };
}
