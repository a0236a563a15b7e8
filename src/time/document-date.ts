// The date a document is dated by: the caller's meta.date when it is a date,
// else what the text states about itself — a dateline (Erfurt, 12.03.2025), an
// author or publication line (Von X | 12. März 2024 | …, Veröffentlicht am …),
// or a relative day with its date in brackets (gestern (23. Juni 2025)) — with
// the stretch of text that says it.

import type { AnalysedText } from '../text/analysed-text.js';
import type { DocumentDate } from '../record.js';
import { type CalendarDate, addDays, formatIsoDate, isValidDate, parseIsoDate } from './calendar.js';
import type { TimexCandidate } from './grammar.js';

export type { DocumentDate };
export type DocumentDateSource = DocumentDate['source'];

/** How far into a document a dateline may stand (characters). */
const DATELINE_WINDOW = 800;
/** A dateline or publication line is short. */
const MAX_LINE = 160;

/** Words that mark a line as the document's own date line, in its first lines (lower case, whole words). */
const PUBLICATION_WORDS = new Set([
  'von',
  'vom',
  'text',
  'autor',
  'autorin',
  'veröffentlicht',
  'publiziert',
  'publikationsdatum',
  'erschienen',
  'aktualisiert',
  'stand',
  'datum',
  'pressemitteilung',
  'pressemeldung',
  'presseinformation',
  'meldung',
  'aktuelles',
  'bekanntmachung',
  'parlamentskorrespondenz',
  'sitzung',
  'sitzungstermin',
  'sitzungsdatum',
  'plenarsitzung',
  'protokoll',
  'niederschrift',
  'newsletter',
  'ausgabe',
  'lesezeit',
  'foto',
  'fotos',
  'redaktion',
  'interview',
  'bericht',
  'gespräch',
  'kommentar',
  'blog',
  'news',
]);
/** Words that date a document wherever they stand (Stand: 10. Februar 2026, Veröffentlicht am …). */
const ANYWHERE_WORDS = new Set(['veröffentlicht', 'publiziert', 'publikationsdatum', 'erschienen', 'stand', 'datum']);
/** A line that heads minutes: the date on the line after it dates them (Niederschrift über die Sitzung … / am Mittwoch, 19. November 2025). */
const MINUTES_WORDS = new Set(['niederschrift', 'protokoll', 'sitzung', 'tagesordnung']);
/** Words that may stand inside a place name of a dateline (Frankfurt am Main, Halle an der Saale). */
const PLACE_JOINERS = new Set(['am', 'an', 'der', 'im', 'in', 'ob', 'bei', 'den', 'a.', 'd.', 'i.']);

/** Parses the caller's meta.date: YYYY-MM-DD (time allowed after it) or DD.MM.YYYY. */
export function parseMetaDate(date: string | undefined): CalendarDate | undefined {
  if (date === undefined) return undefined;
  const iso = parseIsoDate(date.trim());
  if (iso) return iso;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(date.trim());
  if (!german) return undefined;
  const [day, month, year] = [Number(german[1]), Number(german[2]), Number(german[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * The document's date: meta.date when it is one, else the first date the text
 * states as its own. `candidates` are the grammar's readings of the text.
 */
export function inferDocumentDate(
  doc: AnalysedText,
  candidates: readonly TimexCandidate[],
  meta?: { date?: string },
): DocumentDate | undefined {
  const fromMeta = parseMetaDate(meta?.date);
  if (fromMeta) return { value: formatIsoDate(fromMeta), source: 'meta' };
  const view = doc.view;
  const text = doc.text;
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!;
    const relative = relativeDayWithDate(candidates, c, text, view.starts, view.ends);
    if (relative) return relative;
    const day = fullDay(candidate);
    if (!day) continue;
    const start = view.starts[candidate.first]!;
    const end = view.ends[candidate.last]!;
    // Only a short line can date a document: look no further than MAX_LINE each way (linear on long lines).
    const foundStart = lineBoundary(text, start, -1);
    const foundEnd = lineBoundary(text, end, 1);
    if (foundStart < 0) continue;
    const lineStart = foundStart;
    // A dateline may open a long paragraph (Kassel, 12. November 2025 – Am Samstag …): clip what follows.
    const lineEnd = foundEnd < 0 ? Math.min(text.length, end + MAX_LINE) : foundEnd;
    const clipped = foundEnd < 0;
    const words = lowerWords(text.slice(lineStart, lineEnd));
    const evidence = { start, end, text: text.slice(start, end) };
    if (words.some((w) => ANYWHERE_WORDS.has(w)) && !clipped && lineEnd - lineStart <= MAX_LINE) {
      return { value: formatIsoDate(day), source: 'publication-line', evidence };
    }
    if (start >= DATELINE_WINDOW) continue;
    // A programme's heading with the hours (Dienstag, 12. Mai 2026 | 9:30 bis 16:00 Uhr) dates the event,
    // unless the line says it is the document's (Sitzungstermin: Montag, 8. Dezember 2025, 14:00 bis 17:30 Uhr).
    if (isEventSchedule(candidate) && !words.some((w) => PUBLICATION_WORDS.has(w))) continue;
    const before = text.slice(lineStart, start).trim();
    const after = text.slice(end, lineEnd).trim();
    const short = !clipped && lineEnd - lineStart <= MAX_LINE;
    // Kassel, 12. November 2025 – Am Samstag …; Erfurt, 12.03.2025; 5. Juni 2025 – Die Stiftung …
    if (isPlace(before) && (after === '' || /^[–—\-.|·:]/u.test(after)) && !hasWeekday(candidate, before)) {
      return { value: formatIsoDate(day), source: 'dateline', evidence };
    }
    if (!short) continue;
    const separated = /[|·•]/u.test(text.slice(lineStart, lineEnd));
    if (separated || words.some((w) => PUBLICATION_WORDS.has(w))) {
      return { value: formatIsoDate(day), source: 'publication-line', evidence };
    }
    // Niederschrift über die öffentliche Sitzung des Gemeinderates / am Mittwoch, 19. November 2025, im Sitzungssaal
    const previousLineStart = Math.max(0, lineBoundary(text, lineStart - 1, -1));
    if (lineStart > 0 && lowerWords(text.slice(previousLineStart, lineStart)).some((w) => MINUTES_WORDS.has(w))) {
      return { value: formatIsoDate(day), source: 'publication-line', evidence };
    }
  }
  return undefined;
}

/** Where the line around `at` starts (direction -1) or ends (1), or -1 when it is longer than MAX_LINE that way. */
function lineBoundary(text: string, at: number, direction: -1 | 1): number {
  for (let k = 0, i = at; k <= MAX_LINE; k++, i += direction) {
    if (direction < 0 && (i <= 0 || text[i - 1] === '\n')) return Math.max(0, i);
    if (direction > 0 && (i >= text.length || text[i] === '\n')) return i;
  }
  return -1;
}

/** The lower-case words of a line (letters only). */
function lowerWords(line: string): string[] {
  return line
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
}

/** Text before a date that can be a dateline's place: nothing, or a few capitalised words and a comma (Frankfurt am Main, Berlin/Stuttgart, Kiel (dpa)). */
function isPlace(before: string): boolean {
  if (before === '') return true;
  if (!/[,:]$/u.test(before) && !before.endsWith('–')) return false;
  const words = before
    .slice(0, -1)
    .split(/[\s/]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => /^[(\p{Lu}]/u.test(w) || PLACE_JOINERS.has(w));
}

/** A weekday before a date on a line of its own heads a programme or an invitation: the event's date, not the text's. */
function hasWeekday(candidate: TimexCandidate, before: string): boolean {
  return candidate.raw.kind === 'point' && candidate.raw.point.weekday !== undefined && before === '';
}

/** A date to the day that needs no reference: 12.03.2025, 11. März 2025 (a time on it counts too). */
function fullDay(candidate: TimexCandidate): CalendarDate | undefined {
  const raw = candidate.raw;
  const point =
    raw.kind === 'point' ? raw.point : raw.kind === 'range' && raw.from.hour !== undefined ? raw.from : undefined;
  if (!point) return undefined;
  const { year, month, day, shift, bc } = point;
  if (year === undefined || month === undefined || day === undefined || shift || bc) return undefined;
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** A programme's heading with the event's hours (Donnerstag, 18. September 2025, 09:00 bis 18:30 Uhr) dates the event, not the text. */
function isEventSchedule(candidate: TimexCandidate): boolean {
  return candidate.type === 'TIME' && candidate.raw.kind === 'range';
}

/** gestern (23. Juni 2025): the document is dated a day after the bracketed date. */
function relativeDayWithDate(
  candidates: readonly TimexCandidate[],
  c: number,
  text: string,
  starts: Int32Array,
  ends: Int32Array,
): DocumentDate | undefined {
  const candidate = candidates[c]!;
  const next = candidates[c + 1];
  if (!next || candidate.raw.kind !== 'point' || candidate.rule !== 'relative-day') return undefined;
  const shift = candidate.raw.point.shift;
  if (!shift || shift.unit !== 'D') return undefined;
  const day = fullDay(next);
  if (!day) return undefined;
  const start = starts[candidate.first]!;
  const between = text.slice(ends[candidate.last]!, starts[next.first]!);
  if (!/^\s*[(,]\s*(?:am\s+|dem\s+)?$/u.test(between)) return undefined;
  let end = ends[next.last]!;
  if (text[end] === ')') end++;
  return {
    value: formatIsoDate(addDays(day, -shift.amount)),
    source: 'relative-day',
    evidence: { start, end, text: text.slice(start, end) },
  };
}
