// The entity stage on hostile input: whatever the text, every mention is a
// true slice of it, mentions are in text order and never overlap, indices and
// confidences are in range, and the record validates. No timing assertions.

import { describe, expect, it } from 'vitest';
import {
  type DocumentRecord,
  DocumentRecordSchema,
  createExtractor,
  extract,
  gazetteerRecognizer,
} from '../../src/index.js';
import events from '../../src/lang/de/gazetteers/events.json';
import institutions from '../../src/lang/de/gazetteers/institutions.json';
import laws from '../../src/lang/de/gazetteers/laws-domain.json';
import places from '../../src/lang/de/gazetteers/places.json';
import products from '../../src/lang/de/gazetteers/products.json';

/** mulberry32: a small deterministic PRNG, so the random input is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ListEntry {
  canonical: string;
  aliases?: string[];
  ambiguousAliases?: string[];
}

/** About 200 KB of capitalised gazetteer words, pattern words and punctuation, from a fixed seed. */
function randomMix(seed: number, length: number): string {
  const words = new Set<string>();
  for (const list of [places, products, laws, events, institutions] as { entries: ListEntry[] }[]) {
    for (const entry of list.entries) {
      for (const form of [entry.canonical, ...(entry.aliases ?? []), ...(entry.ambiguousAliases ?? [])]) {
        for (const word of form.split(/\s+/)) if (/^\p{Lu}/u.test(word)) words.add(word);
      }
    }
  }
  // The words the patterns key on, so that the patterns fire on the mix too.
  for (const word of [
    'Dr.',
    'Prof.',
    'Frau',
    'Herr',
    'Anna',
    'Marco',
    'Kuhn',
    'Stadt',
    'Landkreis',
    'Land',
    'Landes',
    'Ministerium',
    'Bundesamt',
    'Zentrum',
    'GmbH',
    'AG',
    'e.V.',
    'Forum',
    'Symposium',
    'Chatbot',
    'für',
    'des',
    'der',
    'und',
    'in',
    'vom',
    'NRW',
    'Landkreistag',
    'Beigeordneter',
    'Moderatorin',
    'Beispielgesetz',
    '24.',
    '2023',
    '2.0',
  ]) {
    words.add(word);
  }
  const vocabulary = [...words].sort();
  const separators = [' ', ' ', ' ', ' ', ' ', ', ', '. ', ' (', ') ', '-', '/', '\n', '\n\n', ': ', '; ', ' „', '“ '];
  const next = mulberry32(seed);
  let text = '';
  while (text.length < length) {
    text += vocabulary[Math.floor(next() * vocabulary.length)];
    text += separators[Math.floor(next() * separators.length)];
  }
  return text;
}

/** Every invariant the record promises about entities, index and relations. */
function expectSound(input: string, record: DocumentRecord): void {
  expect(() => DocumentRecordSchema.parse(record)).not.toThrow();
  let previousEnd = 0;
  for (const entity of record.entities) {
    const where = JSON.stringify(entity);
    expect(entity.text, where).toBe(input.slice(entity.start, entity.end));
    expect(entity.start, `${where} starts before the previous mention ends`).toBeGreaterThanOrEqual(previousEnd);
    expect(entity.end, where).toBeGreaterThan(entity.start);
    expect(entity.end, where).toBeLessThanOrEqual(input.length);
    previousEnd = entity.end;
    expect(entity.sentence, where).toBeLessThan(record.sentences.length);
    const sentence = record.sentences[entity.sentence]!;
    expect(entity.start >= sentence.start && entity.start < sentence.end, `${where} starts outside its sentence`).toBe(
      true,
    );
    expect(entity.confidence, where).toBeGreaterThanOrEqual(0);
    expect(entity.confidence, where).toBeLessThanOrEqual(1);
    expect(entity.canonical.length, where).toBeGreaterThan(0);
  }
  const indexed = new Map(record.entityIndex.map((entry) => [`${entry.type}\u0000${entry.canonical}`, entry]));
  expect(indexed.size).toBe(record.entityIndex.length);
  expect(record.entityIndex.reduce((sum, entry) => sum + entry.mentions, 0)).toBe(record.entities.length);
  for (const entity of record.entities) expect(indexed.has(`${entity.type}\u0000${entity.canonical}`)).toBe(true);
  const people = new Set(record.entities.filter((e) => e.type === 'PER').map((e) => e.canonical));
  const organisations = new Set(record.entities.filter((e) => e.type === 'ORG').map((e) => e.canonical));
  let previousStart = 0;
  for (const relation of record.relations) {
    const where = JSON.stringify(relation);
    expect(people.has(relation.person), where).toBe(true);
    if (relation.organisation !== undefined) expect(organisations.has(relation.organisation), where).toBe(true);
    expect(relation.role !== undefined || relation.organisation !== undefined, where).toBe(true);
    expect(relation.start, where).toBeLessThan(relation.end);
    expect(relation.end, where).toBeLessThanOrEqual(input.length);
    expect(relation.start, `${where} out of text order`).toBeGreaterThanOrEqual(previousStart);
    previousStart = relation.start;
    expect(relation.sentence, where).toBeLessThan(record.sentences.length);
  }
}

const hostile: [string, () => string][] = [
  ['the empty string', () => ''],
  ['only punctuation', () => '.,;:!?()[]{}-–—…"„“‚‘\'/\\&§%*+=#'],
  ['10,000 × „Dr. “', () => 'Dr. '.repeat(10_000)],
  ['10,000 × „Stadt “', () => 'Stadt '.repeat(10_000)],
  ['10,000 × „Ministerium für A, “', () => 'Ministerium für A, '.repeat(10_000)],
  ['10,000 × „Frau “', () => 'Frau '.repeat(10_000)],
  ['10,000 × „24. “', () => '24. '.repeat(10_000)],
  ['10,000 × „Marco Kuhn (“', () => 'Marco Kuhn ('.repeat(10_000)],
  ['10,000 × „Anna Wegener, Beigeordnete des “', () => 'Anna Wegener, Beigeordnete des '.repeat(10_000)],
  ['200 KB of gazetteer words and punctuation (seed 0x5eed)', () => randomMix(0x5eed, 200_000)],
  [
    'lone surrogates inside and between names',
    () => 'Anna \uD800 Wegener sprach in \uDC00Köln. Dr.\uD83D Marco Kuhn\uDFFF kam. \uDC00',
  ],
  ['NUL characters', () => '\u0000Anna\u0000 Wegener sprach\u0000in Köln. Die Stadt\u0000Köln\u0000zahlt.\u0000'],
  [
    '\\r\\n line ends',
    () => 'Dr. Marco Kuhn eröffnete.\r\nDer Landkreistag NRW\r\ntagte in Düsseldorf.\r\n\r\nKuhn sprach.\r\n',
  ],
];

describe('hostile input', () => {
  it.each(hostile)(
    '%s: every mention is a slice of the input, in order, without overlap; the record validates',
    (_, make) => {
      const input = make();
      expectSound(input, extract(input));
    },
  );

  it('the random mix does exercise the entity stage (mentions of every type, and relations)', () => {
    const record = extract(randomMix(0x5eed, 200_000));
    expect(new Set(record.entities.map((e) => e.type))).toEqual(
      new Set(['PER', 'ORG', 'LOC', 'LAW', 'EVENT', 'PRODUCT']),
    );
    expect(record.relations.length).toBeGreaterThan(0);
  });

  it('„Ministerium für A, “ repeated: each repetition is one ORG named „Ministerium für A“', () => {
    const { entities } = extract('Ministerium für A, '.repeat(100));
    expect(entities).toHaveLength(100);
    expect(new Set(entities.map((e) => e.text))).toEqual(new Set(['Ministerium für A']));
  });

  it('„Dr. “ and „Stadt “ repeated: titles and heads without a name are no entities', () => {
    expect(extract('Dr. '.repeat(1000)).entities).toEqual([]);
    expect(extract('Stadt '.repeat(1000)).entities).toEqual([]);
  });

  it('\\r\\n text gives the same mentions as \\n text', () => {
    const unix = 'Dr. Marco Kuhn eröffnete.\nDer Landkreistag NRW tagte in Düsseldorf.\n\nKuhn sprach.\n';
    const windows = unix.replace(/\n/g, '\r\n');
    const summary = (text: string) => extract(text).entities.map((e) => [e.type, e.text, e.canonical]);
    expect(summary(windows)).toEqual(summary(unix));
  });

  it('NUL characters are reported as a warning', () => {
    const { warnings } = extract('Anna\u0000 Wegener sprach.');
    expect(warnings.map((w) => w.code)).toContain('control-characters');
  });

  it('lone surrogates are reported as a warning', () => {
    const { warnings } = extract('Anna \uD800 Wegener sprach.');
    expect(warnings.map((w) => w.code)).toContain('lone-surrogates');
  });
});

describe('determinism', () => {
  it.each([
    ['a short report', () => 'Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, lobte das OZG 2.0 in Düsseldorf.'],
    ['the 200 KB random mix', () => randomMix(0x5eed, 200_000)],
  ])('%s twice gives byte-identical JSON', (_, make) => {
    const input = make();
    expect(JSON.stringify(extract(input))).toBe(JSON.stringify(extract(input)));
  });

  it('a fresh extractor gives the same JSON as the shared one', () => {
    const input = 'Das Zentrum für Beispielwesen und Ordnung (ZBO) tagt in Köln. Anna Wegener (Materna) sprach.';
    expect(JSON.stringify(createExtractor().extract(input))).toBe(JSON.stringify(extract(input)));
  });
});

describe('recognisers chosen by the caller', () => {
  const text = 'Dr. Marco Kuhn vom Landkreistag NRW nutzt ELSTER in Düsseldorf. Das PB hilft.';

  it('createExtractor({ recognizers: [] }) finds no entities, no index entries, no relations', () => {
    const record = createExtractor({ recognizers: [] }).extract(text);
    expect(record.entities).toEqual([]);
    expect(record.entityIndex).toEqual([]);
    expect(record.relations).toEqual([]);
  });

  it('a list passed through extraRecognizers finds „PB“ with source gazetteer:projekte', () => {
    const extractor = createExtractor({
      extraRecognizers: [
        gazetteerRecognizer([
          { name: 'projekte', entries: [{ canonical: 'Projekt Beispiel', type: 'PRODUCT', aliases: ['PB'] }] },
        ]),
      ],
    });
    const record = extractor.extract(text);
    const pb = record.entities.find((e) => e.text === 'PB');
    expect(pb).toMatchObject({ type: 'PRODUCT', canonical: 'Projekt Beispiel', source: 'gazetteer:projekte' });
    expect(text.slice(pb!.start, pb!.end)).toBe('PB');
    // The built-in recognisers still run.
    expect(record.entities.map((e) => e.text)).toEqual(
      expect.arrayContaining(['Dr. Marco Kuhn', 'ELSTER', 'Düsseldorf']),
    );
  });

  it('the custom list matches its canonical too, and an acronym alias only in capitals', () => {
    const extractor = createExtractor({
      recognizers: [
        gazetteerRecognizer([
          { name: 'projekte', entries: [{ canonical: 'Projekt Beispiel', type: 'PRODUCT', aliases: ['PB'] }] },
        ]),
      ],
    });
    expect(
      extractor
        .extract('Das Projekt Beispiel startet; pb ist klein, PB groß.')
        .entities.map((e) => [e.text, e.canonical]),
    ).toEqual([
      ['Projekt Beispiel', 'Projekt Beispiel'],
      ['PB', 'Projekt Beispiel'],
    ]);
  });
});
