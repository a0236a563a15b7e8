// npx tsx eval/peers-timex.ts (run by npm run eval:peers)
//
// chrono-node's German parser (chrono.de) on the same time-expression gold and
// metric as eval/timex.ts, beside govtext-de. chrono finds dates and clock times
// (no durations or recurrences) and writes its own spans and components; this
// adapter makes them comparable, in chrono's favour:
//   - a leading preposition or article chrono includes (am, im, vom, seit, bis,
//     ab, zum, um, der, dem) is cut off, as our convention leaves it outside;
//   - its reference date is the gold `date` when the document has one (govtext-de
//     infers its own), else the parse has none and unknown years stay XXXX;
//   - the value is written from the components chrono is certain of: year (or the
//     reference year it implies), month, day, and the clock time (type TIME);
//     a result with an end becomes a range a/b.
// Writes nothing; prints one table.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { govtextTimex, printTimexRows, scoreSystem, type TimexRow, timexRows } from './timex.js';
import { PROJECT_ROOT } from './gold.js';
import { type TimexGoldDocument, timexGoldSets } from './timex-gold.js';
import type { TimexItem } from './timex-metrics.js';

const LEADING = /^(?:\s|am\b|im\b|vom\b|von\b|seit\b|bis\b|ab\b|zum\b|zur\b|um\b|der\b|dem\b|den\b|die\b|das\b)+/iu;

type Components = chrono.ParsedComponents;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function componentsValue(c: Components, hasReference: boolean): { value: string; time: boolean } {
  const year = c.isCertain('year') || hasReference ? pad(c.get('year') ?? 0, 4) : 'XXXX';
  let value = year;
  if (c.isCertain('month') || c.isCertain('day')) value += `-${pad(c.get('month') ?? 0, 2)}`;
  if (c.isCertain('day')) value += `-${pad(c.get('day') ?? 0, 2)}`;
  const time = c.isCertain('hour');
  if (time) value += `T${pad(c.get('hour') ?? 0, 2)}:${pad(c.get('minute') ?? 0, 2)}`;
  return { value, time };
}

export function chronoTimex(document: TimexGoldDocument): TimexItem[] {
  const reference = document.date ? new Date(`${document.date}T12:00:00Z`) : undefined;
  const results = chrono.de.parse(document.text, reference);
  return results.flatMap((result) => {
    const text = result.text.replace(LEADING, '').trim();
    if (!text) return [];
    const start = componentsValue(result.start, reference !== undefined);
    const end = result.end ? componentsValue(result.end, reference !== undefined) : undefined;
    return [
      {
        text,
        type: start.time ? 'TIME' : 'DATE',
        value: end ? `${start.value}/${end.value}` : start.value,
      },
    ];
  });
}

const { sets } = timexGoldSets();
const rows: TimexRow[] = [];
for (const set of sets) {
  rows.push(
    ...timexRows(
      'govtext-de (date inferred)',
      set.name,
      scoreSystem(set, (d) => govtextTimex(d)),
      false,
    ),
  );
  rows.push(...timexRows(`chrono-node ${chronoVersion()} chrono.de`, set.name, scoreSystem(set, chronoTimex), false));
}
printTimexRows(
  'time expressions, govtext-de beside chrono-node (German parser), same gold and metric as npm run eval',
  rows,
);

function chronoVersion(): string {
  const path = join(PROJECT_ROOT, 'node_modules', 'chrono-node', 'package.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}
