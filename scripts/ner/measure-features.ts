// Development runs for feature ideas: npx tsx scripts/ner/measure-features.ts
// [--variant base|clusters] [--classes K] [--min-count C] [--with-corpus] [--ler]
// GermEval 5-fold cross-validation (the folds of eval:ner). Without --ler each
// fold trains on GermEval alone (seconds per fold); with it, on all of LER
// train too, as the shipped recipe does. Word classes (clusters.ts) are learnt
// per fold from unlabelled text that never includes the fold's test sentences:
// LER train, the other GermEval folds and, with --with-corpus, corpus/.

import { type ClassCounts, scoreModel } from './score.js';
import { LER_TRAIN_FILE, readGermEval, readLer } from './corpora.js';
import { buildDataset } from './dataset.js';
import { CLUSTERS, clusterWords, normsOf } from './clusters.js';
import { readNameFilter, trainModel } from './recipe.js';
import { builtInGazetteerBits } from '../../src/lang/de/ner.js';
import { addCounts, emptyCounts, scores } from '../../eval/metrics.js';
import { loadCorpusGold } from '../../eval/gold.js';
import { optionValue } from './options.js';

const variant = optionValue('variant', 'base');
const folds = 5;
const withLer = process.argv.includes('--ler');
const clusterOptions = {
  ...CLUSTERS,
  classes: Number(optionValue('classes', String(CLUSTERS.classes))),
  minCount: Number(optionValue('min-count', String(CLUSTERS.minCount))),
};

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
const names = readNameFilter();
const gazetteers = builtInGazetteerBits(names);
const germeval = readGermEval();
const ler = readLer(LER_TRAIN_FILE);
const needNorms = variant === 'clusters';
const lerNorms = needNorms ? ler.map((s) => normsOf(s.text)) : [];
const germevalNorms = needNorms ? germeval.map((s) => normsOf(s.text)) : [];
const corpusNorms =
  needNorms && process.argv.includes('--with-corpus')
    ? loadCorpusGold()
        .flatMap((d) => d.text.split('\n'))
        .map(normsOf)
    : [];
console.log(
  `variant ${variant}${withLer ? ', with LER' : ', GermEval alone'}`,
  needNorms ? clusterOptions : '',
  `(${seconds()} s)`,
);

const total: ClassCounts = { overall: emptyCounts(), byClass: new Map(), tokens: 0, seconds: 0 };
for (let fold = 0; fold < folds; fold++) {
  const trainGermEval = [...germeval.keys()].filter((s) => s % folds !== fold);
  const wordClasses = needNorms
    ? clusterWords([...lerNorms, ...trainGermEval.map((s) => germevalNorms[s]!), ...corpusNorms], clusterOptions)
    : undefined;
  const sentences = withLer ? [...germeval, ...ler] : germeval;
  const ds = buildDataset(sentences, gazetteers, wordClasses ? (norm) => wordClasses.get(norm) ?? -1 : undefined);
  const train = withLer ? trainGermEval.concat(ler.map((_, k) => germeval.length + k)) : trainGermEval;
  const { model } = trainModel(ds, Int32Array.from(train), names, { wordClasses });
  const counts = scoreModel(
    model,
    germeval.filter((_, s) => s % folds === fold),
    'news',
  );
  addCounts(total.overall, counts.overall);
  for (const [name, c] of counts.byClass) {
    const into = total.byClass.get(name) ?? emptyCounts();
    addCounts(into, c);
    total.byClass.set(name, into);
  }
  console.log(
    `fold ${fold + 1}: F1 ${scores(counts.overall).f1.toFixed(3)}${wordClasses ? `, ${wordClasses.size} words in classes` : ''} (${seconds()} s)`,
  );
}
for (const [name, c] of total.byClass) console.log(`${name.padEnd(4)} F1 ${scores(c).f1.toFixed(3)}`);
const s = scores(total.overall);
console.log(`all  P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${seconds()} s)`);
