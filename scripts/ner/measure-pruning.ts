// npx tsx scripts/ner/measure-pruning.ts [--germeval] — what quantisation and
// pruning cost: trains the recipe once on all data (and with --germeval once on
// GermEval folds 2–5 + LER train), then packs it with weights clipped at
// different quantiles before int8 rounding and with rows of small weights
// dropped, and reports file size, load time and LER dev (GermEval fold 1) F1.

import { LER_DEV_FILE, LER_TRAIN_FILE, readGermEval, readLer } from './corpora.js';
import { buildDataset } from './dataset.js';
import { loadNerModel } from '../../src/entities/model/load.js';
import { packModel } from './pack.js';
import { DEFAULT_LIBRARY, RECIPE, fitTemperature, readNameFilter } from './recipe.js';
import { builtInGazetteerBits } from '../../src/lang/de/ner.js';
import { trainPerceptron } from './perceptron.js';
import { scoreModel } from './score.js';
import { scores } from '../../eval/metrics.js';

const names = readNameFilter();
const germeval = readGermEval();
const ler = readLer(LER_TRAIN_FILE);
const dev = readLer(LER_DEV_FILE);
const ds = buildDataset([...germeval, ...ler], builtInGazetteerBits(names));
const lerIndices = ler.map((_, k) => germeval.length + k);
const settings = [
  { clipQuantile: 0.9999, minMagnitude: 1 },
  { clipQuantile: 0.999, minMagnitude: 1 },
  { clipQuantile: 0.99, minMagnitude: 1 },
  { clipQuantile: 1, minMagnitude: 1 },
  { clipQuantile: 0.9999, minMagnitude: 2 },
  { clipQuantile: 0.9999, minMagnitude: 4 },
];
const runs = [['LER dev', Int32Array.from(ds.sentences.keys()), dev, 'legal'] as const];
if (process.argv.includes('--germeval')) {
  runs.push([
    'GermEval fold 1',
    Int32Array.from([...germeval.keys()].filter((s) => s % 5 !== 0).concat(lerIndices)),
    germeval.filter((_, s) => s % 5 === 0),
    'news',
  ] as never);
}

for (const [name, sentences, test, domain] of runs) {
  const trained = trainPerceptron(ds, { ...RECIPE, sentences });
  const provisional = loadNerModel(
    packModel(trained, { names, library: DEFAULT_LIBRARY, temperature: 1, domainCopies: RECIPE.domainCopies }),
  );
  const temperature = fitTemperature(
    provisional,
    ds,
    sentences.filter((_, k) => k % 20 === 0),
  );
  for (const { clipQuantile, minMagnitude } of settings) {
    const packed = packModel(trained, {
      names,
      library: DEFAULT_LIBRARY,
      temperature,
      domainCopies: RECIPE.domainCopies,
      clipQuantile,
      minMagnitude,
    });
    const json = JSON.stringify(packed, null, 1);
    const started = performance.now();
    const model = loadNerModel(JSON.parse(json));
    const loadMs = performance.now() - started;
    const counts = scoreModel(model, test, domain);
    const s = scores(counts.overall);
    console.log(
      `${name}: clip at quantile ${clipQuantile}, rows with a weight ≥ ${minMagnitude} step(s): ${packed.rows} rows, ${(json.length / 1e6).toFixed(2)} MB, parse + load ${loadMs.toFixed(0)} ms, F1 ${s.f1.toFixed(4)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})`,
    );
  }
}
