// npx tsx scripts/ner/measure-pruning.ts — how much of the model can go: trains
// the recipe once on GermEval folds 2–5 + LER train and once on all data, then
// packs each with rows of small weights dropped, and reports file size, load
// time, GermEval fold-1 and LER dev F1 for each cut.

import { LER_DEV_FILE, LER_TRAIN_FILE, readGermEval, readLer } from './corpora.js';
import { buildDataset } from './dataset.js';
import { loadNerModel } from '../../src/entities/model/load.js';
import { packModel } from './pack.js';
import { DEFAULT_LIBRARY, RECIPE, fitTemperature, modelGazetteers, readNameFilter } from './recipe.js';
import { trainPerceptron } from './perceptron.js';
import { scoreModel } from './score.js';
import { scores } from '../../eval/metrics.js';

const names = readNameFilter();
const germeval = readGermEval();
const ler = readLer(LER_TRAIN_FILE);
const dev = readLer(LER_DEV_FILE);
const ds = buildDataset([...germeval, ...ler], modelGazetteers(names));
const lerIndices = ler.map((_, k) => germeval.length + k);
const cuts = [1, 2, 3, 4, 6, 8];

for (const [name, sentences, test, domain] of [
  ['GermEval fold 1', Int32Array.from([...germeval.keys()].filter((s) => s % 5 !== 0).concat(lerIndices)), germeval.filter((_, s) => s % 5 === 0), 'news'],
  ['LER dev', Int32Array.from(ds.sentences.keys()), dev, 'legal'],
] as const) {
  const trained = trainPerceptron(ds, { ...RECIPE, sentences });
  const provisional = loadNerModel(packModel(trained, { names, library: DEFAULT_LIBRARY, temperature: 1, domainCopies: RECIPE.domainCopies }));
  const temperature = fitTemperature(provisional, ds, sentences.filter((_, k) => k % 20 === 0));
  for (const minMagnitude of cuts) {
    const packed = packModel(trained, { names, library: DEFAULT_LIBRARY, temperature, domainCopies: RECIPE.domainCopies, minMagnitude });
    const json = JSON.stringify(packed, null, 1);
    const started = performance.now();
    const model = loadNerModel(JSON.parse(json));
    const loadMs = performance.now() - started;
    const counts = scoreModel(model, test, domain);
    const s = scores(counts.overall);
    console.log(
      `${name}: rows with a weight ≥ ${minMagnitude} step(s): ${packed.rows} rows, ${(json.length / 1e6).toFixed(2)} MB, parse + load ${loadMs.toFixed(0)} ms, F1 ${s.f1.toFixed(4)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}), ${Math.round(counts.tokens / counts.seconds)} tokens/s`,
    );
  }
}
