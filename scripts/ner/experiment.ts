// Development runs: npx tsx scripts/ner/experiment.ts [--ler N] [--folds K] [--epochs E]
// [--decoding viterbi|greedy] [--repeat-news R] [--min-count C] [--no-ler-dev]
// Cross-validates on GermEval (K folds, training also on N LER sentences) and
// scores LER dev with a model trained on all of GermEval and N LER sentences.

import { GERMEVAL_FILE, LER_DEV_FILE, LER_TRAIN_FILE, readGermEval, readLer } from './corpora.js';
import { buildDataset } from './dataset.js';
import { readNameFilter, trainModel } from './recipe.js';
import { builtInGazetteerBits } from '../../src/lang/de/ner.js';
import { scoreModel } from './score.js';
import { addCounts, emptyCounts, scores } from '../../eval/metrics.js';
import { optionValue } from './options.js';

const lerLimit = Number(optionValue('ler', '100000'));
const folds = Number(optionValue('folds', '5'));
const foldLimit = Number(optionValue('fold-limit', String(folds)));
const options = {
  epochs: Number(optionValue('epochs', '10')),
  decoding: optionValue('decoding', 'viterbi') as 'viterbi' | 'greedy',
  repeat: { news: Number(optionValue('repeat-news', '1')), legal: 1 },
  minCount: Number(optionValue('min-count', '1')),
  domainCopies: !process.argv.includes('--no-copies'),
};

const started = performance.now();
const names = readNameFilter();
const germeval = readGermEval(GERMEVAL_FILE);
const ler = lerLimit > 0 ? readLer(LER_TRAIN_FILE, lerLimit) : [];
const all = [...germeval, ...ler];
const ds = buildDataset(all, builtInGazetteerBits(names));
console.log(
  `${germeval.length} GermEval + ${ler.length} LER sentences, ${ds.tokenCount} tokens, ${ds.wordCount} word forms, ${ds.unaligned}/${ds.spans} spans off token boundaries; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  options,
);

const print = (title: string, counts: ReturnType<typeof scoreModel>) => {
  const line = (name: string, c: ReturnType<typeof emptyCounts>) => {
    const s = scores(c);
    return `${name.padEnd(6)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.support})`;
  };
  console.log(title);
  for (const [name, c] of counts.byClass) console.log('  ' + line(name, c));
  console.log('  ' + line('all', counts.overall));
};

const lerIndices = Array.from({ length: ler.length }, (_, k) => germeval.length + k);
const total = {
  overall: emptyCounts(),
  byClass: new Map<string, ReturnType<typeof emptyCounts>>(),
  tokens: 0,
  seconds: 0,
};
for (let fold = 0; fold < foldLimit; fold++) {
  const foldStarted = performance.now();
  const train = Int32Array.from([...germeval.keys()].filter((s) => s % folds !== fold).concat(lerIndices));
  const test = germeval.filter((_, s) => s % folds === fold);
  const { model, packed } = trainModel(ds, train, names, {
    ...options,
    progress: (epoch, errors, seconds) =>
      process.stdout.write(`  epoch ${epoch}: ${(errors * 100).toFixed(1)} % wrong, ${seconds.toFixed(1)} s\n`),
  });
  const counts = scoreModel(model, test, 'news');
  print(
    `fold ${fold + 1}: ${packed.rows} rows, T ${packed.temperature}, ${((performance.now() - foldStarted) / 1000).toFixed(0)} s`,
    counts,
  );
  addCounts(total.overall, counts.overall);
  for (const [name, c] of counts.byClass) {
    const into = total.byClass.get(name) ?? emptyCounts();
    addCounts(into, c);
    total.byClass.set(name, into);
  }
  total.tokens += counts.tokens;
  total.seconds += counts.seconds;
}
print(`GermEval ${foldLimit}/${folds} folds, ${Math.round(total.tokens / total.seconds)} tokens/s`, total);

if (!process.argv.includes('--no-ler-dev')) {
  const dev = readLer(LER_DEV_FILE);
  const train = Int32Array.from(all.keys());
  const { model } = trainModel(ds, train, names, options);
  const counts = scoreModel(model, dev, 'legal');
  print(`LER dev (${dev.length} sentences), ${Math.round(counts.tokens / counts.seconds)} tokens/s`, counts);
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
