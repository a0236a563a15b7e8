// The time stage of the pipeline: reads the time expressions, settles the
// document's date (meta.date or what the text states), resolves every value
// against it, and links EVENT mentions to the date, place and organiser the
// text gives for them.

import type { AnalysedText } from '../text/analysed-text.js';
import { type DocumentDate, inferDocumentDate } from './document-date.js';
import { type ClaimedSpan, type TimeExpression, readTimeCandidates, resolveTimeCandidates } from './tag-time.js';
import { germanTimeLexicon } from '../lang/de/time.js';
import type { TimeLexicon } from './time-lexicon.js';

export type { TimeWords } from './time-lexicon.js';

export interface TimeAnalysis {
  timex: TimeExpression[];
  documentDate?: DocumentDate;
}

export interface TimeStageOptions {
  lexicon?: TimeLexicon;
  /** 'document' (reports, news; the default) or 'narrative' (histories: a date without a year takes the last year named). */
  reading?: 'document' | 'narrative';
  /** Clock times take the date they fall on (TIMEX2/TIMEX3 corpora); default false (`T10:00`). */
  datedClockTimes?: boolean;
  /** 'project' (ANNOTATION.md, the default) or 'timeml' (the conventions of TIMEX2/TIMEX3 corpora). */
  conventions?: 'project' | 'timeml';
}

/** Time expressions resolved against the document date, and that date with where it came from. */
export function analyseTime(
  doc: AnalysedText,
  entities: readonly ClaimedSpan[],
  meta: { date?: string } | undefined,
  options: TimeStageOptions = {},
): TimeAnalysis {
  const lexicon = options.lexicon ?? germanTimeLexicon();
  const candidates = readTimeCandidates(doc, lexicon, entities, {
    conventions: options.conventions,
    reading: options.reading,
  });
  const documentDate = inferDocumentDate(doc, candidates, meta);
  const timex = resolveTimeCandidates(doc, candidates, {
    ...(documentDate && { anchor: documentDate.value }),
    ...(options.reading && { reading: options.reading }),
    ...(options.datedClockTimes && { datedClockTimes: true }),
  });
  return { timex, ...(documentDate && { documentDate }) };
}
