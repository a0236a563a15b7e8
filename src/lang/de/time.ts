// The German time words (time-expressions.json) compiled into the lexicon the
// time grammar reads, and the cue words of event facts (event-facts.json): the
// time stage's German data, loaded once.

import eventCueData from './event-facts.json';
import timeData from './time-expressions.json';
import { type EventCueData, type EventCues, compileEventCues } from '../../time/event-facts.js';
import { type TimeLexicon, type TimeLexiconData, compileTimeLexicon } from '../../time/time-lexicon.js';
import type { TimeWords } from '../../time/time-lexicon.js';

let lexicon: TimeLexicon | undefined;
let cues: EventCues | undefined;

/** The built-in German time lexicon. */
export function germanTimeLexicon(): TimeLexicon {
  lexicon ??= compileTimeLexicon(timeData as unknown as TimeLexiconData);
  return lexicon;
}

/** The German time words and event cues, as the language value hands them to the time stage. */
export function germanTimeWords(): TimeWords {
  return { lexicon: germanTimeLexicon(), eventCues: germanEventCues() };
}

/** The built-in German cue words of event facts (Veranstalter, Ort: …). */
export function germanEventCues(): EventCues {
  cues ??= compileEventCues(eventCueData as EventCueData);
  return cues;
}
