import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

function factsOf(text: string, date?: string) {
  const record = extract(text, date ? { date } : undefined);
  return record.eventFacts.map((f) => ({
    event: f.event,
    date: f.date?.value,
    place: f.place?.name,
    organisers: f.organisers.map((o) => o.name),
    evidence: text.slice(f.evidence.start, f.evidence.end),
  }));
}

describe('event facts', () => {
  it('links an event to the date, place and organiser of its sentence', () => {
    expect(
      factsOf('Das 24. ÖV-Symposium NRW des Landkreistags NRW fand am 11. September 2024 in Düsseldorf statt.'),
    ).toMatchObject([{ event: '24. ÖV-Symposium NRW', date: '2024-09-11', place: 'Düsseldorf' }]);
  });

  it('reads the next sentence too, with both sentences as evidence', () => {
    const text =
      'Das 6. Länderforum Digitale Verwaltung ist geplant. Es soll im Frühjahr 2026 in Schwerin stattfinden.';
    expect(factsOf(text)).toEqual([
      {
        event: '6. Länderforum Digitale Verwaltung',
        date: '2026-SP',
        place: 'Schwerin',
        organisers: [],
        evidence: text,
      },
    ]);
  });

  it('reads the organisers a programme names', () => {
    const text =
      'Der Kommunale Digitaltag Hessen bringt Verwaltungen zusammen. Veranstalter sind der Hessische Landkreistag und der Hessische Städtetag.';
    expect(factsOf(text)[0]?.organisers).toEqual(['Hessischer Landkreistag', 'Hessischer Städtetag']);
  });

  it("reads the dateline sentence beyond the dateline: its date and place are the text's, not the event's", () => {
    const text =
      'Mainz, 7. November 2025 – Rund 650 Gäste kamen gestern in die Rheingoldhalle. Der Städtebund hatte zum 7. Kommunalen Digitalgipfel eingeladen.';
    expect(factsOf(text)).toMatchObject([
      { event: '7. Kommunalen Digitalgipfel', date: '2025-11-06', place: 'Rheingoldhalle' },
    ]);
  });

  it('reads the short lines below a heading (a programme head)', () => {
    const text =
      '6. Thüringer Kommunaldigitaltag: Daten, Dienste, Menschen\nProgramm\n\nDienstag, 14. Oktober 2025\nKaisersaal Erfurt\n\nVeranstalter: Thüringischer Landkreistag und Thüringer Finanzministerium\n\n09:00 Uhr | Ankommen';
    expect(factsOf(text)).toMatchObject([
      {
        event: '6. Thüringer Kommunaldigitaltag',
        date: '2025-10-14',
        organisers: ['Thüringischer Landkreistag', 'Thüringer Finanzministerium'],
      },
    ]);
  });

  it('takes an organiser cue two sentences on, but no supporter and no ORG after in', () => {
    const text =
      'Rund 300 Gäste trafen sich am 11. März 2025 in Erfurt zum 5. Länderforum Digitale Verwaltung. Es ging um das OZG. Gastgeber war das Thüringer Ministerium für Digitales, das die Digitalisierung im Freistaat Thüringen bündelt, mit Unterstützung des BSI.';
    expect(factsOf(text)[0]?.organisers).toEqual(['Thüringer Ministerium für Digitales']);
  });

  it('does not take a date from a neighbouring sentence about another event', () => {
    const text =
      'Wir laden ein: zum 25. ÖV-Symposium NRW am 11. September 2025. Impressionen vom 24. ÖV-Symposium NRW finden Sie hier.';
    const facts = factsOf(text);
    expect(facts.find((f) => f.event === '25. ÖV-Symposium NRW')?.date).toBe('2025-09-11');
    expect(facts.find((f) => f.event === '24. ÖV-Symposium NRW')).toBeUndefined();
  });

  it('takes no deadline (bis …) or dateline as the event date', () => {
    const text =
      'Erfurt, 12.03.2025\n\nDas 5. Länderforum Digitale Verwaltung nimmt Anmeldungen bis zum 5. März 2025 an.';
    expect(factsOf(text)).toEqual([]);
  });
});
