// The record's `entityIndex`: one entry per type and canonical name, with its
// mention count and surface forms in order of first appearance. Relations are
// tested in test/relations/.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('entityIndex', () => {
  const text =
    'Das OZG gilt. Dr. Marco Kuhn lobt das Onlinezugangsgesetz. ' +
    'Kuhn sagt, das OZG und die Stadt Köln seien bereit. Kuhns Team berät die Stadt Köln.';
  const record = extract(text);

  it('groups mentions by type and canonical name, in order of first mention, with counts', () => {
    expect(record.entityIndex.map((e) => [e.type, e.canonical, e.mentions])).toEqual([
      ['LAW', 'Onlinezugangsgesetz', 3],
      ['PER', 'Marco Kuhn', 3],
      ['ORG', 'Stadt Köln', 2],
    ]);
  });

  it('lists each distinct surface form once, in order of first appearance', () => {
    expect(record.entityIndex.map((e) => e.aliases)).toEqual([
      ['OZG', 'Onlinezugangsgesetz'],
      ['Dr. Marco Kuhn', 'Kuhn', 'Kuhns'],
      ['Stadt Köln'],
    ]);
  });

  it('counts every mention exactly once', () => {
    const total = record.entityIndex.reduce((sum, e) => sum + e.mentions, 0);
    expect(total).toBe(record.entities.length);
  });

  it('keeps the same canonical apart when the types differ: „Köln“ (LOC) and „Stadt Köln“ (ORG)', () => {
    const { entityIndex } = extract('Die Stadt Köln investiert in Köln.');
    // Both name the Gemeinde Köln in the registries: the same ids, two entries.
    const ids = { wikidata: 'Q365', ars: '053150000000', ags: '05315000', geonames: '2886242' };
    expect(entityIndex).toEqual([
      { canonical: 'Stadt Köln', type: 'ORG', mentions: 1, aliases: ['Stadt Köln'], ids },
      { canonical: 'Köln', type: 'LOC', mentions: 1, aliases: ['Köln'], ids },
    ]);
  });

  it('writes an alias with single spaces when the text breaks the line: „in der⏎Informationstechnik“', () => {
    const { entities, entityIndex } = extract(
      'Das Bundesamt für Sicherheit in der Informationstechnik warnt. Das Bundesamt für Sicherheit in der\nInformationstechnik hilft.',
    );
    expect(entities.map((e) => e.text)).toEqual([
      'Bundesamt für Sicherheit in der Informationstechnik',
      'Bundesamt für Sicherheit in der\nInformationstechnik',
    ]);
    expect(entityIndex).toEqual([
      {
        canonical: 'Bundesamt für Sicherheit in der Informationstechnik',
        type: 'ORG',
        mentions: 2,
        aliases: ['Bundesamt für Sicherheit in der Informationstechnik'],
      },
    ]);
  });

  // Found by these tests: the splitter ends a sentence at the line break in
  // `die Stadt⏎Köln`. Matches no longer cross that boundary, so the ORG is lost.
  it.todo(
    '„Auch die Stadt⏎Köln stimmt zu.“ is one sentence and its ORG lies inside it (code: split after `Stadt`, only LOC `Köln` in sentence 1)',
  );

  it('is empty when there are no entities', () => {
    expect(extract('Die Verwaltung arbeitet heute digital.').entityIndex).toEqual([]);
  });
});
