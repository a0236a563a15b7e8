// npx tsx eval/timex-errors.ts [SET ...] — the time expressions govtext-de misses,
// adds, or values differently from the gold, and document dates it gets wrong, for
// every gold set with timex (or the sets named, e.g. corpus/train/). Development aid.

import { extract } from '../src/index.js';
import { timexGoldSets } from './timex-gold.js';

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const { sets } = timexGoldSets();
for (const set of sets) {
  if (wanted.length > 0 && !wanted.includes(set.name)) continue;
  console.log(`\n== ${set.name}`);
  for (const document of set.documents) {
    const record = extract(document.text);
    const lines: string[] = [];
    const predicted = new Map(record.timex.map((t) => [t.text, t]));
    const gold = new Map(document.timex.map((t) => [t.text, t]));
    const describe = (t: { type: string; value: string; mod?: string }) =>
      `${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`;
    const context = (text: string) => {
      const at = document.text.indexOf(text);
      return document.text.slice(Math.max(0, at - 40), at + text.length + 25).replace(/\n/g, '⏎');
    };
    for (const [text, t] of gold) {
      const p = predicted.get(text);
      if (!p) lines.push(`  missed   ${JSON.stringify(text)} ${describe(t)}   …${context(text)}…`);
      else if (describe(p) !== describe(t))
        lines.push(`  value    ${JSON.stringify(text)} gold ${describe(t)}, got ${describe(p)}   …${context(text)}…`);
    }
    for (const [text, t] of predicted) {
      if (!gold.has(text)) lines.push(`  added    ${JSON.stringify(text)} ${describe(t)}   …${context(text)}…`);
    }
    const inferred = record.documentDate?.value ?? null;
    if (inferred !== document.date) {
      lines.push(
        `  date     gold ${document.date}, inferred ${inferred} (${record.documentDate?.source ?? '-'})   ${document.text.slice(0, 160).replace(/\n/g, '⏎')}`,
      );
    }
    if (lines.length > 0) console.log(`${document.id}\n${lines.join('\n')}`);
  }
}
