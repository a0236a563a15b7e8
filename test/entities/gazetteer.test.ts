// The gazetteer compiler reads one-word aliases without running the tokenizer;
// this checks, for every alias in the built-in lists, that the tokenizer would
// have read them the same way.

import { describe, expect, it } from 'vitest';
import { isPlainWord } from '../../src/entities/gazetteer-trie.js';
import { builtInGazetteerLists } from '../../src/lang/de/sources.js';
import { extract, germanLanguage } from '../../src/index.js';
import { Flag, Kind } from '../../src/text/token-table.js';
import { scanTokens } from '../../src/text/tokenize.js';

const words = germanLanguage().text;
const isPlain = (form: string) => isPlainWord(form, words);

describe('the gazetteer compiler', () => {
  it('reads a plain one-word alias exactly as the tokenizer does: one word token without gender or cleaning flags', () => {
    const forms = new Set<string>();
    for (const list of builtInGazetteerLists()) {
      for (const entry of list.entries) {
        for (const form of [entry.canonical, ...(entry.aliases ?? []), ...(entry.ambiguousAliases ?? [])])
          forms.add(form);
      }
    }
    const disagreements: string[] = [];
    let plain = 0;
    for (const form of forms) {
      if (!isPlain(form)) continue;
      plain++;
      const table = scanTokens(form, words);
      const flags = table.flags[0]! & (Flag.Gender | Flag.NeedsCleaning | Flag.Suspended);
      if (table.count !== 1 || table.kinds[0] !== Kind.Word || table.ends[0] !== form.length || flags !== 0) {
        disagreements.push(form);
      }
    }
    expect(plain).toBeGreaterThan(5000);
    expect(disagreements).toEqual([]);
  });

  it('sends forms with spaces, dots, gender signs or a Binnen-I to the tokenizer', () => {
    expect(['OZG 2.0', 'IT.NRW', 'e.V.', 'Bürger:innen', 'BürgerInnen', '-NRW', 'NRW-', '2G'].map(isPlain)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['BSI', 'IT-Planungsrat', 'd-NRW', 'F13', 'XRechnung', 'Düsseldorf'].map(isPlain)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('the GeoNames places (places-geonames.json)', () => {
  const places = (text: string): [string, string][] =>
    extract(text)
      .entities.filter((e) => e.type === 'LOC')
      .map((e) => [e.text, e.source]);

  it('knows small German municipalities and towns across the border that no hand list names', () => {
    expect(
      places('Die Schülerinnen kamen aus Flintbek, Pendler fahren täglich von Sarreguemines nach Saarbrücken.'),
    ).toEqual([
      ['Flintbek', 'gazetteer:places-geonames'],
      ['Sarreguemines', 'gazetteer:places-geonames'],
      ['Saarbrücken', 'gazetteer:places'],
    ]);
  });

  it('takes a place that is also a name or a word (Heide, Linden, Burg) only after a context word', () => {
    expect(places('Das Projekt startet in Heide.')).toEqual([['Heide', 'gazetteer:places-geonames']]);
    expect(places('Heide Simonis eröffnete die Burg Linden.')).toEqual([]);
  });

  it('matches its names only as written: the genitive of Dissen is the word Dissens', () => {
    expect(places('Es gab keinen Dissens über die Planung.')).toEqual([]);
  });

  it('lends its names to the patterns only as written: the Swiss Malters does not make the first name Malte a place', () => {
    expect(extract('Malte Brodersen sprach in Malters.').entities.map((e) => [e.type, e.text])).toEqual([
      ['PER', 'Malte Brodersen'],
      ['LOC', 'Malters'],
    ]);
  });

  it('knows the towns of Austria and Switzerland from 3,000 inhabitants', () => {
    expect(places('Die Strecke zwischen Liezen und Bludenz ist neu.')).toEqual([
      ['Liezen', 'gazetteer:places-geonames'],
      ['Bludenz', 'gazetteer:places-geonames'],
    ]);
  });
});
