// Time values as the grammar reads them (before the document date is known) and
// their TIMEX3-style strings once resolved: 2024-09-11, 2025-03, 2024-Q3,
// 2024-FA, 202, T10:00, P3Y, PXY, XXXX-03-05, PRESENT_REF, ranges a/b.

import {
  type CalendarDate,
  addDays,
  addMonths,
  dayNumber,
  easterSunday,
  fromDayNumber,
  isoWeekOf,
  mondayOfIsoWeek,
  pad,
  weekdayOf,
} from './calendar.js';
import type { DurationUnit, PeriodUnit, Season, VagueValue } from './time-lexicon.js';

/** A shift from a reference date: the document's date, or the last date the text named (narrative). */
export interface Shift {
  unit: PeriodUnit;
  amount: number;
  reference: 'document' | 'narrative';
}

/** A point or period of the calendar as written; what the text leaves out stays undefined. */
export interface TimePoint {
  year?: number;
  /** A year before Christ (year is then counted backwards). */
  bc?: boolean;
  /** Two-digit year from a date such as 1.9.39: the century comes from the reference. */
  shortYear?: number;
  /** TIMEX century: 19 for the 20th century. */
  century?: number;
  /** TIMEX decade: 202 for the 2020s. */
  decade?: number;
  /** A decade without its century (die zwanziger Jahre): the digit of the tens. */
  decadeOfCentury?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  week?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  /** A part of the day (TIMEX3 MO, MI, AF, EV, NI): Morgen des 22. Juni → 1941-06-22TMO. */
  partOfDay?: string;
  /** A relative date (gestern, im vergangenen Jahr, vor drei Jahren): resolved against a reference. */
  shift?: Shift;
  /**
   * Which side of the document date a date without a year lies on (a weekday alone,
   * seit Oktober, im Frühjahr in an announcement): the nearest such day on that side.
   */
  direction?: 'past' | 'future';
  /** A holiday moving with Easter: days after Easter Sunday (Karfreitag -2, Pfingsten 49). */
  easter?: number;
  /** The second end of a range that runs into the next year (22. Dezember bis 2. Januar). */
  nextYear?: boolean;
}

export type RawValue =
  | { kind: 'point'; point: TimePoint }
  | { kind: 'range'; from: TimePoint; to: TimePoint }
  | { kind: 'duration'; amount: number | undefined; unit: DurationUnit }
  | { kind: 'literal'; value: string };

/** A date known to the year, perhaps to the month or day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export interface Reference {
  /** The document's date, when known. */
  document?: CalendarDate;
  /** The last date the text named before this expression, as far as it is known (narrative reference). */
  last?: PartialDate;
  /**
   * The story's date: the last date named that the story goes on from (not a look back such as
   * im letzten Jahr). A date without a year in a narrative takes its year; defaults to `last`.
   */
  story?: PartialDate;
}

export const VAGUE_VALUES: readonly VagueValue[] = ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'];

/** The resolved TIMEX3 value of a raw value, with X for what neither the text nor the reference says. */
export function formatValue(raw: RawValue, reference: Reference, yearFromNarrative: boolean): string {
  switch (raw.kind) {
    case 'literal':
      return raw.value;
    case 'duration':
      return formatDuration(raw.amount, raw.unit);
    case 'point':
      return formatPoint(resolvePoint(raw.point, reference, yearFromNarrative));
    case 'range': {
      const [from, to] = completeRange(raw.from, raw.to);
      const resolvedFrom = resolvePoint(from, reference, yearFromNarrative);
      // The end of a range without a year lies in the start's year (or the next): 9. bis 13. März
      // spans the document date without splitting across two years.
      if (
        to.year === undefined &&
        to.shortYear === undefined &&
        !to.shift &&
        resolvedFrom.year !== undefined &&
        to.month !== undefined
      ) {
        to.year = resolvedFrom.year + (to.nextYear ? 1 : 0);
        delete to.direction;
        delete to.nextYear;
      }
      const fromValue = formatPoint(resolvedFrom);
      const toValue = formatPoint(resolvePoint(to, reference, yearFromNarrative));
      return `${fromValue}/${toValue}`;
    }
  }
}

/** Fills the coarser parts the first end of a range leaves to the second (11. bis 12. September 2024). */
function completeRange(from: TimePoint, to: TimePoint): [TimePoint, TimePoint] {
  const first = { ...from };
  const second = { ...to };
  const hasDate = (p: TimePoint) => p.day !== undefined || p.month !== undefined || p.year !== undefined;
  if (first.day !== undefined && first.month === undefined && second.month !== undefined) first.month = second.month;
  if (
    first.month !== undefined &&
    second.month !== undefined &&
    first.year === undefined &&
    second.year === undefined &&
    (second.month < first.month || (second.month === first.month && (second.day ?? 0) < (first.day ?? 0)))
  ) {
    second.nextYear = true;
  }
  if (first.direction && second.month !== undefined && second.year === undefined) second.direction = first.direction;
  if (first.month !== undefined && first.year === undefined && first.shortYear === undefined) {
    if (second.year !== undefined) first.year = second.year;
    if (second.shortYear !== undefined) first.shortYear = second.shortYear;
    if (second.bc) first.bc = true;
  }
  if (first.season !== undefined && first.year === undefined && second.year !== undefined) first.year = second.year;
  if (first.quarter !== undefined && first.year === undefined && second.year !== undefined) first.year = second.year;
  if (first.half !== undefined && first.year === undefined && second.year !== undefined) first.year = second.year;
  if (second.bc && first.year !== undefined && first.month === undefined) first.bc = true;
  // Clock times: both ends share the date written once (18. September 2025, 09:00 bis 18:30 Uhr).
  if (first.hour !== undefined && second.hour !== undefined) {
    if (hasDate(first) && !hasDate(second)) {
      second.year = first.year;
      second.month = first.month;
      second.day = first.day;
      second.shift = first.shift;
      second.shortYear = first.shortYear;
    } else if (hasDate(second) && !hasDate(first)) {
      first.year = second.year;
      first.month = second.month;
      first.day = second.day;
      first.shift = second.shift;
      first.shortYear = second.shortYear;
    }
  }
  return [first, second];
}

interface Resolved {
  partOfDay?: string;
  year?: number;
  bc?: boolean;
  century?: number;
  decade?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  week?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  /** Unknown parts written as X: how many of year, month, day, week are unknown. */
  unknownYear?: boolean;
  unknownMonth?: boolean;
  unknownDay?: boolean;
  unknownWeek?: boolean;
  vague?: VagueValue;
  /** A value written out whole (XXXX-QX). */
  literal?: string;
}

function referenceDate(reference: Reference, kind: Shift['reference'], narrative: boolean): PartialDate | undefined {
  return kind === 'narrative' || narrative ? (reference.last ?? reference.document) : reference.document;
}

function resolvePoint(point: TimePoint, reference: Reference, yearFromNarrative: boolean): Resolved {
  const resolved: Resolved = { ...stripInput(point) };
  if (point.shift) return resolveShift(point, resolved, reference, yearFromNarrative);
  if (point.shortYear !== undefined && point.year === undefined) {
    const anchorYear = reference.document?.year ?? reference.last?.year ?? 2000;
    const candidate = Math.floor(anchorYear / 100) * 100 + point.shortYear;
    resolved.year = candidate > anchorYear + 10 ? candidate - 100 : candidate;
  }
  if (point.decadeOfCentury !== undefined && point.decade === undefined) {
    const anchorYear = reference.document?.year ?? 2000;
    const candidate = Math.floor(anchorYear / 100) * 10 + point.decadeOfCentury;
    resolved.decade = candidate * 10 > anchorYear ? candidate - 10 : candidate;
  }
  const needsYear =
    resolved.year === undefined &&
    resolved.century === undefined &&
    resolved.decade === undefined &&
    (point.month !== undefined ||
      point.easter !== undefined ||
      point.season !== undefined ||
      point.quarter !== undefined ||
      point.half !== undefined ||
      point.week !== undefined);
  if (needsYear) {
    const story = reference.story ?? reference.last;
    let year = yearFromNarrative ? (story?.year ?? reference.document?.year) : reference.document?.year;
    const document = reference.document;
    if (year !== undefined && document && point.direction && !yearFromNarrative) {
      const at = monthAndDay(point, year);
      const side = at[0] !== document.month ? at[0] - document.month : at[1] - document.day;
      if (point.direction === 'past' && side > 0) year -= 1;
      if (point.direction === 'future' && side < 0) year += 1;
    }
    if (year !== undefined && point.nextYear) year += 1;
    if (year !== undefined) resolved.year = year;
    else resolved.unknownYear = true;
    if (point.easter !== undefined) {
      if (year === undefined) return { literal: 'XXXX-XX-XX' };
      const day = addDays(easterSunday(year), point.easter);
      return { year: day.year, month: day.month, day: day.day };
    }
  }
  if (point.weekday !== undefined && point.day === undefined && point.week === undefined) {
    const last = reference.story ?? reference.last;
    const base =
      yearFromNarrative && last?.month !== undefined && last.day !== undefined
        ? { year: last.year, month: last.month, day: last.day }
        : reference.document;
    if (base && point.direction) {
      const today = weekdayOf(base.year, base.month, base.day);
      let delta = point.weekday - today;
      if (point.direction === 'past' && delta > 0) delta -= 7;
      if (point.direction === 'future' && delta < 0) delta += 7;
      const date = addDays(base, delta);
      return { year: date.year, month: date.month, day: date.day, hour: point.hour, minute: point.minute };
    }
    resolved.unknownYear = true;
    resolved.unknownWeek = true;
  }
  return resolved;
}

/** The month and day a point without a year falls on in `year` (a season by its first month). */
function monthAndDay(point: TimePoint, year: number): [number, number] {
  if (point.easter !== undefined) {
    const day = addDays(easterSunday(year), point.easter);
    return [day.month, day.day];
  }
  if (point.month !== undefined) return [point.month, point.day ?? 1];
  if (point.season !== undefined) return [{ SP: 3, SU: 6, FA: 9, WI: 12 }[point.season], 1];
  if (point.quarter !== undefined) return [(point.quarter - 1) * 3 + 1, 1];
  if (point.half !== undefined) return [(point.half - 1) * 6 + 1, 1];
  return [1, 1];
}

function stripInput(point: TimePoint): Resolved {
  const { year, bc, century, decade, month, day, quarter, half, season, week, weekday, hour, minute, partOfDay } =
    point;
  return { year, bc, century, decade, month, day, quarter, half, season, week, weekday, hour, minute, partOfDay };
}

function resolveShift(point: TimePoint, resolved: Resolved, reference: Reference, narrative: boolean): Resolved {
  const shift = point.shift!;
  const partial = referenceDate(reference, shift.reference, narrative);
  const unit = shift.unit;
  if (!partial) return unknownOfGrain(unit, point);
  const amount = shift.amount;
  const needsMonth = unit !== 'Y' && unit !== 'DE' && unit !== 'L';
  if ((needsMonth && partial.month === undefined) || ((unit === 'D' || unit === 'W') && partial.day === undefined)) {
    const year = partial.year;
    const month = partial.month === undefined ? 'XX' : pad(partial.month, 2);
    if (unit === 'M') return { literal: `${pad(year, 4)}-XX` };
    return { literal: `${pad(year, 4)}-${month}-XX` };
  }
  const base: CalendarDate = { year: partial.year, month: partial.month ?? 1, day: partial.day ?? 1 };
  switch (unit) {
    case 'D': {
      const date = addDays(base, amount);
      return {
        year: date.year,
        month: date.month,
        day: date.day,
        hour: point.hour,
        minute: point.minute,
        partOfDay: point.partOfDay,
      };
    }
    case 'W': {
      const date = addDays(base, amount * 7);
      if (shift.reference === 'narrative' && amount !== 0) return { year: date.year, month: date.month, day: date.day };
      const week = isoWeekOf(date.year, date.month, date.day);
      return { year: week.year, week: week.week };
    }
    case 'M': {
      const date = addMonths(base, amount);
      return { year: date.year, month: date.month };
    }
    case 'Q': {
      const index = base.year * 4 + Math.floor((base.month - 1) / 3) + amount;
      return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
    }
    case 'H': {
      const index = base.year * 2 + Math.floor((base.month - 1) / 6) + amount;
      return { year: Math.floor(index / 2), half: (index % 2) + 1 };
    }
    case 'DE': {
      return { decade: Math.floor(base.year / 10) + amount };
    }
    case 'SP':
    case 'SU':
    case 'FA':
    case 'WI': {
      // The season's next (amount 1) or last (amount -1) occurrence, or this year's (0).
      const seasonStart = { SP: 3, SU: 6, FA: 9, WI: 12 }[unit];
      let year = base.year;
      if (amount > 0 && base.month >= seasonStart) year += 1;
      if (amount < 0 && base.month < seasonStart + 3) year -= 1;
      return { year, season: unit };
    }
    case 'L':
      return { vague: amount < 0 ? 'PAST_REF' : amount > 0 ? 'FUTURE_REF' : 'PRESENT_REF' };
    default: {
      const resolvedYear = base.year + amount;
      const result: Resolved = { ...resolved, year: resolvedYear };
      delete (result as { shift?: unknown }).shift;
      return result;
    }
  }
}

function unknownOfGrain(unit: PeriodUnit, point: TimePoint): Resolved {
  switch (unit) {
    case 'D':
      return {
        unknownYear: true,
        unknownMonth: true,
        unknownDay: true,
        hour: point.hour,
        minute: point.minute,
      };
    case 'W':
      return { unknownYear: true, unknownWeek: true };
    case 'M':
      return { unknownYear: true, unknownMonth: true };
    case 'Q':
      return { literal: 'XXXX-QX' };
    case 'H':
      return { literal: 'XXXX-HX' };
    case 'DE':
      return { literal: 'XXX' };
    case 'SP':
    case 'SU':
    case 'FA':
    case 'WI':
      return { unknownYear: true, season: unit };
    case 'L':
      return { vague: 'PRESENT_REF' };
    default:
      return { unknownYear: true };
  }
}

function yearString(resolved: Resolved): string {
  if (resolved.year === undefined) return 'XXXX';
  if (resolved.bc) return `BC${pad(resolved.year, 4)}`;
  return resolved.year < 0 ? `BC${pad(-resolved.year, 4)}` : pad(resolved.year, 4);
}

function formatPoint(resolved: Resolved): string {
  if (resolved.vague) return resolved.vague;
  if (resolved.literal) return resolved.literal;
  const clock = resolved.hour !== undefined ? `T${pad(resolved.hour, 2)}:${pad(resolved.minute ?? 0, 2)}` : '';
  if (resolved.century !== undefined) return `${resolved.bc ? 'BC' : ''}${pad(resolved.century, 2)}`;
  if (resolved.decade !== undefined) return `${pad(resolved.decade, 3)}`;
  if (resolved.partOfDay !== undefined && resolved.hour === undefined) {
    const date =
      resolved.year !== undefined && resolved.month !== undefined && resolved.day !== undefined
        ? `${yearString(resolved)}-${pad(resolved.month, 2)}-${pad(resolved.day, 2)}`
        : 'XXXX-XX-XX';
    return `${date}T${resolved.partOfDay}`;
  }
  const hasDatePart =
    resolved.year !== undefined || resolved.unknownYear || resolved.month !== undefined || resolved.day !== undefined;
  if (!hasDatePart && resolved.weekday === undefined) return clock;
  const year = yearString(resolved);
  if (resolved.unknownWeek && resolved.weekday !== undefined) return `XXXX-WXX-${resolved.weekday}${clock}`;
  if (resolved.unknownWeek) return `${year}-WXX`;
  if (resolved.week !== undefined) {
    return `${year}-W${pad(resolved.week, 2)}${resolved.weekday !== undefined ? `-${resolved.weekday}` : ''}`;
  }
  if (resolved.quarter !== undefined) return `${year}-Q${resolved.quarter}`;
  if (resolved.half !== undefined) return `${year}-H${resolved.half}`;
  if (resolved.season !== undefined) return `${year}-${resolved.season}`;
  if (resolved.unknownDay) return `${year}-XX-XX${clock}`;
  if (resolved.unknownMonth) return `${year}-XX`;
  if (resolved.month === undefined) return `${year}${clock}`;
  if (resolved.day === undefined) return `${year}-${pad(resolved.month, 2)}`;
  return `${year}-${pad(resolved.month, 2)}-${pad(resolved.day, 2)}${clock}`;
}

/** P3Y, P18M, PT2H, PXY; halves become the next smaller unit (ein halbes Jahr → P6M). */
export function formatDuration(amount: number | undefined, unit: DurationUnit): string {
  const clock = unit === 'TH' || unit === 'TM' || unit === 'TS';
  const letter = clock ? unit.slice(1) : unit;
  if (amount === undefined) return `P${clock ? 'T' : ''}X${letter}`;
  if (unit === 'Q') return formatDuration(amount * 3, 'M');
  if (unit === 'H') return formatDuration(amount * 6, 'M');
  if (!Number.isInteger(amount)) {
    const smaller: Partial<Record<DurationUnit, [DurationUnit, number]>> = {
      Y: ['M', 12],
      W: ['D', 7],
      D: ['TH', 24],
      TH: ['TM', 60],
      TM: ['TS', 60],
      DE: ['Y', 10],
      CE: ['Y', 100],
    };
    const next = smaller[unit];
    if (next && Number.isInteger(amount * next[1])) return formatDuration(amount * next[1], next[0]);
  }
  return `P${clock ? 'T' : ''}${amount}${letter}`;
}

/** What a resolved value says of the calendar (2024-09-11, 2024-09, 2024, 2024-Q3 → its year): the narrative reference. */
export function partialDateOfValue(value: string): PartialDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[-T/])/.exec(value);
  if (!match) return undefined;
  return {
    year: Number(match[1]),
    ...(match[2] !== undefined && { month: Number(match[2]) }),
    ...(match[3] !== undefined && { day: Number(match[3]) }),
  };
}

export { dayNumber, fromDayNumber, mondayOfIsoWeek };
