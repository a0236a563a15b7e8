// The grammar of German time expressions over the token table: at a token that
// can start one, it reads the longest expression it can (a date, a range, a clock
// time, a duration, a recurrence, a relative or vague reference) and returns its
// span, type and raw value. Words come from the time lexicon; every reading looks
// at a bounded number of tokens, so tagging a document is linear in its length.

import { Kind } from '../text/token-table.js';
import { Flag } from '../text/token-table.js';
import { Shape, type TokenView } from '../text/token-view.js';
import { isValidDate } from './calendar.js';
import type { DurationUnit, NumberFacts, PeriodUnit, TimeLexicon, TimeWord, TimexMod } from './time-lexicon.js';
import type { RawValue, TimePoint } from './time-value.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One expression the grammar read: tokens first…last (inclusive). */
export interface TimexCandidate {
  first: number;
  last: number;
  type: TimexType;
  raw: RawValue;
  mod?: TimexMod;
  /** The grammar rule that read it (recorded as the timex's source). */
  rule: string;
  /** A date without a year that takes the year of the last date named (narrative reading). */
  bare?: 'year' | 'month' | 'season' | 'weekday';
  /** Characters to cut from the last token's end (the sentence-final dot of KW 47.). */
  trimEnd?: number;
  /**
   * A time named beside the story's (in brackets, a boundary or an attribute: seit 1939
   * okkupiert, die Grenze von 1940, bis 1881): later dates without a year do not take its year.
   */
  aside?: boolean;
  /** A look back (im letzten Jahr, zwei Jahre zuvor): later relative expressions count from it, the story's year stays. */
  lookBack?: boolean;
  /** The expression stands in a heading (a short line without a full stop): its year holds for the section. */
  heading?: boolean;
  /** A heading without a time expression stands between the previous candidate and this one. */
  afterHeading?: boolean;
}

export interface GrammarOptions {
  /**
   * 'project' (default): the conventions of ANNOTATION.md. 'timeml': also the vague
   * references TimeML corpora annotate (jetzt, bald, kurz darauf) and nach + a
   * duration as a date (nach zwei Tagen).
   */
  conventions?: 'project' | 'timeml';
  /** 'narrative': histories, where in + a duration means within it (in zwei Wochen eroberten sie …), not from now. */
  reading?: 'document' | 'narrative';
}

interface PointReading {
  point: TimePoint;
  last: number;
  rule: string;
  mod?: TimexMod;
  /** Characters to cut from the last token's end (the sentence-final dot of KW 47.). */
  trimEnd?: number;
  /** A reading that needs context to count (a year, month, season or weekday standing alone). */
  bare?: TimexCandidate['bare'];
  /** The point names a calendar day (a range or a clock time may join it). */
  hasDay?: boolean;
  /** A bare day ordinal (11.) or clock number that can only open a range. */
  rangeOpener?: 'day' | 'clock';
}

const NO_WORD: TimeWord = {};

/** What a token's form is in a time expression: asked once per word form (form-memo.ts). */
function timeWordOf(view: TokenView, i: number, lexicon: TimeLexicon): TimeWord {
  const norm = view.norm[i]!;
  const kind = view.kind[i];
  if (kind === Kind.Number || kind === Kind.Ordinal || kind === Kind.Time) {
    const digits = numberFactsOf(view.surface[i]!, kind);
    return digits ? { digits, starter: true, durationStarter: true, pointStarter: true } : NO_WORD;
  }
  if (kind === Kind.Date) return DATE_TOKEN;
  const word = lexicon.words.get(norm);
  if (word) return word;
  if (view.kind[i] !== Kind.Word) return NO_WORD;
  if (DECADE.test(norm) || norm.includes('erjahre')) return DECADE_FORM;
  // A verb is written small; Vorhaben is a noun.
  if ((view.shape[i]! & Shape.Capitalised) !== 0) return NO_WORD;
  return separableVerbOf(norm, lexicon) ?? NO_WORD;
}

/** A finite verb joined to its particle (stattfand, teilnahmen, vorstellte): the tense of the verb. */
function separableVerbOf(norm: string, lexicon: TimeLexicon): TimeWord | undefined {
  for (const prefix of lexicon.separablePrefixes) {
    if (norm.length > prefix.length + 2 && norm.startsWith(prefix)) {
      const tense = lexicon.words.get(norm.slice(prefix.length))?.tense;
      if (tense) return tense === 'past' ? PAST_VERB : FUTURE_VERB;
    }
  }
  return undefined;
}

const PAST_VERB: TimeWord = { tense: 'past' };
const FUTURE_VERB: TimeWord = { tense: 'future' };

/** A date token (11.09.2024, 2024-09-11, 12.9.): the grammar parses it where it stands. */
const DATE_TOKEN: TimeWord = { starter: true, pointStarter: true };

/** The meanings of a number's digits, or undefined when it can be none (38.000, 0681, 3,14159). */
function numberFactsOf(text: string, kind: number): NumberFacts | undefined {
  const facts: NumberFacts = {};
  if (kind === Kind.Ordinal) {
    const match = DAY_ORDINAL.exec(text);
    if (match) {
      const value = Number(match[1]);
      facts.small = value;
      if (value >= 1 && value <= 31) facts.day = value;
    }
  } else {
    const clock = CLOCK.exec(text);
    if (clock) {
      const hour = Number(clock[1]);
      const minute = Number(clock[2]);
      if (hour <= 24 && minute <= 59) facts.clock = { hour, minute };
    }
    if (kind === Kind.Number) {
      if (YEAR.test(text)) {
        const year = Number(text);
        if (year >= 1000 && year <= MAX_YEAR) facts.year = year;
      }
      if (SHORT_NUMBER.test(text)) facts.small = Number(text);
      if (DECIMAL.test(text)) facts.quantity = Number(text.replace(',', '.'));
      const monthYear = MONTH_YEAR.exec(text);
      if (monthYear) facts.monthYear = { month: Number(monthYear[1]), year: Number(monthYear[2]) };
      // 478 (v. Chr.) and other numbers of up to four digits may be years before Christ.
      if (/^\d{1,4}$/.test(text)) facts.quantity ??= Number(text);
    }
  }
  return Object.keys(facts).length > 0 ? facts : undefined;
}

/** An unlisted form shaped like a decade (2020er-Jahre, Neunzigerjahre). */
const DECADE_FORM: TimeWord = { decadeForm: true, starter: true };
const MAX_YEAR = 2199;

const YEAR = /^\d{4}$/;
const SHORT_NUMBER = /^\d{1,2}$/;
const DECIMAL = /^\d{1,3}(?:,\d{1,2})?$/;
const DAY_ORDINAL = /^(\d{1,2})\.$/;
const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;
const MONTH_YEAR = /^(0[1-9]|1[0-2])[./](\d{4})$/;
const DECADE = /^(\d{2}|\d{4})er(?:-(jahre|jahren|jahrs))?$/;

export class TimeGrammar {
  private readonly timeml: boolean;
  private readonly words: TimeWord[];
  private readonly narrative: boolean;

  constructor(
    private readonly view: TokenView,
    private readonly lexicon: TimeLexicon,
    options: GrammarOptions = {},
  ) {
    this.timeml = options.conventions === 'timeml';
    // What each token is in a time expression, read once per token from the answers kept per word form.
    this.words = view.answers.perToken(timeWordOf, view, lexicon);
    this.narrative = options.reading === 'narrative';
  }

  word(i: number): TimeWord {
    if (i < 0 || i >= this.view.count) return NO_WORD;
    return this.words[i]!;
  }

  /** Can a time expression start at token i? (Cheap: one memo read and the token kind.) */
  mayStart(i: number): boolean {
    return this.words[i]!.starter === true;
  }

  private norm(i: number): string {
    return i >= 0 && i < this.view.count ? this.view.norm[i]! : '';
  }

  private surface(i: number): string {
    return i >= 0 && i < this.view.count ? this.view.surface[i]! : '';
  }

  private kind(i: number): number {
    return i >= 0 && i < this.view.count ? this.view.kind[i]! : -1;
  }

  /** Token j continues the expression: it exists and no blank line comes before it. */
  private joins(j: number): boolean {
    return j < this.view.count && (this.view.flags[j]! & Flag.BlankLineBefore) === 0;
  }

  /** Token j follows j-1 with no space (2025/26, 11.–12.). */
  private touches(j: number): boolean {
    return j < this.view.count && (this.view.flags[j]! & Flag.SpaceBefore) === 0;
  }

  private isSentenceStart(i: number): boolean {
    return i === 0 || this.view.sentence[i - 1] !== this.view.sentence[i];
  }

  private isLineStart(i: number): boolean {
    return i === 0 || (this.view.flags[i]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) !== 0;
  }

  private yearAt(i: number): number | undefined {
    return this.kind(i) === Kind.Number ? this.word(i).digits?.year : undefined;
  }

  private dayOrdinalAt(i: number): number | undefined {
    return this.kind(i) === Kind.Ordinal ? this.word(i).digits?.day : undefined;
  }

  /** An ordinal number as digits (3.) or word (dritten). */
  private ordinalAt(i: number): number | undefined {
    const day = this.dayOrdinalAt(i);
    if (day !== undefined) return day;
    return this.word(i).ordinal;
  }

  private quantityAt(i: number): { amount: number | undefined; last: number } | undefined {
    const kind = this.kind(i);
    if (kind === Kind.Number) {
      const text = this.surface(i);
      if (!DECIMAL.test(text)) return undefined;
      const amount = this.word(i).digits!.quantity!;
      if (this.word(i + 1).half && this.joins(i + 1)) return undefined;
      return { amount, last: i };
    }
    const word = this.word(i);
    if (word.vagueQuantity) return { amount: undefined, last: i };
    if (this.norm(i) === 'ein' && this.norm(i + 1) === 'paar') return { amount: undefined, last: i + 1 };
    if (word.number !== undefined) {
      if (word.half) return { amount: 0.5, last: i };
      // ein halbes Jahr, einem halben Jahr
      if (this.word(i + 1).half && word.number === 1) return { amount: 0.5, last: i + 1 };
      return { amount: word.number, last: i };
    }
    return undefined;
  }

  // ───────────── clock times ─────────────

  /** A clock time at i: 14:30, 14:30 Uhr, 10 Uhr, 10.00 Uhr, 4 Uhr 45. `needsUhr`: a bare number needs Uhr. */
  private clockAt(
    i: number,
    needsUhr = true,
  ): { hour: number; minute: number; last: number; uhr: boolean } | undefined {
    const kind = this.kind(i);
    const text = this.surface(i);
    let hour: number;
    let minute = 0;
    let strong = false;
    const digits = this.word(i).digits;
    if (kind === Kind.Time) {
      if (!digits?.clock) return undefined;
      ({ hour, minute } = digits.clock);
      strong = true;
    } else if (kind === Kind.Number) {
      if (digits?.clock) ({ hour, minute } = digits.clock);
      else if (digits?.small !== undefined && text.length <= 2) hour = digits.small;
      else return undefined;
    } else if (kind === Kind.Word && this.norm(i) === 'halb') {
      // halb elf (abends): half an hour before the hour
      const next = this.word(i + 1).number ?? (this.kind(i + 1) === Kind.Number ? Number(this.surface(i + 1)) : NaN);
      if (!Number.isInteger(next) || next < 1 || next > 24) return undefined;
      const after = this.word(i + 2);
      if (!after.clockWord && after.clockAfter === undefined) return undefined;
      return this.clockTail(i + 1, next - 1, 30, false);
    } else if (kind === Kind.Word && this.word(i).number !== undefined && Number.isInteger(this.word(i).number)) {
      // sechs Uhr: a number word needs Uhr
      const number = this.word(i).number!;
      if (number < 1 || number > 24 || !this.word(i + 1).clockWord) return undefined;
      hour = number;
    } else return undefined;
    return this.clockTail(i, hour, minute, strong, needsUhr);
  }

  /** The rest of a clock time after its hour at i: Uhr, minutes (4 Uhr 45), a part of the day (6 Uhr morgens). */
  private clockTail(
    i: number,
    hour: number,
    minute: number,
    strong: boolean,
    needsUhr = true,
  ): { hour: number; minute: number; last: number; uhr: boolean } | undefined {
    if (hour > 24 || minute > 59) return undefined;
    let last = i;
    const uhr = this.word(i + 1).clockWord === true && this.joins(i + 1);
    if (uhr) {
      last = i + 1;
      // 4 Uhr 45
      if (minute === 0 && this.kind(i + 2) === Kind.Number && /^\d{2}$/.test(this.surface(i + 2))) {
        const minutes = Number(this.surface(i + 2));
        if (minutes < 60 && this.norm(i + 3) !== 'uhr') {
          minute = minutes;
          last = i + 2;
        }
      }
    } else if (!strong && needsUhr && this.word(i + 1).clockAfter === undefined) return undefined;
    const after = this.word(last + 1).clockAfter;
    if (after !== undefined && this.joins(last + 1)) {
      last++;
      if (hour < 12) hour += after;
      return { hour, minute, last, uhr: true };
    }
    return { hour, minute, last, uhr };
  }

  /** A clock time or a range of them (09:00 bis 18:30 Uhr, 10–12 Uhr, 16:30–18:30). */
  private clockExpression(i: number): { from: TimePoint; to?: TimePoint; last: number } | undefined {
    const start = this.clockAt(i, false);
    if (!start) return undefined;
    const separator = start.last + 1;
    const joined =
      this.word(separator).rangeSeparator && (this.norm(separator) !== 'und' || this.norm(i - 1) === 'zwischen');
    if (!start.uhr && joined) {
      const end = this.clockAt(separator + 1, true);
      if (end && (end.uhr || this.kind(separator + 1) === Kind.Time)) {
        return {
          from: { hour: start.hour, minute: start.minute },
          to: { hour: end.hour, minute: end.minute },
          last: end.last,
        };
      }
    }
    if (start.uhr && joined) {
      const end = this.clockAt(separator + 1, true);
      if (end) {
        return {
          from: { hour: start.hour, minute: start.minute },
          to: { hour: end.hour, minute: end.minute },
          last: end.last,
        };
      }
    }
    if (!start.uhr && this.kind(i) !== Kind.Time) return undefined;
    if (this.word(i - 1).countBefore) return undefined;
    return { from: { hour: start.hour, minute: start.minute }, last: start.last };
  }

  // ───────────── calendar points ─────────────

  /** A year, with v. Chr. after it when written. */
  private yearReading(i: number): PointReading | undefined {
    const year = this.yearAt(i) ?? this.bcYearAt(i);
    if (year === undefined) return undefined;
    const bc = this.christAfter(i + 1);
    if (bc) return { point: { year, bc: bc.bc }, last: bc.last, rule: 'year' };
    if (this.yearAt(i) === undefined) return undefined;
    return { point: { year }, last: i, rule: 'year', bare: 'year' };
  }

  /** A number of one to three digits that v. Chr. makes a year (478 v. Chr.). */
  private bcYearAt(i: number): number | undefined {
    if (this.kind(i) !== Kind.Number || !/^\d{1,4}$/.test(this.surface(i))) return undefined;
    return this.christAfter(i + 1) ? Number(this.surface(i)) : undefined;
  }

  private christAfter(j: number): { bc: boolean; last: number } | undefined {
    for (const phrase of this.word(j).phrases ?? []) {
      if (phrase.role !== 'beforeChrist' && phrase.role !== 'afterChrist') continue;
      if (phrase.rest.every((form, k) => this.norm(j + 1 + k) === form)) {
        return { bc: phrase.role === 'beforeChrist', last: j + phrase.rest.length };
      }
    }
    return undefined;
  }

  /** A year written after a period (März 2025, Sept. 2024, Frühjahr 2026, Jahr 2024); not part of a count. */
  private trailingYear(j: number): { year: number; bc?: boolean; last: number } | undefined {
    if (!this.joins(j)) return undefined;
    const year = this.yearReading(j);
    if (year && year.point.year !== undefined) {
      if (year.bare && this.looksLikeCountAfter(j)) return undefined;
      return { year: year.point.year, ...(year.point.bc && { bc: true }), last: year.last };
    }
    return undefined;
  }

  private looksLikeCountAfter(j: number): boolean {
    // 2023/187 (a file number), 2014/55/EU
    if (this.norm(j + 1) === '/' && this.touches(j + 1) && this.kind(j + 2) === Kind.Number) {
      const next = this.surface(j + 2);
      const year = Number(this.surface(j));
      if (
        !(next.length === 2 && Number(next) === (year + 1) % 100) &&
        !(next.length === 4 && Number(next) === year + 1)
      ) {
        return true;
      }
    }
    return false;
  }

  /** The end of a number chain: 187/2025, 8760-1243, 10.2-41/2026 (file, phone and issue numbers). */
  private isNumberTail(i: number): boolean {
    const joiner = this.norm(i - 1);
    return (
      (joiner === '/' || joiner === '-') &&
      this.touches(i) &&
      this.touches(i - 1) &&
      (this.kind(i - 2) === Kind.Number || this.word(i - 3).countBefore === true)
    );
  }

  /** A calendar point at i without modifiers before it. */
  pointAt(i: number): PointReading | undefined {
    const word = this.word(i);
    const kind = this.kind(i);

    // Dienstag, 11. Juni 2024 / Mo., 5.3.
    if (word.weekday !== undefined) {
      let j = i + 1;
      if (this.norm(j) === ',' || this.norm(j) === 'den') j++;
      if (this.norm(j) === 'den') j++;
      if (this.joins(j)) {
        const date = this.dayDate(j);
        if (date) return { ...date, point: { ...date.point, weekday: word.weekday }, rule: 'weekday-date' };
      }
      if (kind === Kind.Word || kind === Kind.Abbreviation) {
        if (kind === Kind.Abbreviation && this.norm(i).length <= 3) return undefined;
        // Donnerstag nächster Woche
        const next = this.word(i + 1);
        if (next.relativeAdjective !== undefined && this.word(i + 2).period === 'W') {
          return {
            point: {
              weekday: word.weekday,
              week: 0,
              shift: { unit: 'W', amount: next.relativeAdjective, reference: 'document' },
            },
            last: i + 2,
            rule: 'weekday-of-week',
            hasDay: true,
          };
        }
        return { point: { weekday: word.weekday }, last: i, rule: 'weekday', bare: 'weekday', hasDay: true };
      }
    }
    const day = this.dayDate(i);
    if (day) return day;

    if (kind === Kind.Number) {
      // Ausgabe 10/2025, Nr. 3/2026: an issue or file number
      if (this.word(i - 1).countBefore) return undefined;
      const monthYear = MONTH_YEAR.exec(this.surface(i));
      if (monthYear)
        return { point: { year: Number(monthYear[2]), month: Number(monthYear[1]) }, last: i, rule: 'month-year' };
      // 03/2025
      if (
        /^(0[1-9]|1[0-2])$/.test(this.surface(i)) &&
        this.norm(i + 1) === '/' &&
        this.touches(i + 1) &&
        this.touches(i + 2)
      ) {
        const year = this.yearAt(i + 2);
        if (year !== undefined)
          return { point: { year, month: Number(this.surface(i)) }, last: i + 2, rule: 'month-year' };
      }
      const year = this.yearReading(i);
      if (year) {
        // 2025/26 is a range, read by the caller
        return year;
      }
      return undefined;
    }

    if (word.month !== undefined) {
      const year = this.trailingYear(i + 1);
      if (year)
        return {
          point: { month: word.month, year: year.year, ...(year.bc && { bc: true }) },
          last: year.last,
          rule: 'month',
        };
      const ofYear = this.ofTheYear(i + 1);
      if (ofYear) return { point: { month: word.month, ...ofYear.point }, last: ofYear.last, rule: 'month-of-year' };
      return { point: { month: word.month }, last: i, rule: 'month', bare: 'month' };
    }

    // 1. Quartal 2024, ersten Quartal, 2. Halbjahr 2025, 20. Jahrhundert
    const ordinal = this.ordinalAt(i);
    if (ordinal !== undefined && this.joins(i + 1)) {
      const next = this.word(i + 1);
      if (next.quarterWord && ordinal <= 4) return this.withYear({ quarter: ordinal }, i + 1, 'quarter');
      if ((next.halfYearWord || this.norm(i + 1) === 'hj') && ordinal <= 2)
        return this.withYear({ half: ordinal }, i + 1, 'half-year');
      if (next.centuryWord && this.dayOrdinalAt(i) !== undefined) {
        const bc = this.christAfter(i + 2);
        return {
          point: { century: bc?.bc ? ordinal - 1 : ordinal - 1, ...(bc?.bc && { bc: true }) },
          last: bc ? bc.last : i + 1,
          rule: 'century',
        };
      }
    }
    if (word.quarterAbbreviation !== undefined) {
      let j = i + 1;
      if (this.norm(j) === '/' && this.touches(j)) j++;
      const year = this.trailingYear(j);
      if (year)
        return { point: { quarter: word.quarterAbbreviation, year: year.year }, last: year.last, rule: 'quarter' };
      return undefined;
    }
    if (word.halfYearAbbreviation !== undefined) {
      let j = i + 1;
      if (this.norm(j) === '/' && this.touches(j)) j++;
      const year = this.trailingYear(j);
      if (year)
        return { point: { half: word.halfYearAbbreviation, year: year.year }, last: year.last, rule: 'half-year' };
      return undefined;
    }
    const weekText = word.weekWord ? this.surface(i + 1).replace(/\.$/, '') : '';
    if (
      word.weekWord &&
      (this.kind(i + 1) === Kind.Number || this.kind(i + 1) === Kind.Ordinal) &&
      SHORT_NUMBER.test(weekText)
    ) {
      const week = Number(weekText);
      if (week >= 1 && week <= 53) {
        let j = i + 2;
        if (this.norm(j) === '/' && this.touches(j)) j++;
        const year = this.trailingYear(j);
        if (year) return { point: { week, year: year.year }, last: year.last, rule: 'week' };
        // KW 47. at a sentence's end: the ordinal's dot closes the sentence
        const trimEnd = this.kind(i + 1) === Kind.Ordinal ? 1 : 0;
        return { point: { week }, last: i + 1, rule: 'week', ...(trimEnd && { trimEnd }) };
      }
    }
    // Jahr 2024, Haushaltsjahr 2025
    if (word.yearWord) {
      const year = this.trailingYear(i + 1);
      if (year) return { point: { year: year.year, ...(year.bc && { bc: true }) }, last: year.last, rule: 'year-noun' };
    }
    if (word.season !== undefined) {
      const year = this.trailingYear(i + 1);
      if (year) return { point: { season: word.season, year: year.year }, last: year.last, rule: 'season' };
      const ofYear = this.ofTheYear(i + 1);
      if (ofYear) return { point: { season: word.season, ...ofYear.point }, last: ofYear.last, rule: 'season-of-year' };
      return { point: { season: word.season }, last: i, rule: 'season', bare: 'season' };
    }
    // 2020er-Jahre, 90er Jahren, zwanziger Jahre
    if (word.decadeForm) {
      const decade = DECADE.exec(this.norm(i));
      if (decade) {
        const digits = decade[1]!;
        const point: TimePoint =
          digits.length === 4 ? { decade: Number(digits.slice(0, 3)) } : { decadeOfCentury: Number(digits[0]) };
        const last = !decade[2] && this.word(i + 1).decadeNoun && this.joins(i + 1) ? i + 1 : i;
        return { point, last, rule: 'decade' };
      }
    }
    if (word.decadeWord !== undefined && this.word(i + 1).decadeNoun) {
      return { point: { decadeOfCentury: word.decadeWord }, last: i + 1, rule: 'decade' };
    }
    // Neunzigerjahre, Zwanzigerjahren
    if (word.decadeForm) {
      const norm = this.norm(i);
      const at = norm.indexOf('erjahre');
      if (at > 0) {
        const decadeWord = this.lexicon.words.get(norm.slice(0, at + 2))?.decadeWord;
        if (decadeWord !== undefined) return { point: { decadeOfCentury: decadeWord }, last: i, rule: 'decade' };
      }
    }
    return this.relativePoint(i);
  }

  /** des Jahres 1972, des Jahres, des folgenden Jahres, desselben Jahres after a month or season. */
  private ofTheYear(j: number): { point: TimePoint; last: number } | undefined {
    const article = this.norm(j);
    if (article === 'desselben' || article === 'dieses') {
      if (this.word(j + 1).yearWord)
        return { point: { shift: { unit: 'Y', amount: 0, reference: 'narrative' } }, last: j + 1 };
      return undefined;
    }
    const bare = this.word(j);
    if (bare.relativeAdjective !== undefined && this.word(j + 1).yearWord && this.norm(j + 1).endsWith('s')) {
      return {
        point: {
          shift: { unit: 'Y', amount: bare.relativeAdjective, reference: bare.narrative ? 'narrative' : 'document' },
        },
        last: j + 1,
      };
    }
    if (article !== 'des') return undefined;
    const next = this.word(j + 1);
    if (next.yearWord) {
      const year = this.trailingYear(j + 2);
      if (year) return { point: { year: year.year, ...(year.bc && { bc: true }) }, last: year.last };
      return { point: { shift: { unit: 'Y', amount: 0, reference: 'narrative' } }, last: j + 1 };
    }
    if (next.relativeAdjective !== undefined && this.word(j + 2).yearWord) {
      return {
        point: {
          shift: { unit: 'Y', amount: next.relativeAdjective, reference: next.narrative ? 'narrative' : 'document' },
        },
        last: j + 2,
      };
    }
    return undefined;
  }

  /** A period noun, then a year if one follows. */
  private withYear(point: TimePoint, noun: number, rule: string): PointReading {
    let j = noun + 1;
    if (this.norm(j) === 'des' && this.word(j + 1).yearWord) j += 2;
    const year = this.trailingYear(j);
    if (year) return { point: { ...point, year: year.year }, last: year.last, rule };
    return { point, last: noun, rule };
  }

  /** A date to the day: 11. September 2024, 11. Sept., 11.09.2024, 2024-09-11, 12.9. */
  private dayDate(i: number): PointReading | undefined {
    const kind = this.kind(i);
    if (kind === Kind.Date) {
      const text = this.surface(i);
      const iso = ISO_DATE.exec(text);
      if (iso) {
        const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
        if (!isValidDate(year, month, day)) return undefined;
        return { point: { year, month, day }, last: i, rule: 'numeric-date', hasDay: true };
      }
      const numeric = NUMERIC_DATE.exec(text);
      if (!numeric) return undefined;
      const day = Number(numeric[1]);
      const month = Number(numeric[2]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      const yearText = numeric[3];
      if (yearText === undefined) {
        // 12.9. 2024
        const year = this.trailingYear(i + 1);
        if (year)
          return { point: { day, month, year: year.year }, last: year.last, rule: 'numeric-date', hasDay: true };
        return { point: { day, month }, last: i, rule: 'numeric-date', hasDay: true };
      }
      const point: TimePoint =
        yearText.length === 4 ? { day, month, year: Number(yearText) } : { day, month, shortYear: Number(yearText) };
      return { point, last: i, rule: 'numeric-date', hasDay: true };
    }
    const day = this.dayOrdinalAt(i);
    if (day === undefined || !this.joins(i + 1)) return undefined;
    const month = this.word(i + 1).month;
    if (month === undefined) return undefined;
    const year = this.trailingYear(i + 2);
    if (year) {
      return {
        point: { day, month, year: year.year, ...(year.bc && { bc: true }) },
        last: year.last,
        rule: 'day-month-year',
        hasDay: true,
      };
    }
    // 4. Oktober, 1777
    if (this.norm(i + 2) === ',' && this.yearAt(i + 3) !== undefined && this.kind(i + 4) !== Kind.Number) {
      const late = this.trailingYear(i + 3);
      if (late)
        return { point: { day, month, year: late.year }, last: late.last, rule: 'day-month-year', hasDay: true };
    }
    // 8. Mai desselben Jahres, 3. März des folgenden Jahres
    const ofYear = this.ofTheYear(i + 2);
    if (ofYear)
      return { point: { day, month, ...ofYear.point }, last: ofYear.last, rule: 'day-month-of-year', hasDay: true };
    return { point: { day, month }, last: i + 1, rule: 'day-month', hasDay: true };
  }

  /** Relative points: im vergangenen Jahr, nächste Woche, gestern, Vorjahr, Jahresende, am selben Tag. */
  private relativePoint(i: number): PointReading | undefined {
    const word = this.word(i);
    if (word.relativeDay !== undefined) {
      const norm = this.norm(i);
      // "Morgen" as a noun is the morning; "von morgen" is no date.
      if (norm === 'morgen' && (this.surface(i) !== 'morgen' || this.norm(i - 1) === 'von')) return undefined;
      if (this.inTitle(i)) return undefined;
      if (norm === 'heute' && this.heuteMeansNowadays(i)) {
        return { point: {}, last: i, rule: 'heute-present', mod: undefined };
      }
      // gestern Abend, heute Morgen: a part of that day
      const part = this.word(i + 1).partOfDay;
      if (part !== undefined && norm !== 'morgen' && this.joins(i + 1)) {
        return {
          point: { partOfDay: part, shift: { unit: 'D', amount: word.relativeDay, reference: 'document' } },
          last: i + 1,
          rule: 'relative-day-part',
          hasDay: true,
        };
      }
      return {
        point: { shift: { unit: 'D', amount: word.relativeDay, reference: 'document' } },
        last: i,
        rule: 'relative-day',
        hasDay: true,
      };
    }
    // am heutigen Samstag, am morgigen Sonntag, am gestrigen Tag: that day (a history's bis zum heutigen Tag: nowadays)
    if (word.relativeDayAdjective !== undefined && this.joins(i + 1)) {
      const next = this.word(i + 1);
      if (this.narrative && word.relativeDayAdjective === 0 && next.period === 'D')
        return { point: {}, last: i + 1, rule: 'heute-present' };
      if ((next.weekday !== undefined && this.kind(i + 1) === Kind.Word) || next.period === 'D') {
        return {
          point: { shift: { unit: 'D', amount: word.relativeDayAdjective, reference: 'document' } },
          last: i + 1,
          rule: 'relative-day',
          hasDay: true,
        };
      }
      return undefined;
    }
    if (word.narrativeCompound) {
      const { unit, offset } = word.narrativeCompound;
      return {
        point: { shift: { unit, amount: offset, reference: 'narrative' } },
        last: i,
        rule: 'narrative-compound',
        hasDay: true,
      };
    }
    if (word.holiday && this.startsWithCapital(i)) {
      const holiday = word.holiday;
      const year = this.trailingYear(i + 1);
      const point: TimePoint =
        'easter' in holiday ? { easter: holiday.easter } : { month: holiday.month, day: holiday.day };
      if (year) {
        point.year = year.year;
        return { point, last: year.last, rule: 'holiday', hasDay: true };
      }
      return { point, last: i, rule: 'holiday', hasDay: true };
    }
    if (word.relativeCompound) {
      const { unit, offset } = word.relativeCompound;
      return { point: { shift: { unit, amount: offset, reference: 'document' } }, last: i, rule: 'relative-compound' };
    }
    if (word.periodCompound) {
      const { unit, mod } = word.periodCompound;
      const year = unit === 'Y' ? this.trailingYear(i + 1) : undefined;
      if (year) return { point: { year: year.year }, last: year.last, rule: 'period-compound', mod };
      return {
        point: { shift: { unit, amount: 0, reference: 'document' } },
        last: i,
        rule: 'period-compound',
        mod,
      };
    }
    if (word.relativeAdjective !== undefined && this.joins(i + 1)) {
      const next = this.word(i + 1);
      const reference = word.narrative ? 'narrative' : 'document';
      if (next.period !== undefined && !next.unit?.startsWith('T')) {
        const unit = next.period;
        // kommenden Sommer: the season's next occurrence
        return {
          point: { shift: { unit, amount: word.relativeAdjective, reference } },
          last: i + 1,
          rule: 'relative-period',
        };
      }
      // kommenden September, letzten Juli: the month's next or last occurrence
      if ((next.month !== undefined || next.season !== undefined) && word.relativeAdjective !== 0 && !word.narrative) {
        const direction = word.relativeAdjective < 0 ? 'past' : 'future';
        const point: TimePoint = next.month !== undefined ? { month: next.month } : { season: next.season! };
        return { point: { ...point, direction }, last: i + 1, rule: 'relative-month' };
      }
      if (next.weekday !== undefined && next.weekdaySet === undefined && this.kind(i + 1) === Kind.Word) {
        if (word.relativeAdjective === 0) return undefined;
        return {
          point: { weekday: next.weekday, direction: word.relativeAdjective < 0 ? 'past' : 'future' },
          last: i + 1,
          rule: 'relative-weekday',
          hasDay: true,
        };
      }
    }
    return undefined;
  }

  /** A word inside a title after a name (GStB aktuell – Digitales, Rathaus heute – Fachmagazin). */
  inTitle(i: number): boolean {
    const previous = i - 1;
    if (previous < 0 || this.kind(previous) !== Kind.Word || !this.startsWithCapital(previous)) return false;
    if (this.isSentenceStart(previous) && this.word(previous) === NO_WORD && !this.isLineStart(previous)) return false;
    const next = i + 1;
    return (
      next >= this.view.count ||
      this.kind(next) === Kind.Punctuation ||
      this.kind(next) === Kind.Quote ||
      this.isLineStart(next)
    );
  }

  /** heute as nowadays (schon heute, bis heute, Menschen von heute) rather than the document's day. */
  private heuteMeansNowadays(i: number): boolean {
    const before = this.norm(i - 1);
    if (this.word(i - 1).presentHeute || this.narrative) return true;
    const after = i + 1;
    // heute, 5. März / heute um 10 Uhr / heute Morgen: the day
    if (
      this.dayDate(after + (this.norm(after) === ',' || this.norm(after) === '(' ? 1 : 0)) ||
      this.norm(after) === 'um' ||
      // heute ab 15 Uhr, heute und morgen: the day
      (this.norm(after) === 'ab' && this.clockAt(after + 1) !== undefined) ||
      ((this.norm(after) === 'und' || this.norm(after) === 'oder') && this.norm(after + 1) === 'morgen')
    ) {
      return false;
    }
    if (['morgen', 'vormittag', 'nachmittag', 'abend', 'früh', 'nacht', 'mittag'].includes(this.norm(after)))
      return false;
    if (['ab', 'bis', 'seit'].includes(before)) return false;
    // heute 15–20 Uhr, Heute Filmclub 20 Uhr: a clock time close after it
    for (let j = after; j <= after + 2 && this.joins(j); j++) if (this.clockExpression(j)) return false;
    // stellte heute … vor, hat heute beschlossen: the day of the report; Heute ist das die
    // Ausnahme, muss heute fast immer …, wie heute (in a clause without a report's verb): nowadays
    return this.clauseTenseOf(i) !== 'past';
  }

  /** A point with the modifiers written before it: Anfang März, Ende 2025, Mitte der 2020er-Jahre, späten Frühjahr 1861, um 1900. */
  modifiedPointAt(i: number): PointReading | undefined {
    const word = this.word(i);
    // im Laufe des Jahres 2025, im Verlauf des 18. August
    if (word.spanOpener && (this.norm(i + 1) === 'des' || this.norm(i + 1) === 'der') && this.joins(i + 2)) {
      const j = i + 2;
      if (this.word(j).yearWord) {
        const year = this.trailingYear(j + 1);
        const point: TimePoint = year
          ? { year: year.year, ...(year.bc && { bc: true }) }
          : { shift: { unit: 'Y', amount: 0, reference: 'narrative' } };
        return { point, last: year ? year.last : j, rule: 'span-opener-year' };
      }
      const inner = this.pointAt(j);
      if (inner && !inner.bare) return { ...inner, rule: `span-opener-${inner.rule}` };
      return undefined;
    }
    const partOfDay = this.partOfDayAt(i);
    if (partOfDay) return partOfDay;
    if (word.part && this.joins(i + 1)) {
      let j = i + 1;
      const article = this.norm(j);
      if (article === 'des' || article === 'der' || article === 'den') j++;
      // Ende des Jahres (1939), Anfang der Woche, Ende des Monats; Ende Jahr, Anfang Monat (Swiss)
      const noun = this.word(j);
      const singular = noun.period === 'Y' || noun.period === 'M' || noun.period === 'W' || noun.period === 'Q';
      if ((j > i + 1 || singular) && noun.period !== undefined && noun.season === undefined) {
        const year = noun.period === 'Y' ? this.trailingYear(j + 1) : undefined;
        if (year) {
          return {
            point: { year: year.year, ...(year.bc && { bc: true }) },
            last: year.last,
            rule: 'part-of-year',
            mod: word.part,
          };
        }
        return {
          point: { shift: { unit: noun.period, amount: 0, reference: 'document' } },
          last: j,
          rule: 'part-of-period',
          mod: word.part,
        };
      }
      const inner = this.pointAt(j);
      if (inner && inner.bare !== 'weekday' && inner.point.hour === undefined && inner.point.day === undefined) {
        return { ...inner, bare: undefined, mod: word.part, rule: `part-${inner.rule}` };
      }
      return undefined;
    }
    if (word.partAdjective && this.joins(i + 1)) {
      const inner = this.pointAt(i + 1);
      if (
        inner &&
        (inner.point.season !== undefined ||
          inner.point.decade !== undefined ||
          inner.point.decadeOfCentury !== undefined ||
          inner.point.century !== undefined)
      ) {
        return { ...inner, bare: undefined, mod: word.partAdjective, rule: `part-${inner.rule}` };
      }
      return undefined;
    }
    if (
      word.approximator &&
      (this.norm(i) === 'um' || this.norm(i) === 'circa' || this.norm(i) === 'ca.' || this.norm(i) === 'etwa')
    ) {
      const inner = this.pointAt(i + 1);
      // um 1900, um 449 v. Chr.; not um 10 Uhr (a clock time) or rund 2000 Teilnehmende
      if (
        inner &&
        inner.point.year !== undefined &&
        inner.point.month === undefined &&
        !this.word(inner.last + 1).clockWord
      ) {
        if (inner.bare === 'year' && (this.norm(i) !== 'um' || this.kind(inner.last + 1) === Kind.Word)) {
          if (this.startsWithCapital(inner.last + 1)) return undefined;
        }
        return { ...inner, bare: undefined, mod: 'APPROX', rule: `approx-${inner.rule}` };
      }
    }
    return this.pointAt(i);
  }

  /** Morgen des 22. Juni 1941, frühen Morgen des 6. Juni, Abend desselben Tages: a TIME on that day. */
  private partOfDayAt(i: number): PointReading | undefined {
    let j = i;
    if (this.word(j).partAdjective) j++;
    const part = this.word(j).partOfDay;
    if (part === undefined || !this.startsWithCapital(j)) return undefined;
    const article = this.norm(j + 1);
    if ((article === 'desselben' || article === 'dieses') && this.word(j + 2).period === 'D') {
      return {
        point: { partOfDay: part, shift: { unit: 'D', amount: 0, reference: 'narrative' } },
        last: j + 2,
        rule: 'part-of-day',
        hasDay: true,
      };
    }
    if (article !== 'des' || !this.joins(j + 2)) return undefined;
    const date = this.dayDate(j + 2);
    if (!date) return undefined;
    return { point: { ...date.point, partOfDay: part }, last: date.last, rule: 'part-of-day', hasDay: true };
  }

  private startsWithCapital(j: number): boolean {
    return j < this.view.count && this.kind(j) === Kind.Word && (this.view.shape[j]! & Shape.Capitalised) !== 0;
  }

  // ───────────── the expression at a token ─────────────

  /** The longest time expression that starts at token i, if any. */
  readAt(i: number): TimexCandidate | undefined {
    const word = this.word(i);
    const kind = this.kind(i);

    const single = this.singleWordAt(i, word);
    if (single) return single;

    const set = this.setAt(i, word);
    if (set) return set;

    // vor drei Jahren, in zwei Wochen, vor einigen Jahren. TimeML corpora annotate the
    // duration alone (vor [drei Jahren]: P3Y), leaving the point it anchors implicit.
    const norm = this.norm(i);
    if (
      !this.timeml &&
      (norm === 'vor' || (norm === 'in' && !this.narrative)) &&
      this.joins(i + 1) &&
      this.word(i + 1).durationStarter === true
    ) {
      const duration = this.durationAt(i + 1);
      // in sechs Monaten wurden …: within, a duration; in zwei Wochen (from now): a date
      const within = norm === 'in' && (duration?.amount === undefined || this.clauseTenseOf(i) === 'past');
      if (duration && !within && duration.unit !== undefined && !duration.unit.startsWith('T') && !duration.relative) {
        return this.shiftedDuration(i, duration, norm === 'vor' ? -1 : 1);
      }
    }

    // seit Jahren, seit Monaten: a vague duration; vor Jahren: a vague past
    if (word.unit && !word.unit.startsWith('T') && isPluralUnit(norm) && this.startsWithCapital(i)) {
      const before = this.norm(i - 1);
      if (before === 'seit' || before === 'über' || (this.timeml && before === 'vor')) {
        return {
          first: i,
          last: i,
          type: 'DURATION',
          raw: { kind: 'duration', amount: undefined, unit: word.unit },
          rule: 'vague-duration',
        };
      }
    }
    if (
      !this.timeml &&
      norm === 'vor' &&
      this.word(i + 1).unit &&
      isPluralUnit(this.norm(i + 1)) &&
      this.startsWithCapital(i + 1)
    ) {
      return { first: i, last: i + 1, type: 'DATE', raw: { kind: 'literal', value: 'PAST_REF' }, rule: 'vague-shift' };
    }
    // A word that opens neither a duration nor a point (in, vor, bis zu without a number) ends here.
    const isWord = kind === Kind.Word || kind === Kind.Abbreviation;
    if (isWord && !word.durationStarter && !word.pointStarter && !word.decadeForm) {
      return word.number !== undefined || norm === 'halb' ? this.clockCandidate(i) : undefined;
    }
    const duration = isWord && !word.durationStarter ? undefined : this.durationAt(i);
    if (duration) {
      // zwei Tage später, Einen Tag später
      const after = this.norm(duration.last + 1);
      if (
        duration.amount === undefined &&
        !duration.relative &&
        (after === 'später' || after === 'danach' || after === 'darauf' || after === 'zuvor' || after === 'vorher')
      ) {
        const value = after === 'zuvor' || after === 'vorher' ? 'PAST_REF' : 'FUTURE_REF';
        return {
          first: i,
          last: duration.last + 1,
          type: 'DATE',
          raw: { kind: 'literal', value },
          rule: 'vague-shift',
        };
      }
      if (
        duration.amount !== undefined &&
        !duration.unit.startsWith('T') &&
        (after === 'später' || after === 'danach' || after === 'darauf' || after === 'zuvor' || after === 'vorher')
      ) {
        const sign = after === 'zuvor' || after === 'vorher' ? -1 : 1;
        return {
          first: i,
          last: duration.last + 1,
          type: 'DATE',
          raw: {
            kind: 'point',
            point: {
              shift: { unit: durationToPeriod(duration.unit), amount: sign * duration.amount, reference: 'narrative' },
            },
          },
          ...(duration.mod && { mod: duration.mod }),
          rule: 'duration-shift',
        };
      }
      return {
        first: i,
        last: duration.last,
        type: 'DURATION',
        raw: { kind: 'duration', amount: duration.amount, unit: duration.unit },
        ...(duration.mod && { mod: duration.mod }),
        rule: duration.rule,
      };
    }

    const point = isWord && !word.pointStarter && !word.decadeForm ? undefined : this.modifiedPointAt(i);
    if (point) return this.extendPoint(i, point);

    // Ranges whose first end is incomplete alone: 11.–12. September 2024, 4. bis 6. März, 10 bis 16 Uhr
    if (kind === Kind.Ordinal) return this.dayRange(i);
    if (kind === Kind.Number || kind === Kind.Time || word.number !== undefined || norm === 'halb') {
      return this.clockCandidate(i);
    }
    return undefined;
  }

  private singleWordAt(i: number, word: TimeWord): TimexCandidate | undefined {
    const single = literalCandidate;
    if (word.phrases) {
      for (const phrase of word.phrases) {
        if (phrase.role !== 'vague' && !(phrase.role === 'vagueTimeml' && this.timeml)) continue;
        if (phrase.rest.every((form, k) => this.norm(i + 1 + k) === form)) {
          const last = i + phrase.rest.length;
          // zur Zeit der Donkampagne: at the time of, no reference to the present
          if (['der', 'des', 'dieser', 'seiner', 'ihrer'].includes(this.norm(last + 1))) return undefined;
          return single(i, phrase.value!, 'DATE', phrase.role, last);
        }
      }
    }
    if (this.timeml && word.vagueTimeml && this.kind(i) === Kind.Word) {
      if (word.vagueTimeml !== 'FUTURE_REF' || this.norm(i + 1) !== 'als')
        return single(i, word.vagueTimeml, 'DATE', 'vague-timeml');
    }
    if (word.vague) {
      // früher als (earlier than) is a comparison; adverbs only as written in the list (not inflected)
      if (word.vague === 'PAST_REF' && this.norm(i + 1) === 'als') return undefined;
      if (this.inTitle(i)) return undefined;
      return single(i, word.vague, 'DATE', 'vague');
    }
    if (word.durationAdverb) return single(i, word.durationAdverb, 'DURATION', 'duration-adverb');
    if (word.set) return single(i, word.set, 'SET', 'set-adverb');
    if (word.weekdaySet !== undefined) return single(i, `XXXX-WXX-${word.weekdaySet}`, 'SET', 'set-weekday');
    return undefined;
  }

  /** jedes Jahr, pro Jahr, jeden Montag, alle zwei Jahre, einmal im Jahr, zweimal jährlich. */
  private setAt(i: number, word: TimeWord): TimexCandidate | undefined {
    if (
      word.weekdayPlural === undefined &&
      !word.setQuantifier &&
      word.frequency === undefined &&
      !word.quantityPrefix
    ) {
      return undefined;
    }
    const make = (value: string, last: number, rule: string): TimexCandidate => ({
      first: i,
      last,
      type: 'SET',
      raw: { kind: 'literal', value },
      rule,
    });
    // an Samstagen
    if (word.weekdayPlural !== undefined && this.startsWithCapital(i))
      return make(`XXXX-WXX-${word.weekdayPlural}`, i, 'set-weekdays');
    if (word.setQuantifier && this.joins(i + 1)) {
      const next = this.word(i + 1);
      if (next.weekday !== undefined && this.kind(i + 1) === Kind.Word) {
        // jeden Montag um 9 Uhr
        let j = i + 2;
        if (this.norm(j) === 'um' || this.norm(j) === ',') j++;
        const clock = j > i + 2 ? this.clockAt(j, false) : undefined;
        if (clock)
          return make(`XXXX-WXX-${next.weekday}T${pad2(clock.hour)}:${pad2(clock.minute)}`, clock.last, 'set-every');
        return make(`XXXX-WXX-${next.weekday}`, i + 1, 'set-every');
      }
      if (next.season !== undefined && this.norm(i) !== 'alle') return make(`XXXX-${next.season}`, i + 1, 'set-every');
      if (next.setPeriod !== undefined && this.norm(i) !== 'alle') return make(next.setPeriod, i + 1, 'set-every');
      const unit = next.period ?? next.unit;
      if (unit !== undefined && this.norm(i) !== 'alle') {
        const value = periodSetValue(unit, 1);
        if (value) return make(value, i + 1, 'set-every');
      }
      if (this.norm(i) === 'alle' && this.norm(i + 1) === 'paar' && this.word(i + 2).unit) {
        const unit = this.word(i + 2).unit!;
        return make(
          `P${unit.startsWith('T') ? 'T' : ''}X${unit.startsWith('T') ? unit.slice(1) : unit}`,
          i + 2,
          'set-every',
        );
      }
      if (this.norm(i) === 'alle') {
        const quantity = this.quantityAt(i + 1);
        if (quantity && quantity.amount !== undefined) {
          const unitWord = this.word(quantity.last + 1).unit;
          if (unitWord) {
            const value = periodSetValue(unitWord, quantity.amount);
            if (value) return make(value, quantity.last + 1, 'set-every');
          }
        }
      }
    }
    // mindestens einmal pro Woche
    let frequencyAt = i;
    if (word.quantityPrefix && this.word(i + 1).frequency !== undefined) frequencyAt = i + 1;
    if (this.word(frequencyAt).frequency !== undefined) {
      let j = frequencyAt + 1;
      const link = this.norm(j);
      if (link === 'im' || link === 'pro' || link === 'je') j++;
      else if (link === 'in' && this.norm(j + 1) === 'der') j += 2;
      const target = this.word(j);
      if (j > frequencyAt + 1) {
        const unit = target.period ?? target.unit;
        const value = unit && periodSetValue(unit, 1);
        if (value) return make(value, j, 'set-frequency');
      } else if (target.set) return make(target.set, j, 'set-frequency');
    }
    return undefined;
  }

  /** A duration at i: drei Jahre, 18 Monate, rund zwei Jahre, mehr als zehn Jahre, mehrere Jahre, ein halbes Jahr. */
  private durationAt(
    i: number,
  ):
    | { amount: number | undefined; unit: DurationUnit; last: number; mod?: TimexMod; rule: string; relative?: boolean }
    | undefined {
    let j = i;
    let mod: TimexMod | undefined;
    let relative = false;
    const first = this.word(j);
    let prefixed = false;
    if (first.phrases) {
      for (const phrase of first.phrases) {
        if (phrase.role === 'quantityPrefix' && phrase.rest.every((form, k) => this.norm(j + 1 + k) === form)) {
          j += 1 + phrase.rest.length;
          prefixed = true;
          break;
        }
      }
    }
    if (!prefixed && first.quantityPrefix) {
      j++;
      prefixed = true;
    }
    // die ersten acht Wochen, in den letzten zwei Jahren
    if (!prefixed && (first.ordinal === 1 || this.norm(j) === 'letzten') && this.kind(j) === Kind.Word) {
      const quantity = this.quantityAt(j + 1);
      if (quantity && quantity.amount !== undefined && quantity.amount > 1 && this.word(quantity.last + 1).unit) {
        j++;
        prefixed = true;
      }
    }
    if (this.word(j).approximator && this.norm(j) !== 'um') {
      mod = 'APPROX';
      j++;
    }
    // die vergangenen zwei Jahre, in den kommenden Wochen
    if (!prefixed && mod === undefined && this.word(j).relativeAdjective !== undefined && this.norm(j) !== 'diese') {
      const k = j + 1;
      const quantity = this.quantityAt(k);
      const unitAt = quantity ? quantity.last + 1 : k;
      const unit = this.word(unitAt).unit;
      if (unit && (quantity || isPluralUnit(this.norm(unitAt)))) {
        return { amount: quantity?.amount, unit, last: unitAt, rule: 'relative-duration', relative: true };
      }
      return undefined;
    }
    if (j > i && !this.joins(j)) return undefined;
    const quantity = this.quantityAt(j);
    if (!quantity) return undefined;
    let unitAt = quantity.last + 1;
    // ein weiteres Jahr
    if (this.norm(unitAt).startsWith('weitere')) unitAt++;
    if (!this.joins(unitAt)) return undefined;
    const multiple = this.word(unitAt).unitMultiple;
    if (multiple && quantity.amount !== undefined) {
      return {
        amount: quantity.amount * multiple.factor,
        unit: multiple.unit,
        last: unitAt,
        ...(mod && { mod }),
        rule: 'duration',
      };
    }
    const unit = this.word(unitAt).unit;
    if (!unit) return undefined;
    // "ein Tag" needs a singular unit; numbers above one need a plural one (eine Woche, drei Wochen)
    if (quantity.amount === 1 && isPluralUnit(this.norm(unitAt)) && this.kind(j) !== Kind.Number) return undefined;
    if (this.kind(j) === Kind.Number && this.word(j - 1).countBefore) return undefined;
    return { amount: quantity.amount, unit, last: unitAt, ...(mod && { mod }), rule: 'duration' };
  }

  private shiftedDuration(
    i: number,
    duration: { amount: number | undefined; unit: DurationUnit; last: number; mod?: TimexMod },
    sign: number,
  ): TimexCandidate {
    if (duration.amount === undefined) {
      return {
        first: i,
        last: duration.last,
        type: 'DATE',
        raw: { kind: 'literal', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' },
        rule: 'vague-shift',
      };
    }
    return {
      first: i,
      last: duration.last,
      type: 'DATE',
      raw: {
        kind: 'point',
        point: {
          shift: { unit: durationToPeriod(duration.unit), amount: sign * duration.amount, reference: 'document' },
        },
      },
      ...(duration.mod && { mod: duration.mod }),
      rule: sign < 0 ? 'ago' : 'from-now',
    };
  }

  /** After a point: a range to a second point, a clock time on the same day, or the point alone. */
  private extendPoint(i: number, reading: PointReading): TimexCandidate | undefined {
    const separator = reading.last + 1;
    const sepWord = this.word(separator);
    const sepNorm = this.norm(separator);
    if (sepWord.rangeSeparator && this.joins(separator) && reading.point.shift === undefined) {
      const range = this.rangeTo(reading, separator, sepNorm, i);
      if (range) return range;
    }
    if (reading.hasDay && this.joins(separator)) {
      // 5. März um 14:30 Uhr; Donnerstag, 18. September 2025, 09:00 bis 18:30 Uhr
      let j = separator;
      if (this.norm(j) === ',') j++;
      if (this.norm(j) === 'um' || this.norm(j) === 'ab') j++;
      if (j > separator && this.joins(j)) {
        const clock = this.clockExpression(j);
        if (clock) {
          const from = { ...reading.point, hour: clock.from.hour, minute: clock.from.minute };
          const raw: RawValue = clock.to
            ? { kind: 'range', from, to: { hour: clock.to.hour, minute: clock.to.minute } }
            : { kind: 'point', point: from };
          return { first: i, last: clock.last, type: 'TIME', raw, rule: `${reading.rule}-clock` };
        }
      }
    }
    if (reading.bare && !this.bareCounts(i, reading)) return undefined;
    if (reading.rule === 'heute-present') {
      return {
        first: i,
        last: reading.last,
        type: 'DATE',
        raw: { kind: 'literal', value: 'PRESENT_REF' },
        rule: 'heute-present',
      };
    }
    return {
      first: i,
      last: reading.last,
      type: reading.point.partOfDay !== undefined ? 'TIME' : 'DATE',
      raw: { kind: 'point', point: reading.point },
      ...(reading.trimEnd && { trimEnd: reading.trimEnd }),
      ...(reading.mod && { mod: reading.mod }),
      rule: reading.rule,
      ...(reading.bare && { bare: reading.bare }),
    };
  }

  /** The second end of a range after `separator` (bis, –, und, /), if it fits the first. */
  private rangeTo(reading: PointReading, separator: number, sepNorm: string, i: number): TimexCandidate | undefined {
    const from = reading.point;
    // 2025/26, 2024/2025
    if (sepNorm === '/') {
      if (
        from.year === undefined ||
        from.month !== undefined ||
        !this.touches(separator) ||
        !this.touches(separator + 1)
      )
        return undefined;
      const text = this.surface(separator + 1);
      if (this.kind(separator + 1) !== Kind.Number) return undefined;
      let year: number | undefined;
      if (text.length === 2 && Number(text) === (from.year + 1) % 100) year = from.year + 1;
      if (text.length === 4 && Number(text) === from.year + 1) year = from.year + 1;
      if (year === undefined) return undefined;
      return this.rangeCandidate(i, separator + 1, from, { year }, reading, 'year-range');
    }
    let j = separator + 1;
    if (sepNorm === 'bis' && (this.norm(j) === 'zum' || this.norm(j) === 'zur' || this.norm(j) === 'einschließlich'))
      j++;
    if (!this.joins(j)) return undefined;
    const end = this.modifiedPointAt(j);
    if (!end || end.point.shift !== undefined || end.mod !== undefined) return undefined;
    const to = end.point;
    if (!compatible(from, to)) return undefined;
    // für 2026 und 2027: two dates; zwischen 2023 und 2025, die Jahre 2026 und 2027: one range
    const plural = reading.rule === 'year-noun' && (this.norm(i) === 'jahre' || this.norm(i) === 'jahren');
    if (sepNorm === 'und' && this.norm(i - 1) !== 'zwischen' && !plural) return undefined;
    // the end of the range may itself be followed by a clock time (not handled): keep it a date range
    return this.rangeCandidate(i, end.last, from, to, reading, 'range');
  }

  private rangeCandidate(
    i: number,
    last: number,
    from: TimePoint,
    to: TimePoint,
    reading: PointReading,
    rule: string,
  ): TimexCandidate {
    return {
      first: i,
      last,
      type: 'DATE',
      raw: { kind: 'range', from, to },
      ...(reading.mod && { mod: reading.mod }),
      rule,
    };
  }

  /** 11.–12. September 2024, 4. bis 6. März, 11. und 12. Juni */
  private dayRange(i: number): TimexCandidate | undefined {
    const day = this.dayOrdinalAt(i);
    if (day === undefined) return undefined;
    const separator = i + 1;
    const sepNorm = this.norm(separator);
    if (!this.word(separator).rangeSeparator || sepNorm === '/') return undefined;
    let j = separator + 1;
    if (sepNorm === 'bis' && (this.norm(j) === 'zum' || this.norm(j) === 'einschließlich')) j++;
    const end = this.dayDate(j);
    if (!end || end.point.day === undefined || end.point.day <= day) return undefined;
    // 5. und 6. November: two neighbouring days are one range
    if (sepNorm === 'und' && end.point.day !== day + 1 && this.norm(i - 1) !== 'zwischen') return undefined;
    return {
      first: i,
      last: end.last,
      type: 'DATE',
      raw: { kind: 'range', from: { day }, to: end.point },
      rule: 'day-range',
    };
  }

  /** A clock time or clock range alone: 10 Uhr, 14:30, 09:00 bis 18:30 Uhr. */
  private clockCandidate(i: number): TimexCandidate | undefined {
    if (this.word(i - 1).countBefore) return undefined;
    const clock = this.clockExpression(i);
    if (!clock) return undefined;
    const raw: RawValue = clock.to
      ? { kind: 'range', from: clock.from, to: clock.to }
      : { kind: 'point', point: clock.from };
    return { first: i, last: clock.last, type: 'TIME', raw, rule: clock.to ? 'clock-range' : 'clock' };
  }

  /** Whether a year, month, season or weekday standing alone is a time here. */
  private bareCounts(i: number, reading: PointReading): boolean {
    const before = this.contextBefore(i);
    const beforeWord = this.word(before);
    const beforeNorm = this.norm(before);
    switch (reading.bare) {
      case 'year': {
        if (beforeWord.countBefore) return false;
        if (this.looksLikeCountAfter(i) || this.isNumberTail(i)) return false;
        const year = reading.point.year!;
        const previous = i - 1;
        // 34 Schiffe und 1370 Landungsboote: a conjunction joins counts too
        if (beforeWord.conjunction && this.countsNounAfter(reading.last)) return false;
        if (beforeWord.timeContext || beforeWord.prepositionMod || beforeWord.part) return true;
        const prevKind = this.kind(previous);
        // rund 2000 Teilnehmende, über 1500 Anträge
        if (this.word(previous).approximator || this.word(previous).quantityPrefix) return false;
        if (
          this.norm(reading.last + 1) === '%' ||
          this.norm(reading.last + 1) === 'euro' ||
          this.norm(reading.last + 1) === 'prozent'
        )
          return false;
        // 1500 Panzern, 2000 Quadratmeter: a number before the noun it counts
        if (this.countsNounAfter(reading.last)) return false;
        if (prevKind === Kind.Abbreviation || prevKind === Kind.Number || prevKind === Kind.Ordinal) return false;
        const afterName =
          prevKind === Kind.Word &&
          (this.view.shape[previous]! & Shape.Capitalised) !== 0 &&
          !this.isSentenceStart(previous);
        // Histories: Kriegseintritt Frankreichs 1778, Seekrieg 1862 (a heading), Bosniens (1908)
        if (this.narrative) return true;
        if (year < 1900) return false;
        // Agenda 2030, Digitalgipfel 2025, Kieler Open-Data-Tag 2024: a year after a name belongs to it
        return !afterName;
      }
      case 'month':
      case 'season':
        return (
          beforeWord.timeContext === true ||
          beforeWord.prepositionMod !== undefined ||
          beforeWord.part !== undefined ||
          beforeWord.relativeAdjective !== undefined ||
          beforeNorm === 'den' ||
          beforeNorm === 'diesen' ||
          (reading.bare === 'season' && (beforeNorm === 'der' || beforeNorm === 'diesem'))
        );
      case 'weekday':
        // MITTWOCH setzen wir uns …, Montag ist Sitzungstag: a weekday opening its sentence
        if (
          this.isSentenceInitial(i) &&
          this.kind(reading.last + 1) === Kind.Word &&
          !this.startsWithCapital(reading.last + 1)
        )
          return true;
        if (
          (beforeNorm === 'und' || beforeNorm === 'oder' || beforeNorm === 'bis') &&
          this.word(before - 1).weekday !== undefined
        ) {
          return true;
        }
        return [
          'am',
          'bis',
          'ab',
          'seit',
          'vom',
          'zum',
          'jeden',
          'kommenden',
          'nächsten',
          'letzten',
          'vergangenen',
          'diesen',
        ].includes(beforeNorm);
      default:
        return true;
    }
  }

  /** A capitalised noun right after a number that is no time word: the number counts it (1500 Panzern). */
  private countsNounAfter(last: number): boolean {
    const next = last + 1;
    if (!this.joins(next) || this.isLineStart(next) || !this.startsWithCapital(next)) return false;
    return this.word(next) === NO_WORD;
  }

  /** The token before i that says what i is: skips an article (im Jahr, seit dem). */
  private contextBefore(i: number): number {
    return i - 1;
  }

  // ───────────── the preposition before an expression ─────────────

  /** The mod a preposition before token `first` gives (seit 2021 → AFTER, bis 2025 → BEFORE). */
  prepositionModBefore(first: number): TimexMod | undefined {
    const j = this.prepositionBefore(first);
    return j === undefined ? undefined : this.word(j).prepositionMod;
  }

  /** The token of the preposition before an expression (seit dem 12.03., bis spätestens Ende 2025), if any. */
  prepositionBefore(first: number): number | undefined {
    let j = first - 1;
    for (let skipped = 0; skipped < 2 && j >= 0 && this.word(j).betweenPrepositionAndDate; skipped++) j--;
    if (j < 0 || (this.view.flags[j + 1]! & Flag.BlankLineBefore) !== 0) return undefined;
    return this.word(j).prepositionMod !== undefined ? j : undefined;
  }

  /**
   * Which side of the document date a date without a year lies on: seit → before it,
   * ab and bis → after it, else what the sentence's verbs say (reports: before).
   */
  directionOf(first: number, weekday: boolean): 'past' | 'future' | undefined {
    const preposition = this.prepositionBefore(first);
    const norm = preposition === undefined ? '' : this.norm(preposition);
    if (norm === 'seit') return 'past';
    if (norm === 'ab' || norm === 'bis' || norm === 'frühestens' || norm === 'spätestens') return 'future';
    return this.clauseTenseOf(first) ?? this.tenseOf(first) ?? (weekday ? 'past' : undefined);
  }

  /**
   * The tense of the clause around token i, by its finite verbs (hat … beschlossen, findet …
   * statt), before the sentence's: in Die Synode sprach sich am Samstag dafür aus, dass … wird,
   * the Saturday lies in the past. A clause ends at a comma, colon, semicolon, dash or bracket.
   */
  clauseTenseOf(i: number): 'past' | 'future' | undefined {
    let past = false;
    let future = false;
    let modal = false;
    const sentence = this.view.sentence[i]!;
    const note = (t: number): boolean => {
      if (
        this.view.sentence[t] !== sentence ||
        (this.view.kind[t] === Kind.Punctuation && CLAUSE_END.has(this.view.norm[t]!))
      )
        return false;
      const tense = this.word(t).tense;
      if (tense === 'past') past = true;
      else if (tense === 'future') future = true;
      else if (tense === 'modal') modal = true;
      return true;
    };
    for (let t = i, seen = 0; t >= 0 && seen < CLAUSE_TOKENS && note(t); t--, seen++);
    for (let t = i + 1, seen = 0; t < this.view.count && seen < CLAUSE_TOKENS && note(t); t++, seen++);
    return modal ? 'future' : past ? 'past' : future ? 'future' : undefined;
  }

  private readonly tenses = new Map<number, 'past' | 'future' | undefined>();

  /** Whether the sentence of token i reports (past) or announces (future), by its finite verbs. */
  tenseOf(i: number): 'past' | 'future' | undefined {
    const sentence = this.view.sentence[i]!;
    if (this.tenses.has(sentence)) return this.tenses.get(sentence);
    let past = false;
    let future = false;
    let modal = false;
    // The tokens of a sentence are contiguous: walk out from i both ways.
    const note = (t: number) => {
      const tense = this.word(t).tense;
      if (tense === 'past') past = true;
      else if (tense === 'future') future = true;
      else if (tense === 'modal') modal = true;
    };
    for (let t = i; t >= 0 && this.view.sentence[t] === sentence; t--) note(t);
    for (let t = i + 1; t < this.view.count && this.view.sentence[t] === sentence; t++) note(t);
    const tense = modal ? 'future' : past ? 'past' : future ? 'future' : undefined;
    this.tenses.set(sentence, tense);
    return tense;
  }

  isSentenceInitial(i: number): boolean {
    return this.isSentenceStart(i) || this.isLineStart(i);
  }

  // ───────────── the story's time: asides and headings ─────────────

  /**
   * Whether an expression names a time beside the story's: inside brackets, or after
   * a preposition that makes it a boundary or an attribute (bis 1881, seit 1939, die
   * Grenze von 1940), unless it opens its sentence (Vom Dezember 1914 bis …).
   */
  isAside(first: number): boolean {
    if (this.isSentenceInitial(first)) return false;
    const sentence = this.view.sentence[first]!;
    for (
      let j = first - 1, seen = 0;
      j >= 0 && seen < ASIDE_WINDOW && this.view.sentence[j] === sentence;
      j--, seen++
    ) {
      const norm = this.view.norm[j]!;
      if (norm === ')') break;
      if (norm === '(') return true;
    }
    let j = first - 1;
    // Kriegseintritt Frankreichs 1778, Teilung Polens 1772: a year naming what the noun before it names
    if (this.startsWithCapital(j) && !this.isSentenceInitial(j) && this.word(j) === NO_WORD) return true;
    if (this.word(j).betweenPrepositionAndDate) j--;
    if (this.isSentenceInitial(j)) return false;
    return this.word(j).asideBefore === true;
  }

  /** Whether token i stands in a heading: a short line that ends without a full stop, question or colon. */
  isHeadingLine(i: number): boolean {
    let start = i;
    for (let seen = 0; !this.isLineStart(start); start--) if (++seen > HEADING_TOKENS) return false;
    let end = i;
    for (let seen = 0; end + 1 < this.view.count && !this.isLineStart(end + 1); end++)
      if (++seen > HEADING_TOKENS) return false;
    if (end - start + 1 > HEADING_TOKENS) return false;
    const last = this.view.norm[end]!;
    return last !== '.' && last !== '!' && last !== '?' && last !== ':' && last !== ';' && last !== ',';
  }

  /** Whether a heading line starts among tokens from…to (inclusive). */
  headingBetween(from: number, to: number): boolean {
    for (let j = Math.max(from, 0); j <= to && j < this.view.count; j++) {
      if (this.isLineStart(j) && this.isHeadingLine(j)) return true;
    }
    return false;
  }
}

/** Punctuation that ends a clause, and how far a clause is read each way from a date. */
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '–', '—']);
const CLAUSE_TOKENS = 40;

/** How far back an opening bracket may stand before an aside; how many tokens a heading may have. */
const ASIDE_WINDOW = 24;
const HEADING_TOKENS = 12;

function isPluralUnit(norm: string): boolean {
  return /(?:e|en|n)$/.test(norm) && norm !== 'woche' && norm !== 'stunde' && norm !== 'minute' && norm !== 'sekunde';
}

function durationToPeriod(unit: DurationUnit): PeriodUnit {
  switch (unit) {
    case 'Y':
    case 'M':
    case 'W':
    case 'D':
    case 'Q':
    case 'H':
    case 'DE':
      return unit;
    default:
      return 'D';
  }
}

function periodSetValue(unit: PeriodUnit | DurationUnit, amount: number): string | undefined {
  switch (unit) {
    case 'Y':
    case 'M':
    case 'W':
    case 'D':
      return `P${amount}${unit}`;
    case 'Q':
      return `P${3 * amount}M`;
    case 'H':
      return `P${6 * amount}M`;
    case 'TH':
      return `PT${amount}H`;
    case 'TM':
      return `PT${amount}M`;
    default:
      return undefined;
  }
}

/** Two points can be the ends of one range: same kind of period (day–day, year–year, month–month). */
function compatible(from: TimePoint, to: TimePoint): boolean {
  const grain = (p: TimePoint) =>
    p.day !== undefined
      ? 'day'
      : p.month !== undefined
        ? 'month'
        : p.quarter !== undefined
          ? 'quarter'
          : p.half !== undefined
            ? 'half'
            : p.season !== undefined
              ? 'season'
              : p.decade !== undefined || p.decadeOfCentury !== undefined
                ? 'decade'
                : p.century !== undefined
                  ? 'century'
                  : p.year !== undefined
                    ? 'year'
                    : 'other';
  const a = grain(from);
  const b = grain(to);
  if (a === 'other' || b === 'other') return false;
  if (a === b) return true;
  // Juli 2024 bis 2025 is unusual; März bis Mai 2025 is month–month
  return false;
}

/** A candidate whose value is written out whole (PRESENT_REF, P1Y, XXXX-WXX-1). */
function literalCandidate(first: number, value: string, type: TimexType, rule: string, last = first): TimexCandidate {
  return { first, last, type, raw: { kind: 'literal', value }, rule };
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
