// The examples in README.md and docs/, checked so the documentation stays true:
// each test runs an example and checks both the result and that the page still
// shows the example as run here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtInTaxonomy,
  createExtractor,
  extendTaxonomy,
  extract,
  gazetteerRecognizer,
  renderHtml,
  splitSentences,
  tokenize,
} from '../src/index.js';
import { nerRecognizer, tagEntities } from '../src/ner.js';
import { ROOT } from './helpers.js';

/** The page's text with runs of whitespace as one space, so a test can find an example's lines in it. */
const page = (file: string): string => readFileSync(join(ROOT, file), 'utf8').replace(/\s+/g, ' ');
const shows = (file: string, ...snippets: string[]): void => {
  const text = page(file);
  for (const snippet of snippets) expect(text, `${file} shows ${snippet}`).toContain(snippet.replace(/\s+/g, ' '));
};

const text = 'Das 24. ÖV-Symposium NRW fand am 11. September 2024 statt. Dr. Marco Kuhn sprach z. B. über das OZG 2.0.';

describe('README examples', () => {
  it('extract() gives the record shown', () => {
    expect(JSON.parse(JSON.stringify(extract(text, { id: 'bericht-1', source: 'blog', date: '2024-09-11' })))).toEqual({
      schemaVersion: '1.8.0',
      id: 'bericht-1',
      language: 'de',
      source: 'blog',
      date: '2024-09-11',
      documentDate: { value: '2024-09-11', source: 'meta' },
      stats: { characters: 104, tokens: 21, words: 13, sentences: 2 },
      sentences: [
        { start: 0, end: 58 },
        { start: 59, end: 104 },
      ],
      entities: [
        {
          text: '24. ÖV-Symposium NRW',
          type: 'EVENT',
          start: 4,
          end: 24,
          canonical: '24. ÖV-Symposium NRW',
          sentence: 0,
          source: 'pattern:event',
          confidence: 0.8,
        },
        {
          text: 'Dr. Marco Kuhn',
          type: 'PER',
          start: 59,
          end: 73,
          canonical: 'Marco Kuhn',
          sentence: 1,
          source: 'pattern:person',
          confidence: 0.95,
        },
        {
          text: 'OZG 2.0',
          type: 'LAW',
          start: 96,
          end: 103,
          canonical: 'OZG-Änderungsgesetz',
          sentence: 1,
          source: 'gazetteer:laws',
          confidence: 0.9,
        },
      ],
      entityIndex: [
        { canonical: '24. ÖV-Symposium NRW', type: 'EVENT', mentions: 1, aliases: ['24. ÖV-Symposium NRW'] },
        { canonical: 'Marco Kuhn', type: 'PER', mentions: 1, aliases: ['Dr. Marco Kuhn'] },
        { canonical: 'OZG-Änderungsgesetz', type: 'LAW', mentions: 1, aliases: ['OZG 2.0'] },
      ],
      relations: [],
      timex: [
        {
          text: '11. September 2024',
          type: 'DATE',
          start: 33,
          end: 51,
          value: '2024-09-11',
          sentence: 0,
          source: 'time:day-month-year',
        },
      ],
      eventFacts: [
        {
          event: '24. ÖV-Symposium NRW',
          eventMention: 0,
          date: { value: '2024-09-11', text: '11. September 2024', timex: 0 },
          organisers: [],
          evidence: { start: 0, end: 58 },
        },
      ],
      topics: [
        {
          id: 'ozg',
          label: 'OZG/Onlinezugang',
          score: 0.957,
          evidence: [{ start: 96, end: 99, text: 'OZG', sentence: 1 }],
        },
      ],
      keyphrases: [
        { text: 'OZG', score: 1 },
        { text: 'ÖV-Symposium NRW', score: 0.5658 },
      ],
      warnings: [],
    });
  });

  it('extract() dates the document and links the event to its date, place and organiser', () => {
    const bericht = extract(
      'Düsseldorf, 12. September 2024\n\nDas 24. ÖV-Symposium NRW fand gestern im Congress ' +
        'Center Düsseldorf statt. Veranstalter war der Landkreistag NRW. Bis Ende 2025 soll das OZG 2.0 umgesetzt sein; ' +
        'die Pilotphase lief drei Jahre.',
    );
    expect(bericht.documentDate).toEqual({
      value: '2024-09-12',
      source: 'dateline',
      evidence: { start: 12, end: 30, text: '12. September 2024' },
    });
    expect(bericht.timex.map((t) => `${t.type} ${t.text} → ${t.value}${t.mod ? ` ${t.mod}` : ''}`)).toEqual([
      'DATE 12. September 2024 → 2024-09-12',
      'DATE gestern → 2024-09-11',
      'DATE Ende 2025 → 2025 END',
      'DURATION drei Jahre → P3Y',
    ]);
    expect(bericht.eventFacts).toEqual([
      {
        event: '24. ÖV-Symposium NRW',
        eventMention: 1,
        date: { value: '2024-09-11', text: 'gestern', timex: 1 },
        place: { name: 'Congress Center Düsseldorf', mention: 2 },
        organisers: [{ name: 'Landkreistag Nordrhein-Westfalen', mention: 3 }],
        evidence: { start: 32, end: 145 },
      },
    ]);
  });

  it('are the examples README.md shows', () => {
    shows(
      'README.md',
      "extract(text, { id: 'bericht-1', source: 'blog', date: '2024-09-11' });",
      'record.sentences; // [{ start: 0, end: 58 }, { start: 59, end: 104 }]',
      "// ['Mitarbeiter:innen/word', 'der/word', 'E-Akte/word', 'bei/word', 'IT.NRW/word']",
      "// ['Das 24. ÖV-Symposium NRW fand am 11. September 2024 statt.', 'Dr. Marco Kuhn sprach z. B. über das OZG 2.0.']",
      '"stats": { "characters": 104, "tokens": 21, "words": 13, "sentences": 2 }',
      '"keyphrases": [{ "text": "OZG", "score": 1 }, { "text": "ÖV-Symposium NRW", "score": 0.5658 }]',
      '"documentDate": { "value": "2024-09-11", "source": "meta" },',
      "// { value: '2024-09-12', source: 'dateline', evidence: { start: 12, end: 30, text: '12. September 2024' } }",
      "//    organisers: [{ name: 'Landkreistag Nordrhein-Westfalen', mention: 3 }],",
    );
  });

  it('tokenize() keeps gender forms, hyphenated and dotted names whole', () => {
    expect(tokenize('Mitarbeiter:innen der E-Akte bei IT.NRW').map((t) => `${t.text}/${t.kind}`)).toEqual([
      'Mitarbeiter:innen/word',
      'der/word',
      'E-Akte/word',
      'bei/word',
      'IT.NRW/word',
    ]);
  });

  it('splitSentences() does not split at ordinals, titles and abbreviations', () => {
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Das 24. ÖV-Symposium NRW fand am 11. September 2024 statt.',
      'Dr. Marco Kuhn sprach z. B. über das OZG 2.0.',
    ]);
  });
});

describe('README entity example', () => {
  it('is the example README.md shows', () => {
    shows(
      'README.md',
      "// ['PER Dr. Marco Kuhn → Marco Kuhn', 'ORG Landkreistags NRW → Landkreistag Nordrhein-Westfalen',",
      "//  'EVENT 24. ÖV-Symposium NRW → 24. ÖV-Symposium NRW', 'PER Kuhn → Marco Kuhn',",
      "// { canonical: 'Marco Kuhn', type: 'PER', mentions: 2, aliases: ['Dr. Marco Kuhn', 'Kuhn'],",
      "//   organisations: ['Landkreistag Nordrhein-Westfalen'], roles: ['Beigeordneter'] }",
    );
  });

  const text =
    'Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, eröffnete das 24. ÖV-Symposium NRW. ' +
    'Kuhn forderte, das Onlinezugangsgesetz (OZG) zügig umzusetzen.';

  it('gives the entities, relation and index entry shown', () => {
    const r = extract(text);
    expect(r.entities.map((e) => `${e.type} ${e.text} → ${e.canonical}`)).toEqual([
      'PER Dr. Marco Kuhn → Marco Kuhn',
      'ORG Landkreistags NRW → Landkreistag Nordrhein-Westfalen',
      'EVENT 24. ÖV-Symposium NRW → 24. ÖV-Symposium NRW',
      'PER Kuhn → Marco Kuhn',
      'LAW Onlinezugangsgesetz → Onlinezugangsgesetz',
      'LAW OZG → Onlinezugangsgesetz',
    ]);
    expect(r.relations).toEqual([
      {
        person: 'Marco Kuhn',
        personMention: 0,
        role: 'Beigeordneter',
        organisation: 'Landkreistag Nordrhein-Westfalen',
        organisationMention: 1,
        start: 0,
        end: 51,
        sentence: 0,
      },
    ]);
    expect(r.entityIndex[0]).toEqual({
      canonical: 'Marco Kuhn',
      type: 'PER',
      mentions: 2,
      aliases: ['Dr. Marco Kuhn', 'Kuhn'],
      organisations: ['Landkreistag Nordrhein-Westfalen'],
      roles: ['Beigeordneter'],
    });
  });
});

describe('README extension examples', () => {
  it('a gazetteerRecognizer adds your own names', () => {
    shows('README.md', "{ canonical: 'Projekt Beispiel', type: 'PRODUCT', aliases: ['PB'] },");
    const mine = createExtractor({
      extraRecognizers: [
        gazetteerRecognizer([
          { name: 'projekte', entries: [{ canonical: 'Projekt Beispiel', type: 'PRODUCT', aliases: ['PB'] }] },
        ]),
      ],
    });
    expect(
      mine.extract('Das Projekt Beispiel startet; PB läuft bis 2026.').entities.map((e) => `${e.text} ${e.source}`),
    ).toEqual(['Projekt Beispiel gazetteer:projekte', 'PB gazetteer:projekte']);
  });

  it('renderHtml() gives one page for a record and its text', () => {
    shows('README.md', "const page = renderHtml(extract(text, { id: 'bericht-1' }), text);");
    const html = renderHtml(extract(text, { id: 'bericht-1' }), text);
    expect(html.startsWith('<!DOCTYPE html>') || html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Marco Kuhn');
  });
});

describe('docs/language-data.md taxonomy example', () => {
  it('extendTaxonomy adds a topic the extractor then tags', () => {
    shows(
      'docs/language-data.md',
      "topics: [{ id: 'raumfahrt', label: 'Raumfahrt', terms: [{ term: 'Satellit', weight: 1 }] }],",
      'const extractor = createExtractor({ taxonomy: mine });',
    );
    const mine = extendTaxonomy(builtInTaxonomy(), {
      topics: [{ id: 'raumfahrt', label: 'Raumfahrt', terms: [{ term: 'Satellit', weight: 1 }] }],
    });
    const extractor = createExtractor({ taxonomy: mine });
    const topics = extractor
      .extract('Der Satellit startet im Mai. Zwei weitere Satelliten folgen. Jeder Satellit misst das Klima.')
      .topics.map((t) => t.id);
    expect(topics).toContain('raumfahrt');
  });
});

describe('docs/model.md model example', () => {
  it('is the example docs/model.md shows', () => {
    shows(
      'docs/model.md',
      "// ['PER Jolanta Wierzbicka-Oberhauser pattern:person', 'LOC Wąbrzeźno model:ner']",
      "// ['PER Angela Merkel', 'LOC Paris', 'PER Emmanuel Macron']",
      "// ['LAW § 42 Abs. 2 VwGO']",
    );
  });

  it('nerRecognizer() adds a place no list contains; tagEntities() labels in the model classes', () => {
    const withModel = createExtractor({ model: nerRecognizer({ threshold: 0.25 }) });
    expect(
      withModel
        .extract('Der Antrag scheiterte, sagte die Vorsitzende Jolanta Wierzbicka-Oberhauser in Wąbrzeźno.')
        .entities.map((e) => `${e.type} ${e.text} ${e.source}`),
    ).toEqual(['PER Jolanta Wierzbicka-Oberhauser pattern:person', 'LOC Wąbrzeźno model:ner']);
    expect(tagEntities('Angela Merkel traf in Paris Emmanuel Macron.').map((m) => `${m.label} ${m.text}`)).toEqual([
      'PER Angela Merkel',
      'LOC Paris',
      'PER Emmanuel Macron',
    ]);
    expect(
      tagEntities('Die Klage ist nach § 42 Abs. 2 VwGO unzulässig.', { domain: 'legal' }).map(
        (m) => `${m.label} ${m.text}`,
      ),
    ).toEqual(['LAW § 42 Abs. 2 VwGO']);
  });
});
