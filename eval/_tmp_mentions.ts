// throwaway: mention-level misses/FPs with context for corpus/train writers
import { extract } from '../src/index.js';
import { loadTrainGold } from '../eval/gold.js';
const writers = (process.argv[2] ?? 'acd').split('');
const docs = loadTrainGold(writers);
for (const d of docs) {
  const r = extract(d.text, { id: d.id });
  const gk = new Set(d.entities!.map((e) => `${e.type}\t${e.start}\t${e.end}`));
  const pk = new Map(r.entities.map((e) => [`${e.type}\t${e.start}\t${e.end}`, e]));
  const lines: string[] = [];
  const ctx = (s: number, e: number) => (d.text.slice(Math.max(0, s - 40), s) + '[' + d.text.slice(s, e) + ']' + d.text.slice(e, e + 40)).replace(/\n/g, '⏎');
  for (const g of d.entities!) {
    if (pk.has(`${g.type}\t${g.start}\t${g.end}`)) continue;
    const over = r.entities.filter((p) => p.start < g.end! && p.end > g.start!).map((p) => `${p.type}:${p.text}(${p.source})`);
    lines.push(`  - ${g.type} ${g.text} | ${over.join('; ') || '∅'} | ${ctx(g.start!, g.end!)}`);
  }
  for (const p of r.entities) {
    if (gk.has(`${p.type}\t${p.start}\t${p.end}`)) continue;
    const over = d.entities!.filter((g) => g.start! < p.end && g.end! > p.start);
    if (over.length) continue; // boundary/type errors already listed
    lines.push(`  + ${p.type} ${p.text} [${p.source}] | ${ctx(p.start, p.end)}`);
  }
  if (lines.length) console.log(`## ${d.id}\n${lines.join('\n')}`);
}
