// The reports reviewer (govtext-de/ner reportsRecognizer()): it reads the rule
// mentions and the news model's labels, and its mentions obey the record's
// rules (true offsets, text order, no overlaps, same input → same JSON).

import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { type PackedReviewModel, germanReviewModel, nerRecognizer, reportsRecognizer } from '../../src/ner.js';
import packed from '../../src/lang/de/model/review-model.json';
import { loadReviewModel } from '../../src/entities/model/review-model.js';
import { REVIEW_TAGS, ruleTokens } from '../../src/entities/model/review-features.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import { analyseText } from '../../src/text/analysed-text.js';
import { FormAnswers } from '../../src/text/form-memo.js';
import { WordFormTable } from '../../src/text/word-forms.js';

const COMPANY =
  'Der Zweckverband Digitale Dienste Oberlausitz hat mit der Firma Quellwerk Systems den Vertrag verlängert. ' +
  'Quellwerk Systems betreibt das Rechenzentrum in Zittau.';

describe('the shipped reviewer', () => {
  it('loads, with its trust in the rules and the inputs it reads', () => {
    const model = germanReviewModel();
    expect(germanReviewModel()).toBe(model);
    expect(model.weights.length).toBe(
      model.features.keys.filter((_, slot) => model.features.rows[slot]! >= 0).length * REVIEW_TAGS,
    );
    expect(model.inputs).toEqual({ words: true, news: true, fill: true });
    expect(model.trust.keep).toBeGreaterThan(0);
  });

  it('names what is wrong with a file of another format', () => {
    expect(() => loadReviewModel({ ...(packed as unknown as PackedReviewModel), format: 99 })).toThrow(
      /format 99 .* retrain with npm run train:review/,
    );
  });
});

describe('the reviewer in extract()', () => {
  const plain = createExtractor();
  const reviewed = createExtractor({ model: reportsRecognizer() });

  it('adds an unlisted company the rules miss, at both mentions, and keeps the rules’ mentions', () => {
    const before = plain.extract(COMPANY).entities.map((e) => `${e.type} ${e.text}`);
    expect(before).not.toContain('ORG Quellwerk Systems');
    const after = reviewed.extract(COMPANY).entities;
    const added = after.filter((e) => e.text === 'Quellwerk Systems');
    expect(added.map((e) => e.type)).toEqual(['ORG', 'ORG']);
    expect(added[0]!.source).toMatch(/^model:/);
    for (const name of before) expect(after.map((e) => `${e.type} ${e.text}`)).toContain(name);
  });

  it('keeps offsets true, mentions in text order, in their sentence and never overlapping', () => {
    const text = `${COMPANY}\n\nDr. Marco Kuhn sprach in Kleinwelzow über das OZG 2.0.`;
    const record = reviewed.extract(text);
    let end = -1;
    for (const e of record.entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.start).toBeGreaterThanOrEqual(end);
      const sentence = record.sentences[e.sentence]!;
      expect(e.start).toBeGreaterThanOrEqual(sentence.start);
      expect(e.end).toBeLessThanOrEqual(sentence.end);
      end = e.end;
    }
  });

  it('gives byte-identical JSON for the same input, in a fresh extractor too', () => {
    const again = createExtractor({ model: reportsRecognizer() });
    expect(JSON.stringify(again.extract(COMPANY))).toBe(JSON.stringify(reviewed.extract(COMPANY)));
  });

  it('with full trust in what it reads (the rules and the news model’s gap fillers), changes nothing', () => {
    const trusting = createExtractor({ model: reportsRecognizer({ trust: { keep: 1e6, gap: 1e6 } }) });
    const filling = createExtractor({ model: nerRecognizer() });
    for (const text of [
      COMPANY,
      'Auf der Fachkonferenz Verwaltung Digital Nord 2025 in Rostock sprach Anna Schmidt.',
    ]) {
      expect(trusting.extract(text).entities).toEqual(filling.extract(text).entities);
    }
  });

  it('in add mode keeps every rule mention', () => {
    const adding = createExtractor({ model: reportsRecognizer({ mode: 'add', trust: { keep: 0, gap: 0 } }) });
    const text =
      'Auf der Fachkonferenz Verwaltung Digital Nord 2025 in Rostock stellte das Amt für Informationstechnik die App Bürgerlotse vor.';
    const after = adding.extract(text).entities.map((e) => `${e.start} ${e.end} ${e.type}`);
    for (const e of plain.extract(text).entities) expect(after).toContain(`${e.start} ${e.end} ${e.type}`);
  });

  it('takes empty text and text without names', () => {
    expect(reviewed.extract('').entities).toEqual([]);
    expect(reviewed.extract('und und und. oder oder.').entities).toEqual([]);
  });
});

describe('rule mentions as features', () => {
  it('codes each token by the type, position and source of the mention over it', () => {
    const { text: words } = germanLanguage();
    const doc = analyseText('Heute sprach Anna Schmidt in Kiel.', words, new FormAnswers(new WordFormTable(words)));
    const rules = ruleTokens(doc.view, [
      {
        text: 'Anna Schmidt',
        type: 'PER',
        start: 13,
        end: 25,
        canonical: 'Anna Schmidt',
        sentence: 0,
        source: 'pattern:person',
        confidence: 1,
      },
      {
        text: 'Kiel',
        type: 'LOC',
        start: 29,
        end: 33,
        canonical: 'Kiel',
        sentence: 0,
        source: 'gazetteer:places+context:x',
        confidence: 1,
      },
    ]);
    // PER is class 0 (B, not last: 1; I, last: 4), LOC class 2 (B and last: 10).
    expect([...rules.code]).toEqual([0, 0, 1, 4, 0, 10, 0]);
    expect(rules.sources).toEqual(['pattern:person', 'gazetteer:places']);
    expect([...rules.length]).toEqual([0, 0, 2, 2, 0, 1, 0]);
  });
});
