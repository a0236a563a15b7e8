// npx tsx eval/keyphrase-weights.ts — how the keyphrase ranking's weights
// (DEFAULT_KEYPHRASE_WEIGHTS in src/topics/keyphrases.ts) were chosen: each
// setting of a small grid scored as F1@10 (the mean of both annotators,
// eval/keyphrase-match.ts) on the reports of writers a and b (the half the
// choice was made on) and, held out, of writers c and d. The shipped defaults
// are the first row.

import { readFileSync } from 'node:fs';
import { createExtractor, germanLanguage, taxonomyTagger } from '../src/index.js';
import type { EntityMention } from '../src/record.js';
import type { AnalysedText } from '../src/text/analysed-text.js';
import { DEFAULT_KEYPHRASE_WEIGHTS, type KeyphraseWeights, extractKeyphrases } from '../src/topics/keyphrases.js';
import type { ProposedTopic } from '../src/topics/tag-topics.js';
import { TRAIN_DIR, loadCorpusGold } from './gold.js';
import { macro, scoreList } from './keyphrase-match.js';

const second = JSON.parse(readFileSync(`${TRAIN_DIR}/second-annotation/keyphrases.json`, 'utf8')) as Record<
  string,
  string[]
>;
interface Analysed {
  id: string;
  doc: AnalysedText;
  entities: readonly EntityMention[];
  topics: ProposedTopic[];
  a: string[];
  b: string[];
}
const analysed: Analysed[] = [];
const tagger = taxonomyTagger();
let current = { id: '', a: [] as string[] };
const extractor = createExtractor({
  keyphrases: 0,
  topicTaggers: [
    {
      name: 'keep-the-document',
      tag(doc, entities, language) {
        const topics = tagger.tag(doc, entities, language);
        analysed.push({ id: current.id, doc, entities, topics, a: current.a, b: second[current.id] ?? [] });
        return topics;
      },
    },
  ],
});
for (const document of loadCorpusGold(TRAIN_DIR)) {
  const keyphrases = (document as { keyphrases?: string[] }).keyphrases;
  if (!keyphrases) continue;
  current = { id: document.id, a: keyphrases };
  extractor.extract(document.text);
}

const words = germanLanguage().keyphrases;
function score(weights: KeyphraseWeights, writers: string): { exact: number; partial: number } {
  const reports = analysed.filter((r) => writers.includes(r.id[3]!));
  const lists = reports.map((r) =>
    extractKeyphrases(r.doc, r.entities, 10, words, r.topics, weights).map((k) => k.text),
  );
  const f1 = (credit: 'exact' | 'partial') =>
    (macro(reports.map((r, i) => scoreList(lists[i]!, r.a, credit))).f1 +
      macro(reports.map((r, i) => scoreList(lists[i]!, r.b, credit))).f1) /
    2;
  return { exact: f1('exact'), partial: f1('partial') };
}

const base = DEFAULT_KEYPHRASE_WEIGHTS;
const grid: [string, KeyphraseWeights][] = [['shipped', base]];
for (const topic of [1, 2, 3, 4]) grid.push([`topic ${topic}`, { ...base, topic }]);
for (const length of [0, 0.3, 0.5, 0.8]) grid.push([`length ${length}`, { ...base, length }]);
for (const [opening, openingDecay] of [
  [0.8, 3],
  [1.5, 1],
  [1.5, 3],
  [2.5, 3],
]) {
  grid.push([`opening ${opening}/${openingDecay}`, { ...base, opening: opening!, openingDecay: openingDecay! }]);
}
for (const overlap of [0, 0.3, 0.5, 0.8]) grid.push([`overlap ${overlap}`, { ...base, overlap }]);
for (const factor of [0.8, 1, 1.6]) {
  const names = { ...base.names, ORG: base.names.ORG * factor, PRODUCT: factor, LAW: factor, EVENT: factor };
  grid.push([`names ×${factor}`, { ...base, names }]);
}
for (const loc of [0.3, 0.8]) grid.push([`LOC ${loc}`, { ...base, names: { ...base.names, LOC: loc } }]);

console.log(`F1@10, mean of annotators A and B: ${'writers a+b (chosen on)'.padStart(26)}   writers c+d (held out)`);
console.log(
  `${''.padEnd(16)} ${'exact'.padStart(8)} ${'partial'.padStart(8)}      ${'exact'.padStart(8)} ${'partial'.padStart(8)}`,
);
for (const [name, weights] of grid) {
  const dev = score(weights, 'ab');
  const test = score(weights, 'cd');
  console.log(
    `${name.padEnd(16)} ${dev.exact.toFixed(3).padStart(8)} ${dev.partial.toFixed(3).padStart(8)}      ${test.exact.toFixed(3).padStart(8)} ${test.partial.toFixed(3).padStart(8)}`,
  );
}
