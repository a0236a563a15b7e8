// The date a document is dated by: the caller's meta.date when it is a date,
// else what the text states about itself — a dateline (Erfurt, 12.03.2025), an
// author or publication line (Von X | 12. März 2024 | …, Veröffentlicht am …),
// or a relative day with its date in brackets (gestern (23. Juni 2025)) — with
// the stretch of text that says it.

import type { AnalysedText } from '../text/analysed-text.js';
import type { DocumentDate } from '../record.js';
import { tokenView } from '../text/token-view.js';
import { type CalendarDate, addDays, formatIsoDate, isValidDate, parseIsoDate } from './calendar.js';
import type { TimexCandidate } from './grammar.js';
import type { TimeLexicon } from './time-lexicon.js';

export type { DocumentDate };
export type DocumentDateSource = DocumentDate['source'];

/** How far into a document a dateline may stand (characters). */
const DATELINE_WINDOW = 800;
/** A dateline or publication line is short. */
const MAX_LINE = 160;

/** Words that mark a line as the document's own date line (lower case). */
const PUBLICATION_WORDS =
  /(?:^|[\s|·•–—/(])(?:von|text|autor|autorin|veröffentlicht|erschienen|aktualisiert|stand|datum|pressemitteilung|pressemeldung|presseinformation|sitzung|protokoll|niederschrift|newsletter|ausgabe|lesezeit|foto|fotos|redaktion|posted|published)\b/iu;

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
  _lexicon?: TimeLexicon,
): DocumentDate | undefined {
  const fromMeta = parseMetaDate(meta?.date);
  if (fromMeta) return { value: formatIsoDate(fromMeta), source: 'meta' };
  const view = tokenView(doc);
  const text = doc.text;
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!;
    if (candidate.silent) continue;
    const start = view.starts[candidate.first]!;
    const end = view.ends[candidate.last]!;
    const relative = relativeDayWithDate(candidates, c, text, view.starts, view.ends);
    if (relative) return relative;
    const day = fullDay(candidate);
    if (!day) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const evidence = { start, end, text: text.slice(start, end) };
    if (PUBLICATION_WORDS.test(line) && line.length <= MAX_LINE && !isEventSchedule(candidate)) {
      if (start < DATELINE_WINDOW || /veröffentlicht|erschienen|stand|datum/iu.test(line)) {
        return { value: formatIsoDate(day), source: 'publication-line', evidence };
      }
    }
    if (start >= DATELINE_WINDOW || line.length > MAX_LINE || isEventSchedule(candidate)) continue;
    // The date is the line, or the line is a place and the date (Erfurt, 12.03.2025; Kiel (dpa) – 5. Mai 2025)
    const before = text.slice(lineStart, start).trim();
    const after = text.slice(end, lineEnd).trim();
    if (after.length <= 1 && (before === '' || /^[\p{Lu}][\p{L}\-. ()/]{1,60}[,–—:]$/u.test(before))) {
      return { value: formatIsoDate(day), source: 'dateline', evidence };
    }
  }
  return undefined;
}

/** A date to the day that needs no reference: 12.03.2025, 11. März 2025 (a time on it counts too). */
function fullDay(candidate: TimexCandidate): CalendarDate | undefined {
  const raw = candidate.raw;
  if (raw.kind !== 'point') return undefined;
  const { year, month, day, shift, bc } = raw.point;
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
