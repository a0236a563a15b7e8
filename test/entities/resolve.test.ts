import { describe, expect, it } from 'vitest';
import { type EntityRecognizer, createExtractor } from '../../src/index.js';

function finds(name: string, type: 'ORG' | 'LAW' | 'PER', surfaces: string[], confidence = 0.9): EntityRecognizer {
  return {
    name,
    recognize(doc) {
      return surfaces.flatMap((surface) => {
        const start = doc.text.indexOf(surface);
        return start < 0 ? [] : [{ start, end: start + surface.length, type, confidence }];
      });
    },
  };
}

describe('the entity stage', () => {
  const text = 'Der Landkreistag NRW begrüßt das OZG 2.0. Marco Kuhn sprach.';

  it('runs custom recognisers and names each in source, with sentence index and canonical', () => {
    const extractor = createExtractor({
      recognizers: [finds('laws', 'LAW', ['OZG 2.0']), finds('people', 'PER', ['Marco Kuhn'])],
    });
    const { entities } = extractor.extract(text);
    expect(entities).toEqual([
      {
        text: 'OZG 2.0',
        type: 'LAW',
        start: 33,
        end: 40,
        canonical: 'OZG 2.0',
        sentence: 0,
        source: 'laws',
        confidence: 0.9,
      },
      {
        text: 'Marco Kuhn',
        type: 'PER',
        start: 42,
        end: 52,
        canonical: 'Marco Kuhn',
        sentence: 1,
        source: 'people',
        confidence: 0.9,
      },
    ]);
  });

  it('keeps the longer of two overlapping candidates, then the more confident', () => {
    const extractor = createExtractor({
      recognizers: [
        finds('short', 'ORG', ['Landkreistag'], 0.99),
        finds('long', 'ORG', ['Landkreistag NRW'], 0.5),
        finds('weak', 'LAW', ['OZG'], 0.2),
        finds('strong', 'ORG', ['OZG'], 0.8),
      ],
    });
    const { entities } = extractor.extract(text);
    expect(entities.map((e) => [e.text, e.type, e.source])).toEqual([
      ['Landkreistag NRW', 'ORG', 'long'],
      ['OZG', 'ORG', 'strong'],
    ]);
  });

  it('drops candidates whose offsets lie outside the text', () => {
    const broken: EntityRecognizer = {
      name: 'broken',
      recognize: () => [
        { start: -1, end: 3, type: 'ORG', confidence: 1 },
        { start: 5, end: 5, type: 'ORG', confidence: 1 },
        { start: 0, end: 10_000, type: 'ORG', confidence: 1 },
      ],
    };
    expect(createExtractor({ recognizers: [broken] }).extract(text).entities).toEqual([]);
  });
});
