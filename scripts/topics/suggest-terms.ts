// npx tsx scripts/topics/suggest-terms.ts [topic …] — lists, per topic, the
// word stems that most often occur in the labelled reports a reader gave the
// topic and least often in the others, leaving out stems the taxonomy's terms
// already match for it. A reading aid for extending src/lang/de/topics.json by
// hand: every term added there is a word a linguist judged to belong to the
// topic, never a list copied from here.

import { createExtractor, germanLanguage, tokenize } from '../../src/index.js';
import type { AnalysedText } from '../../src/text/analysed-text.js';
import { matchTerms } from '../../src/topics/term-matcher.js';
import { labelledReports } from './dataset.js';

const reports = labelledReports();
const { taxonomy, termMatcher } = germanLanguage().topics;
const matcher = termMatcher();
const wanted = process.argv.slice(2);

/** Per report: its content stems with an example form. */
const stemsOf = reports.map((report) => {
  const stems = new Map<string, string>();
  for (const token of tokenize(report.document.text)) {
    if (token.kind !== 'word' || token.norm.length < 4) continue;
    if (!stems.has(token.stem)) stems.set(token.stem, token.text);
  }
  return stems;
});

/** Per stem: the topics whose terms already match a token of it. */
const matchedBy = new Map<string, Set<number>>();
const extractor = createExtractor({
  recognizers: [],
  keyphrases: 0,
  topicTaggers: [
    {
      name: 'matched-stems',
      tag(doc: AnalysedText) {
        for (const match of matchTerms(doc, matcher)) {
          for (let i = match.first; i <= match.last; i++) {
            const set = matchedBy.get(doc.view.stem[i]!) ?? new Set<number>();
            for (const ref of match.refs) if (ref.sign > 0) set.add(ref.topic);
            matchedBy.set(doc.view.stem[i]!, set);
          }
        }
        return [];
      },
    },
  ],
});
for (const report of reports) extractor.extract(report.document.text);

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
    .sort((a, b) => b.score - a.score || (a.stem < b.stem ? -1 : 1))
    .slice(0, 40);
  console.log(`\n${topic.id} (${positives} reports): ${rows.map((r) => `${r.example} ${r.pos}/${r.neg}`).join(', ')}`);
});
