// npm run measure:ner-curve — how GermEval F1 grows with GermEval training
// data, to judge whether 0.75 is within reach of the 4,080 training sentences
// a fold has. The folds of npm run eval:ner (sentence s in fold s % 5); each
// fold's model is trained by the shipped recipe (recipe.ts) on 25, 50, 75 and
// 100 % of its training sentences (nested subsets: a seeded shuffle's first
// share), scored with strict spans over PER/ORG/LOC/OTH on the whole held-out
// fold. Word classes are learnt, as the recipe does, from LER train's text and
// the GermEval sentences trained on.
//   1. GermEval alone, every fold (a few seconds per model).
//   2. GermEval plus all of LER train, as the shipped recipe trains, on the
//      first --ler-folds folds (default 1; about 2.5 minutes per model).
// A least-squares line of F1 over log2(training sentences) per curve gives the
// gain per doubling and the F1 it would predict at 24,000 sentences (the
// official GermEval train split): an extrapolation, not a measurement.
// Options: --folds N (5), --ler-folds N (1; 0 skips part 2), --fractions 0.25,0.5,0.75,1.
// Writes eval/ner-curve.json. About 13 minutes with the defaults.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Counts, addCounts, emptyCounts, scores } from '../../eval/metrics.js';
import { PROJECT_ROOT } from '../../eval/gold.js';
import { seededRandom } from './perceptron.js';
import { readTrainingData, trainRecipe } from './recipe.js';
import { scoreModel } from './score.js';
import { optionValue } from './options.js';

const folds = Number(optionValue('folds', '5'));
const lerFolds = Math.min(folds, Number(optionValue('ler-folds', '1')));
const fractions = optionValue('fractions', '0.25,0.5,0.75,1').split(',').map(Number);
const OFFICIAL_TRAIN = 24_000;

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
const data = readTrainingData('measure:ner-curve');
const { germeval } = data;

/**
 * The fold's training sentences in a fixed shuffled order; a fraction takes a prefix, so smaller sets nest in larger
 * ones.
 */
function shuffledTraining(fold: number): number[] {
  const train = [...germeval.keys()].filter((s) => s % folds !== fold);
  const random = seededRandom(7000 + fold);
  for (let i = train.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [train[i], train[j]] = [train[j]!, train[i]!];
  }
  return train;
}

interface Point {
  fraction: number;
  /** Mean GermEval training sentences per fold. */
  sentences: number;
  precision: number;
  recall: number;
  f1: number;
  /** F1 of each fold's model on its own fold. */
  foldF1: number[];
}

function curve(
  title: string,
  foldCount: number,
  withLer: boolean,
): { points: Point[]; perDoubling: number; predictedAt24k: number } {
  console.log(`\n${title}`);
  const points: Point[] = [];
  for (const fraction of fractions) {
    const total: Counts = emptyCounts();
    const foldF1: number[] = [];
    let sentences = 0;
    for (let fold = 0; fold < foldCount; fold++) {
      const training = shuffledTraining(fold);
      const taken = training.slice(0, Math.round(training.length * fraction)).sort((a, b) => a - b);
      sentences += taken.length;
      const { model } = trainRecipe(data, taken, withLer);
      const test = germeval.filter((_, s) => s % folds === fold);
      const counts = scoreModel(model, test, 'news').overall;
      addCounts(total, counts);
      foldF1.push(round(scores(counts).f1));
    }
    const s = scores(total);
    points.push({
      fraction,
      sentences: Math.round(sentences / foldCount),
      precision: round(s.precision),
      recall: round(s.recall),
      f1: round(s.f1),
      foldF1,
    });
    console.log(
      `${String(fraction * 100).padStart(4)} %  ${String(Math.round(sentences / foldCount)).padStart(5)} sentences  P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}  folds ${foldF1.map((f) => f.toFixed(3)).join(' ')}  (${seconds()} s)`,
    );
  }
  // F1 = a + b log2(n), least squares.
  const xs = points.map((p) => Math.log2(p.sentences));
  const ys = points.map((p) => p.f1);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let k = 0; k < xs.length; k++) {
    sxy += (xs[k]! - mx) * (ys[k]! - my);
    sxx += (xs[k]! - mx) ** 2;
  }
  const perDoubling = sxx === 0 ? 0 : sxy / sxx;
  const predictedAt24k = my + perDoubling * (Math.log2(OFFICIAL_TRAIN) - mx);
  console.log(
    `  +${perDoubling.toFixed(3)} F1 per doubling; log-linear extrapolation to ${OFFICIAL_TRAIN.toLocaleString('en')} sentences: ${predictedAt24k.toFixed(3)}`,
  );
  return { points, perDoubling: round(perDoubling), predictedAt24k: round(predictedAt24k) };
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

const results: Record<string, unknown> = {
  folds,
  fractions,
  germevalOnly: curve(`GermEval alone, ${folds} folds`, folds, false),
};
if (lerFolds > 0)
  results.withLer = {
    folds: lerFolds,
    ...curve(`GermEval + LER train (the shipped recipe), first ${lerFolds} of ${folds} folds`, lerFolds, true),
  };
writeFileSync(join(PROJECT_ROOT, 'eval', 'ner-curve.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote eval/ner-curve.json; ${seconds()} s`);
