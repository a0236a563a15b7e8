import { describe, expect, it } from 'vitest';
import { analyse } from '../helpers.js';
import { analyseTime } from '../../src/time/time-stage.js';

function dateOf(text: string, meta?: { date?: string }) {
  return analyseTime(analyse(text), [], meta).documentDate;
}

describe('the document date', () => {
  it('is meta.date when the caller gives a date', () => {
    expect(dateOf('Erfurt, 12.03.2025\n\nText.', { date: '2024-01-02' })).toEqual({
      value: '2024-01-02',
      source: 'meta',
    });
  });

  it('is read from a dateline with its evidence', () => {
    const text = 'Pressemitteilung\n\nErfurt, 12.03.2025\n\nDer Kreistag hat beschlossen.';
    expect(dateOf(text)).toEqual({
      value: '2025-03-12',
      source: 'dateline',
      evidence: { start: text.indexOf('12.03'), end: text.indexOf('12.03') + 10, text: '12.03.2025' },
    });
  });

  it('is read from an author line', () => {
    expect(dateOf('Titel\n\nVon Miriam Hollweg | 12. März 2024 | Lesezeit ca. 6 Minuten\n\nText.')?.value).toBe(
      '2024-03-12',
    );
  });

  it('is a day after the date of gestern (…)', () => {
    const found = dateOf('Der Landtag hat gestern (23. Juni 2025) das Gesetz beschlossen.');
    expect(found).toMatchObject({
      value: '2025-06-24',
      source: 'relative-day',
      evidence: { text: 'gestern (23. Juni 2025)' },
    });
  });

  it('is not the date of an event in a programme heading', () => {
    expect(dateOf('Programm\n\nDonnerstag, 18. September 2025, 09:00 bis 18:30 Uhr\nOrt: Kassel')).toBeUndefined();
  });

  it('is absent when the text states none; relative expressions then keep X', () => {
    const text = 'Im vergangenen Jahr wurde am 5. März beschlossen, was 2023 begann.';
    const result = analyseTime(analyse(text), [], undefined);
    expect(result.documentDate).toBeUndefined();
    expect(result.timex.map((t) => t.value)).toEqual(['XXXX', 'XXXX-03-05', '2023']);
  });

  it('resolves relative expressions once inferred', () => {
    const text = 'Kiel, 22. April 2024\n\nSeit dem vergangenen Jahr veröffentlicht die Stadt Daten.';
    const result = analyseTime(analyse(text), [], undefined);
    expect(result.timex.map((t) => `${t.text} ${t.value}${t.mod ? ` ${t.mod}` : ''}`)).toEqual([
      '22. April 2024 2024-04-22',
      'vergangenen Jahr 2023 AFTER',
    ]);
  });
});
