// The one corpus aggregator, behind govtext stats and the corpus report:
// figures gathered one record at a time — documents, characters, mentions and
// distinct entities by type, topic frequencies, topics by month and documents
// per year where records have dates (meta.date, else the date the text states),
// time expressions by type, events by date, the top entities per type, entities named
// in the same documents, people and institutions related by the texts or named
// in the same sentence, and people with the roles and affiliations the texts
// state. Memory grows with the number of distinct names, not of documents.

import { ENTITY_TYPES, type DocumentRecord, type EntityType, TIMEX_TYPES, type TimexType } from '../record.js';

export interface CorpusSummary {
  /** Records summarised. */
  documents: number;
  /** Input lines that were no record (extraction errors, malformed lines). */
  skipped: number;
  characters: number;
  mentionsByType: Record<EntityType, number>;
  distinctByType: Record<EntityType, number>;
  /** Documents per topic, most frequent first. */
  topics: { id: string; label: string; documents: number; meanScore: number }[];
  /** Documents per topic and month (YYYY-MM), months in order; empty when no record has a date. */
  topicsByMonth: { month: string; id: string; label: string; documents: number }[];
  /** Documents per month (YYYY-MM), in order. */
  months: { month: string; documents: number }[];
  /** Records with neither a date (meta.date) nor a document date that starts with YYYY-MM. */
  undated: number;
  /** Records dated by what their text states (documentDate from a dateline …) because they had no date. */
  datedByText: number;
  /** Time expressions by type. */
  timexByType: Record<TimexType, number>;
  /** Events with the date the texts give for them: the most named ones, earliest first (undated last), then by name. */
  events: { date: string; event: string; place?: string; organisers: string[]; documents: number }[];
  /** The most frequent entities of each type: by documents, then mentions. */
  topEntities: Record<EntityType, { canonical: string; documents: number; mentions: number }[]>;
  /**
   * Pairs of the most connected people and organisations: the documents whose relations state the pair, the
   * sentences naming both, and the documents doing either.
   */
  cooccurrence: { person: string; organisation: string; relations: number; sentences: number; documents: number }[];
  /** People with the roles and organisations their relations state, most documents first. */
  people: { person: string; documents: number; roles: string[]; organisations: string[] }[];
  /** Pairs of entities (`canonical (TYPE)`) among each document's most mentioned, by the documents naming both. */
  entityPairs: { a: string; b: string; documents: number }[];
  /** Documents per year (a date that starts with YYYY), in order. */
  years: { year: string; documents: number }[];
}

export interface SummaryOptions {
  /** Entities per type, people in the table, entity pairs (default 10, 40, 10). */
  topEntities?: number;
  topPeople?: number;
  topPairs?: number;
  /** People and organisations on each axis of the co-occurrence view (default 12). */
  cooccurrenceAxis?: number;
  /** Events in the events-by-date table (default 50). */
  topEvents?: number;
}

export interface CorpusSummaryBuilder {
  add(record: DocumentRecord): void;
  /** Counts a line that was no record. */
  skip(): void;
  result(): CorpusSummary;
}

/** Each pair table is pruned to its most frequent half when it grows past this. */
const MAX_PAIRS = 200_000;
/** Entities per document that enter the entity pairs (the most mentioned first). */
const PAIR_ENTITIES_PER_DOCUMENT = 20;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])/;
const YEAR = /^(\d{4})/;

type Counts = Map<string, number>;
interface PairCounts {
  relations: number;
  sentences: number;
  documents: number;
}
const bump = (map: Counts, key: string, by = 1): void => {
  map.set(key, (map.get(key) ?? 0) + by);
};
const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** More relations first, then more sentences. */
const comparePairs = (a: PairCounts, b: PairCounts): number => b.relations - a.relations || b.sentences - a.sentences;

export function createCorpusSummary(options: SummaryOptions = {}): CorpusSummaryBuilder {
  const topEntities = options.topEntities ?? 10;
  const topPeople = options.topPeople ?? 40;
  const topPairs = options.topPairs ?? 10;
  const axis = options.cooccurrenceAxis ?? 12;
  const topEvents = options.topEvents ?? 50;

  let documents = 0;
  let skipped = 0;
  let characters = 0;
  let undated = 0;
  let datedByText = 0;
  const timexByType = Object.fromEntries(TIMEX_TYPES.map((type) => [type, 0])) as Record<TimexType, number>;
  const events = new Map<string, { date: string; event: string; places: Counts; organisers: Counts; documents: number }>();
  const mentionsByType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
  const entities = new Map<string, { type: EntityType; canonical: string; documents: number; mentions: number }>();
  const topics = new Map<string, { label: string; documents: number; scores: number }>();
  const topicMonths: Counts = new Map();
  const months: Counts = new Map();
  let pairs = new Map<string, PairCounts>();
  const people = new Map<string, { documents: number; roles: Counts; organisations: Counts }>();
  let entityPairs: Counts = new Map();
  const years: Counts = new Map();

  function add(record: DocumentRecord): void {
    documents++;
    characters += record.stats.characters;
    for (const mention of record.entities) mentionsByType[mention.type]++;
    for (const entry of record.entityIndex) {
      const key = `${entry.type}\u0000${entry.canonical}`;
      const known = entities.get(key) ?? { type: entry.type, canonical: entry.canonical, documents: 0, mentions: 0 };
      known.documents++;
      known.mentions += entry.mentions;
      entities.set(key, known);
    }
    // The caller's date, else the date the text states (records of schema 1.3 on).
    let date = record.date ?? '';
    if (!MONTH.test(date) && record.documentDate && record.documentDate.source !== 'meta') {
      date = record.documentDate.value;
      datedByText++;
    }
    const month = MONTH.exec(date)?.[0];
    if (month === undefined) undated++;
    else bump(months, month);
    for (const t of record.timex ?? []) timexByType[t.type]++;
    addEvents(record);
    for (const topic of record.topics) {
      const known = topics.get(topic.id) ?? { label: topic.label, documents: 0, scores: 0 };
      known.documents++;
      known.scores += topic.score;
      topics.set(topic.id, known);
      if (month !== undefined) bump(topicMonths, `${month}\u0000${topic.id}`);
    }
    const year = YEAR.exec(date)?.[1];
    if (year !== undefined) bump(years, year);
    addCooccurrence(record);
    addEntityPairs(record);
    addPeople(record);
  }

  /** People with the roles and organisations the record's relations and entity index give them. */
  function addPeople(record: DocumentRecord): void {
    const seen = new Set<string>();
    const known = (name: string) => {
      const person = people.get(name) ?? { documents: 0, roles: new Map(), organisations: new Map() };
      if (!seen.has(name)) {
        person.documents++;
        seen.add(name);
      }
      people.set(name, person);
      return person;
    };
    const rolesCounted = new Set<string>();
    for (const relation of record.relations) {
      const person = known(relation.person);
      if (relation.role !== undefined && !rolesCounted.has(`${relation.person}\u0000${relation.role}`)) {
        rolesCounted.add(`${relation.person}\u0000${relation.role}`);
        bump(person.roles, relation.role);
      }
      if (relation.organisation !== undefined) bump(person.organisations, relation.organisation);
    }
    // Roles no organisation is named for (`Bundesminister X`) are in the index, not in the relations.
    for (const entry of record.entityIndex) {
      if (entry.type !== 'PER' || !entry.roles?.length) continue;
      const person = known(entry.canonical);
      for (const role of entry.roles) {
        if (rolesCounted.has(`${entry.canonical}\u0000${role}`)) continue;
        rolesCounted.add(`${entry.canonical}\u0000${role}`);
        bump(person.roles, role);
      }
    }
  }

  function addEvents(record: DocumentRecord): void {
    for (const fact of record.eventFacts ?? []) {
      const date = fact.date?.value ?? '';
      const key = `${date}\u0000${fact.event}`;
      const known = events.get(key) ?? { date, event: fact.event, places: new Map(), organisers: new Map(), documents: 0 };
      known.documents++;
      if (fact.place) bump(known.places, fact.place.name);
      for (const organiser of fact.organisers) bump(known.organisers, organiser.name);
      events.set(key, known);
    }
  }

  function addCooccurrence(record: DocumentRecord): void {
    const bySentence = new Map<number, { people: Set<string>; organisations: Set<string> }>();
    for (const mention of record.entities) {
      if (mention.type !== 'PER' && mention.type !== 'ORG') continue;
      const sentence = bySentence.get(mention.sentence) ?? { people: new Set(), organisations: new Set() };
      (mention.type === 'PER' ? sentence.people : sentence.organisations).add(mention.canonical);
      bySentence.set(mention.sentence, sentence);
    }
    const inDocument = new Set<string>();
    const pairOf = (key: string): PairCounts => {
      const known = pairs.get(key) ?? { relations: 0, sentences: 0, documents: 0 };
      if (!inDocument.has(key)) {
        known.documents++;
        inDocument.add(key);
      }
      pairs.set(key, known);
      return known;
    };
    for (const sentence of bySentence.values()) {
      for (const person of sentence.people) {
        for (const organisation of sentence.organisations) pairOf(`${person}\u0000${organisation}`).sentences++;
      }
    }
    // A relation relates a person to an organisation also where the two stand in different sentences.
    const related = new Set<string>();
    for (const relation of record.relations) {
      if (relation.organisation !== undefined) related.add(`${relation.person}\u0000${relation.organisation}`);
    }
    for (const key of related) pairOf(key).relations++;
    if (pairs.size > MAX_PAIRS) {
      pairs = new Map([...pairs].sort((a, b) => comparePairs(a[1], b[1]) || compareNames(a[0], b[0])).slice(0, MAX_PAIRS / 2));
    }
  }

  function addEntityPairs(record: DocumentRecord): void {
    const salient = [...record.entityIndex]
      .sort((a, b) => b.mentions - a.mentions || (a.canonical < b.canonical ? -1 : 1))
      .slice(0, PAIR_ENTITIES_PER_DOCUMENT)
      .map((entry) => `${entry.canonical} (${entry.type})`)
      .sort();
    for (let i = 0; i < salient.length; i++) {
      for (let j = i + 1; j < salient.length; j++) bump(entityPairs, `${salient[i]}\u0000${salient[j]}`);
    }
    if (entityPairs.size > MAX_PAIRS) {
      entityPairs = new Map([...entityPairs].sort((a, b) => b[1] - a[1]).slice(0, MAX_PAIRS / 2));
    }
  }

  function result(): CorpusSummary {
    const ranked = (counts: Counts) =>
      [...counts].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0])).map(([key]) => key);
    const distinctByType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
    for (const entity of entities.values()) distinctByType[entity.type]++;

    // The axes: the people and organisations most often related, then most often named together.
    const personWeight = new Map<string, PairCounts>();
    const organisationWeight = new Map<string, PairCounts>();
    const add = (weights: Map<string, PairCounts>, name: string, counts: PairCounts) => {
      const weight = weights.get(name) ?? { relations: 0, sentences: 0, documents: 0 };
      weight.relations += counts.relations;
      weight.sentences += counts.sentences;
      weights.set(name, weight);
    };
    const pairList = [...pairs].map(([key, counts]) => {
      const [person, organisation] = key.split('\u0000') as [string, string];
      add(personWeight, person, counts);
      add(organisationWeight, organisation, counts);
      return { person, organisation, relations: counts.relations, sentences: counts.sentences, documents: counts.documents };
    });
    const strongest = (weights: Map<string, PairCounts>) =>
      [...weights]
        .sort((a, b) => comparePairs(a[1], b[1]) || compareNames(a[0], b[0]))
        .slice(0, axis)
        .map(([name]) => name);
    const axisPeople = new Set(strongest(personWeight));
    const axisOrganisations = new Set(strongest(organisationWeight));

    const topicList = [...topics]
      .map(([id, topic]) => ({
        id,
        label: topic.label,
        documents: topic.documents,
        meanScore: Math.round((topic.scores / topic.documents) * 1000) / 1000,
      }))
      .sort((a, b) => b.documents - a.documents || compareNames(a.id, b.id));
    const labels = new Map(topicList.map((topic) => [topic.id, topic.label]));

    return {
      documents,
      skipped,
      characters,
      mentionsByType: { ...mentionsByType },
      distinctByType,
      topics: topicList,
      topicsByMonth: [...topicMonths]
        .map(([key, count]) => {
          const [month, id] = key.split('\u0000') as [string, string];
          return { month, id, label: labels.get(id) ?? id, documents: count };
        })
        .sort((a, b) => compareNames(a.month, b.month) || compareNames(a.id, b.id)),
      months: [...months]
        .sort((a, b) => compareNames(a[0], b[0]))
        .map(([month, count]) => ({ month, documents: count })),
      undated,
      datedByText,
      timexByType: { ...timexByType },
      // The events most documents name, then in calendar order (undated ones last).
      events: [...events.values()]
        .sort((a, b) => b.documents - a.documents || compareNames(a.date, b.date) || compareNames(a.event, b.event))
        .slice(0, topEvents)
        .sort(
          (a, b) =>
            Number(a.date === '') - Number(b.date === '') || compareNames(a.date, b.date) || compareNames(a.event, b.event),
        )
        .map((known) => {
          const place = ranked(known.places)[0];
          return {
            date: known.date,
            event: known.event,
            ...(place !== undefined && { place }),
            organisers: ranked(known.organisers),
            documents: known.documents,
          };
        }),
      topEntities: Object.fromEntries(
        ENTITY_TYPES.map((type) => [
          type,
          [...entities.values()]
            .filter((entity) => entity.type === type)
            .sort(
              (a, b) => b.documents - a.documents || b.mentions - a.mentions || compareNames(a.canonical, b.canonical),
            )
            .slice(0, topEntities)
            .map(({ canonical, documents: inDocuments, mentions }) => ({
              canonical,
              documents: inDocuments,
              mentions,
            })),
        ]),
      ) as CorpusSummary['topEntities'],
      cooccurrence: pairList
        .filter((pair) => axisPeople.has(pair.person) && axisOrganisations.has(pair.organisation))
        .sort((a, b) => compareNames(a.person, b.person) || compareNames(a.organisation, b.organisation)),
      people: [...people]
        .sort((a, b) => b[1].documents - a[1].documents || compareNames(a[0], b[0]))
        .slice(0, topPeople)
        .map(([person, known]) => ({
          person,
          documents: known.documents,
          roles: ranked(known.roles),
          organisations: ranked(known.organisations),
        })),
      entityPairs: [...entityPairs]
        .sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]))
        .slice(0, topPairs)
        .map(([key, count]) => {
          const [a, b] = key.split('\u0000') as [string, string];
          return { a, b, documents: count };
        }),
      years: [...years].sort((a, b) => compareNames(a[0], b[0])).map(([year, count]) => ({ year, documents: count })),
    };
  }

  return { add, skip: () => void skipped++, result };
}

/** The summary of a list of records. */
export function summarizeCorpus(records: Iterable<DocumentRecord>, options: SummaryOptions = {}): CorpusSummary {
  const builder = createCorpusSummary(options);
  for (const record of records) builder.add(record);
  return builder.result();
}
