// The relation stage: who works where, as ../shared/ANNOTATION.md writes it —
// one relation per person and named organisation, the role as written (or
// none), former posts marked, the evidence in the sentence that states it and
// the organisation's mention, also where it was named in another sentence.
// The quality on real reports is npm run eval:relations; these tests pin the
// layouts the stage reads.

import { describe, expect, it } from 'vitest';
import { type DocumentRecord, DocumentRecordSchema, extract } from '../../src/index.js';

/** Each relation as [person as written, role or '-', organisation as written]. */
function pairs(record: DocumentRecord): [string, string, string][] {
  return record.relations.map((r) => [
    record.entities[r.personMention]!.text,
    r.role ?? '-',
    r.organisationMention === undefined ? r.organisation! : record.entities[r.organisationMention]!.text,
  ]);
}

describe('relations in one sentence', () => {
  it('an apposition up to its organisation: „Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, …“', () => {
    const text = 'Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, eröffnete die Tagung.';
    const record = extract(text);
    expect(pairs(record)).toEqual([['Dr. Marco Kuhn', 'Beigeordneter', 'Landkreistags NRW']]);
    const [relation] = record.relations;
    expect(relation!.person).toBe('Marco Kuhn');
    expect(relation!.organisation).toBe('Landkreistag Nordrhein-Westfalen');
    expect(text.slice(relation!.start, relation!.end)).toBe('Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW');
    expect(relation!.sentence).toBe(0);
  });

  it('a longer role keeps its words, not the organisation: „…, Leiterin der Abteilung Digitalisierung im Ministerium des Innern NRW“', () => {
    const record = extract(
      'Anna Wegener, Leiterin der Abteilung Digitalisierung im Ministerium des Innern NRW, sprach.',
    );
    expect(pairs(record)).toEqual([
      ['Anna Wegener', 'Leiterin der Abteilung Digitalisierung', 'Ministerium des Innern NRW'],
    ]);
  });

  it('brackets: „(CDO, Landeshauptstadt Düsseldorf)“, „(Dataport/govdigital)“', () => {
    expect(pairs(extract('Anna Wegener (CDO, Landeshauptstadt Düsseldorf) eröffnete.'))).toEqual([
      ['Anna Wegener', 'CDO', 'Landeshauptstadt Düsseldorf'],
    ]);
    expect(pairs(extract('Es sprachen Kerstin Wegener (Materna) und Jan Kuhn (Dataport/govdigital).'))).toEqual([
      ['Kerstin Wegener', '-', 'Materna'],
      ['Jan Kuhn', '-', 'Dataport'],
      ['Jan Kuhn', '-', 'govdigital'],
    ]);
  });

  it('`vom` with a role before the name: „Staatssekretär Dr. Henning Albrecht vom Bundesministerium …“', () => {
    const ministry = 'Bundesministerium des Innern und für Heimat';
    expect(pairs(extract(`Staatssekretär Dr. Henning Albrecht vom ${ministry} eröffnete.`))).toEqual([
      ['Dr. Henning Albrecht', 'Staatssekretär', ministry],
    ]);
  });

  it('speaker lists: „Name, ORG“ and „Name, Funktion, ORG“', () => {
    const text =
      'Mit: Timo Haberkorn, ekom21; Kai-Uwe Brandl, Agile Coach, Komm.ONE\n\nCarsten Weidemann, Referent für Digitalisierung, Deutscher Städtetag';
    expect(pairs(extract(text))).toEqual([
      ['Timo Haberkorn', '-', 'ekom21'],
      ['Kai-Uwe Brandl', 'Agile Coach', 'Komm.ONE'],
      ['Carsten Weidemann', 'Referent für Digitalisierung', 'Deutscher Städtetag'],
    ]);
  });

  it('a programme label is no role: „Moderation: Lea Brückner, Hessischer Städtetag“', () => {
    expect(pairs(extract('Moderation: Lea Brückner, Hessischer Städtetag'))).toEqual([
      ['Lea Brückner', '-', 'Hessischer Städtetag'],
    ]);
  });

  it('an organisation inside a compound role: „AKDB-Vorstandsmitglied Gudrun Abendroth“', () => {
    const record = extract('AKDB-Vorstandsmitglied Gudrun Abendroth sprach in Augsburg.');
    expect(pairs(record)).toEqual([['Gudrun Abendroth', 'Vorstandsmitglied', 'AKDB']]);
    expect(record.relations[0]!.organisationMention).toBeUndefined();
  });

  it('a compound role with more words after the name: „Carla Hegemann, VKS-Referentin für Datenschutz“', () => {
    expect(pairs(extract('Impuls: Carla Hegemann, VKS-Referentin für Datenschutz, und Diskussion.'))).toEqual([
      ['Carla Hegemann', 'Referentin für Datenschutz', 'VKS'],
    ]);
  });

  it('two roles joined by „und“: „…, VKS-Vizepräsident und Bürgermeister der Gemeinde Wettenberg“', () => {
    const text = 'Begrüßung: Tobias Rautenberg, VKS-Vizepräsident und Bürgermeister der Gemeinde Wettenberg';
    expect(pairs(extract(text))).toEqual([
      ['Tobias Rautenberg', 'Vizepräsident', 'VKS'],
      ['Tobias Rautenberg', 'Bürgermeister', 'Gemeinde Wettenberg'],
    ]);
  });

  it('a programme’s layout: „Oberbürgermeisterin Dorothea Brinkhaus (SPD), Stadt Hameln“', () => {
    expect(pairs(extract('Begrüßung durch Oberbürgermeisterin Dorothea Brinkhaus (SPD), Stadt Hameln'))).toEqual([
      ['Dorothea Brinkhaus', 'Oberbürgermeisterin', 'Stadt Hameln'],
      ['Dorothea Brinkhaus', '-', 'SPD'],
    ]);
  });

  it('office and party apart: „Bürgermeisterin Anna Schulz (SPD)“ in the Stadt Eckernförde', () => {
    expect(pairs(extract('In der Stadt Eckernförde eröffnete Bürgermeisterin Anna Schulz (SPD) das Rathaus.'))).toEqual(
      [
        ['Anna Schulz', 'Bürgermeisterin', 'Stadt Eckernförde'],
        ['Anna Schulz', '-', 'SPD'],
      ],
    );
  });

  it('a role with no named organisation is no relation: „Anna Wegener, Sprecherin, …“, „Bundesminister Dr. Karl Kuhn“', () => {
    expect(extract('Anna Wegener, Sprecherin, bestätigte das.').relations).toEqual([]);
    expect(extract('Bundesminister Dr. Karl Kuhn sprach.').relations).toEqual([]);
  });

  it('a place is no organisation: „Marco Kuhn aus Düsseldorf“', () => {
    expect(extract('Marco Kuhn aus Düsseldorf berichtete.').relations).toEqual([]);
  });

  it('a list of names is no apposition: „Marco Kuhn, Anna Wegener und Svenja Harms“', () => {
    expect(extract('Es sprachen Marco Kuhn, Anna Wegener und Svenja Harms.').relations).toEqual([]);
  });
});

describe('former posts', () => {
  it('„Der frühere CIO des Landes Berlin, Dr. Martin Kuhn, …“ is marked, and the role has no `frühere`', () => {
    const record = extract('Der frühere CIO des Landes Berlin, Dr. Martin Kuhn, sprach.');
    expect(pairs(record)).toEqual([['Dr. Martin Kuhn', 'CIO', 'Landes Berlin']]);
    expect(record.relations[0]!.former).toBe(true);
  });

  it('„Ex-Landrat Peter Kuhn vom Landkreis Harz“: the prefix marks it and leaves the role', () => {
    const record = extract('Ex-Landrat Peter Kuhn vom Landkreis Harz sprach.');
    expect(pairs(record)).toEqual([['Peter Kuhn', 'Landrat', 'Landkreis Harz']]);
    expect(record.relations[0]!.former).toBe(true);
  });

  it('a time adverb before the role: „ist seit 2021 …“, „, bis 2025 CIO der Stadt Wetzlar, heute Berater bei …“', () => {
    expect(pairs(extract('Linda Hoffmeister ist seit 2021 Bürgermeisterin der Stadt Eckernförde.'))).toEqual([
      ['Linda Hoffmeister', 'Bürgermeisterin', 'Stadt Eckernförde'],
    ]);
    const record = extract(
      'Podium: Matthias Kalb, bis 2025 CIO der Stadt Wetzlar, heute Berater bei der Lahnwerk Consulting GmbH',
    );
    expect(pairs(record)).toEqual([
      ['Matthias Kalb', 'CIO', 'Stadt Wetzlar'],
      ['Matthias Kalb', 'Berater', 'Lahnwerk Consulting GmbH'],
    ]);
    expect(record.relations.map((r) => r.former ?? false)).toEqual([true, false]);
  });

  it('a current post has no `former`', () => {
    expect(extract('Landrat Peter Kuhn vom Landkreis Harz sprach.').relations[0]).not.toHaveProperty('former');
  });
});

describe('an organisation named in another sentence', () => {
  it('a role noun refers back: „… sagt Landrat Dr. Jens Oberhaus.“ in the Landkreis Osnabrück’s release', () => {
    const text =
      'Landkreis Osnabrück stellt auf die E-Akte um. Die Kreisverwaltung verabschiedet sich von der Papierakte. „Wir wollen erreichbar sein“, sagt Landrat Dr. Jens Oberhaus.';
    const record = extract(text);
    expect(pairs(record)).toEqual([['Dr. Jens Oberhaus', 'Landrat', 'Landkreis Osnabrück']]);
    const [relation] = record.relations;
    // The evidence stays in the stating sentence; the organisation's mention is the one named before.
    expect(text.slice(relation!.start, relation!.end)).toBe('Landrat Dr. Jens Oberhaus');
    expect(relation!.sentence).toBe(2);
    expect(record.entities[relation!.organisationMention!]!.sentence).toBe(0);
  });

  it('a noun refers back: „…, Chef der Staatskanzlei, …“ under the header „Staatskanzlei Schleswig-Holstein“', () => {
    const text =
      'Staatskanzlei Schleswig-Holstein\nPressemitteilung\n\nDigitalisierungsminister Dr. Hauke Brodersen-Tamm, Chef der Staatskanzlei, stellte den Plan vor.';
    expect(pairs(extract(text))).toEqual([['Dr. Hauke Brodersen-Tamm', 'Chef', 'Staatskanzlei Schleswig-Holstein']]);
  });

  it('a possessive refers back: „Der Deutsche Städtetag begrüßt … Dessen Präsident, Dr. Markus Lewe-Kaya, …“', () => {
    const text =
      'Der Deutsche Städtetag begrüßt den Schritt. Dessen Präsident, Dr. Markus Lewe-Kaya, sagte, das sei gut.';
    const record = extract(text);
    expect(pairs(record)).toEqual([['Dr. Markus Lewe-Kaya', 'Präsident', 'Deutsche Städtetag']]);
    const [relation] = record.relations;
    expect(text.slice(relation!.start, relation!.end)).toBe('Dessen Präsident, Dr. Markus Lewe-Kaya');
  });

  it('a party in brackets does not keep the office from the body named before: „Landrätin X (CDU)“', () => {
    const text =
      'Der Landkreis Emsland hat die E-Akte eingeführt. Landrätin Anneliese Brockmeyer (CDU) nahm den Preis entgegen.';
    expect(pairs(extract(text))).toEqual([
      ['Anneliese Brockmeyer', 'Landrätin', 'Landkreis Emsland'],
      ['Anneliese Brockmeyer', '-', 'CDU'],
    ]);
  });

  it('a noun refers back to the last body its name holds: „Der Bürgermeister der Marktgemeinde, …“', () => {
    const text =
      'Die Stadtgemeinde Zell, die Marktgemeinde Mauterndorf und die Stadtgemeinde Radstadt machen mit. Der Bürgermeister der Marktgemeinde, Georg Leitner, freut sich.';
    expect(pairs(extract(text))).toEqual([['Georg Leitner', 'Bürgermeister', 'Marktgemeinde Mauterndorf']]);
  });

  it('a role named after the body: „Kantonsrat X (SVP)“ of the Kantonsrat named before', () => {
    const text =
      'Der Kantonsrat des Kantons Solothurn hat die Vorlage beraten. Die Regierung verteidigte sie. Kantonsrat Beat Meier (SVP) meinte, man solle gute Verträge machen.';
    expect(pairs(extract(text))).toEqual([
      ['Beat Meier', 'Kantonsrat', 'Kantonsrat des Kantons Solothurn'],
      ['Beat Meier', '-', 'SVP'],
    ]);
  });

  it('minutes: the council members of the body in the header, and their parties', () => {
    const text =
      'Stadt Ingolstadt\nNiederschrift über die Sitzung des Stadtrats\n\nVorsitzender: Oberbürgermeister Max Eichner (SPD)\n\nStadträtin Aylin Ergün (Grüne) regte an, die Beteiligung digital anzubieten.';
    expect(pairs(extract(text))).toEqual([
      ['Max Eichner', 'Oberbürgermeister', 'Stadt Ingolstadt'],
      ['Max Eichner', '-', 'SPD'],
      ['Aylin Ergün', 'Stadträtin', 'Stadt Ingolstadt'],
      ['Aylin Ergün', '-', 'Grüne'],
    ]);
  });
});

describe('the record', () => {
  const text =
    'In der Stadt Eckernförde eröffnete Bürgermeisterin Anna Schulz (SPD) das Rathaus. Bürgermeisterin Schulz dankte. Bundesminister Dr. Karl Kuhn sprach.';
  const record = extract(text, { id: 'r' });

  it('one relation per person and organisation, also where the text states it twice', () => {
    const keys = record.relations.map((r) => `${r.person}|${r.organisation}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every relation’s evidence lies in its sentence and holds the person’s mention', () => {
    for (const relation of record.relations) {
      const sentence = record.sentences[relation.sentence]!;
      const person = record.entities[relation.personMention]!;
      expect(relation.start).toBeGreaterThanOrEqual(sentence.start);
      expect(relation.end).toBeLessThanOrEqual(sentence.end);
      expect(relation.start).toBeLessThanOrEqual(person.start);
      expect(relation.end).toBeGreaterThanOrEqual(person.end);
    }
  });

  it('the entity index lists each person’s organisations and roles, also a role no organisation is named for', () => {
    const people = record.entityIndex.filter((entry) => entry.type === 'PER');
    expect(people.map(({ canonical, organisations, roles }) => ({ canonical, organisations, roles }))).toEqual([
      {
        canonical: 'Anna Schulz',
        organisations: ['Stadt Eckernförde', 'Sozialdemokratische Partei Deutschlands'],
        roles: ['Bürgermeisterin'],
      },
      { canonical: 'Karl Kuhn', organisations: undefined, roles: ['Bundesminister'] },
    ]);
  });

  it('validates against the schema', () => {
    expect(DocumentRecordSchema.safeParse(record).success).toBe(true);
  });

  it('is the same for the same text', () => {
    expect(JSON.stringify(extract(text, { id: 'r' }))).toBe(JSON.stringify(record));
  });
});
