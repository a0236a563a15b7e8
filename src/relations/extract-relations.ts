// The relation stage: who works where. Every person–organisation candidate of
// the document (candidates.ts) is scored by the learnt pair model; for each
// person and organisation the best-scored candidate states the relation when
// it reaches the model's threshold, with the role and evidence it carries.
// One relation per person and organisation, in text order; beside them, every
// role each person is given, also where no organisation is named.

import type { PeopleFacts } from '../entities/entity-index.js';
import type { EntityMention, Relation } from '../record.js';
import type { AnalysedText } from '../text/analysed-text.js';
import type { Language } from '../lang/language.js';
import { type Candidate, relationCandidates } from './candidates.js';
import type { FeatureWeigher } from './pair-model.js';

export function extractRelations(
  doc: AnalysedText,
  mentions: readonly EntityMention[],
  language: Pick<Language, 'entities' | 'relations'>,
): PeopleFacts {
  if (!mentions.some((mention) => mention.type === 'PER')) return { relations: [], roles: new Map() };
  const words = language.relations;
  const { model } = words;
  // Each candidate's features are weighed as they are found: no feature's name is built.
  const { candidates, roles } = relationCandidates(doc, mentions, words, language.entities, () => model.weigher());
  const best = new Map<string, { candidate: Candidate<FeatureWeigher>; probability: number }>();
  // Where the best candidate of a pair names no role, another of its candidates may (an interview's introduction).
  const bestWithRole = new Map<string, { role: string; probability: number }>();
  for (const candidate of candidates) {
    // A person mention's own features were weighed once, for all its candidates.
    const probability = model.probability(candidate.personFeatures.sum + candidate.features.sum);
    const key = `${mentions[candidate.person]!.canonical}\u0000${candidate.organisationCanonical}`;
    if (candidate.role !== undefined && candidate.roleFit.startsWith('yes')) {
      const known = bestWithRole.get(key);
      if (known === undefined || probability > known.probability)
        bestWithRole.set(key, { role: candidate.role, probability });
    }
    if (probability < model.threshold) continue;
    const known = best.get(key);
    if (known === undefined || probability > known.probability) best.set(key, { candidate, probability });
  }
  const { view } = doc;
  const relations = [...best]
    .map(([key, { candidate }]): Relation => {
      const person = mentions[candidate.person]!;
      const role =
        candidate.role ??
        (candidate.organisation >= 0 && candidate.kind !== 'party' ? bestWithRole.get(key)?.role : undefined);
      return {
        person: person.canonical,
        personMention: candidate.person,
        ...(role !== undefined && { role }),
        organisation: candidate.organisationCanonical,
        ...(candidate.organisation >= 0 && { organisationMention: candidate.organisation }),
        ...(candidate.former && { former: true }),
        start: view.starts[candidate.evidenceFirst]!,
        end: view.ends[candidate.evidenceLast]!,
        sentence: person.sentence,
      };
    })
    .sort((a, b) => a.start - b.start || a.personMention - b.personMention || a.end - b.end);
  return { relations, roles };
}
