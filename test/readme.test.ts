// The examples in README.md, checked so the documentation stays true.

import { describe, expect, it } from 'vitest';
import { extract, splitSentences, tokenize } from '../src/index.js';

const text =
  'Das 24. ÖV-Symposium NRW fand am 11. September 2024 statt. Dr. Marco Kuhn sprach z. B. über das OZG 2.0.';

describe('README examples', () => {
  it('extract() gives the record shown', () => {
    expect(JSON.parse(JSON.stringify(extract(text, { id: 'bericht-1', source: 'blog', date: '2024-09-11' })))).toEqual({
      schemaVersion: '1.0.0',
      id: 'bericht-1',
      language: 'de',
      source: 'blog',
      date: '2024-09-11',
      stats: { characters: 104, tokens: 21, words: 13, sentences: 2 },
      sentences: [
        { start: 0, end: 58 },
        { start: 59, end: 104 },
      ],
      entities: [],
      topics: [],
      warnings: [],
    });
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
