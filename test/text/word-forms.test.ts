// Word forms: each token gets the id of its form (kind, surface, and the flags
// that change its norm), with norm, stem and shape computed once per form.

import { describe, expect, it } from 'vitest';
import { germanLanguage } from '../../src/lang/de/index.js';
import { FormAnswers } from '../../src/text/form-memo.js';
import { normalForms } from '../../src/text/normalize.js';
import { type TokenView, shapeOf } from '../../src/text/token-view.js';
import { scanTokens } from '../../src/text/tokenize.js';
import { WordFormTable } from '../../src/text/word-forms.js';
import { analyse, corpusDocuments } from '../helpers.js';

const words = germanLanguage().text;
const forms = new WordFormTable(words);

function formIds(text: string): Int32Array {
  const table = scanTokens(text, words);
  const ids = new Int32Array(table.count);
  forms.intern(table, ids);
  return ids;
}

describe('WordFormTable.intern', () => {
  it('gives the same form the same id, in one document and across documents', () => {
    const [stadt, koeln, stadtAgain] = formIds('Stadt Köln Stadt');
    expect(stadtAgain).toBe(stadt);
    expect(koeln).not.toBe(stadt);
    expect(formIds('Die Stadt')[1]).toBe(stadt);
    expect(forms.surface[stadt!]).toBe('Stadt');
    expect(forms.stem[stadt!]).toBe('stadt');
  });

  it('keeps apart forms that differ in case, kind or gender sign', () => {
    const [upper, lower] = formIds('Essen essen');
    expect(upper).not.toBe(lower);
    const [gendered, plain] = formIds('Mitarbeiter:innen Mitarbeiter');
    expect(forms.stem[gendered!]).toBe('mitarbeit');
    expect(forms.surface[plain!]).toBe('Mitarbeiter');
  });

  it('gives every corpus token the norm, stem and shape that normalForms and shapeOf give', () => {
    const disagreements: string[] = [];
    for (const { text } of corpusDocuments()) {
      const { tokens, view } = analyse(text);
      for (let i = 0; i < view.count; i++) {
        const surface = text.slice(tokens.starts[i], tokens.ends[i]);
        const { norm, stem } = normalForms(surface, tokens.kinds[i]!, tokens.flags[i]!, words);
        if (
          view.surface[i] !== surface ||
          view.norm[i] !== norm ||
          view.stem[i] !== stem ||
          view.shape[i] !== shapeOf(surface)
        ) {
          disagreements.push(surface);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('FormAnswers.perToken', () => {
  it('answers every token as answer() does, asking the question once per form', () => {
    const answers = new FormAnswers(new WordFormTable(words));
    const { view } = analyse('Die Stadt Köln und die Stadt Bonn, sagte die Stadt.', answers);
    const asked: string[] = [];
    const lengthOf = (v: TokenView, i: number, offset: number): number => {
      asked.push(v.surface[i]!);
      return v.surface[i]!.length + offset;
    };
    const column = answers.perToken(lengthOf, view, 1);
    expect(column).toEqual(view.surface.map((surface) => surface.length + 1));
    expect(asked).toEqual([...new Set(view.surface)]);
    for (let i = 0; i < view.count; i++) expect(answers.answer(lengthOf, view, i, 1)).toBe(column[i]);
    expect(asked).toHaveLength(new Set(view.surface).size);
    // Another context is another question: the answers are computed afresh.
    expect(answers.perToken(lengthOf, view, 2)[1]).toBe('Stadt'.length + 2);
  });
});
