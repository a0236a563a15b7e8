// Development runs: npx tsx scripts/ner/experiment.ts [options]
// Trains a variant of the recipe (recipe.ts) and scores it on the dev splits
// only (GermEval dev: 4 classes and the 12 outer labels, raw text and corpus
// tokens; with --ler-dev also LER dev). Test splits are never read here.
// Options: --epochs E, --no-ler, --mobie, --reports, --legal-share R (visits per LER
// sentence per epoch), --min-count C, --levels 64,256,1024, --max-words N,
// --dimensions D, --context-words C, --no-lexicon, --tokenization corpus,
// --germeval-limit N, --ler-limit N, --name NAME (a label for the log),
// --save FILE (writes the model file there).
// The lexicon is cached in .cache/ner/ per text, options and the unlabelled stream's key.

import { writeFileSync } from 'node:fs';
import { EMPTY_LEXICON } from '../../src/entities/model/word-lexicon.js';
import { builtInGazetteerBits } from '../../src/lang/de/ner.js';
import { scores } from '../../eval/metrics.js';
import { GERMEVAL_FILES, LER_FILES, readGermEval, readLer } from './corpora.js';
import { buildDataset, type Tokenization } from './dataset.js';
import { optionValue } from './options.js';
import { modelFileText } from './pack.js';
import { RECIPE, type Recipe, readTrainingData, recipeLexicon, trainModel, trainingSentences } from './recipe.js';
import { GERMEVAL_MAIN_CLASSES, countsOf, scoreModel } from './score.js';

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
const log = (message: string) => console.log(`[${seconds()} s] ${message}`);

const levels = optionValue('levels', RECIPE.lexicon.levels.join(',')).split(',').map(Number);
const recipe: Recipe = {
  ...RECIPE,
  train: {
    ...RECIPE.train,
    epochs: Number(optionValue('epochs', String(RECIPE.train.epochs))),
    minCount: Number(optionValue('min-count', String(RECIPE.train.minCount))),
    repeat: {
      ...RECIPE.train.repeat,
      legal: Number(optionValue('legal-share', String(RECIPE.train.repeat?.legal ?? 1))),
    },
  },
  lexicon: {
    ...RECIPE.lexicon,
    levels,
    vectors: {
      ...RECIPE.lexicon.vectors,
      maxWords: Number(optionValue('max-words', String(RECIPE.lexicon.vectors.maxWords))),
      dimensions: Number(optionValue('dimensions', String(RECIPE.lexicon.vectors.dimensions))),
      contextWords: Number(optionValue('context-words', String(RECIPE.lexicon.vectors.contextWords))),
      minCount: Number(optionValue('vector-min-count', String(RECIPE.lexicon.vectors.minCount))),
    },
  },
  ler: !process.argv.includes('--no-ler'),
  mobie: process.argv.includes('--mobie'),
  reports: process.argv.includes('--reports'),
  tokenization: optionValue('tokenization', RECIPE.tokenization) as Tokenization,
};
log(`${optionValue('name', 'experiment')}: ${JSON.stringify(recipe)}`);

const data = readTrainingData('experiment', recipe);
// The lexicon is learnt from every training sentence of the chosen corpora, also when fewer are trained on.
const lexicon = process.argv.includes('--no-lexicon')
  ? EMPTY_LEXICON
  : await recipeLexicon(trainingSentences(data), recipe.lexicon, true, log);
data.germeval = data.germeval.slice(0, Number(optionValue('germeval-limit', 'Infinity')));
data.ler = data.ler.slice(0, Number(optionValue('ler-limit', 'Infinity')));
const sentences = trainingSentences(data);
log(`lexicon: ${lexicon.hashes.length} words, levels ${lexicon.levels.join('/')}`);
const ds = buildDataset(sentences, builtInGazetteerBits(data.names), lexicon, recipe.tokenization);
log(
  `${data.germeval.length} GermEval + ${data.ler.length} LER + ${data.mobie.length} MobIE + ${data.reports.length} report sentences, ${ds.tokenCount} tokens, ${ds.unaligned}/${ds.spans} spans off token boundaries`,
);
const { model, packed } = trainModel(ds, Int32Array.from(sentences.keys()), data.names, lexicon, {
  ...recipe.train,
  progress: (epoch, errors, s) => log(`epoch ${epoch}: ${(errors * 100).toFixed(1)} % wrong, ${s.toFixed(1)} s`),
});
log(`${packed.rows} rows, temperature ${packed.temperature}`);
const saveAs = optionValue('save', '');
if (saveAs) writeFileSync(saveAs, modelFileText(packed));

const line = (name: string, c: ReturnType<typeof countsOf>) => {
  const s = scores(c);
  return `${name.padEnd(10)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.support})`;
};
const dev = readGermEval(GERMEVAL_FILES.dev);
for (const mode of ['raw', 'tokens'] as const) {
  const counts = scoreModel(model, dev, 'news', mode);
  console.log(`GermEval dev, ${mode}, ${Math.round(counts.tokens / counts.seconds)} tokens/s`);
  for (const name of GERMEVAL_MAIN_CLASSES) console.log(`  ${line(name, counts.byClass.get(name)!)}`);
  console.log(`  ${line('4 classes', countsOf(counts, GERMEVAL_MAIN_CLASSES))}`);
  console.log(`  ${line('12 outer', counts.overall)}`);
}
if (process.argv.includes('--ler-dev')) {
  const counts = scoreModel(model, readLer(LER_FILES.dev), 'legal', 'raw');
  console.log(`LER dev, raw`);
  for (const [name, c] of counts.byClass) console.log(`  ${line(name, c)}`);
  console.log(`  ${line('all', counts.overall)}`);
}
log('done');
