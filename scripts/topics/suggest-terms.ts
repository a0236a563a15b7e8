// npx tsx scripts/topics/suggest-terms.ts [topic …] — lists, per topic, the
// word stems that most often occur in the labelled reports a reader gave the
// topic and least often in the others, leaving out stems the taxonomy's terms
// already match. A reading aid for extending src/lang/de/topics.json by hand:
// every term added there is a word a linguist judged to belong to the topic.

import { tokenize } from '../../src/index.js';
import { builtInTaxonomy, builtInTermMatcher } from '../../src/topics/compiled-topics.js';
import { matchTerms } from '../../src/topics/term-matcher.js';
import { scanTokens } from '../../src/text/tokenize.js';
import { splitTokenTable } from '../../src/text/sentences.js';
import { labelledReports } from './dataset.js';

const reports = labelledReports();
const taxonomy = builtInTaxonomy();
const matcher = builtInTermMatcher();
const wanted = process.argv.slice(2);

// Per report: its content stems, and per stem whether the taxonomy already matches it for each topic.
const stemsOf = reports.map((report) => {
  const stems = new Map<string, string>();
  for (const token of tokenize(report.document.text)) {
    if (token.kind !== 'word' || token.norm.length < 4) continue;
    if (!stems.has(token.stem)) stems.set(token.stem, token.text);
  }
  return stems;
});
const matchedBy = new Map<string, Set<number>>();
for (const report of reports) {
  const text = report.document.text;
  const tokens = scanTokens(text);
  const doc = { text, tokens, sentences: splitTokenTable(tokens) };
  for (const match of matchTerms(doc, matcher)) {
    for (let i = match.first; i <= match.last; i++) {
      const word = tokenize(text.slice(tokens.starts[i], tokens.ends[i]))[0];
      if (!word) continue;
      const set = matchedBy.get(word.stem) ?? new Set<number>();
      for (const ref of match.refs) if (ref.sign > 0) set.add(ref.topic);
      matchedBy.set(word.stem, set);
    }
  }
}

taxonomy.topics.forEach((topic, index) => {
  if (wanted.length > 0 && !wanted.includes(topic.id)) return;
  const positive = reports.map((r) => r.topics.includes(topic.id));
  const positives = positive.filter(Boolean).length;
  const counts = new Map<string, { pos: number; neg: number; example: string }>();
  stemsOf.forEach((stems, i) => {
    for (const [stem, example] of stems) {
      const c = counts.get(stem) ?? { pos: 0, neg: 0, example };
      if (positive[i]) c.pos++;
      else c.neg++;
      counts.set(stem, c);
    }
  });
  const rows = [...counts]
    .filter(([stem, c]) => c.pos >= 3 && !matchedBy.get(stem)?.has(index))
    .map(([stem, c]) => ({
      stem,
      ...c,
      score: Math.log((c.pos + 0.5) / (positives + 1)) - Math.log((c.neg + 0.5) / (reports.length - positives + 1)),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 40);
  console.log(`\n${topic.id} (${positives} reports): ` + rows.map((r) => `${r.example} ${r.pos}/${r.neg}`).join(', '));
});
