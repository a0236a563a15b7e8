import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DocumentRecordSchema, SCHEMA_VERSION, createExtractor, extract, germanLanguage } from '../src/index.js';
import { corpusDocuments } from './helpers.js';

const documents = corpusDocuments();

describe('the document record', () => {
  it.each(documents.map((d) => [d.id, d] as const))('of %s validates against the schema', (_id, doc) => {
    const record = extract(doc.text, { id: doc.id, source: `corpus/${doc.id}.txt` });
    expect(() => DocumentRecordSchema.parse(record)).not.toThrow();
    expect(record.id).toBe(doc.id);
    expect(record.source).toBe(`corpus/${doc.id}.txt`);
    expect(record.stats.characters).toBe(doc.text.length);
    expect(record.stats.sentences).toBe(record.sentences.length);
  });

  it('validates with tokens included, and every token offset is true', () => {
    const { text } = documents[0]!;
    const record = extract(text, undefined, { tokens: true, validate: true });
    expect(record.tokens).toHaveLength(record.stats.tokens);
    for (const token of record.tokens!) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('has sentences in order that never overlap', () => {
    for (const doc of documents) {
      const { sentences } = extract(doc.text);
      for (let i = 1; i < sentences.length; i++) {
        expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
      }
    }
  });

  it('is byte-identical for the same input, also from a fresh extractor', () => {
    for (const doc of documents) {
      const first = JSON.stringify(extract(doc.text, { id: doc.id }, { tokens: true }));
      const second = JSON.stringify(createExtractor({ tokens: true }).extract(doc.text, { id: doc.id }));
      expect(second).toBe(first);
    }
  });

  it('is the same when the extractor is handed the German language value explicitly, and from a warm extractor', () => {
    const german = createExtractor({ language: germanLanguage() });
    const warm = createExtractor();
    for (const doc of documents) warm.extract(doc.text);
    for (const doc of documents) {
      const expected = JSON.stringify(extract(doc.text, { id: doc.id }));
      expect(JSON.stringify(german.extract(doc.text, { id: doc.id }))).toBe(expected);
      expect(JSON.stringify(warm.extract(doc.text, { id: doc.id }))).toBe(expected);
    }
  });

  it('carries the schema version in semver', () => {
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(extract('Text.').schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('gets a stable hash of the text as id when none is given', () => {
    const a = extract('Das OZG 2.0 ist in Kraft.');
    const b = extract('Das OZG 2.0 ist in Kraft.');
    const c = extract('Das OZG 2.0 ist in Kraft!');
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
  });

  it('keeps title, date and source at the top and other metadata under meta', () => {
    const record = extract('Text.', {
      id: 7 as unknown as string,
      title: 'T',
      date: '2024-09-11',
      source: 's',
      lang: 'x',
      n: 3,
    });
    expect(record).toMatchObject({ id: '7', title: 'T', date: '2024-09-11', source: 's', meta: { lang: 'x', n: 3 } });
  });

  it('keeps odd metadata keys (__proto__, constructor) as data under meta, with validate too, and null as no title, date or source', () => {
    const meta = JSON.parse('{"__proto__":{"x":1},"constructor":"c","title":null,"source":null,"note":null}');
    for (const options of [undefined, { validate: true }]) {
      const record = extract('Das BSI tagte.', meta, options);
      expect(JSON.stringify(record.meta)).toBe('{"__proto__":{"x":1},"constructor":"c","note":null}');
      expect(Object.getPrototypeOf(record.meta)).toBe(Object.prototype);
      expect(record).not.toHaveProperty('title');
      expect(record).not.toHaveProperty('source');
    }
  });

  it('keeps the exact text in mentions, and collapses whitespace in aliases and keyphrases, as the schema says', () => {
    const text =
      'Dr. Marco\u00a0Kuhn sprach. Kuhn lobte die Registermodernisierung\u00a0Bund und die Registermodernisierung Bund.';
    const record = extract(text);
    expect(record.entities[0]!.text).toBe('Dr. Marco\u00a0Kuhn');
    expect(record.entityIndex[0]!.aliases).toEqual(['Dr. Marco Kuhn', 'Kuhn']);
    expect(record.keyphrases.map((k) => k.text)).toContain('Registermodernisierung Bund');
    const describe = (schema: unknown) => JSON.stringify(z.toJSONSchema(schema as never));
    expect(describe(DocumentRecordSchema)).toContain('each run of whitespace as one space (not verbatim');
  });

  it('has entities with true offsets, an index of distinct entities, topics with evidence and keyphrases', () => {
    const text = documents[0]!.text;
    const record = extract(text);
    expect(record.entities.length).toBeGreaterThan(0);
    for (const mention of record.entities) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(record.entityIndex.reduce((sum, entry) => sum + entry.mentions, 0)).toBe(record.entities.length);
    expect(record.topics.length).toBeGreaterThan(0);
    for (const topic of record.topics) {
      expect(topic.evidence.length).toBeGreaterThan(0);
      for (const span of topic.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(record.keyphrases.length).toBeGreaterThan(0);
  });

  it('can be described as JSON Schema generated from the zod schema', () => {
    const schema = z.toJSONSchema(DocumentRecordSchema) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'id',
        'language',
        'stats',
        'sentences',
        'entities',
        'entityIndex',
        'relations',
        'topics',
        'keyphrases',
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'language', 'entities', 'topics']));
  });
});

describe('extract() on bad input', () => {
  it.each([
    [42, 'number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ text: 'x' }, 'an object (Object)'],
    [['a'], 'an array'],
    [Buffer.from('Hallo'), 'an object (Uint8Array)'],
  ])('throws a TypeError that names what was passed: %s', (value, described) => {
    expect(() => extract(value as unknown as string)).toThrow(TypeError);
    expect(() => extract(value as unknown as string)).toThrow(`extract() expects a string, got ${described}`);
  });

  it('rejects metadata that is not an object, and a non-string id', () => {
    expect(() => extract('x', 'id-1' as never)).toThrow('extract() expects meta to be an object, got string');
    expect(() => extract('x', { id: {} } as never)).toThrow('extract() expects meta.id to be a string');
  });

  it.each(['', '   ', '\n\n\t ', '\u00a0\u200b\ufeff'])('gives a valid empty record for %j', (text) => {
    const record = DocumentRecordSchema.parse(extract(text));
    expect(record.stats).toEqual({ characters: text.length, tokens: 0, words: 0, sentences: 0 });
    expect(record.sentences).toEqual([]);
    expect(record.warnings).toEqual([]);
  });

  it('flags control characters, lone surrogates and replacement characters in warnings', () => {
    const text = 'Die\u0000Stadt \ud800 Köln\u0007 hat \ufffd Daten.';
    const record = DocumentRecordSchema.parse(extract(text, undefined, { tokens: true }));
    expect(record.warnings.map((w) => [w.code, w.count])).toEqual([
      ['control-characters', 2],
      ['lone-surrogates', 1],
      ['replacement-characters', 1],
    ]);
    expect(record.tokens!.map((t) => t.text)).toEqual(['Die', 'Stadt', 'Köln', 'hat', '\ufffd', 'Daten', '.']);
  });

  it('handles a large document with true offsets', () => {
    const { text } = documents[1]!;
    const big = Array.from({ length: 200 }, () => text).join('\n\n');
    const record = extract(big);
    expect(record.stats.characters).toBe(big.length);
    const last = record.sentences.at(-1)!;
    expect(big.slice(last.start, last.end)).toBe(big.trimEnd().slice(last.start));
  });
});
