// npm run train:ner — trains the German NER model that ships with the library:
// GermEval 2014 (all 5,100 sentences of the split we have) and German LER
// (ler_train_derived.conll) from ../shared/data, labels mapped as
// scripts/ner/corpora.ts states, settings in scripts/ner/recipe.ts (fixed seed:
// the same data give a byte-identical file). Writes src/lang/de/model/ner-model.json,
// then calibrates its confidence threshold on corpus/ (eval/calibrate-ner.ts).
// Single thread; about 3 minutes on a 2-core Xeon.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { calibrateThreshold } from '../eval/calibrate-ner.js';
import { LER_TRAIN_FILE, dataAvailable, readGermEval, readLer } from './ner/corpora.js';
import { buildDataset } from './ner/dataset.js';
import { modelGazetteers, readNameFilter, trainModel } from './ner/recipe.js';

export const MODEL_FILE = resolve(import.meta.dirname, '..', 'src', 'lang', 'de', 'model', 'ner-model.json');

if (!dataAvailable()) {
  console.error('train:ner needs ../shared/data (GermEval 2014, LER, names); not found');
  process.exit(2);
}

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
const names = readNameFilter();
const germeval = readGermEval();
const ler = readLer(LER_TRAIN_FILE);
const ds = buildDataset([...germeval, ...ler], modelGazetteers(names));
console.log(
  `${germeval.length} GermEval + ${ler.length} LER sentences, ${ds.tokenCount.toLocaleString('en')} tokens; ${ds.unaligned} of ${ds.spans} gold spans off the library's token boundaries (trained as O)`,
);
const { packed, model } = trainModel(ds, Int32Array.from(ds.sentences.keys()), names, {
  progress: (epoch, errors, s) => console.log(`epoch ${epoch}: ${(errors * 100).toFixed(1)} % of sentences decoded wrong, ${s.toFixed(1)} s`),
});
console.log(`trained in ${seconds()} s: ${packed.rows.toLocaleString('en')} feature rows, temperature ${packed.temperature}`);

const threshold = calibrateThreshold(model);
packed.library = { ...packed.library, threshold: threshold.threshold };
console.log(`threshold ${threshold.threshold} (corpus/ strict F1 ${threshold.f1.toFixed(3)} with the model, ${threshold.withoutModel.toFixed(3)} without)`);

const json = `${JSON.stringify(packed, null, 1)}\n`;
writeFileSync(MODEL_FILE, json);
console.log(`wrote ${join('src', 'lang', 'de', 'model', 'ner-model.json')}: ${(json.length / 1e6).toFixed(2)} MB; total ${seconds()} s`);
