// The words of time expressions (for German: src/lang/de/time-expressions.json,
// loaded by src/lang/de/time.ts), compiled into one lookup by lower-case form:
// what each word can be in a time expression (a month, a unit, a modifier …).
// The grammar reads only this.

import type { EventCues } from './event-facts.js';

export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'TH' | 'TM' | 'TS' | 'DE' | 'CE' | 'Q' | 'H';
export type PeriodUnit = 'Y' | 'M' | 'W' | 'D' | 'Q' | 'H' | 'DE' | 'L' | 'SP' | 'SU' | 'FA' | 'WI';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type TimexMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER';
export type VagueValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/** What one lower-case word form can be in a time expression. */
export interface TimeWord {
  month?: number;
  /** A month name that counts alone only with context (Mai, August). */
  monthNeedsContext?: boolean;
  weekday?: number;
  weekdaySet?: number;
  number?: number;
  half?: boolean;
  ordinal?: number;
  vagueQuantity?: boolean;
  unit?: DurationUnit;
  durationAdverb?: string;
  period?: PeriodUnit;
  season?: Season;
  quarterWord?: boolean;
  quarterAbbreviation?: number;
  halfYearWord?: boolean;
  halfYearAbbreviation?: number;
  weekWord?: boolean;
  yearWord?: boolean;
  centuryWord?: boolean;
  decadeNoun?: boolean;
  decadeWord?: number;
  part?: TimexMod;
  partAdjective?: TimexMod;
  periodCompound?: { unit: PeriodUnit; mod: TimexMod };
  relativeCompound?: { unit: PeriodUnit; offset: number };
  approximator?: boolean;
  relativeDay?: number;
  /** An adjective naming a day relative to the document date before a weekday or Tag (am heutigen Samstag). */
  relativeDayAdjective?: number;
  relativeAdjective?: number;
  narrative?: boolean;
  vague?: VagueValue;
  set?: string;
  setQuantifier?: boolean;
  frequency?: number;
  prepositionMod?: TimexMod;
  betweenPrepositionAndDate?: boolean;
  timeContext?: boolean;
  presentHeute?: boolean;
  rangeSeparator?: boolean;
  clockWord?: boolean;
  dateTimeJoiner?: boolean;
  countBefore?: boolean;
  /** A preposition before a date that names a boundary or attribute beside the story's time (bis, seit, von). */
  asideBefore?: boolean;
  /** A conjunction (und, oder, sowie): it joins counts as well as dates. */
  conjunction?: boolean;
  /** First word of a multi-word phrase: the phrases it may start, as lists of forms after it. */
  phrases?: {
    rest: string[];
    role: 'quantityPrefix' | 'vague' | 'vagueTimeml' | 'beforeChrist' | 'afterChrist';
    value?: string;
  }[];
  /** A one-word quantity prefix (über, mindestens). */
  quantityPrefix?: boolean;
  /** A vague reference only TimeML corpora annotate (jetzt, bald). */
  vagueTimeml?: VagueValue;
  /** A part of the day (Morgen → MO). */
  partOfDay?: string;
  /** Opens a span before des/der without a mod (Laufe). */
  spanOpener?: boolean;
  /** A unit that stands for several of a smaller one (Viertelstunde → 15 TM). */
  unitMultiple?: { unit: DurationUnit; factor: number };
  /** A day relative to the last date named (Vortag). */
  narrativeCompound?: { unit: PeriodUnit; offset: number };
  /** A holiday: a fixed day of the year, or days after Easter Sunday. */
  holiday?: { month: number; day: number } | { easter: number };
  /** A plural weekday naming a recurrence (Samstagen). */
  weekdayPlural?: number;
  /** A period a set quantifier makes a recurrence (Semester → P6M). */
  setPeriod?: string;
  /** A word after a clock time that belongs to it, with the hours it adds (abends → 12). */
  clockAfter?: number;
  /** A finite verb of a report (past) or an announcement (future); modal: a future that outweighs past ones. */
  tense?: 'past' | 'future' | 'modal';
  /**
   * The word can open a time expression (a month, a number word, Anfang, seit Jahren's unit, vor/in of a
   * shifted duration …); words that only stand beside one (der, und, hat) do not, so the grammar skips them.
   */
  starter?: boolean;
  /** A form such as 2020er-Jahre or Neunzigerjahre that names a decade (found by its shape, not listed). */
  decadeForm?: boolean;
  /** What a number token's digits can be, read once per form (years, quantities, clock times, days). */
  digits?: NumberFacts;
  /** The word can open a duration (drei, mehrere, rund, die ersten …): set when compiled. */
  durationStarter?: boolean;
  /** The word can open a calendar point (März, Ende, gestern, vergangenen …): set when compiled. */
  pointStarter?: boolean;
}

/** What the digits of a number token can mean in a time expression. */
export interface NumberFacts {
  /** 1000–2199 written as four digits. */
  year?: number;
  /** A quantity: 18, 1,5 (one to three digits, two decimals at most). */
  quantity?: number;
  /** A clock time written 14:30 or 10.00. */
  clock?: { hour: number; minute: number };
  /** One or two digits: an hour, a week, a day, a two-digit year. */
  small?: number;
  /** The day of an ordinal 1.–31. */
  day?: number;
  /** A month written as 03.2025. */
  monthYear?: { month: number; year: number };
}

/** What the time stage knows of a language: its time words and the cue words of event facts. */
export interface TimeWords {
  readonly lexicon: TimeLexicon;
  readonly eventCues: EventCues;
}

export interface TimeLexicon {
  readonly words: ReadonlyMap<string, TimeWord>;
  /** Verb particles written together with a finite verb in a subordinate clause (statt|fand, teil|nahmen). */
  readonly separablePrefixes: readonly string[];
}

export interface TimeLexiconData {
  months: Record<string, number>;
  monthsNeedingContext: string[];
  weekdays: Record<string, number>;
  weekdaySets: Record<string, number>;
  numberWords: Record<string, number>;
  halfWords: string[];
  ordinalWords: Record<string, number>;
  vagueQuantities: string[];
  quantityPrefixes: string[][];
  units: Record<string, DurationUnit>;
  durationAdverbs: Record<string, string>;
  periodNouns: Record<string, PeriodUnit>;
  seasons: Record<string, Season>;
  quarterWords: string[];
  quarterAbbreviations: Record<string, number>;
  halfYearWords: string[];
  halfYearAbbreviations: Record<string, number>;
  weekWords: string[];
  yearWords: string[];
  centuryWords: string[];
  decadeNouns: string[];
  decadeWords: Record<string, number>;
  partOfPeriod: Record<string, TimexMod>;
  partAdjectives: Record<string, TimexMod>;
  periodCompounds: Record<string, [PeriodUnit, TimexMod]>;
  approximators: string[];
  relativeDays: Record<string, number>;
  relativeDayAdjectives: Record<string, number>;
  relativeAdjectives: Record<string, number>;
  narrativeAdjectives: string[];
  relativeCompounds: Record<string, [PeriodUnit, number]>;
  vague: Record<string, VagueValue>;
  vaguePhrases: Record<string, VagueValue>;
  vagueTimeml: Record<string, VagueValue>;
  partsOfDay: Record<string, string>;
  spanOpeners: string[];
  unitMultiples: Record<string, [DurationUnit, number]>;
  narrativeCompounds: Record<string, [PeriodUnit, number]>;
  holidays: Record<string, [number, number] | ['easter', number]>;
  weekdayPlurals: Record<string, number>;
  setPeriods: Record<string, string>;
  clockAfter: Record<string, number>;
  pastMarkers: string[];
  futureMarkers: string[];
  modalFuture: string[];
  presentHeuteBefore: string[];
  sets: Record<string, string>;
  setQuantifiers: string[];
  setFrequencies: Record<string, number>;
  prepositionMods: Record<string, TimexMod>;
  betweenPrepositionAndDate: string[];
  timeContextBefore: string[];
  rangeSeparators: string[];
  clockWords: string[];
  dateTimeJoiners: string[];
  countBefore: string[];
  asideBefore: string[];
  conjunctions: string[];
  separablePrefixes: string[];
  beforeChrist: string[][];
  afterChrist: string[][];
}

/** Prepositions that open a span of their own: vor drei Jahren, in zwei Wochen, nach zwei Tagen (TimeML), halb elf. */
const OPENING_WORDS = new Set(['vor', 'in', 'nach', 'halb']);

function opensExpression(form: string, w: TimeWord): boolean {
  return (
    OPENING_WORDS.has(form) ||
    (w.phrases?.some((p) => p.role === 'vague' || p.role === 'vagueTimeml' || p.role === 'quantityPrefix') ?? false) ||
    [
      w.month,
      w.weekday,
      w.weekdaySet,
      w.number,
      w.ordinal,
      w.durationAdverb,
      w.season,
      w.quarterAbbreviation,
      w.halfYearAbbreviation,
      w.decadeWord,
      w.part,
      w.partAdjective,
      w.periodCompound,
      w.relativeCompound,
      w.narrativeCompound,
      w.holiday,
      w.relativeDay,
      w.relativeDayAdjective,
      w.relativeAdjective,
      w.vague,
      w.vagueTimeml,
      w.set,
      w.frequency,
      w.partOfDay,
      w.weekdayPlural,
      w.unit,
    ].some((value) => value !== undefined) ||
    w.vagueQuantity === true ||
    w.weekWord === true ||
    w.yearWord === true ||
    w.approximator === true ||
    w.setQuantifier === true ||
    w.quantityPrefix === true ||
    w.spanOpener === true
  );
}

/** Compiles lexicon data (the layout of time-expressions.json) into the lookup the grammar reads. */
export function compileTimeLexicon(source: TimeLexiconData): TimeLexicon {
  const words = new Map<string, TimeWord>();
  const at = (form: string): TimeWord => {
    const key = form.toLowerCase();
    let word = words.get(key);
    if (!word) words.set(key, (word = {}));
    return word;
  };
  const each = <T>(record: Record<string, T>, set: (word: TimeWord, value: T) => void) => {
    for (const [form, value] of Object.entries(record)) set(at(form), value);
  };
  const all = (forms: string[], set: (word: TimeWord) => void) => {
    for (const form of forms) set(at(form));
  };
  const phrase = (parts: string[], role: NonNullable<TimeWord['phrases']>[number]['role'], value?: string) => {
    const [first, ...rest] = parts.map((p) => p.toLowerCase());
    const word = at(first!);
    (word.phrases ??= []).push({ rest, role, ...(value !== undefined && { value }) });
  };

  each(source.months, (w, v) => (w.month = v));
  all(source.monthsNeedingContext, (w) => (w.monthNeedsContext = true));
  each(source.weekdays, (w, v) => (w.weekday = v));
  each(source.weekdaySets, (w, v) => (w.weekdaySet = v));
  each(source.numberWords, (w, v) => (w.number = v));
  all(source.halfWords, (w) => (w.half = true));
  each(source.ordinalWords, (w, v) => (w.ordinal = v));
  all(source.vagueQuantities, (w) => (w.vagueQuantity = true));
  for (const parts of source.quantityPrefixes) {
    if (parts.length === 1) at(parts[0]!).quantityPrefix = true;
    else phrase(parts, 'quantityPrefix');
  }
  each(source.units, (w, v) => (w.unit = v));
  each(source.durationAdverbs, (w, v) => (w.durationAdverb = v));
  each(source.periodNouns, (w, v) => (w.period = v));
  each(source.seasons, (w, v) => (w.season = v));
  all(source.quarterWords, (w) => (w.quarterWord = true));
  each(source.quarterAbbreviations, (w, v) => (w.quarterAbbreviation = v));
  all(source.halfYearWords, (w) => (w.halfYearWord = true));
  each(source.halfYearAbbreviations, (w, v) => (w.halfYearAbbreviation = v));
  all(source.weekWords, (w) => (w.weekWord = true));
  all(source.yearWords, (w) => (w.yearWord = true));
  all(source.centuryWords, (w) => (w.centuryWord = true));
  all(source.decadeNouns, (w) => (w.decadeNoun = true));
  each(source.decadeWords, (w, v) => (w.decadeWord = v));
  each(source.partOfPeriod, (w, v) => (w.part = v));
  each(source.partAdjectives, (w, v) => (w.partAdjective = v));
  each(source.periodCompounds, (w, [unit, mod]) => (w.periodCompound = { unit, mod }));
  all(source.approximators, (w) => (w.approximator = true));
  each(source.relativeDays, (w, v) => (w.relativeDay = v));
  each(source.relativeDayAdjectives, (w, v) => (w.relativeDayAdjective = v));
  each(source.relativeAdjectives, (w, v) => (w.relativeAdjective = v));
  all(source.narrativeAdjectives, (w) => (w.narrative = true));
  each(source.relativeCompounds, (w, [unit, offset]) => (w.relativeCompound = { unit, offset }));
  for (const [form, value] of Object.entries(source.vague)) {
    if (form.includes(' ')) phrase(form.split(' '), 'vague', value);
    else at(form).vague = value;
  }
  for (const [form, value] of Object.entries(source.vaguePhrases)) phrase(form.split(' '), 'vague', value);
  for (const [form, value] of Object.entries(source.vagueTimeml)) {
    if (form.includes(' ')) phrase(form.split(' '), 'vagueTimeml', value);
    else at(form).vagueTimeml = value;
  }
  each(source.partsOfDay, (w, v) => (w.partOfDay = v));
  all(source.spanOpeners, (w) => (w.spanOpener = true));
  each(source.unitMultiples, (w, [unit, factor]) => (w.unitMultiple = { unit, factor }));
  each(source.narrativeCompounds, (w, [unit, offset]) => (w.narrativeCompound = { unit, offset }));
  each(source.holidays, (w, [a, b]) => (w.holiday = a === 'easter' ? { easter: b } : { month: a, day: b }));
  each(source.weekdayPlurals, (w, v) => (w.weekdayPlural = v));
  each(source.setPeriods, (w, v) => (w.setPeriod = v));
  each(source.clockAfter, (w, v) => (w.clockAfter = v));
  all(source.pastMarkers, (w) => (w.tense = 'past'));
  all(source.futureMarkers, (w) => (w.tense = 'future'));
  all(source.modalFuture, (w) => (w.tense = 'modal'));
  all(source.presentHeuteBefore, (w) => (w.presentHeute = true));
  each(source.sets, (w, v) => (w.set = v));
  all(source.setQuantifiers, (w) => (w.setQuantifier = true));
  each(source.setFrequencies, (w, v) => (w.frequency = v));
  each(source.prepositionMods, (w, v) => (w.prepositionMod = v));
  all(source.betweenPrepositionAndDate, (w) => (w.betweenPrepositionAndDate = true));
  all(source.timeContextBefore, (w) => (w.timeContext = true));
  all(source.rangeSeparators, (w) => (w.rangeSeparator = true));
  all(source.clockWords, (w) => (w.clockWord = true));
  all(source.dateTimeJoiners, (w) => (w.dateTimeJoiner = true));
  all(source.countBefore, (w) => (w.countBefore = true));
  all(source.asideBefore, (w) => (w.asideBefore = true));
  all(source.conjunctions, (w) => (w.conjunction = true));
  for (const parts of source.beforeChrist) phrase(parts, 'beforeChrist');
  for (const parts of source.afterChrist) phrase(parts, 'afterChrist');
  for (const [form, word] of words) {
    word.starter = opensExpression(form, word);
    word.durationStarter =
      word.number !== undefined ||
      word.half === true ||
      word.vagueQuantity === true ||
      word.quantityPrefix === true ||
      (word.phrases?.some((p) => p.role === 'quantityPrefix') ?? false) ||
      word.approximator === true ||
      word.ordinal !== undefined ||
      word.relativeAdjective !== undefined ||
      word.durationAdverb !== undefined;
    word.pointStarter =
      [
        word.month,
        word.weekday,
        word.ordinal,
        word.quarterAbbreviation,
        word.halfYearAbbreviation,
        word.season,
        word.decadeWord,
        word.relativeDay,
        word.relativeDayAdjective,
        word.relativeCompound,
        word.narrativeCompound,
        word.periodCompound,
        word.holiday,
        word.relativeAdjective,
        word.part,
        word.partAdjective,
        word.partOfDay,
      ].some((value) => value !== undefined) ||
      word.weekWord === true ||
      word.yearWord === true ||
      word.approximator === true ||
      word.spanOpener === true;
  }
  return { words, separablePrefixes: source.separablePrefixes.map((p) => p.toLowerCase()) };
}
