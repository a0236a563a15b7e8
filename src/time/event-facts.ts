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
}

export interface EventCues {
  organiserCues: ReadonlySet<string>;
  placeCues: ReadonlySet<string>;
  dateLabels: ReadonlySet<string>;
  placeLabels: ReadonlySet<string>;
  organiserLabels: ReadonlySet<string>;
}

export function compileEventCues(data: EventCueData): EventCues {
  return {
    organiserCues: new Set(data.organiserCues),
    placeCues: new Set(data.placeCues),
    dateLabels: new Set(data.dateLabels),
    placeLabels: new Set(data.placeLabels),
    organiserLabels: new Set(data.organiserLabels),
  };
}

/** A value that places an event in the calendar: a day, month, season or range of them (not a duration, a deadline or a vague reference). */
const CALENDAR_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|SP|SU|FA|WI|Q\d|H\d)/;

const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

interface SentenceInfo {
  start: number;
  end: number;
  /** lower-case first word of the sentence, for labels (Ort: …) */
  label: string;
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
    sentences.push({ start: view.starts[first]!, end: view.ends[last]!, label: view.norm[first] ?? '' });
  }
  const labelled = (sentence: number, labels: ReadonlySet<string>) => {
    const info = sentences[sentence];
    return info !== undefined && labels.has(info.label) && doc.text[doc.text.indexOf(':', info.start)] === ':';
  };
  const eventsBySentence = new Map<number, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'EVENT') continue;
    const names = eventsBySentence.get(e.sentence) ?? new Set<string>();
    names.add(e.canonical);
    eventsBySentence.set(e.sentence, names);
  }
  // A sentence beside the event's that names another event speaks of that one.
  const namesOtherEvent = (sentence: number, canonical: string) =>
    [...(eventsBySentence.get(sentence) ?? [])].some((name) => name !== canonical);
  let current = '';
  // The dateline dates and places the text, not its events.
  const datelineSentence =
    datelineStart === undefined
      ? -1
      : sentences.findIndex((info) => info.start <= datelineStart && datelineStart < info.end);
  const window = (sentence: number, labels: ReadonlySet<string>): number[] => {
    const order = [sentence, sentence + 1, sentence - 1];
    for (const extra of [sentence + 2, sentence + 3]) if (labelled(extra, labels)) order.push(extra);
    return order.filter(
      (s) =>
        s >= 0 && s < sentences.length && (s === sentence || (!namesOtherEvent(s, current) && s !== datelineSentence)),
    );
  };

  const facts: EventFact[] = [];
  const seen = new Set<string>();
  for (const mention of entities) {
    if (mention.type !== 'EVENT' || seen.has(mention.canonical)) continue;
    const mentions = entities
      .map((e, i) => [e, i] as const)
      .filter(([e]) => e.type === 'EVENT' && e.canonical === mention.canonical);
    let best: EventFact | undefined;
    let bestScore = 0;
    for (const [eventMention, eventIndex] of mentions) {
      const fact = factsBeside(eventMention, eventIndex);
      const score = (fact.date ? 2 : 0) + (fact.place ? 1 : 0) + (fact.organisers.length > 0 ? 1 : 0);
      if (score > bestScore) {
        best = fact;
        bestScore = score;
      }
    }
    seen.add(mention.canonical);
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

  function findDate(mention: EntityMention, used: number[]): EventFact['date'] {
    for (const sentence of window(mention.sentence, c.dateLabels)) {
      let best: { t: TimeExpression; i: number } | undefined;
      timex.forEach((t, i) => {
        if (t.sentence !== sentence || (t.type !== 'DATE' && t.type !== 'TIME')) return;
        if (!CALENDAR_VALUE.test(t.value) || t.mod === 'BEFORE' || t.mod === 'AFTER') return;
        if (!best || Math.abs(t.start - mention.end) < Math.abs(best.t.start - mention.end)) best = { t, i };
      });
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
      entities.forEach((e, i) => {
        if (e.sentence !== sentence || e.type !== 'LOC') return;
        const cued = c.placeCues.has(wordBefore(e.start)) || labelled(sentence, c.placeLabels);
        const better =
          !best ||
          (cued && !best.cued) ||
          (cued === best.cued && Math.abs(e.start - mention.end) < Math.abs(best.e.start - mention.end));
        if (better) best = { e, i, cued };
      });
      if (best) {
        used.push(sentence);
        return { name: best.e.canonical, mention: best.i };
      }
    }
    return undefined;
  }

  function findOrganisers(mention: EntityMention, used: number[]): EventFact['organisers'] {
    for (const sentence of window(mention.sentence, c.organiserLabels)) {
      const info = sentences[sentence]!;
      const cue = cueOffset(info, sentence);
      if (cue === undefined) continue;
      const found: EventFact['organisers'] = [];
      const names = new Set<string>();
      entities.forEach((e, i) => {
        if (e.sentence !== sentence || e.type !== 'ORG' || names.has(e.canonical)) return;
        // Organisers are named near the cue: after it, or just before a verb cue (… die Stadt Kiel eingeladen hatte)
        if (e.start < info.start || Math.abs(e.start - cue) > 160) return;
        if (e.start >= mention.start && e.end <= mention.end) return;
        names.add(e.canonical);
        found.push({ name: e.canonical, mention: i });
      });
      if (found.length > 0) {
        used.push(sentence);
        return found;
      }
    }
    return [];
  }

  function cueOffset(info: SentenceInfo, sentence: number): number | undefined {
    const first = doc.sentences.firstToken[sentence]!;
    const last = doc.sentences.lastToken[sentence]!;
    for (let t = first; t <= last; t++) if (c.organiserCues.has(view.norm[t]!)) return view.starts[t]!;
    return labelled(sentence, c.organiserLabels) ? info.start : undefined;
  }

  /** The word before a mention (in die Halle → in): the token before the one that starts at `offset`. */
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
