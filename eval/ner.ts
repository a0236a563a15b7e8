// npm run eval:ner — the shipped statistical model's figures (it is trained on
// GermEval 2014 train and LER train only; scripts/ner/recipe.ts):
//   1. GermEval 2014 dev and test: strict spans, the four main classes (PER,
//      ORG, LOC, OTH) and the official outer metric over all twelve labels
//      (with -deriv and -part); each sentence read two ways: raw (its tokens
//      joined by spaces, re-tokenised and split by the library, as users' text
//      arrives) and in the corpus's own tokens.
//   2. LER test (the official split, never trained or tuned on): coarse
//      classes PER, LOC, ORG, LAW (LER's NRM), REG, RS, LIT, raw and tokens.
//   3. extract() on GermEval test: PER, ORG, LOC of the rules alone, then of
//      the rules with the model (nerRecognizer() as shipped).
//   4. The domain gold (corpus/, eval/challenge/, eval/holdout … holdout5/,
//      the seeds): strict (type, text) F1 of extract() without and with the
//      model.
// Speed and load time: npm run bench:ner.
// Writes eval/ner-results.json. Needs ../shared/data for 1-3; a few minutes.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../src/index.js';
import { germanNerModel, nerRecognizer } from '../src/ner.js';
import {
  GERMEVAL_FILES,
  LER_FILES,
  type LabelledSentence,
  dataAvailable,
  readGermEval,
  readLer,
} from '../scripts/ner/corpora.js';
import { type ClassCounts, GERMEVAL_MAIN_CLASSES, type ReadMode, countsOf, scoreModel } from '../scripts/ner/score.js';
import {
  CHALLENGE_DIR,
  type GoldDocument,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
  HOLDOUT4_DIR,
  HOLDOUT5_DIR,
  HOLDOUT_DIR,
  PROJECT_ROOT,
  loadCorpusGold,
  loadSeedGold,
  seedsAvailable,
} from './gold.js';
import {
  type Counts,
  SCORED_ENTITY_TYPES,
  addCounts,
  addEntityCounts,
  compareSets,
  emptyCounts,
  emptyEntityCounts,
  scores,
} from './metrics.js';

const started = performance.now();
const results: Record<string, unknown> = {};
const model = germanNerModel();

type Row = { name: string; counts: Counts };
function table(title: string, rows: Row[]): Record<string, ReturnType<typeof scores>> {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(12)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(6)}`);
  const json: Record<string, ReturnType<typeof scores>> = {};
  for (const { name, counts } of rows) {
    const s = scores(counts);
    json[name] = s;
    console.log(
      `${name.padEnd(12)} ${s.precision.toFixed(3).padStart(6)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${String(s.support).padStart(6)}`,
    );
  }
  return json;
}

const germevalRows = (counts: ClassCounts): Row[] => [
  ...GERMEVAL_MAIN_CLASSES.map((name) => ({ name, counts: counts.byClass.get(name)! })),
  { name: '4 classes', counts: countsOf(counts, GERMEVAL_MAIN_CLASSES) },
  { name: '12 outer', counts: counts.overall },
];
const classRows = (counts: ClassCounts): Row[] => [
  ...[...counts.byClass].map(([name, c]) => ({ name, counts: c })),
  { name: 'all', counts: counts.overall },
];
const MODES: [ReadMode, string][] = [
  ['raw', 'raw text (re-tokenised by the library)'],
  ['tokens', "the corpus's tokens"],
];

if (dataAvailable()) {
  const germeval: Record<string, unknown> = {};
  let test: LabelledSentence[] = [];
  for (const split of ['dev', 'test'] as const) {
    const sentences = readGermEval(GERMEVAL_FILES[split]);
    if (split === 'test') test = sentences;
    for (const [mode, label] of MODES) {
      const counts = scoreModel(model, sentences, 'news', mode);
      germeval[`${split}/${mode}`] = table(
        `GermEval 2014 ${split} (${sentences.length} sentences), ${label}, strict spans`,
        germevalRows(counts),
      );
    }
  }
  results.germeval = germeval;
  const lerTest = readLer(LER_FILES.test);
  const ler: Record<string, unknown> = {};
  for (const [mode, label] of MODES) {
    ler[mode] = table(
      `LER test (${lerTest.length} sentences), ${label}, coarse classes, strict spans`,
      classRows(scoreModel(model, lerTest, 'legal', mode)),
    );
  }
  results.lerTest = ler;
  results.germevalTestExtract = {
    rules: table('extract() on GermEval test, rules only (PER, ORG, LOC)', classRows(extractCounts(test, false))),
    rulesAndModel: table('extract() on GermEval test, rules + model', classRows(extractCounts(test, true))),
  };
} else {
  console.log('note: ../shared/data not found; GermEval and LER figures skipped');
}

/** extract() on GermEval sentences: strict PER/ORG/LOC spans against the gold of the same classes. */
function extractCounts(sentences: LabelledSentence[], withModel: boolean): ClassCounts {
  const counts: ClassCounts = { overall: emptyCounts(), byClass: new Map(), tokens: 0, seconds: 0 };
  const extractor = createExtractor({ model: withModel ? nerRecognizer() : false });
  const types = ['PER', 'ORG', 'LOC'];
  for (const sentence of sentences) {
    const predicted = extractor
      .extract(sentence.text)
      .entities.filter((e) => types.includes(e.type))
      .map((e) => `${e.type}\t${e.start}\t${e.end}`);
    const gold = sentence.spans
      .filter((span) => types.includes(span.label))
      .map((span) => `${span.label}\t${span.start}\t${span.end}`);
    addCounts(counts.overall, compareSets(predicted, gold));
    for (const type of types) {
      const ofType = (key: string) => key.startsWith(`${type}\t`);
      const into = counts.byClass.get(type) ?? emptyCounts();
      addCounts(into, compareSets(predicted.filter(ofType), gold.filter(ofType)));
      counts.byClass.set(type, into);
    }
  }
  return counts;
}

function domainScores(documents: GoldDocument[], withModel: boolean) {
  const extractor = createExtractor({ model: withModel ? nerRecognizer() : false });
  const counts = emptyEntityCounts();
  for (const gold of documents)
    if (gold.entities) addEntityCounts(counts, extractor.extract(gold.text).entities, gold.entities);
  return counts;
}
const sets: [string, GoldDocument[]][] = [
  ['corpus/', loadCorpusGold()],
  ['challenge/', loadCorpusGold(CHALLENGE_DIR)],
  ['holdout/', loadCorpusGold(HOLDOUT_DIR)],
  ['holdout2/', loadCorpusGold(HOLDOUT2_DIR)],
  ['holdout3/', loadCorpusGold(HOLDOUT3_DIR)],
  ['holdout4/', loadCorpusGold(HOLDOUT4_DIR)],
  ['holdout5/', loadCorpusGold(HOLDOUT5_DIR)],
];
if (seedsAvailable()) sets.push(['seeds', loadSeedGold()]);
const domain: Record<string, unknown> = {};
console.log('\nDomain gold, strict (type, text) F1: gazetteers + patterns, then + model');
console.log(`${'set'.padEnd(12)} ${'without'.padStart(8)} ${'with'.padStart(8)}   per type (without → with)`);
for (const [name, documents] of sets) {
  const without = domainScores(documents, false);
  const withModel = domainScores(documents, true);
  const perType = SCORED_ENTITY_TYPES.filter((type) => without.byType.has(type) || withModel.byType.has(type)).map(
    (type) => {
      const a = scores(without.byType.get(type) ?? emptyCounts()).f1;
      const b = scores(withModel.byType.get(type) ?? emptyCounts()).f1;
      return [type, a, b] as const;
    },
  );
  const a = scores(without.pairs);
  const b = scores(withModel.pairs);
  domain[name] = {
    without: a,
    with: b,
    perType: Object.fromEntries(perType.map(([type, x, y]) => [type, { without: x, with: y }])),
  };
  console.log(
    `${name.padEnd(12)} ${a.f1.toFixed(3).padStart(8)} ${b.f1.toFixed(3).padStart(8)}   ${perType.map(([type, x, y]) => `${type} ${x.toFixed(3)}→${y.toFixed(3)}`).join(', ')}`,
  );
}
results.domain = domain;
writeFileSync(join(PROJECT_ROOT, 'eval', 'ner-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s`);
