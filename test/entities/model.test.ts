// The statistical NER model that ships with the library (src/lang/de/model):
// it loads without the training data, labels unseen names, and its mentions
// obey the record's rules (true offsets, no overlaps, same input → same JSON).

import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import { type PackedNerModel, germanNerModel, loadNerModel, nerRecognizer, tagEntities } from '../../src/ner.js';
import packed from '../../src/lang/de/model/ner-model.json';
import { wordFacts } from '../../src/entities/model/word-lexicon.js';
import { modelMentions, taggerFor } from '../../src/entities/model/model-recognizer.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import { builtInListWords } from '../../src/lang/de/ner.js';
import { analyseText } from '../../src/text/analysed-text.js';
import { FormAnswers } from '../../src/text/form-memo.js';
import { WordFormTable } from '../../src/text/word-forms.js';

describe('loading', () => {
  it('decodes the shipped model file once (its time: npm run bench:ner)', () => {
    const model = germanNerModel();
    expect(germanNerModel()).toBe(model);
    expect(model.features.keys.length).toBeGreaterThan(0);
  });

  it('ships its word lexicon (distributional classes of frequent word forms) and reads it back', () => {
    const { lexicon } = germanNerModel();
    expect(lexicon.hashes.length).toBeGreaterThan(50_000);
    expect(lexicon.levels.length).toBeGreaterThan(0);
    const berlin = wordFacts(lexicon, 'Berlin', 'berlin');
    const hamburg = wordFacts(lexicon, 'Hamburg', 'hamburg');
    expect(berlin.frequency).toBeGreaterThan(0);
    // Two big cities share their coarsest class; an unseen invented word has none.
    expect(berlin.classes[0]).toBe(hamburg.classes[0]);
    expect(wordFacts(lexicon, 'Quaas-Wendeborn', 'quaas-wendeborn').classes.every((c) => c === -1)).toBe(true);
  });

  it('names what is wrong with a model file of another format', () => {
    expect(() => loadNerModel({ ...(packed as unknown as PackedNerModel), format: 99 })).toThrow(
      /format 99 .* retrain with npm run train:ner/,
    );
  });
});

describe('tagEntities: the model on its own', () => {
  it('„… sagte die Vorsitzende Jolanta Wierzbicka-Oberhauser in Wąbrzeźno.“: a person and a place no list contains', () => {
    const text =
      'Der Antrag scheiterte knapp, sagte die Vorsitzende Jolanta Wierzbicka-Oberhauser am Dienstag in Wąbrzeźno.';
    const found = tagEntities(text).map((m) => `${m.label} ${m.text}`);
    expect(found).toContain('PER Jolanta Wierzbicka-Oberhauser');
    expect(found).toContain('LOC Wąbrzeźno');
  });

  it('labels court decisions and laws in the legal domain (LER classes)', () => {
    const text =
      'Die Klage ist nach § 42 Abs. 2 VwGO unzulässig ( vgl. BVerwG , Urteil vom 12. März 2019 - 4 C 2.18 - ) .';
    const labels = tagEntities(text, { domain: 'legal' }).map((m) => m.label);
    expect(labels).toContain('LAW');
    expect(labels).toContain('RS');
  });

  it('gives every mention true offsets and a confidence between 0 and 1', () => {
    const text = 'Angela Merkel traf in Paris Emmanuel Macron.\nDie Siemens AG meldet Gewinne.';
    for (const m of tagEntities(text)) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('rejects what is not a string', () => {
    expect(() => tagEntities(42 as unknown as string)).toThrow('tagEntities() expects a string, got number');
  });
});

describe('the model in extract()', () => {
  const text =
    'Bürgermeisterin Jolanta Wierzbicka-Oberhauser eröffnete die Sitzung in Wąbrzeźno. ' +
    'Die Firma Quellgrund Systemhaus liefert die Software an den Landkreistag NRW.';

  it('adds what the rules miss (an unlisted company, a foreign town), marked source model:ner, and keeps the rule-based mentions', () => {
    const entities = createExtractor({ model: nerRecognizer({ threshold: 0 }) }).extract(text).entities;
    const found = entities.map((e) => `${e.type} ${e.text} ${e.source}`);
    expect(found).toContain('ORG Quellgrund Systemhaus model:ner');
    expect(found).toContain('LOC Wąbrzeźno model:ner');
    expect(found).toContain('PER Jolanta Wierzbicka-Oberhauser pattern:person');
    expect(entities.find((e) => e.text === 'Landkreistag NRW')?.source).toMatch(/^(gazetteer|pattern)/);
  });

  it('can be turned off: createExtractor({ model: false }) has no model mentions', () => {
    const entities = createExtractor({ model: false }).extract(text).entities;
    expect(entities.every((e) => e.source !== 'model:ner')).toBe(true);
  });

  it('keeps offsets true, mentions in text order and never overlapping', () => {
    const entities = createExtractor({ model: nerRecognizer({ threshold: 0 }) }).extract(text).entities;
    let end = 0;
    for (const e of entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.start).toBeGreaterThanOrEqual(end);
      end = e.end;
    }
  });

  it('gives byte-identical JSON for the same input, in any order of documents', () => {
    const extractor = createExtractor({ model: nerRecognizer({ threshold: 0 }) });
    const first = JSON.stringify(extractor.extract(text));
    extractor.extract('Ganz andere Wörter: Zyprian Quaas-Wendeborn besuchte Trondheim.');
    expect(JSON.stringify(extractor.extract(text))).toBe(first);
    expect(JSON.stringify(createExtractor({ model: nerRecognizer({ threshold: 0 }) }).extract(text))).toBe(first);
  });

  it('single-token mentions meet their own threshold; a threshold given alone holds for every mention', () => {
    const strict = createExtractor({ model: nerRecognizer({ threshold: 0, singleTokenThreshold: 1.01 }) }).extract(
      text,
    ).entities;
    const bySource = strict.filter((e) => e.source === 'model:ner');
    expect(bySource.map((e) => e.text)).toContain('Quellgrund Systemhaus');
    expect(bySource.map((e) => e.text)).not.toContain('Wąbrzeźno');
  });

  it('vetoes, when asked, a single word the document also writes in lower case', () => {
    const doc = 'Die Ministerin traf Wąbrzeźno am Montag. Ob das wąbrzeźno geschrieben wird, blieb offen.';
    const found = (lowerCaseInDocument: boolean) =>
      createExtractor({
        model: nerRecognizer({ threshold: 0, rules: { lowerCaseInDocument, hyphenatedCommonHead: false } }),
      })
        .extract(doc)
        .entities.filter((e) => e.source === 'model:ner')
        .map((e) => e.text);
    expect(found(false)).toContain('Wąbrzeźno');
    expect(found(true)).not.toContain('Wąbrzeźno');
  });

  it('is off in extract() unless asked for', () => {
    expect(extract(text).entities.every((e) => e.source !== 'model:ner')).toBe(true);
  });
});

describe('hostile input', () => {
  /**
   * The work of tagging a text, counted through what the tagger reads (no clock): tokens scored (each
   * is one Viterbi step of its sentence: the tagger reads its surface form once), feature look-ups
   * (each reads the model's feature index once) and tag confidences computed (each reads the
   * temperature once). A fresh model object per count, so no word memo carries over. Does what
   * tagEntities does, with the token view and the model counted. Time is measured by npm run bench:ner.
   */
  const work = (text: string) => {
    const counts = { tokensScored: 0, featureLookups: 0, confidenceSteps: 0 };
    const model = germanNerModel();
    const features = new Proxy(model.features, {
      get: (target, key, receiver) => {
        if (key === 'rows') counts.featureLookups++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const counted = new Proxy(model, {
      get: (target, key, receiver) => {
        if (key === 'features') return features;
        if (key === 'temperature') counts.confidenceSteps++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const { text: words } = germanLanguage();
    const doc = analyseText(text, words, new FormAnswers(new WordFormTable(words)));
    const view = new Proxy(doc.view, {
      get: (target, key, receiver) => {
        if (key === 'surface') counts.tokensScored++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const mentions = modelMentions({ ...doc, view }, taggerFor(counted, counted.library.domain, builtInListWords()));
    return { ...counts, tokens: doc.tokens.count, mentions: mentions.length };
  };

  it('counts the work as tagEntities does it: the same mentions, every token scored once', () => {
    const text = 'Der Antrag scheiterte knapp, sagte die Vorsitzende Jolanta Wierzbicka-Oberhauser in Wąbrzeźno.';
    const counted = work(text);
    expect(counted.mentions).toBe(tagEntities(text).length);
    expect(counted.tokensScored).toBe(counted.tokens);
    expect(counted.featureLookups).toBeGreaterThan(0);
    expect(counted.confidenceSteps).toBeGreaterThan(0);
  });

  it.each([
    ['one endless sentence of capitalised words', (n: number) => 'Müller Meier Schulze Wąbrzeźno '.repeat(n * 4)],
    ['one endless word', (n: number) => 'Ab'.repeat(n * 100)],
    // Of one length, so that every word has as many prefix and suffix features.
    [
      'endless distinct words',
      (n: number) => Array.from({ length: n * 4 }, (_, i) => `W${i.toString(36).padStart(4, '0')}x`).join(' '),
    ],
  ])('%s: twice the input takes at most twice the work', (_name, build) => {
    const once = work(build(500));
    const twice = work(build(1000));
    // Tokens scored grow with the tokens, and so do the Viterbi steps; feature look-ups grow with the new
    // word forms (none after the first sentence of repeated words); a confidence with each tagged token.
    expect(twice.tokensScored).toBe(twice.tokens);
    expect(twice.tokens).toBeLessThanOrEqual(2 * once.tokens + 1);
    expect(twice.featureLookups).toBeLessThanOrEqual(2 * once.featureLookups);
    expect(twice.confidenceSteps).toBeLessThanOrEqual(2 * once.confidenceSteps + 1);
  });
});

describe('domains', () => {
  it('refuses a domain the model was not trained for, naming the ones it was', () => {
    expect(() => tagEntities('Ein Satz.', { domain: 'mobility' })).toThrow(/trained for news, legal/);
  });
});
