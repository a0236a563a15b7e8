// npm run train:relations: trains the relation model by the recipe on all of
// corpus/train/ and writes src/lang/de/model/relation-model.json. The held-out
// figures are npm run eval:relations -- --cv (trained on three writers, scored
// on the fourth).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TRAIN_DIR, loadCorpusGold } from '../../eval/gold.js';
import { RECIPE, relationExamples, trainPairModel } from './recipe.js';

const documents = loadCorpusGold(TRAIN_DIR);
const examples = relationExamples(documents).flat();
const positives = examples.filter((e) => e.label === 1).length;
const model = trainPairModel(
  examples,
  `Logistic regression over person–organisation candidates (src/relations/candidates.ts) of the ${documents.length} reports of corpus/train/, ` +
    `on their gold entities and the extractor's own (${examples.length} candidates, ${positives} of them gold pairs); ` +
    `${RECIPE.epochs} epochs of AdaGrad SGD, L2 ${RECIPE.l2}. Written by npm run train:relations (scripts/relations/).`,
);
const file = join(PROJECT_ROOT, 'src', 'lang', 'de', 'model', 'relation-model.json');
writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `${examples.length} candidates, ${positives} positive; ${Object.keys(model.weights).length} weights → ${file}`,
);
