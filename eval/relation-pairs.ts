// Relations as ../shared/ANNOTATION.md scores them: (person, organisation)
// pairs of surface strings with the role as written. From a record (the
// person's and organisation's mentions as written), and from the relation
// stage run on a gold file's own entities (the oracle: how good the relation
// step is when the entities are right).

import type { DocumentRecord, EntityMention, Relation } from '../src/index.js';
import { germanLanguage } from '../src/lang/de/index.js';
import type { Language } from '../src/lang/language.js';
import { extractRelations } from '../src/relations/extract-relations.js';
import { type AnalysedText, analyseText, sentenceAt } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { collapseWhitespace } from '../src/text/token-view.js';
import { WordFormTable } from '../src/text/word-forms.js';
import { type GoldDocument, goldRelationPairs } from './gold.js';
import type { RelationPair } from './metrics.js';

/** The scored pairs of a record: the mentions' surface strings (the organisation's name where no mention holds it). */
export function recordRelationPairs(record: Pick<DocumentRecord, 'entities' | 'relations'>): RelationPair[] {
  return relationPairs(record.entities, record.relations);
}

function relationPairs(entities: readonly EntityMention[], relations: readonly Relation[]): RelationPair[] {
  const pairs: RelationPair[] = [];
  for (const relation of relations) {
    const organisation =
      relation.organisationMention !== undefined ? entities[relation.organisationMention]!.text : relation.organisation;
    if (organisation === undefined) continue;
    pairs.push({
      person: collapseWhitespace(entities[relation.personMention]!.text),
      organisation: collapseWhitespace(organisation),
      role: relation.role ?? null,
      former: relation.former === true,
    });
  }
  return pairs;
}

export function goldPairs(document: GoldDocument): RelationPair[] {
  return goldRelationPairs(document.relations ?? []);
}

const german = germanLanguage();
const answers = new FormAnswers(new WordFormTable(german.text));

/** The relation stage on the gold file's entities: the oracle row. */
export function oracleRelationPairs(document: GoldDocument, language: Language = german): RelationPair[] {
  const doc = analyseText(document.text, language.text, answers);
  const mentions = goldMentions(doc, document);
  return relationPairs(mentions, extractRelations(doc, mentions, language).relations);
}

/**
 * The gold entities as mentions: canonical names as the extractor would give
 * them for people (titles off; a surname names the person introduced before
 * with it), the text itself for the rest.
 */
export function goldMentions(doc: AnalysedText, document: GoldDocument): EntityMention[] {
  const entities = [...(document.entities ?? [])]
    .filter((e) => e.start !== undefined && e.end !== undefined)
    .sort((a, b) => a.start! - b.start!);
  const people = new Map<string, string>();
  const shortForms = new Map<string, string>();
  return entities.map((entity, e) => {
    const text = document.text.slice(entity.start, entity.end);
    let canonical = collapseWhitespace(text);
    if (entity.type === 'PER') {
      const words = canonical.split(' ').filter((word) => !TITLE.test(word));
      const name = words.join(' ') || canonical;
      const surname = words.at(-1) ?? name;
      canonical = words.length === 1 ? (people.get(surname) ?? name) : name;
      if (words.length > 1 && !people.has(surname)) people.set(surname, canonical);
    }
    // `Niedersächsische Landkreistag (NLT)`: a short form defined in brackets names its long form, as in the extractor.
    if (entity.type === 'ORG') {
      canonical = shortForms.get(canonical) ?? canonical;
      const next = entities[e + 1];
      if (next?.type === 'ORG' && document.text.slice(entity.end, next.start).trim() === '(')
        shortForms.set(collapseWhitespace(document.text.slice(next.start, next.end)), canonical);
    }
    return {
      text,
      type: entity.type as EntityMention['type'],
      start: entity.start!,
      end: entity.end!,
      canonical,
      sentence: sentenceAt(doc, entity.start!),
      source: 'gold',
      confidence: 1,
    };
  });
}

const TITLE = /^(Dr\.|Prof\.|Dipl\.-\S+|Mag\.|DI|Ing\.|MBA|LL\.M\.|h\.c\.|med\.|rer\.|nat\.|phil\.|jur\.)$/;
