import { describe, expect, it } from 'vitest';
import { analyse } from '../helpers.js';
import { type TimeTaggingOptions, tagTimeExpressions } from '../../src/time/tag-time.js';

const analysed = analyse;

/** "text → TYPE value mod" for every expression, in text order. */
function tag(text: string, options: TimeTaggingOptions = {}): string[] {
  return tagTimeExpressions(analysed(text), options).map(
    (t) => `${t.text} → ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`,
  );
}

const anchor = '2025-06-24';

describe('tagTimeExpressions: calendar dates', () => {
  it('reads written and numeric dates', () => {
    expect(tag('Am 11. September 2024 und am 11.09.2024 sowie am 11. Sept. 2024.')).toEqual([
      '11. September 2024 → DATE 2024-09-11',
      '11.09.2024 → DATE 2024-09-11',
      '11. Sept. 2024 → DATE 2024-09-11',
    ]);
  });

  it('gives a date without a year the document year, or X without a document date', () => {
    expect(tag('Das Forum tagte am 5. März.', { anchor })).toEqual(['5. März → DATE 2025-03-05']);
    expect(tag('Das Forum tagte am 5. März.')).toEqual(['5. März → DATE XXXX-03-05']);
  });

  it('keeps the weekday inside the span', () => {
    expect(tag('Dienstag, 11. Juni 2024: Auftakt')).toEqual(['Dienstag, 11. Juni 2024 → DATE 2024-06-11']);
  });

  it('reads months, quarters, half-years, seasons, decades and ISO weeks', () => {
    expect(
      tag('Im März 2025, im 3. Quartal 2024, im ersten Halbjahr 2025, im Herbst, in den 2020er-Jahren, in KW 27.', {
        anchor,
      }),
    ).toEqual([
      'März 2025 → DATE 2025-03',
      '3. Quartal 2024 → DATE 2024-Q3',
      'ersten Halbjahr 2025 → DATE 2025-H1',
      'Herbst → DATE 2025-FA',
      '2020er-Jahren → DATE 202',
      'KW 27 → DATE 2025-W27',
    ]);
  });

  it('puts the part of a period into mod, the words inside the span', () => {
    expect(tag('Anfang März, Mitte 2025, bis Ende 2025 und Mitte der 2020er-Jahre', { anchor })).toEqual([
      'Anfang März → DATE 2025-03 START',
      'Mitte 2025 → DATE 2025 MID',
      'Ende 2025 → DATE 2025 END',
      'Mitte der 2020er-Jahre → DATE 202 MID',
    ]);
  });

  it('leaves the preposition outside and uses its meaning as mod', () => {
    expect(tag('seit 2021, ab dem 1. Juli 2024, bis zum 5. September 2025, vor 2020, nach 2027')).toEqual([
      '2021 → DATE 2021 AFTER',
      '1. Juli 2024 → DATE 2024-07-01 AFTER',
      '5. September 2025 → DATE 2025-09-05 BEFORE',
      '2020 → DATE 2020 BEFORE',
      '2027 → DATE 2027 AFTER',
    ]);
  });
});

describe('tagTimeExpressions: ranges', () => {
  it('reads a range as one span with an interval value', () => {
    expect(tag('vom 11. bis 12. September 2024, am 11.–12. September 2024, 2023 bis 2025, 2025/26')).toEqual([
      '11. bis 12. September 2024 → DATE 2024-09-11/2024-09-12',
      '11.–12. September 2024 → DATE 2024-09-11/2024-09-12',
      '2023 bis 2025 → DATE 2023/2025',
      '2025/26 → DATE 2025/2026',
    ]);
  });

  it('joins two ends with und only after zwischen', () => {
    expect(tag('zwischen 2023 und 2025; für 2026 und 2027 je 95.000 Euro; zwischen 20 und 22 Uhr')).toEqual([
      '2023 und 2025 → DATE 2023/2025',
      '2026 → DATE 2026',
      '2027 → DATE 2027',
      '20 und 22 Uhr → TIME T20:00/T22:00',
    ]);
  });
});

describe('tagTimeExpressions: clock times', () => {
  it('reads clock times in the usual German forms', () => {
    expect(tag('um 10 Uhr, um 14:30 Uhr, um 10.00 Uhr, von 10 bis 16 Uhr, 16:30–18:30')).toEqual([
      '10 Uhr → TIME T10:00',
      '14:30 Uhr → TIME T14:30',
      '10.00 Uhr → TIME T10:00',
      '10 bis 16 Uhr → TIME T10:00/T16:00',
      '16:30–18:30 → TIME T16:30/T18:30',
    ]);
  });

  it('makes a date and its clock time one TIME span', () => {
    expect(tag('am 5. März 2025 um 14:30 Uhr')).toEqual(['5. März 2025 um 14:30 Uhr → TIME 2025-03-05T14:30']);
  });
});

describe('tagTimeExpressions: durations and recurrences', () => {
  it('reads durations in words and digits, with approximation and quantity words inside', () => {
    expect(
      tag(
        'drei Jahre, 18 Monate, rund zwei Jahre, mehr als zehn Jahre, bis zu drei Monate, mehrere Jahre, ein halbes Jahr',
      ),
    ).toEqual([
      'drei Jahre → DURATION P3Y',
      '18 Monate → DURATION P18M',
      'rund zwei Jahre → DURATION P2Y APPROX',
      'mehr als zehn Jahre → DURATION P10Y',
      'bis zu drei Monate → DURATION P3M',
      'mehrere Jahre → DURATION PXY',
      'ein halbes Jahr → DURATION P6M',
    ]);
  });

  it('reads recurrences', () => {
    expect(tag('jährlich, einmal im Jahr, jeden Montag, pro Jahr, montags')).toEqual([
      'jährlich → SET P1Y',
      'einmal im Jahr → SET P1Y',
      'jeden Montag → SET XXXX-WXX-1',
      'pro Jahr → SET P1Y',
      'montags → SET XXXX-WXX-1',
    ]);
  });
});

describe('tagTimeExpressions: relative and vague expressions', () => {
  it('resolves relative expressions against the document date', () => {
    expect(
      tag('gestern, im vergangenen Jahr, nächste Woche, zum Jahresende, vor drei Jahren, in zwei Wochen', { anchor }),
    ).toEqual([
      'gestern → DATE 2025-06-23',
      'vergangenen Jahr → DATE 2024',
      'nächste Woche → DATE 2025-W27',
      'Jahresende → DATE 2025 END',
      'vor drei Jahren → DATE 2022',
      'in zwei Wochen → DATE 2025-W28',
    ]);
  });

  it('keeps X for what cannot be known without a document date', () => {
    expect(tag('gestern, im vergangenen Jahr, nächste Woche')).toEqual([
      'gestern → DATE XXXX-XX-XX',
      'vergangenen Jahr → DATE XXXX',
      'nächste Woche → DATE XXXX-WXX',
    ]);
  });

  it('gives the vague adverbs their reference values', () => {
    expect(
      tag('Derzeit gilt das, künftig nicht mehr; früher war alles anders. Schon heute fehlen Fachkräfte.'),
    ).toEqual([
      'Derzeit → DATE PRESENT_REF',
      'künftig → DATE FUTURE_REF',
      'früher → DATE PAST_REF',
      'heute → DATE PRESENT_REF',
    ]);
  });

  it('reads a date relative to the last one named in narrative reading', () => {
    expect(
      tag('Am 3. September 1939 begann es. Einen Tag später folgte mehr. Im Mai kam es anders.', {
        reading: 'narrative',
      }),
    ).toEqual(['3. September 1939 → DATE 1939-09-03', 'Einen Tag später → DATE 1939-09-04', 'Mai → DATE 1939-05']);
  });
});

describe('tagTimeExpressions: which side of the document date a date without a year lies on', () => {
  const anchor = '2015-10-27';

  it('reads the tense of the clause that holds the date before the sentence', () => {
    expect(
      tag('Die Synode sprach sich am Samstag dafür aus, dass künftig zwei Sprachen gelten werden.', { anchor }),
    ).toEqual(['Samstag → DATE 2015-10-24', 'künftig → DATE FUTURE_REF']);
  });

  it('reads a finite verb written together with its particle', () => {
    expect(tag('Die Feier, die am 1. Mai stattfindet, ist geplant.', { anchor })).toEqual(['1. Mai → DATE 2016-05-01']);
  });

  it('keeps both ends of a range in one year and gives days the month written at the end', () => {
    expect(
      tag('In der Woche vom 26. bis 30. Oktober hatten wir Besuch. Sie werden am 11. und 12. Januar wiederkommen.', {
        anchor,
      }),
    ).toEqual(['26. bis 30. Oktober → DATE 2015-10-26/2015-10-30', '11. und 12. Januar → DATE 2016-01-11/2016-01-12']);
  });

  it('reads am heutigen Samstag and a weekday opening its sentence', () => {
    expect(tag('Am heutigen Dienstag beginnt der Markt. Montag ist Sitzungstag.', { anchor })).toEqual([
      'heutigen Dienstag → DATE 2015-10-27',
      'Montag → DATE 2015-10-26',
    ]);
  });
});

describe('tagTimeExpressions: clock times in TIMEX corpora (datedClockTimes)', () => {
  it('dates a clock time by the day its sentence names, else by the document date', () => {
    expect(
      tag('Der Markt ist am 1. Dezember von 10 bis 18 Uhr offen. Das Konzert beginnt um 20 Uhr.', {
        anchor: '2013-11-30',
        datedClockTimes: true,
      }),
    ).toEqual([
      '1. Dezember → DATE 2013-12-01',
      '10 bis 18 Uhr → TIME 2013-12-01T10:00/2013-12-01T18:00',
      '20 Uhr → TIME 2013-11-30T20:00',
    ]);
  });
});

describe('tagTimeExpressions: the time of the story in narrative reading', () => {
  const narrative: TimeTaggingOptions = { reading: 'narrative', anchor: '2011-02-16' };

  it('does not let a date beside the story give its year to later dates', () => {
    expect(
      tag(
        'Am 3. November 1940 griffen sie an. Die Grenze von 1914 hielt (ab 1929 hieß das Land anders), ' +
          'und bis 1881 raubten sie Banken. Am 14. November endete es.',
        narrative,
      ),
    ).toEqual([
      '3. November 1940 → DATE 1940-11-03',
      '1914 → DATE 1914',
      '1929 → DATE 1929 AFTER',
      '1881 → DATE 1881 BEFORE',
      '14. November → DATE 1940-11-14',
    ]);
  });

  it('reads a look back without moving the story, while relative expressions count from it', () => {
    expect(
      tag(
        'Am 5. Mai 1863 siegten sie. Im letzten Jahr war ein Patt entstanden, zwei Jahre zuvor Krieg. Im Oktober fiel die Stadt.',
        narrative,
      ),
    ).toEqual([
      '5. Mai 1863 → DATE 1863-05-05',
      'letzten Jahr → DATE 1862',
      'zwei Jahre zuvor → DATE 1860',
      'Oktober → DATE 1863-10',
    ]);
  });

  it('goes back to the year of the last dated heading after a heading without a date', () => {
    expect(
      tag('1862\nOsten\n\nAm 4. Juli 1863 kam es zur Schlacht.\n\nWesten\n\nIm März griff er an.', narrative),
    ).toEqual(['1862 → DATE 1862', '4. Juli 1863 → DATE 1863-07-04', 'März → DATE 1862-03']);
  });

  it('takes a number before the noun it counts for no year', () => {
    expect(
      tag(
        'Am 6. Juni 1944 kamen 34 Schiffe und 1370 Landungsboote; mit 1500 Panzern. Am 25. Juli fiel Caen.',
        narrative,
      ),
    ).toEqual(['6. Juni 1944 → DATE 1944-06-06', '25. Juli → DATE 1944-07-25']);
  });
});

describe('tagTimeExpressions: what is no time expression', () => {
  it('skips years inside names, versions, paragraphs, counts, file and phone numbers', () => {
    const text =
      'Die Agenda 2030 und das OZG 2.0 nach § 3 Abs. 2; rund 2000 Teilnehmende; Beschlussvorlage Nr. 2023/187; ' +
      'Richtlinie 2014/55/EU; Tel.: 02351 555-0100; 40213 Düsseldorf; rund um die Uhr; die dreijährige Pilotphase.';
    expect(tag(text)).toEqual([]);
  });

  it('drops a year that an entity name contains', () => {
    const text = 'Das Forum Digitaler Aufbruch 2023 fand 2023 statt.';
    const start = text.indexOf('Forum');
    const entities = [{ start, end: start + 'Forum Digitaler Aufbruch 2023'.length, type: 'EVENT' }];
    expect(tag(text, { entities })).toEqual(['2023 → DATE 2023']);
  });

  it('returns offsets that slice the text', () => {
    const text = 'Am 11. September 2024 um 10 Uhr in Düsseldorf.';
    for (const t of tagTimeExpressions(analysed(text))) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
