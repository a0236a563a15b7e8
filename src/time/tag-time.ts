// Tags the time expressions of a document: the grammar reads candidates left to
// right (longest first), those inside a name are dropped (Forum Digitaler Aufbruch
// 2023), a preposition before a date gives its mod, and values are resolved in
// text order against the document date and, for relative narrative expressions
// (am folgenden Tag), the last date named before them.

import type { AnalysedText } from '../text/analysed-text.js';
import type { TimeExpression } from '../record.js';
import { type CalendarDate, parseIsoDate } from './calendar.js';
import { type GrammarOptions, TimeGrammar, type TimexCandidate } from './grammar.js';
import { germanTimeLexicon } from '../lang/de/time.js';
import type { TimeLexicon } from './time-lexicon.js';
import {
  type PartialDate,
  type RawValue,
  type Reference,
  type TimePoint,
  formatValue,
  partialDateOfValue,
} from './time-value.js';

export type { TimeExpression } from '../record.js';

/** A span another stage claims (an entity): time expressions inside one are dropped. */
export interface ClaimedSpan {
  start: number;
  end: number;
  type: string;
}

export interface TimeTaggingOptions {
  /** The document date (YYYY-MM-DD) relative expressions resolve against; without it they keep X. */
  anchor?: string | CalendarDate;
  /**
   * 'document' (default): dates without a year take the document's year (reports, news).
   * 'narrative': they take the year of the last date the text named (histories).
   */
  reading?: 'document' | 'narrative';
  /** Entity mentions: a time expression overlapping one of these types is part of a name. */
  entities?: readonly ClaimedSpan[];
  lexicon?: TimeLexicon;
  /**
   * Give a clock time without a date the date it falls on (the last date named, else
   * the document's), as TIMEX2/TIMEX3 corpora do. Default false: `10 Uhr` → `T10:00`.
   */
  datedClockTimes?: boolean;
  /** 'project' (ANNOTATION.md, the default) or 'timeml' (TIMEX2/TIMEX3 corpora: more vague references; nach zwei Tagen as a date). */
  conventions?: GrammarOptions['conventions'];
}

/** Entity types whose names may contain a year that is no time expression. */
const NAME_TYPES = new Set(['EVENT', 'LAW', 'PRODUCT', 'ORG']);

/** Rules whose expressions take no mod from a preposition before them. */
const NO_PREPOSITION_MOD = new Set([
  'ago',
  'from-now',
  'relative-day',
  'relative-day-part',
  'heute-present',
  'vague-shift',
]);

/** A date without a year (seit Oktober, im Frühjahr, am Dienstag) lies on the side of the document date the text puts it. */
function directDate(grammar: TimeGrammar, candidate: TimexCandidate): void {
  const raw = candidate.raw;
  const point = raw.kind === 'point' ? raw.point : raw.kind === 'range' ? raw.from : undefined;
  if (!point || point.year !== undefined || point.shift || point.direction || point.week !== undefined) return;
  const weekday = point.weekday !== undefined && point.day === undefined;
  // 23. und 24. Jänner: the month is written once, at the range's end
  const month = point.month ?? (raw.kind === 'range' && raw.to.year === undefined ? raw.to.month : undefined);
  if (!weekday && month === undefined && point.season === undefined && point.easter === undefined) return;
  const direction = grammar.directionOf(candidate.first, weekday);
  if (direction) point.direction = direction;
}

/** The grammar's candidates for a document, unresolved, in text order, names removed. */
export function readTimeCandidates(
  doc: AnalysedText,
  lexicon: TimeLexicon = germanTimeLexicon(),
  entities: readonly ClaimedSpan[] = [],
  options: GrammarOptions = {},
): TimexCandidate[] {
  const view = doc.view;
  const grammar = new TimeGrammar(view, lexicon, options);
  const candidates: TimexCandidate[] = [];
  const names = entities.filter((e) => NAME_TYPES.has(e.type));
  let nameIndex = 0;
  for (let i = 0; i < view.count; i++) {
    if (!grammar.mayStart(i)) continue;
    const candidate = grammar.readAt(i);
    if (!candidate) continue;
    const start = view.starts[candidate.first]!;
    const end = view.ends[candidate.last]! - (candidate.trimEnd ?? 0);
    while (nameIndex < names.length && names[nameIndex]!.end <= start) nameIndex++;
    const name = names[nameIndex];
    if (name && name.start < end) {
      // Inside a name: go on after the name's end, not after the candidate's.
      while (i + 1 < view.count && view.starts[i + 1]! < name.end) i++;
      continue;
    }
    // seit 2021 → AFTER, bis 2025 → BEFORE, bis 18 Uhr → BEFORE; not heute or gestern (ab heute keeps no mod)
    if (candidate.mod === undefined && candidate.type !== 'DURATION' && candidate.raw.kind === 'point') {
      if (!NO_PREPOSITION_MOD.has(candidate.rule)) {
        const mod = grammar.prepositionModBefore(candidate.first);
        if (mod) candidate.mod = mod;
      }
    }
    directDate(grammar, candidate);
    if (candidate.type === 'DATE' || candidate.type === 'TIME') {
      // im letzten Jahr, zwei Jahre zuvor, Vortag: a look back, after which the story goes on where it was
      const shift = candidate.raw.kind === 'point' ? candidate.raw.point.shift : undefined;
      if (grammar.isAside(candidate.first)) candidate.aside = true;
      else if (shift && shift.amount < 0) candidate.lookBack = true;
      if (grammar.isHeadingLine(candidate.first)) candidate.heading = true;
    }
    const previousEnd = candidates.length > 0 ? candidates[candidates.length - 1]!.last + 1 : 0;
    if (grammar.headingBetween(previousEnd, candidate.first - 1)) candidate.afterHeading = true;
    candidates.push(candidate);
    i = candidate.last;
  }
  return candidates;
}

/** Resolves candidates in text order into time expressions with values. */
export function resolveTimeCandidates(
  doc: AnalysedText,
  candidates: readonly TimexCandidate[],
  options: Pick<TimeTaggingOptions, 'anchor' | 'reading' | 'datedClockTimes'> = {},
): TimeExpression[] {
  const view = doc.view;
  const document = typeof options.anchor === 'string' ? parseIsoDate(options.anchor) : options.anchor;
  const narrative = options.reading === 'narrative';
  const reference: Reference = { ...(document && { document }) };
  const expressions: TimeExpression[] = [];
  // The year of the last heading that named one: a heading without a date goes back to it.
  let section: PartialDate | undefined;
  let sentenceDay: { sentence: number; date: PartialDate } | undefined;
  for (const candidate of candidates) {
    if (candidate.afterHeading && section) reference.last = reference.story = section;
    // A clock time without a date falls on the day its sentence names, else (in a story) the
    // story's day, else the document's: an event calendar's times are the day's it lists.
    const day = narrative
      ? reference.story
      : sentenceDay && sentenceDay.sentence === view.sentence[candidate.first]
        ? sentenceDay.date
        : undefined;
    const clockDate =
      day?.month !== undefined && day.day !== undefined ? { year: day.year, month: day.month, day: day.day } : document;
    const raw = options.datedClockTimes ? withClockDate(candidate.raw, clockDate) : candidate.raw;
    const value = formatValue(raw, reference, narrative);
    const start = view.starts[candidate.first]!;
    const end = view.ends[candidate.last]! - (candidate.trimEnd ?? 0);
    expressions.push({
      text: doc.text.slice(start, end),
      type: candidate.type,
      start,
      end,
      value,
      ...(candidate.mod && { mod: candidate.mod }),
      sentence: view.sentence[candidate.first]!,
      source: `time:${candidate.rule}`,
    });
    if (candidate.type === 'DATE' || candidate.type === 'TIME') {
      const named = partialDateOfValue(value);
      if (named && !candidate.aside) reference.last = named;
      if (named?.day !== undefined && !candidate.aside)
        sentenceDay = { sentence: view.sentence[candidate.first]!, date: named };
      if (named && !candidate.aside && !candidate.lookBack) reference.story = named;
      if (named && candidate.heading) section = { year: named.year };
    }
  }
  return expressions;
}

function withClockDate(raw: RawValue, date: CalendarDate | undefined): RawValue {
  if (!date) return raw;
  const dated = (p: TimePoint): TimePoint =>
    p.hour !== undefined &&
    p.year === undefined &&
    p.month === undefined &&
    p.day === undefined &&
    p.weekday === undefined &&
    !p.shift
      ? { ...p, year: date.year, month: date.month, day: date.day }
      : p;
  if (raw.kind === 'point') return { kind: 'point', point: dated(raw.point) };
  if (raw.kind === 'range' && raw.from.hour !== undefined) return { kind: 'range', from: dated(raw.from), to: raw.to };
  return raw;
}

/** Tags and resolves the time expressions of a document. */
export function tagTimeExpressions(doc: AnalysedText, options: TimeTaggingOptions = {}): TimeExpression[] {
  const candidates = readTimeCandidates(doc, options.lexicon, options.entities, {
    conventions: options.conventions,
    reading: options.reading,
  });
  return resolveTimeCandidates(doc, candidates, options);
}
