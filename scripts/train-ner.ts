// npm run train:ner — trains the German NER model that ships with the library
// from ../shared/data, following scripts/ner/recipe.ts: the word lexicon from
// the unlabelled Bundestag speeches and federal laws plus the training text,
// then the perceptron on GermEval 2014 train and German LER train (labels
// mapped as scripts/ner/corpora.ts states). Fixed seeds: the same data give a
// byte-identical file. Writes src/lang/de/model/ner-model.json, then
// calibrates how extract() uses it on corpus/, eval/challenge/ and
// eval/holdout/ (eval/calibrate-ner.ts). No dev or test split is read.
// Single thread; run it with nice on a shared machine.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { calibrateModel } from '../eval/calibrate-ner.js';
import { RECIPE, readTrainingData, trainRecipe } from './ner/recipe.js';
import { modelFileText } from './ner/pack.js';

export const MODEL_FILE = resolve(import.meta.dirname, '..', 'src', 'lang', 'de', 'model', 'ner-model.json');

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
const log = (message: string) => console.log(`[${seconds()} s] ${message}`);
const data = readTrainingData('train:ner');
const {
  packed,
  model,
  dataset: ds,
  lexicon,
} = await trainRecipe(data, RECIPE, {
  log,
  progress: (epoch, errors, s) =>
    log(`epoch ${epoch}: ${(errors * 100).toFixed(1)} % of sentences decoded wrong, ${s.toFixed(1)} s`),
});
log(
  `${data.germeval.length} GermEval + ${data.ler.length} LER + ${data.mobie.length} MobIE + ${data.reports.length} report sentences, ${ds.tokenCount.toLocaleString('en')} tokens; ${ds.unaligned} of ${ds.spans} gold spans off the library's token boundaries (trained as O)`,
);
log(
  `trained: ${packed.rows.toLocaleString('en')} feature rows, ${lexicon.hashes.length.toLocaleString('en')} words in the lexicon (classes ${lexicon.levels.join('/')}), temperature ${packed.temperature}`,
);

const calibration = calibrateModel(model);
packed.library = calibration.library;
log(
  `extract() settings ${JSON.stringify(calibration.library)} (corpus/ + challenge/ + holdout/ strict F1 ${calibration.f1.toFixed(3)} with the model, ${calibration.withoutModel.toFixed(3)} without)`,
);

const json = modelFileText(packed);
writeFileSync(MODEL_FILE, json);
log(`wrote ${join('src', 'lang', 'de', 'model', 'ner-model.json')}: ${(json.length / 1e6).toFixed(2)} MB`);
