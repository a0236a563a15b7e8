// Four small records made by hand for the corpus summary and report tests.

import type { DocumentRecord, EntityType } from '../../src/record.js';

type Mention = [type: EntityType, canonical: string, sentence: number];

/** A record with the fields the summary reads; offsets are not looked at. */
export function record(
  id: string,
  options: {
    date?: string;
    mentions?: Mention[];
    topics?: [string, number][];
    relations?: [string, string?, string?][];
    /** The date the text states (a dateline), when the record has no date. */
    statedDate?: string;
    timex?: ['DATE' | 'TIME' | 'DURATION' | 'SET', string][];
    /** [event, date value, place, organisers] */
    events?: [string, string | undefined, string | undefined, string[]][];
  },
): DocumentRecord {
  const mentions = options.mentions ?? [];
  const index = new Map<string, DocumentRecord['entityIndex'][number]>();
  for (const [type, canonical] of mentions) {
    const entry = index.get(`${type} ${canonical}`) ?? { canonical, type, mentions: 0, aliases: [canonical] };
    entry.mentions++;
    index.set(`${type} ${canonical}`, entry);
  }
  return {
    schemaVersion: '1.8.0',
    id,
    language: 'de',
    ...(options.date !== undefined ? { date: options.date } : {}),
    ...(options.statedDate !== undefined
      ? {
          documentDate: {
            value: options.statedDate,
            source: 'dateline' as const,
            evidence: { start: 0, end: 10, text: 'Kiel, …' },
          },
        }
      : {}),
    stats: { characters: 1000, tokens: 150, words: 120, sentences: 10 },
    sentences: [],
    entities: mentions.map(([type, canonical, sentence], n) => ({
      text: canonical,
      type,
      start: n * 10,
      end: n * 10 + 5,
      canonical,
      sentence,
      source: 'test',
      confidence: 1,
    })),
    entityIndex: [...index.values()],
    relations: (options.relations ?? []).map(([person, role, organisation]) => ({
      person,
      personMention: 0,
      ...(role !== undefined ? { role } : {}),
      ...(organisation !== undefined ? { organisation } : {}),
      start: 0,
      end: 5,
      sentence: 0,
    })),
    timex: (options.timex ?? []).map(([type, value], n) => ({
      text: value,
      type,
      start: n * 10,
      end: n * 10 + 4,
      value,
      sentence: 0,
      source: 'test',
    })),
    eventFacts: (options.events ?? []).map(([event, date, place, organisers]) => ({
      event,
      eventMention: 0,
      ...(date !== undefined ? { date: { value: date, text: date, timex: 0 } } : {}),
      ...(place !== undefined ? { place: { name: place, mention: 0 } } : {}),
      organisers: organisers.map((name) => ({ name, mention: 0 })),
      evidence: { start: 0, end: 10 },
    })),
    topics: (options.topics ?? []).map(([id, score]) => ({ id, label: id.toUpperCase(), score, evidence: [] })),
    keyphrases: [],
    warnings: [],
  };
}

export const records = [
  record('a', {
    date: '2024-09-11',
    mentions: [
      ['PER', 'Marco Kuhn', 0],
      ['ORG', 'Landkreistag NRW', 0],
      ['LAW', 'OZG', 1],
      ['PER', 'Marco Kuhn', 2],
      ['ORG', 'BSI', 3],
    ],
    topics: [
      ['ozg', 0.9],
      ['ki', 0.5],
    ],
    relations: [['Marco Kuhn', 'Beigeordneter', 'Landkreistag NRW']],
  }),
  record('b', {
    date: '2024-09-30',
    mentions: [
      ['PER', 'Anna Wegener', 0],
      ['ORG', 'BSI', 0],
      ['PER', 'Marco Kuhn', 0],
      ['LOC', 'Kiel', 1],
    ],
    topics: [['ozg', 0.7]],
    relations: [
      ['Anna Wegener', undefined, 'BSI'],
      ['Marco Kuhn', 'Sprecher'],
    ],
  }),
  record('c', {
    date: '2024-10-02',
    mentions: [['ORG', 'BSI', 0]],
    topics: [
      ['ki', 0.8],
      ['cloud', 0.6],
    ],
  }),
  record('d', {
    mentions: [
      ['PER', 'Anna Wegener', 4],
      ['ORG', 'BSI', 4],
    ],
    topics: [['cloud', 1]],
    relations: [['Anna Wegener', 'Präsidentin', 'BSI']],
  }),
];
