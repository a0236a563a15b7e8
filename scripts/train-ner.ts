// npm run train:ner — trains the German NER model that ships with the library:
// GermEval 2014 (all 5,100 sentences of the split we have) and German LER
// (ler_train_derived.conll) from ../shared/data, labels mapped as
// scripts/ner/corpora.ts states, settings in scripts/ner/recipe.ts (fixed seed:
// the same data give a byte-identical file). Writes src/lang/de/model/ner-model.json,
// then calibrates how extract() uses it on corpus/, eval/challenge/ and
// eval/holdout/ (eval/calibrate-ner.ts).
// Single thread; about 3 minutes on a 2-core Xeon.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { calibrateModel } from '../eval/calibrate-ner.js';
import { readTrainingData, trainRecipe } from './ner/recipe.js';
import { modelFileText } from './ner/pack.js';

export const MODEL_FILE = resolve(import.meta.dirname, '..', 'src', 'lang', 'de', 'model', 'ner-model.json');

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
const data = readTrainingData('train:ner');
const { germeval, ler } = data;
const {
  packed,
  model,
  dataset: ds,
} = trainRecipe(data, [...germeval.keys()], true, {
  progress: (epoch, errors, s) =>
    console.log(`epoch ${epoch}: ${(errors * 100).toFixed(1)} % of sentences decoded wrong, ${s.toFixed(1)} s`),
});
console.log(
  `${germeval.length} GermEval + ${ler.length} LER sentences, ${ds.tokenCount.toLocaleString('en')} tokens; ${ds.unaligned} of ${ds.spans} gold spans off the library's token boundaries (trained as O)`,
);
console.log(
  `trained in ${seconds()} s: ${packed.rows.toLocaleString('en')} feature rows, ${packed.wordClasses?.length ?? 0} word classes, temperature ${packed.temperature}`,
);

const calibration = calibrateModel(model);
packed.library = calibration.library;
console.log(
  `extract() settings ${JSON.stringify(calibration.library)} (corpus/ + challenge/ + holdout/ strict F1 ${calibration.f1.toFixed(3)} with the model, ${calibration.withoutModel.toFixed(3)} without)`,
);

const json = modelFileText(packed);
writeFileSync(MODEL_FILE, json);
console.log(
  `wrote ${join('src', 'lang', 'de', 'model', 'ner-model.json')}: ${(json.length / 1e6).toFixed(2)} MB; total ${seconds()} s`,
);
