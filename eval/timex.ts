// Time expressions against every gold set that has them (eval/timex-gold.ts):
// strict span F1, value accuracy among matched spans and strict+value F1, overall
// and per type, as ../shared/ANNOTATION.md scores them; and the document date the
// library settles on against the annotator's `date`. Run by npm run eval, or alone:
//   npx tsx eval/timex.ts [--blind] [--json]

import { extract } from '../src/index.js';
import { scores } from './metrics.js';
import { type TimexGoldDocument, type TimexGoldSet, timexGoldSets } from './timex-gold.js';
import {
  TIMEX_TYPES,
  type TimexCounts,
  type TimexItem,
  addTimexCounts,
  emptyTimexCounts,
  valueAccuracy,
} from './timex-metrics.js';

/** A system under test: the time expressions it finds in one gold document. */
export type TimexSystem = (document: TimexGoldDocument) => TimexItem[];

export interface DocumentDateFinding {
  value: string | undefined;
}

/** govtext-de as a user calls it: extract() with no date, so the document date is inferred. */
export function govtextTimex(document: TimexGoldDocument, meta: { date?: string } = {}): TimexItem[] {
  return govtextTime(document.text, meta).timex;
}

export function govtextTime(text: string, meta: { date?: string } = {}) {
  const record = extract(text, meta);
  return { timex: record.timex, documentDate: record.documentDate };
}

export function scoreSystem(set: TimexGoldSet, system: TimexSystem): TimexCounts {
  const counts = emptyTimexCounts();
  for (const document of set.documents) addTimexCounts(counts, system(document), document.timex);
  return counts;
}

export interface TimexRow {
  system: string;
  set: string;
  type: string;
  spanP: number;
  spanR: number;
  spanF1: number;
  valueAccuracy: number;
  fullF1: number;
  gold: number;
  matched: number;
}

export function timexRows(system: string, set: string, counts: TimexCounts, perType = true): TimexRow[] {
  const row = (
    type: string,
    c: { spans: TimexCounts['spans']; full: TimexCounts['full']; matched: number; valueCorrect: number },
  ) => {
    const span = scores(c.spans);
    return {
      system,
      set,
      type,
      spanP: span.precision,
      spanR: span.recall,
      spanF1: span.f1,
      valueAccuracy: valueAccuracy(c),
      fullF1: scores(c.full).f1,
      gold: span.support,
      matched: c.matched,
    };
  };
  const rows = [row('all', counts)];
  if (perType)
    for (const type of TIMEX_TYPES) {
      const c = counts.byType.get(type);
      if (c) rows.push(row(type, c));
    }
  return rows;
}

export function printTimexRows(title: string, rows: TimexRow[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'set'.padEnd(22)} ${'system'.padEnd(34)} ${'type'.padEnd(9)} ${'span P'.padStart(6)} ${'span R'.padStart(6)} ${'span F1'.padStart(7)} ${'value'.padStart(6)} ${'s+v F1'.padStart(6)} ${'gold'.padStart(5)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.set.padEnd(22)} ${r.system.padEnd(34)} ${r.type.padEnd(9)} ${r.spanP.toFixed(3).padStart(6)} ${r.spanR
        .toFixed(3)
        .padStart(6)} ${r.spanF1.toFixed(3).padStart(7)} ${r.valueAccuracy.toFixed(3).padStart(6)} ${r.fullF1
        .toFixed(3)
        .padStart(6)} ${String(r.gold).padStart(5)}`,
    );
  }
}

/** The document date govtext-de settles on (meta absent) against the annotator's date. */
function documentDateRow(set: TimexGoldSet): string {
  let right = 0;
  let stated = 0;
  let found = 0;
  let wrongOrInvented = 0;
  for (const document of set.documents) {
    const inferred = govtextTime(document.text).documentDate?.value ?? null;
    if (document.date !== null) stated++;
    if (inferred !== null) found++;
    if (inferred === document.date) right++;
    else if (inferred !== null) wrongOrInvented++;
  }
  return `${set.name.padEnd(22)} documents ${set.documents.length}, dated by their text ${stated}, date inferred ${found}, agreeing with gold ${right}/${set.documents.length} (wrong or invented: ${wrongOrInvented})`;
}

export function evaluateTimex(options: { blind?: boolean } = {}): TimexRow[] {
  const { sets, skipped } = timexGoldSets(options);
  const rows: TimexRow[] = [];
  for (const set of sets) {
    rows.push(
      ...timexRows(
        'govtext-de (date inferred)',
        set.name,
        scoreSystem(set, (d) => govtextTimex(d)),
      ),
    );
    rows.push(
      ...timexRows(
        'govtext-de (gold date as meta.date)',
        set.name,
        scoreSystem(set, (d) => govtextTimex(d, d.date ? { date: d.date } : {})),
        false,
      ),
    );
  }
  printTimexRows('time expressions: strict span P/R/F1, value accuracy among matched spans, strict+value F1', rows);
  console.log('\ndocument date (no meta.date given) against the gold `date`:');
  for (const set of sets) console.log(`  ${documentDateRow(set)}`);
  for (const name of skipped) {
    console.log(
      `note: ${name} skipped: its README says "Not yet scored" (a blind set); npm run eval -- --blind scores it`,
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = evaluateTimex({ blind: process.argv.includes('--blind') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
}
