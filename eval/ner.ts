// npm run eval:ner — the statistical model's figures:
//   1. GermEval 2014, 5-fold cross-validation over the 5,100 sentences we have:
//      each fold's model is trained by the shipped recipe (scripts/ner/recipe.ts)
//      on the other four folds plus LER train, then scored on its fold: strict
//      spans, PER/ORG/LOC/OTH (the outer column; -deriv/-part are not scored).
//   2. LER dev (6,666 sentences, never trained on) with the shipped model,
//      coarse classes PER, LOC, ORG, LAW (LER's NRM), REG, RS, LIT.
//   3. extract() on the same held-out GermEval folds, PER/ORG/LOC, strict
//      spans: the rules alone, then the rules with the fold's model as
//      nerRecognizer() — what the model adds to the library on text of
//      another genre, with names no list contains.
//   4. The domain gold (corpus/, eval/challenge/, eval/holdout/, eval/holdout2/,
//      eval/holdout3/, the seeds):
//      strict (type, text) F1 of extract() with and without the model.
// Options: --skip-cv (2 and 4 only; keeps the other figures in the file), --folds N.
// Writes eval/ner-results.json.
// Needs ../shared/data for 1 and 2; training the folds takes about 15 minutes.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../src/index.js';
import { germanNerModel, nerRecognizer } from '../src/ner.js';
import type { NerModel } from '../src/entities/model/model.js';
import type { LabelledSentence } from '../scripts/ner/corpora.js';
import { LER_DEV_FILE, LER_TRAIN_FILE, dataAvailable, readGermEval, readLer } from '../scripts/ner/corpora.js';
import { readNameFilter, trainRecipe, trainingData } from '../scripts/ner/recipe.js';
import { type ClassCounts, scoreModel } from '../scripts/ner/score.js';
import {
  CHALLENGE_DIR,
  type GoldDocument,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
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

const foldsAt = process.argv.indexOf('--folds');
const folds = foldsAt >= 0 ? Number(process.argv[foldsAt + 1]) : 5;
const skipCv = process.argv.includes('--skip-cv');
const started = performance.now();
const results: Record<string, unknown> = {};

type Row = { name: string; counts: Counts };
function table(
  title: string,
  rows: Row[],
): Record<string, { precision: number; recall: number; f1: number; support: number }> {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(10)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(6)}`);
  const json: Record<string, ReturnType<typeof scores>> = {};
  for (const { name, counts } of rows) {
    const s = scores(counts);
    json[name] = s;
    console.log(
      `${name.padEnd(10)} ${s.precision.toFixed(3).padStart(6)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${String(s.support).padStart(6)}`,
    );
  }
  return json;
}
const classRows = (counts: ClassCounts): Row[] => [
  ...[...counts.byClass].map(([name, c]) => ({ name, counts: c })),
  { name: 'all', counts: counts.overall },
];

if (dataAvailable()) {
  const names = readNameFilter();
  const germeval = readGermEval();
  if (!skipCv) {
    const ler = readLer(LER_TRAIN_FILE);
    const data = trainingData(names, germeval, ler);
    const total: ClassCounts = { overall: emptyCounts(), byClass: new Map(), tokens: 0, seconds: 0 };
    const rulesOnly: ClassCounts = { overall: emptyCounts(), byClass: new Map(), tokens: 0, seconds: 0 };
    const rulesAndModel: ClassCounts = { overall: emptyCounts(), byClass: new Map(), tokens: 0, seconds: 0 };
    for (let fold = 0; fold < folds; fold++) {
      const foldStarted = performance.now();
      const { model } = trainRecipe(
        data,
        [...germeval.keys()].filter((s) => s % folds !== fold),
        true,
      );
      const test = germeval.filter((_, s) => s % folds === fold);
      const counts = scoreModel(model, test, 'news');
      addExtractCounts(rulesOnly, test, false);
      addExtractCounts(rulesAndModel, test, model);
      addCounts(total.overall, counts.overall);
      for (const [name, c] of counts.byClass) {
        const into = total.byClass.get(name) ?? emptyCounts();
        addCounts(into, c);
        total.byClass.set(name, into);
      }
      const s = scores(counts.overall);
      console.log(
        `fold ${fold + 1}/${folds}: F1 ${s.f1.toFixed(3)} (${((performance.now() - foldStarted) / 1000).toFixed(0)} s)`,
      );
    }
    results.germevalCrossValidation = table(
      `GermEval 2014, ${folds}-fold cross-validation (train: other folds + LER train), strict spans`,
      classRows(total),
    );
    results.germevalExtractRules = table(
      'extract() on the held-out folds, rules only (PER, ORG, LOC)',
      classRows(rulesOnly),
    );
    results.germevalExtractWithModel = table(
      "extract() on the held-out folds, rules + the fold's model",
      classRows(rulesAndModel),
    );
  }
  const dev = readLer(LER_DEV_FILE);
  results.lerDev = table(
    `LER dev (${dev.length} sentences), shipped model, coarse classes, strict spans`,
    classRows(scoreModel(germanNerModel(), dev, 'legal')),
  );
} else {
  console.log('note: ../shared/data not found; GermEval and LER figures skipped');
}

/** extract() on GermEval sentences: strict PER/ORG/LOC spans against the gold of the same classes. */
function addExtractCounts(into: ClassCounts, sentences: LabelledSentence[], model: NerModel | false): void {
  const { threshold, singleTokenThreshold, rules } = germanNerModel().library;
  const extractor = createExtractor({
    model:
      model &&
      nerRecognizer({
        model,
        threshold,
        ...(singleTokenThreshold === undefined ? {} : { singleTokenThreshold }),
        ...(rules ? { rules } : {}),
      }),
  });
  const types = ['PER', 'ORG', 'LOC'];
  for (const sentence of sentences) {
    const predicted = extractor
      .extract(sentence.text)
      .entities.filter((e) => types.includes(e.type))
      .map((e) => `${e.type}\t${e.start}\t${e.end}`);
    const gold = sentence.spans
      .filter((span) => types.includes(span.label))
      .map((span) => `${span.label}\t${span.start}\t${span.end}`);
    addCounts(into.overall, compareSets(predicted, gold));
    for (const type of types) {
      const ofType = (key: string) => key.startsWith(`${type}\t`);
      const counts = into.byClass.get(type) ?? emptyCounts();
      addCounts(counts, compareSets(predicted.filter(ofType), gold.filter(ofType)));
      into.byClass.set(type, counts);
    }
  }
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
// --skip-cv after a retrain: the shipped model's figures are new, the cross-validated ones are kept.
const resultsFile = join(PROJECT_ROOT, 'eval', 'ner-results.json');
const kept =
  skipCv && existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(resultsFile, `${JSON.stringify({ ...kept, ...results }, null, 2)}\n`);
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s`);
