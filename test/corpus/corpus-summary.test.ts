// The corpus aggregator's figures (for govtext stats and the report) on a small
// set of records made by hand, so that every number can be checked by eye.

import { describe, expect, it } from 'vitest';
import { summarizeCorpus } from '../../src/corpus/corpus-summary.js';
import { record, records } from '../render/records.js';

describe('summarizeCorpus', () => {
  const summary = summarizeCorpus(records);

  it('counts documents, characters, mentions and distinct entities by type', () => {
    expect(summary.documents).toBe(4);
    expect(summary.characters).toBe(4000);
    expect(summary.mentionsByType).toEqual({ PER: 5, ORG: 5, LOC: 1, LAW: 1, EVENT: 0, PRODUCT: 0 });
    expect(summary.distinctByType).toEqual({ PER: 2, ORG: 2, LOC: 1, LAW: 1, EVENT: 0, PRODUCT: 0 });
  });

  it('counts documents per topic, most first, ties by id, with the mean score', () => {
    expect(summary.topics).toEqual([
      { id: 'cloud', label: 'CLOUD', documents: 2, meanScore: 0.8 },
      { id: 'ki', label: 'KI', documents: 2, meanScore: 0.65 },
      { id: 'ozg', label: 'OZG', documents: 2, meanScore: 0.8 },
    ]);
  });

  it('counts topics per month where records have a date, and the undated records', () => {
    expect(summary.months).toEqual([
      { month: '2024-09', documents: 2 },
      { month: '2024-10', documents: 1 },
    ]);
    expect(summary.topicsByMonth).toEqual([
      { month: '2024-09', id: 'ki', label: 'KI', documents: 1 },
      { month: '2024-09', id: 'ozg', label: 'OZG', documents: 2 },
      { month: '2024-10', id: 'cloud', label: 'CLOUD', documents: 1 },
      { month: '2024-10', id: 'ki', label: 'KI', documents: 1 },
    ]);
    expect(summary.undated).toBe(1);
  });

  it('ranks the entities of each type by documents, then mentions', () => {
    expect(summary.topEntities.ORG).toEqual([
      { canonical: 'BSI', documents: 4, mentions: 4 },
      { canonical: 'Landkreistag NRW', documents: 1, mentions: 1 },
    ]);
    expect(summary.topEntities.PER).toEqual([
      { canonical: 'Marco Kuhn', documents: 2, mentions: 3 },
      { canonical: 'Anna Wegener', documents: 2, mentions: 2 },
    ]);
    expect(summary.topEntities.EVENT).toEqual([]);
  });

  it('counts, for people and organisations, the documents relating them and the sentences naming both', () => {
    expect(summary.cooccurrence).toEqual([
      { person: 'Anna Wegener', organisation: 'BSI', relations: 2, sentences: 2, documents: 2 },
      { person: 'Marco Kuhn', organisation: 'BSI', relations: 0, sentences: 1, documents: 1 },
      { person: 'Marco Kuhn', organisation: 'Landkreistag NRW', relations: 1, sentences: 1, documents: 1 },
    ]);
  });

  it('counts a relation between a person and an organisation named in different sentences', () => {
    const apart = record('e', {
      mentions: [
        ['ORG', 'Landkreis Harz', 0],
        ['PER', 'Frank Rehbein', 5],
      ],
      relations: [['Frank Rehbein', 'Landrat', 'Landkreis Harz']],
    });
    expect(summarizeCorpus([apart]).cooccurrence).toEqual([
      { person: 'Frank Rehbein', organisation: 'Landkreis Harz', relations: 1, sentences: 0, documents: 1 },
    ]);
  });

  it('lists a role no organisation is named for from the entity index', () => {
    const minister = record('f', { mentions: [['PER', 'Karl Kuhn', 0]] });
    minister.entityIndex[0]!.roles = ['Bundesminister'];
    expect(summarizeCorpus([minister]).people).toEqual([
      { person: 'Karl Kuhn', documents: 1, roles: ['Bundesminister'], organisations: [] },
    ]);
  });

  it('lists people with the roles and organisations their relations state', () => {
    expect(summary.people).toEqual([
      { person: 'Anna Wegener', documents: 2, roles: ['Präsidentin'], organisations: ['BSI'] },
      { person: 'Marco Kuhn', documents: 2, roles: ['Beigeordneter', 'Sprecher'], organisations: ['Landkreistag NRW'] },
    ]);
  });

  it('keeps the most connected people and organisations on the co-occurrence axes', () => {
    const narrow = summarizeCorpus(records, { cooccurrenceAxis: 1 });
    expect(narrow.cooccurrence).toEqual([
      { person: 'Anna Wegener', organisation: 'BSI', relations: 2, sentences: 2, documents: 2 },
    ]);
  });

  it('counts the entities each document names together (its most mentioned), most documents first', () => {
    expect(summary.entityPairs.slice(0, 2)).toEqual([
      { a: 'Anna Wegener (PER)', b: 'BSI (ORG)', documents: 2 },
      { a: 'BSI (ORG)', b: 'Marco Kuhn (PER)', documents: 2 },
    ]);
    expect(summary.entityPairs).toHaveLength(10);
    expect(summarizeCorpus(records, { topPairs: 3 }).entityPairs[2]).toEqual({
      a: 'Anna Wegener (PER)',
      b: 'Kiel (LOC)',
      documents: 1,
    });
  });

  it('counts documents per year where records have a date', () => {
    expect(summary.years).toEqual([{ year: '2024', documents: 3 }]);
  });

  it('dates a record without a date by the date its text states, and counts time expressions and events', () => {
    const dated = summarizeCorpus([
      record('a', { date: '2024-09-11', timex: [['DATE', '2024-09-11'], ['DURATION', 'P3Y']] }),
      record('b', {
        statedDate: '2025-02-27',
        timex: [['TIME', 'T10:00']],
        events: [['3. KI-Forum', '2025-02-25', 'Leipzig', []], ['ÖV-Symposium NRW', '2024-09-11', 'Düsseldorf', ['Landkreistag NRW']]],
      }),
      record('c', { events: [['ÖV-Symposium NRW', '2024-09-11', undefined, ['Landkreistag NRW']], ['Digitaltag', undefined, 'Kassel', []]] }),
    ]);
    expect(dated.months).toEqual([
      { month: '2024-09', documents: 1 },
      { month: '2025-02', documents: 1 },
    ]);
    expect(dated.datedByText).toBe(1);
    expect(dated.undated).toBe(1);
    expect(dated.years).toEqual([
      { year: '2024', documents: 1 },
      { year: '2025', documents: 1 },
    ]);
    expect(dated.timexByType).toEqual({ DATE: 1, TIME: 1, DURATION: 1, SET: 0 });
    expect(dated.events).toEqual([
      { date: '2024-09-11', event: 'ÖV-Symposium NRW', place: 'Düsseldorf', organisers: ['Landkreistag NRW'], documents: 2 },
      { date: '2025-02-25', event: '3. KI-Forum', place: 'Leipzig', organisers: [], documents: 1 },
      { date: '', event: 'Digitaltag', place: 'Kassel', organisers: [], documents: 1 },
    ]);
  });
});
