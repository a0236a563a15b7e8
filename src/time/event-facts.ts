// Event facts: each EVENT of the document linked to the date or range, the place
// and the organisers the text gives for it — in the sentence that names the event
// or the next or previous one (two after it for a labelled line of a programme:
// Ort: …, Veranstalter: …) — with the stretch of text that states them.

import type { AnalysedText } from '../text/analysed-text.js';
import type { EntityMention, EventFact, TimeExpression } from '../record.js';

export type { EventFact };

/** The cue words as data (for German: src/lang/de/event-facts.json). */
export interface EventCueData {
  organiserCues: string[];
  placeCues: string[];
  dateLabels: string[];
  placeLabels: string[];
  organiserLabels: string[];
  supporterCues: string[];
}

export interface EventCues {
  organiserCues: ReadonlySet<string>;
  placeCues: ReadonlySet<string>;
  dateLabels: ReadonlySet<string>;
  placeLabels: ReadonlySet<string>;
  organiserLabels: ReadonlySet<string>;
  /** Words before an ORG that make it a supporter, not an organiser (mit Unterstützung des BSI). */
  supporterCues: ReadonlySet<string>;
}

export function compileEventCues(data: EventCueData): EventCues {
  return {
    organiserCues: new Set(data.organiserCues),
    placeCues: new Set(data.placeCues),
    dateLabels: new Set(data.dateLabels),
    placeLabels: new Set(data.placeLabels),
    organiserLabels: new Set(data.organiserLabels),
    supporterCues: new Set(data.supporterCues),
  };
}

/** A value that places an event in the calendar: a day, month, season or range of them (not a duration, a deadline or a vague reference). */
const CALENDAR_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|SP|SU|FA|WI|Q\d|H\d)/;

const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);
/** Mentions of one event whose neighbourhood is read (the first ones): bounds the work on texts that repeat a name. */
const MENTIONS_PER_EVENT = 8;
/** How many sentences below a heading its head lines may reach. */
const HEAD_LINES = 4;
/** How far from the event mention (or the organiser cue) a fact may stand, in characters. */
const NEAR = 400;
const ORGANISER_DISTANCE = 160;
/** A line of at most this many tokens is a heading or a line of a programme's head. */
const HEAD_LINE_TOKENS = 16;

/** Item indices by sentence, each list in text order. */
function groupBySentence(sentenceOf: readonly number[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  sentenceOf.forEach((sentence, i) => {
    const list = groups.get(sentence);
    if (list) list.push(i);
    else groups.set(sentence, [i]);
  });
  return groups;
}

interface SentenceInfo {
  start: number;
  end: number;
  /** lower-case first word of the sentence, for labels (Ort: …) */
  label: string;
  /** tokens in the sentence */
  tokens: number;
}

/**
 * Links every EVENT to its date, place and organisers. `datelineStart`: where the
 * document date's evidence starts; that line dates and places the text, not its events.
 */
export function linkEventFacts(
  doc: AnalysedText,
  entities: readonly EntityMention[],
  timex: readonly TimeExpression[],
  datelineStart: number | undefined,
  c: EventCues,
): EventFact[] {
  if (!entities.some((e) => e.type === 'EVENT')) return [];
  const view = doc.view;
  const sentences: SentenceInfo[] = [];
  for (let s = 0; s < doc.sentences.count; s++) {
    const first = doc.sentences.firstToken[s]!;
    const last = doc.sentences.lastToken[s]!;
    // A label opens a line and a colon follows it (Ort: …, Veranstalter: …).
    const label = first < last && view.norm[first + 1] === ':' ? view.norm[first]! : '';
    sentences.push({ start: view.starts[first]!, end: view.ends[last]!, label, tokens: last - first + 1 });
  }
  const labelled = (sentence: number, labels: ReadonlySet<string>) => {
    const info = sentences[sentence];
    return info !== undefined && labels.has(info.label);
  };
  // What each sentence holds, in text order, so a mention looks only at its neighbours.
  const timexIn = groupBySentence(timex.map((t) => t.sentence));
  const entitiesIn = groupBySentence(entities.map((e) => e.sentence));
  const eventsBySentence = new Map<number, Set<string>>();
  const mentionsOf = new Map<string, number[]>();
  entities.forEach((e, i) => {
    if (e.type !== 'EVENT') return;
    const names = eventsBySentence.get(e.sentence) ?? new Set<string>();
    names.add(e.canonical);
    eventsBySentence.set(e.sentence, names);
    const mentions = mentionsOf.get(e.canonical) ?? [];
    if (mentions.length < MENTIONS_PER_EVENT) mentions.push(i);
    mentionsOf.set(e.canonical, mentions);
  });
  // A sentence beside the event's that names another event speaks of that one.
  const namesOtherEvent = (sentence: number, canonical: string) =>
    [...(eventsBySentence.get(sentence) ?? [])].some((name) => name !== canonical);
  let current = '';
  // The dateline dates and places the text, not its events: beside the event's sentence, its date and a
  // place on its line before it (Mainz, 7. November 2025 – …) are passed over; the rest of its sentence is read.
  const datelineLineStart = datelineStart === undefined ? -1 : doc.text.lastIndexOf('\n', datelineStart) + 1;
  const inDateline = (start: number) =>
    datelineStart !== undefined && start >= datelineLineStart && start <= datelineStart;
  const isHeadLine = (s: number) => s >= 0 && s < sentences.length && sentences[s]!.tokens <= HEAD_LINE_TOKENS;
  const window = (sentence: number, labels: ReadonlySet<string>, extra?: (s: number) => boolean): number[] => {
    const order = [sentence, sentence + 1, sentence - 1];
    for (const s of [sentence + 2, sentence + 3]) if (labelled(s, labels) || extra?.(s)) order.push(s);
    // A heading and the short lines below it (a programme's head: date line, venue line, Veranstalter: …)
    if (isHeadLine(sentence) && isHeadLine(sentence + 1))
      for (let s = sentence + 2; s <= sentence + HEAD_LINES && isHeadLine(s); s++)
        if (!order.includes(s)) order.push(s);
    return order.filter((s) => s >= 0 && s < sentences.length && (s === sentence || !namesOtherEvent(s, current)));
  };
  const cues = new Map<number, number | undefined>();

  const facts: EventFact[] = [];
  for (const mentions of mentionsOf.values()) {
    let best: EventFact | undefined;
    let bestScore = 0;
    for (const eventIndex of mentions) {
      const fact = factsBeside(entities[eventIndex]!, eventIndex);
      const score = (fact.date ? 2 : 0) + (fact.place ? 1 : 0) + (fact.organisers.length > 0 ? 1 : 0);
      if (score > bestScore) {
        best = fact;
        bestScore = score;
      }
    }
    if (best) facts.push(best);
  }
  return facts;

  function factsBeside(mention: EntityMention, eventIndex: number): EventFact {
    current = mention.canonical;
    const used: number[] = [];
    const date = findDate(mention, used);
    const place = findPlace(mention, used);
    const organisers = findOrganisers(mention, used);
    used.push(mention.sentence);
    const first = Math.min(...used);
    const last = Math.max(...used);
    return {
      event: mention.canonical,
      eventMention: eventIndex,
      ...(date && { date }),
      ...(place && { place }),
      organisers,
      evidence: { start: sentences[first]!.start, end: sentences[last]!.end },
    };
  }

  /** The indices of `list` (in text order) whose items start within `radius` characters of `offset`. */
  function near(list: readonly number[] | undefined, starts: (i: number) => number, offset: number): number[] {
    if (!list) return [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts(list[mid]!) < offset - NEAR) low = mid + 1;
      else high = mid;
    }
    const found: number[] = [];
    for (let k = low; k < list.length && starts(list[k]!) <= offset + NEAR; k++) found.push(list[k]!);
    return found;
  }

  function findDate(mention: EntityMention, used: number[]): EventFact['date'] {
    for (const sentence of window(mention.sentence, c.dateLabels)) {
      let best: { t: TimeExpression; i: number } | undefined;
      for (const i of near(timexIn.get(sentence), (k) => timex[k]!.start, mention.end)) {
        const t = timex[i]!;
        if ((t.type !== 'DATE' && t.type !== 'TIME') || (sentence !== mention.sentence && inDateline(t.start)))
          continue;
        if (!CALENDAR_VALUE.test(t.value) || t.mod === 'BEFORE' || t.mod === 'AFTER') continue;
        if (!best || Math.abs(t.start - mention.end) < Math.abs(best.t.start - mention.end)) best = { t, i };
      }
      if (best) {
        used.push(sentence);
        return { value: best.t.value, text: best.t.text, timex: best.i };
      }
    }
    return undefined;
  }

  function findPlace(mention: EntityMention, used: number[]): EventFact['place'] {
    for (const sentence of window(mention.sentence, c.placeLabels)) {
      let best: { e: EntityMention; i: number; cued: boolean } | undefined;
      for (const i of near(entitiesIn.get(sentence), (k) => entities[k]!.start, mention.end)) {
        const e = entities[i]!;
        if (e.type !== 'LOC' || (sentence !== mention.sentence && inDateline(e.start))) continue;
        const cued = c.placeCues.has(wordBefore(e.start)) || labelled(sentence, c.placeLabels);
        const better =
          !best ||
          (cued && !best.cued) ||
          (cued === best.cued && Math.abs(e.start - mention.end) < Math.abs(best.e.start - mention.end));
        if (better) best = { e, i, cued };
      }
      if (best) {
        used.push(sentence);
        return { name: best.e.canonical, mention: best.i };
      }
    }
    return undefined;
  }

  function findOrganisers(mention: EntityMention, used: number[]): EventFact['organisers'] {
    // Gastgeber war …, Veranstalter sind …: a sentence with a cue may stand two after the event's
    const cued = (s: number) =>
      s === mention.sentence + 2 && s < sentences.length && cueOffset(sentences[s]!, s) !== undefined;
    for (const sentence of window(mention.sentence, c.organiserLabels, cued)) {
      const info = sentences[sentence]!;
      const cue = cueOffset(info, sentence);
      if (cue === undefined) continue;
      const found: EventFact['organisers'] = [];
      const names = new Set<string>();
      for (const i of near(entitiesIn.get(sentence), (k) => entities[k]!.start, cue)) {
        const e = entities[i]!;
        // Organisers are named near the cue: after it, or just before a verb cue (… die Stadt Kiel eingeladen hatte)
        if (e.type !== 'ORG' || names.has(e.canonical) || Math.abs(e.start - cue) > ORGANISER_DISTANCE) continue;
        if (e.start >= mention.start && e.end <= mention.end) continue;
        // mit Unterstützung des BSI: a supporter; die Digitalisierung im Freistaat Thüringen: a where
        const before = wordBefore(e.start);
        if (c.supporterCues.has(before) || c.placeCues.has(before)) continue;
        names.add(e.canonical);
        found.push({ name: e.canonical, mention: i });
      }
      if (found.length > 0) {
        used.push(sentence);
        return found;
      }
    }
    return [];
  }

  /** Where the first organiser cue of a sentence stands, looked up once per sentence. */
  function cueOffset(info: SentenceInfo, sentence: number): number | undefined {
    if (cues.has(sentence)) return cues.get(sentence);
    let offset: number | undefined;
    const first = doc.sentences.firstToken[sentence]!;
    const last = doc.sentences.lastToken[sentence]!;
    for (let t = first; t <= last && offset === undefined; t++)
      if (c.organiserCues.has(view.norm[t]!)) offset = view.starts[t]!;
    if (offset === undefined && labelled(sentence, c.organiserLabels)) offset = info.start;
    cues.set(sentence, offset);
    return offset;
  }

  function wordBefore(offset: number): string {
    let low = 0;
    let high = view.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (view.starts[mid]! < offset) low = mid;
      else high = mid - 1;
    }
    // skip an article between the cue and the name (in der Kongresshalle)
    let t = view.starts[low]! < offset ? low : -1;
    if (t >= 0 && ARTICLES.has(view.norm[t]!)) t--;
    return t >= 0 ? view.norm[t]! : '';
  }
}
