// The cheap language check: a text clearly in another language gets its code
// and a not-german warning; German, short and mixed texts stay "de".

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const ENGLISH =
  'The Federal Government has adopted a new strategy for the digital transformation of public administration. ' +
  'It is intended to make services available online and to reduce the burden on citizens and companies.';
const FRENCH =
  "Le gouvernement fédéral a adopté une nouvelle stratégie pour la transformation numérique de l'administration publique. " +
  'Elle doit rendre les services disponibles en ligne et alléger la charge des citoyens et des entreprises.';
const GERMAN =
  'Die Bundesregierung hat eine neue Strategie für die digitale Transformation der Verwaltung beschlossen. ' +
  'Sie soll Leistungen online verfügbar machen und Bürgerinnen und Bürger sowie Unternehmen entlasten.';

describe('the language check', () => {
  it.each([
    ['English', ENGLISH, 'en'],
    ['French', FRENCH, 'fr'],
  ])('marks a %s text with its code and a warning', (_name, text, code) => {
    const record = extract(text);
    expect(record.language).toBe(code);
    expect(record.warnings).toEqual([
      expect.objectContaining({ code: 'not-german', message: expect.stringContaining(`(${code}), not German`) }),
    ]);
  });

  it('leaves German, a short text and a German text quoting some English as de, without a warning', () => {
    for (const text of [
      GERMAN,
      'The Cloud Act.',
      `${GERMAN} ${GERMAN} Zitat: "the digital transformation of public services".`,
    ]) {
      const record = extract(text);
      expect(record.language, text).toBe('de');
      expect(record.warnings, text).toEqual([]);
    }
  });
});
