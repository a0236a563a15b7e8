// Word forms: each token gets the id of its form (kind, surface, and the flags
// that change its norm), with norm, stem and shape computed once per form.

import { describe, expect, it } from 'vitest';
import { germanLanguage } from '../../src/lang/de/index.js';
import { normalForms } from '../../src/text/normalize.js';
import { shapeOf } from '../../src/text/token-view.js';
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
