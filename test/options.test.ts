// The options of extract() and createExtractor() are checked by one schema: an
// unknown key or a value of the wrong type is a TypeError that names the key
// and what it expects, with a hint for a likely typo.

import { describe, expect, it } from 'vitest';
import { createExtractor, extract, germanLanguage } from '../src/index.js';
import { nerRecognizer } from '../src/ner.js';

const TEXT = 'Dr. Marco Kuhn sprach über das OZG.';

describe('options of extract() and createExtractor()', () => {
  it.each([
    [{ token: true }, 'createExtractor() got an unknown option "token" (did you mean "tokens"?)'],
    [{ validat: true }, 'createExtractor() got an unknown option "validat" (did you mean "validate"?)'],
    [{ Keyphrases: 3 }, '(did you mean "keyphrases"?)'],
    [{ colour: 'red' }, 'createExtractor() got an unknown option "colour"; options are language, format, tokens'],
    [{ tokens: 'yes' }, 'createExtractor() expects option "tokens" to be true or false, got the string "yes"'],
    [{ model: true }, 'expects option "model" to be an entity recogniser such as nerRecognizer()'],
    [{ keyphrases: -1 }, 'expects option "keyphrases" to be a whole number of 0 or more, got number -1'],
    [{ keyphrases: 2.5 }, 'got number 2.5'],
    [{ recognizers: [{}] }, 'expects option "recognizers" to be an array of entity recognisers'],
    [{ format: 'pdf' }, `expects option "format" to be 'text' or 'html', got the string "pdf"`],
    [{ language: 'de' }, 'expects option "language" to be a Language, such as germanLanguage()'],
    [{ taxonomy: { topics: 'ki' } }, 'expects option "taxonomy" to be a taxonomy'],
    [{ minScore: 1.5 }, 'expects option "minScore" to be a number from 0 to 1, got number 1.5'],
    [{ minScore: '0.5' }, 'expects option "minScore" to be a number from 0 to 1, got the string "0.5"'],
    [{ minscore: 0.5 }, '(did you mean "minScore"?)'],
    [{ topicCandidates: 1 }, 'expects option "topicCandidates" to be true or false, got number 1'],
  ])('createExtractor(%j) throws a TypeError naming the key', (options, message) => {
    expect(() => createExtractor(options as never)).toThrow(TypeError);
    expect(() => createExtractor(options as never)).toThrow(message);
  });

  it('checks the options of extract() the same way, naming extract()', () => {
    expect(() => extract(TEXT, undefined, { token: true } as never)).toThrow(
      'extract() got an unknown option "token" (did you mean "tokens"?)',
    );
    expect(() => extract(TEXT, undefined, 'tokens' as never)).toThrow(
      'extract() expects options to be an object, got string',
    );
  });

  it('accepts every documented option with a valid value', () => {
    const record = createExtractor({
      language: germanLanguage(),
      format: 'text',
      tokens: true,
      extraRecognizers: [],
      model: nerRecognizer(),
      minScore: 0.5,
      topicCandidates: true,
      keyphrases: 0,
      validate: true,
    }).extract(TEXT);
    expect(record.topicCandidates).toBeDefined();
    expect(record.tokens?.length).toBeGreaterThan(0);
    expect(record.keyphrases).toEqual([]);
    expect(extract(TEXT, undefined, { model: false, tokens: false }).tokens).toBeUndefined();
    expect(extract(TEXT, undefined, {}).entities.length).toBeGreaterThan(0);
  });
});

describe('TopicId', () => {
  it('lists exactly the built-in taxonomy’s topic ids', async () => {
    const { BUILT_IN_TOPIC_IDS, builtInTaxonomy } = await import('../src/index.js');
    expect([...BUILT_IN_TOPIC_IDS].sort()).toEqual(
      builtInTaxonomy()
        .topics.map((topic) => topic.id)
        .sort(),
    );
  });
});
