// Registry ids for the entity index: what a name names in the registries, and
// nothing when it names nothing or two things.

import { describe, expect, it } from 'vitest';
import { lawSlug, registryIds } from '../../src/entities/registry-ids.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import { extract } from '../../src/index.js';

const registry = germanLanguage().registry!;
const ids = (type: 'LOC' | 'ORG' | 'LAW' | 'PER', canonical: string) => registryIds({ type, canonical }, registry);

describe('registry ids', () => {
  it('gives a city its Regionalschlüssel, Gemeindeschlüssel, Wikidata and GeoNames ids, and its administration the same keys', () => {
    expect(ids('LOC', 'Köln')).toEqual({ wikidata: 'Q365', ars: '053150000000', ags: '05315000', geonames: '2886242' });
    expect(ids('ORG', 'Stadt Köln')).toEqual(ids('LOC', 'Köln'));
    expect(ids('LOC', 'Konstanz')).toMatchObject({ ars: '083355004043', ags: '08335043' });
  });

  it('gives Länder, Kreise and their administrations their keys', () => {
    expect(ids('LOC', 'Nordrhein-Westfalen')).toEqual({ ars: '05', ags: '05' });
    expect(ids('ORG', 'Freistaat Sachsen')).toEqual({ ars: '14', ags: '14' });
    expect(ids('ORG', 'Landkreis Osnabrück')).toMatchObject({ ars: '03459', ags: '03459' });
    expect(ids('ORG', 'Landratsamt Ortenaukreis')).toMatchObject({ ars: '08317' });
    expect(ids('ORG', 'Rhein-Sieg-Kreis')).toMatchObject({ ars: '05382' });
    expect(ids('LOC', 'Berlin')).toMatchObject({ ars: '11', wikidata: 'Q64' });
    // A city-state's administration by any head: the Land's keys, as for the place.
    expect(ids('ORG', 'Hansestadt Hamburg')).toEqual(ids('LOC', 'Hamburg'));
    expect(ids('ORG', 'Freie und Hansestadt Hamburg')).toMatchObject({ ars: '02', ags: '02' });
  });

  it('gives Austrian and Swiss Gemeinden their numbers', () => {
    expect(ids('LOC', 'Graz')).toEqual({ gkz: '60101' });
    expect(ids('LOC', 'Winterthur')).toEqual({ bfs: '230' });
  });

  it('gives federal bodies and parties their Wikidata items, and laws their abbreviation and address', () => {
    expect(ids('ORG', 'Bundesministerium des Innern')).toEqual({ wikidata: 'Q502698' });
    expect(ids('ORG', 'Sozialdemokratische Partei Deutschlands')).toEqual({ wikidata: 'Q49768' });
    expect(ids('LAW', 'Onlinezugangsgesetz')).toEqual({
      lawAbbreviation: 'OZG',
      lawUrl: 'https://www.gesetze-im-internet.de/ozg/',
    });
    expect(ids('LAW', 'Bundesdatenschutzgesetz')).toMatchObject({ lawAbbreviation: 'BDSG 2018' });
    expect(lawSlug('ÄApprO 2002')).toBe('_appro_2002');
  });

  it('gives no id to a name of two things, or of none: never a guess', () => {
    expect(ids('LOC', 'Bremen')).toBeUndefined(); // the Land and the city
    expect(ids('LOC', 'Neustadt')).toBeUndefined(); // many Gemeinden
    expect(ids('LOC', 'Oldenburg')).toBeUndefined(); // the city is Oldenburg (Oldenburg), the Landkreis Oldenburg
    expect(ids('LOC', 'Elbe')).toBeUndefined(); // the river, though a small Gemeinde is called so
    expect(ids('LOC', 'Luzern')).toBeUndefined(); // canton and city
    expect(ids('LOC', 'Deutschland')).toBeUndefined();
    expect(ids('ORG', 'Dataport AöR')).toBeUndefined();
    expect(ids('LAW', 'Datenschutz-Grundverordnung')).toBeUndefined();
    expect(ids('PER', 'Marco Kuhn')).toBeUndefined();
  });

  it('puts the ids into the record: entityIndex entries with a registry entry have ids, the others none', () => {
    const record = extract(
      'Die Stadt Köln und der Landkreis Osnabrück setzen das Onlinezugangsgesetz um, sagte Marco Kuhn.',
    );
    const byName = Object.fromEntries(record.entityIndex.map((entry) => [entry.canonical, entry.ids]));
    expect(byName['Stadt Köln']).toMatchObject({ ags: '05315000' });
    expect(byName['Landkreis Osnabrück']).toMatchObject({ ars: '03459' });
    expect(byName.Onlinezugangsgesetz).toMatchObject({ lawAbbreviation: 'OZG' });
    expect(record.entityIndex.find((entry) => entry.canonical === 'Marco Kuhn')).not.toHaveProperty('ids');
  });
});
