// npx tsx eval/germeval.ts — an out-of-domain check: PER, LOC and ORG on the
// GermEval 2014 NER test split (news and Wikipedia, ../shared/data/germeval2014,
// CC BY 4.0, Benikova et al., LREC 2014). Each sentence is rebuilt by joining
// its tokens with spaces and extracted on its own; gold is the outer column
// without -deriv/-part tags. Strict span match per type, micro-averaged.
// Our LAW, EVENT and PRODUCT mentions are not scored (GermEval files them
// under OTH). Not our domain: read it as a floor for people and places in
// general text, not as the library's score.
// The statistical model trains on GermEval's train split only (npm run
// eval:ner scores it on this one), so the test split stays an outside check.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { PROJECT_ROOT } from './gold.js';
import { type Counts, addCounts, compareSets, emptyCounts, scores } from './metrics.js';
import { joinTokens } from '../scripts/ner/corpora.js';

const file = join(PROJECT_ROOT, '..', 'shared', 'data', 'germeval2014', 'NER-de-test.tsv');
if (!existsSync(file)) {
  console.log('note: ../shared/data/germeval2014 not found; nothing to score');
  process.exit(0);
}

const TYPES = ['PER', 'LOC', 'ORG'] as const;
const counts = new Map<string, Counts>(TYPES.map((type) => [type, emptyCounts()]));
const overall = emptyCounts();
let sentences = 0;

function score(tokens: string[], tags: string[]): void {
  const { text, starts } = joinTokens(tokens);
  const gold: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const match = /^B-(PER|LOC|ORG)$/.exec(tags[i]!);
    if (!match) continue;
    let end = i;
    while (end + 1 < tags.length && tags[end + 1] === `I-${match[1]}`) end++;
    gold.push(`${match[1]}\t${starts[i]}\t${starts[end]! + tokens[end]!.length}`);
  }
  const predicted = extract(text)
    .entities.filter((e) => (TYPES as readonly string[]).includes(e.type))
    .map((e) => `${e.type}\t${e.start}\t${e.end}`);
  addCounts(overall, compareSets(predicted, gold));
  for (const type of TYPES) {
    const ofType = (key: string) => key.startsWith(`${type}\t`);
    addCounts(counts.get(type)!, compareSets(predicted.filter(ofType), gold.filter(ofType)));
  }
  sentences++;
}

let tokens: string[] = [];
let tags: string[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('#')) continue;
  if (line.trim() === '') {
    if (tokens.length > 0) score(tokens, tags);
    tokens = [];
    tags = [];
    continue;
  }
  const columns = line.split('\t');
  tokens.push(columns[1]!);
  tags.push(columns[2]!);
}
if (tokens.length > 0) score(tokens, tags);

console.log(`GermEval 2014 test (${sentences} sentences, news and Wikipedia), strict spans`);
console.log(`${'type'.padEnd(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(6)}`);
for (const [name, c] of [...counts, ['all 3', overall] as const]) {
  const s = scores(c);
  console.log(
    `${name.padEnd(8)} ${s.precision.toFixed(3).padStart(6)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${String(s.support).padStart(6)}`,
  );
}
