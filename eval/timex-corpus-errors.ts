// npx tsx eval/timex-corpus-errors.ts wikiwarsde|krauts [--values|--missed|--added] — development
// aid: the time expressions govtext-de values differently from a public corpus's gold
// (lenient matches, TIMEX conventions as eval:wikiwarsde / eval:krauts score them),
// the ones it misses and the ones it adds, each with its context. WikiWarsDE is
// development data; KRAUTS is evaluation only: its lists are read to see kinds of
// errors, never to key rules to its documents.

import { loadKrauts } from './timex-krauts.js';
import { loadWikiWarsDe, WIKIWARSDE_DIR } from './timex-wikiwarsde.js';
import { type CorpusDocument, type CorpusTimex, govtextOnCorpus, toCorpusConventions } from './timex-corpora.js';

const corpus = process.argv[2];
const only = process.argv.find((a) => a.startsWith('--'))?.slice(2);
const documents: CorpusDocument[] =
  corpus === 'wikiwarsde'
    ? WIKIWARSDE_DIR
      ? loadWikiWarsDe(WIKIWARSDE_DIR)
      : []
    : corpus === 'krauts'
      ? loadKrauts()
      : [];
if (documents.length === 0) {
  console.log('usage: npx tsx eval/timex-corpus-errors.ts wikiwarsde|krauts (needs ../shared/data)');
  process.exit(0);
}

const context = (text: string, t: CorpusTimex) =>
  `${text.slice(Math.max(0, t.start - 50), t.start)}[${t.text}]${text.slice(t.end, t.end + 30)}`.replace(/\s+/g, ' ');

for (const document of documents) {
  const predicted = toCorpusConventions(
    govtextOnCorpus(document.text, document.dct, corpus === 'wikiwarsde' ? 'narrative' : 'document'),
  );
  const used = new Set<number>();
  const lines: string[] = [];
  const unmatched: CorpusTimex[] = [];
  const pairs: [CorpusTimex, CorpusTimex][] = [];
  for (const p of predicted) {
    const k = document.gold.findIndex((g, j) => !used.has(j) && g.start === p.start && g.end === p.end);
    if (k >= 0) {
      used.add(k);
      pairs.push([p, document.gold[k]!]);
    } else unmatched.push(p);
  }
  for (const p of unmatched) {
    const k = document.gold.findIndex((g, j) => !used.has(j) && g.start < p.end && p.start < g.end);
    if (k >= 0) {
      used.add(k);
      pairs.push([p, document.gold[k]!]);
    } else if (!only || only === 'added') lines.push(`  added   ${p.type} ${p.value}   ${context(document.text, p)}`);
  }
  for (const [p, g] of pairs) {
    if (p.value !== g.value && (!only || only === 'values'))
      lines.push(`  value   gold ${g.value} got ${p.value} (${p.text})   ${context(document.text, g)}`);
  }
  document.gold.forEach((g, k) => {
    if (!used.has(k) && (!only || only === 'missed'))
      lines.push(`  missed  ${g.type ?? ''} ${g.value}   ${context(document.text, g)}`);
  });
  if (lines.length > 0) console.log(`${document.id} (DCT ${document.dct})\n${lines.join('\n')}`);
}
