// The record's `entityIndex` (one entry per type and canonical name, with its
// mention count and surface forms in order of first appearance) and
// `relations` (a person's role and/or organisation, with the evidence span).

import { describe, expect, it } from 'vitest';
import { type DocumentRecord, type EntityMention, type Relation, extract } from '../../src/index.js';

const mention = (record: DocumentRecord, surface: string): EntityMention => {
  const found = record.entities.find((e) => e.text === surface);
  if (!found)
    throw new Error(`no mention ${JSON.stringify(surface)}: ${JSON.stringify(record.entities.map((e) => e.text))}`);
  return found;
};

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

/** Relations without their mention indices, which the first test checks on their own. */
function relationsOf(record: DocumentRecord): Omit<Relation, 'personMention' | 'organisationMention'>[] {
  return record.relations.map(({ personMention: _person, organisationMention: _organisation, ...rest }) => rest);
}

describe('relations', () => {
  it('point to their mentions: `personMention` and `organisationMention` index `entities`', () => {
    const record = extract('Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, eröffnete.');
    const [relation] = record.relations;
    expect(record.entities[relation!.personMention]!.text).toBe('Dr. Marco Kuhn');
    expect(record.entities[relation!.organisationMention!]!.text).toBe('Landkreistags NRW');
  });

  it('apposition: „Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, …“', () => {
    const text = 'Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, eröffnete die Tagung.';
    const record = extract(text);
    const organisation = mention(record, 'Landkreistags NRW');
    expect(organisation.type).toBe('ORG');
    expect(relationsOf(record)).toEqual([
      {
        person: 'Marco Kuhn',
        role: 'Beigeordneter',
        organisation: organisation.canonical,
        start: 0,
        end: organisation.end,
        sentence: 0,
      },
    ]);
    expect(organisation.canonical).toBe('Landkreistag Nordrhein-Westfalen');
    expect(text.slice(record.relations[0]!.start, record.relations[0]!.end)).toBe(
      'Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW',
    );
  });

  it('apposition with a longer role: „…, Leiterin der Abteilung Digitalisierung im Ministerium des Innern NRW, …“', () => {
    const text = 'Anna Wegener, Leiterin der Abteilung Digitalisierung im Ministerium des Innern NRW, sprach.';
    const record = extract(text);
    expect(relationsOf(record)).toEqual([
      expect.objectContaining({
        person: 'Anna Wegener',
        role: 'Leiterin der Abteilung Digitalisierung',
        organisation: mention(record, 'Ministerium des Innern NRW').canonical,
      }),
    ]);
  });

  it('apposition with a listed role and no organisation: „Anna Wegener, Sprecherin, …“', () => {
    const text = 'Anna Wegener, Sprecherin, bestätigte das.';
    expect(relationsOf(extract(text))).toEqual([
      { person: 'Anna Wegener', role: 'Sprecherin', start: 0, end: 24, sentence: 0 },
    ]);
  });

  it('brackets: „Kerstin Wegener (Materna)“', () => {
    const text = 'Es sprach Kerstin Wegener (Materna).';
    const record = extract(text);
    const organisation = mention(record, 'Materna');
    expect(relationsOf(record)).toEqual([
      { person: 'Kerstin Wegener', organisation: organisation.canonical, start: 10, end: 34, sentence: 0 },
    ]);
  });

  it('brackets with a role: „Anna Wegener (CDO, Landeshauptstadt Düsseldorf)“', () => {
    const text = 'Anna Wegener (CDO, Landeshauptstadt Düsseldorf) eröffnete.';
    const record = extract(text);
    expect(relationsOf(record)).toEqual([
      {
        person: 'Anna Wegener',
        role: 'CDO',
        organisation: mention(record, 'Landeshauptstadt Düsseldorf').canonical,
        start: 0,
        end: 46,
        sentence: 0,
      },
    ]);
  });

  it('brackets with two organisations: „Kerstin Wegener (Beispielwerk/Musterhaus)“ gives one relation each', () => {
    const record = extract('Es sprach Kerstin Wegener (Beispielwerk/Musterhaus).');
    expect(record.relations.map((r) => [r.person, r.organisation, r.role])).toEqual([
      ['Kerstin Wegener', 'Beispielwerk', undefined],
      ['Kerstin Wegener', 'Musterhaus', undefined],
    ]);
  });

  it('„Jasmin Wegener vom Ministerium des Innern NRW“: `vom` links person and organisation', () => {
    const text = 'Jasmin Wegener vom Ministerium des Innern NRW berichtete.';
    const record = extract(text);
    expect(relationsOf(record)).toEqual([
      {
        person: 'Jasmin Wegener',
        organisation: mention(record, 'Ministerium des Innern NRW').canonical,
        start: 0,
        end: 45,
        sentence: 0,
      },
    ]);
  });

  it('„Marco Kuhn von der Beispiel Software GmbH“: `von der` too', () => {
    expect(relationsOf(extract('Marco Kuhn von der Beispiel Software GmbH berichtete.'))).toEqual([
      { person: 'Marco Kuhn', organisation: 'Beispiel Software GmbH', start: 0, end: 41, sentence: 0 },
    ]);
  });

  it('„Marco Kuhn aus Düsseldorf“: a place is no organisation', () => {
    expect(relationsOf(extract('Marco Kuhn aus Düsseldorf berichtete.'))).toEqual([]);
  });

  it('a role before the name: „Moderatorin Svenja Harms führte …“', () => {
    const text = 'Moderatorin Svenja Harms führte durch den Tag.';
    expect(relationsOf(extract(text))).toEqual([
      { person: 'Svenja Harms', role: 'Moderatorin', start: 0, end: 24, sentence: 0 },
    ]);
  });

  it('several people in one sentence, in text order: „Landrat Marco Kuhn und Bürgermeisterin Anna Wegener“', () => {
    const text = 'Landrat Marco Kuhn und Bürgermeisterin Anna Wegener unterzeichneten.';
    expect(extract(text).relations.map((r) => [r.person, r.role, text.slice(r.start, r.end)])).toEqual([
      ['Marco Kuhn', 'Landrat', 'Landrat Marco Kuhn'],
      ['Anna Wegener', 'Bürgermeisterin', 'Bürgermeisterin Anna Wegener'],
    ]);
  });

  it('a list of names is no apposition: „Marco Kuhn, Anna Wegener und Svenja Harms“', () => {
    expect(relationsOf(extract('Es sprachen Marco Kuhn, Anna Wegener und Svenja Harms.'))).toEqual([]);
  });

  it('the person is named by canonical, also after a title: „Prof. Dr. Anna Wegener, Präsidentin der Beispielakademie NRW, …“', () => {
    const record = extract('Prof. Dr. Anna Wegener, Präsidentin der Beispielakademie NRW, sprach.');
    expect(relationsOf(record)).toEqual([
      expect.objectContaining({
        person: 'Anna Wegener',
        role: 'Präsidentin',
        organisation: mention(record, 'Beispielakademie NRW').canonical,
      }),
    ]);
  });

  it('a role before the name and brackets after it: „Oberbürgermeister Marco Kuhn (Stadt Köln)“', () => {
    const text = 'Oberbürgermeister Marco Kuhn (Stadt Köln) eröffnete.';
    const record = extract(text);
    expect(relationsOf(record)).toEqual([
      {
        person: 'Marco Kuhn',
        role: 'Oberbürgermeister',
        organisation: mention(record, 'Stadt Köln').canonical,
        start: 0,
        end: 40,
        sentence: 0,
      },
    ]);
    expect(text.slice(0, 40)).toBe('Oberbürgermeister Marco Kuhn (Stadt Köln');
  });

  it('role, title and `vom`: „Staatssekretär Dr. Henning Albrecht vom Bundesministerium des Innern und für Heimat“', () => {
    const ministry = 'Bundesministerium des Innern und für Heimat';
    const text = `Staatssekretär Dr. Henning Albrecht vom ${ministry} eröffnete.`;
    const record = extract(text);
    expect(record.entities.map((e) => [e.type, e.text, e.canonical])).toEqual([
      ['PER', 'Dr. Henning Albrecht', 'Henning Albrecht'],
      ['ORG', ministry, ministry],
    ]);
    expect(relationsOf(record)).toEqual([
      { person: 'Henning Albrecht', role: 'Staatssekretär', organisation: ministry, start: 0, end: 83, sentence: 0 },
    ]);
    expect(text.slice(0, 83)).toBe(`Staatssekretär Dr. Henning Albrecht vom ${ministry}`);
  });

  it('„Ursula von der Leyen, Präsidentin der Europäischen Kommission, …“: the particles are no `von der` link', () => {
    const record = extract('Ursula von der Leyen, Präsidentin der Europäischen Kommission, sprach.');
    expect(relationsOf(record)).toEqual([
      expect.objectContaining({
        person: 'Ursula von der Leyen',
        role: 'Präsidentin',
        organisation: 'Europäische Kommission',
        start: 0,
      }),
    ]);
  });
});

describe('relations in speaker lists and role labels', () => {
  it('„Name, ORG“ and „Name, Role, ORG“ lines of a programme', () => {
    const text =
      'Mit: Timo Haberkorn, ekom21; Kai-Uwe Brandl, Agile Coach, Komm.ONE\n\nCarsten Weidemann, Referent für Digitalisierung, Deutscher Städtetag';
    const record = extract(text);
    expect(
      record.relations.map((r) => [r.person, r.role ?? '-', record.entities[r.organisationMention!]?.text ?? '-']),
    ).toEqual([
      ['Timo Haberkorn', '-', 'ekom21'],
      ['Kai-Uwe Brandl', 'Agile Coach', 'Komm.ONE'],
      ['Carsten Weidemann', 'Referent für Digitalisierung', 'Deutscher Städtetag'],
    ]);
  });

  it('„Moderation: Lea Brückner, Hessischer Städtetag“: a role label before a colon', () => {
    const record = extract('Moderation: Lea Brückner, Hessischer Städtetag');
    expect(record.relations.map((r) => [r.person, r.role, record.entities[r.organisationMention!]?.text])).toEqual([
      ['Lea Brückner', 'Moderation', 'Hessischer Städtetag'],
    ]);
  });

  it('„Geschäftsführerin ist Dr. Sabine Oelkers“: a role before „ist“', () => {
    expect(extract('Geschäftsführerin ist Dr. Sabine Oelkers.').relations.map((r) => [r.person, r.role])).toEqual([
      ['Sabine Oelkers', 'Geschäftsführerin'],
    ]);
  });

  it('„Referentin für Presse- und Öffentlichkeitsarbeit beim …“: a suspended compound inside the role', () => {
    const record = extract(
      'Jana Pfeiffer, Referentin für Presse- und Öffentlichkeitsarbeit beim Deutschen Städtetag, sagte das.',
    );
    expect(record.relations.map((r) => [r.person, r.role, r.organisation])).toEqual([
      ['Jana Pfeiffer', 'Referentin für Presse- und Öffentlichkeitsarbeit', record.entities[1]!.canonical],
    ]);
    expect(record.entities[1]!.type).toBe('ORG');
  });
});
