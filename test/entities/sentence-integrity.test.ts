// Sentence integrity: every entity mention, relation and piece of topic
// evidence lies inside one sentence of the record and names that sentence,
// whatever the text (a property over generated strings, fast-check with a
// fixed seed) and whichever recogniser or tagger proposed the span.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DocumentRecord, type TopicTagger, createExtractor, extract } from '../../src/index.js';

/** Every span of the record inside the sentence it names; a relation in its person's sentence, its organisation there or before. */
function expectWithinSentences(text: string, record: DocumentRecord): void {
  const holds = (sentence: number, start: number, end: number, what: string) => {
    const span = record.sentences[sentence];
    expect(span, `${what}: no sentence ${sentence}`).toBeDefined();
    expect(
      span!.start <= start && end <= span!.end,
      `${what} crosses the boundary of sentence ${sentence} ${JSON.stringify(span)}`,
    ).toBe(true);
  };
  for (const entity of record.entities) {
    holds(entity.sentence, entity.start, entity.end, JSON.stringify(entity));
    expect(entity.text).toBe(text.slice(entity.start, entity.end));
  }
  for (const relation of record.relations) {
    const where = JSON.stringify(relation);
    holds(relation.sentence, relation.start, relation.end, where);
    expect(record.entities[relation.personMention]!.sentence, where).toBe(relation.sentence);
    // An organisation named before and referred back to (issue 21) keeps its first mention, in an earlier sentence.
    if (relation.organisationMention !== undefined)
      expect(record.entities[relation.organisationMention]!.sentence, where).toBeLessThanOrEqual(relation.sentence);
  }
  for (const topic of record.topics) {
    for (const evidence of topic.evidence) {
      holds(evidence.sentence, evidence.start, evidence.end, `${topic.id} evidence ${JSON.stringify(evidence)}`);
      expect(evidence.text).toBe(text.slice(evidence.start, evidence.end));
    }
  }
}

// Words the recognisers, relations and topics key on, and every way a sentence can end or a line break.
const WORDS = [
  'Dr.',
  'Prof.',
  'D.',
  'Frau',
  'Anna',
  'Wegener',
  'Marco',
  'Kuhn',
  'Ak',
  'Ministerium',
  'für',
  'Inneres',
  'K',
  'des',
  'Landes',
  'Nordrhein-Westfalen',
  'NRW',
  'Stadt',
  'Köln',
  'Landkreistag',
  'Bundesamt',
  'BSI',
  'KGSt',
  'Materna',
  'GmbH',
  'e.',
  'V.',
  'Beigeordneter',
  'Referentin',
  'Moderatorin',
  'Pressestelle',
  'ist',
  'vom',
  'bei',
  'der',
  'und',
  'Onlinezugangsgesetz',
  'OZG',
  '2.0',
  'Smart',
  'Country',
  'Convention',
  '2025',
  'Künstliche',
  'Intelligenz',
  'KI',
  'Cloud',
  'Verwaltungscloud',
  'Digitalisierung',
  'Souveränität',
  'Werder',
  'Havel',
  'B',
  'I',
];
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '.\n',
  '\n',
  '\n\n',
  '\r',
  '\r\n',
  '(',
  ')',
  ' (',
  ') ',
  ': ',
  '\u00a0',
  '\u2028',
  '  ',
  '-',
  '/',
];

// Statements of names, roles, organisations and topics, whose words the generator joins with spaces or, now and
// then, with a separator that may end a sentence in the middle of them.
const PHRASES = [
  'Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, eröffnete das 24. ÖV-Symposium NRW.',
  'Kerstin Krüger (Materna) und Anna Wegener (BSI) sprachen.',
  'Moderatorin Svenja Harms begrüßte Jasmin Deling vom Ministerium des Innern NRW.',
  'Jana Pfeiffer, Referentin für Presse- und Öffentlichkeitsarbeit, Bundesverband Digitale Kommune e. V.',
  'Das Zentrum Digitale Souveränität (ZenDiS) betreibt die Verwaltungscloud.',
  'Künstliche Intelligenz in der Verwaltung und das Onlinezugangsgesetz (OZG) prägten die Smart Country Convention 2025 in Berlin.',
];
const phrase = fc.constantFrom(...PHRASES).chain((text) => {
  const words = text.split(' ');
  const joins = fc.array(fc.constantFrom(' ', ' ', ' ', ' ', ' ', ...SEPARATORS), {
    minLength: words.length - 1,
    maxLength: words.length - 1,
  });
  return joins.map((between) => words.map((word, w) => (w === 0 ? word : between[w - 1] + word)).join(''));
});

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: phrase },
  { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'binary' }) },
);
const germanish = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''));

describe('sentence integrity', () => {
  it('the cases the reliability probe found', () => {
    const ministry = 'Ministerium für K\n\ndes Landes Nordrhein-Westfalen';
    const record = extract(ministry);
    expect(record.sentences).toEqual([
      { start: 0, end: 17 },
      { start: 19, end: 49 },
    ]);
    expect(record.entities.map((e) => [e.text, e.sentence])).toEqual([
      ['Ministerium für K', 0],
      ['Landes Nordrhein-Westfalen', 1],
    ]);
    const lone = 'D. Ak(B\rI';
    const loneRecord = extract(lone);
    expect(loneRecord.entities.map((e) => e.text)).not.toContain('B\rI');
    expectWithinSentences(lone, loneRecord);
    // A role on the line before a name is no relation of it.
    expect(extract('Moderatorin\n\nAnna Wegener sprach.').relations).toEqual([]);
  });

  it('holds for every mention, relation and evidence of generated texts (fast-check, 1,500 texts, seed 20)', () => {
    fc.assert(
      fc.property(germanish, (text) => {
        expectWithinSentences(text, extract(text));
      }),
      { seed: 20, numRuns: 1500 },
    );
  });

  it('the generated texts do reach every kind of span checked', () => {
    const samples = fc.sample(germanish, { seed: 20, numRuns: 1500 }).map((text) => extract(text));
    expect(samples.some((record) => record.entities.length > 0)).toBe(true);
    expect(samples.some((record) => record.relations.length > 0)).toBe(true);
    expect(samples.some((record) => record.topics.some((topic) => topic.evidence.length > 0))).toBe(true);
    expect(samples.some((record) => record.sentences.length > 3)).toBe(true);
  });

  it('holds for spans a custom recogniser or topic tagger proposes across a boundary: they are dropped', () => {
    const text = 'Das Amt A tagte.\n\nDas Amt B tagte.';
    const crossing = { start: 4, end: 27 };
    const tagger: TopicTagger = {
      name: 'test',
      tag: () => [
        {
          id: 'test',
          label: 'Test',
          score: 1,
          evidence: [
            { ...crossing, text: text.slice(crossing.start, crossing.end) },
            { start: 22, end: 27, text: text.slice(22, 27) },
          ],
        },
      ],
    };
    const extractor = createExtractor({
      recognizers: [{ name: 'test', recognize: () => [{ ...crossing, type: 'ORG', confidence: 1 }] }],
      topicTaggers: [tagger],
    });
    const record = extractor.extract(text);
    expect(record.entities).toEqual([]);
    expect(record.topics[0]!.evidence).toEqual([{ start: 22, end: 27, text: 'Amt B', sentence: 1 }]);
  });
});
