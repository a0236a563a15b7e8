// npm run measure:ner-learners — the learners the issue named, on one GermEval
// fold (train: folds 2–5, 4,080 sentences; test: fold 1), GermEval only, the
// same features (the hashed keys of features.ts, one per feature):
//   - this library's averaged perceptron, Viterbi (scripts/ner/perceptron.ts)
//   - the same, trained and decoded greedily
//   - wink-perceptron 2.0.0 (averaged multi-class perceptron) as a greedy
//     token classifier with the previous tag as a feature
//   - natural 8.1.1 BayesClassifier and LogisticRegressionClassifier (submodule
//     imports) as token classifiers: their features are a dense vector over
//     the whole vocabulary per example, so they are timed on small samples.
// Strict span F1 over PER/ORG/LOC/OTH, training time, tagging speed.

import { createRequire } from 'node:module';
import { WINDOW } from '../../src/entities/model/features.js';
import { DOMAINS, MODEL_CLASSES, classOfTag, isInsideTag } from '../../src/entities/model/labels.js';
import { type Counts, addCounts, compareSets, emptyCounts, scores } from '../../eval/metrics.js';
import { readGermEval } from './corpora.js';
import { AFTER_WORD, BEFORE_WORD, BLOCKS, type Dataset, INITIAL_BLOCK, buildDataset } from './dataset.js';
import { readNameFilter, trainModel } from './recipe.js';
import { builtInGazetteerBits } from '../../src/lang/de/ner.js';
import { scoreModel } from './score.js';

const require = createRequire(import.meta.url);
type Features = Record<string, number>;
interface TokenClassifier {
  learn(examples: [Features, string][]): void;
  predict(features: Features): string;
}

const names = readNameFilter();
const germeval = readGermEval();
const ds = buildDataset(germeval, builtInGazetteerBits(names));
const train = Int32Array.from([...germeval.keys()].filter((s) => s % 5 !== 0));
const test = Int32Array.from([...germeval.keys()].filter((s) => s % 5 === 0));
const TAG_NAMES = ['O', ...MODEL_CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`])];

function tokenFeatures(data: Dataset, s: number, i: number, previousTag: string): Features {
  const start = data.sentenceStarts[s]!;
  const end = data.sentenceStarts[s + 1]!;
  const features: Features = { [`prev=${previousTag}`]: 1 };
  const add = (base: number) => {
    for (let k = data.wordKeyStarts[base]!; k < data.wordKeyStarts[base + 1]!; k++)
      features[String(data.wordKeys[k])] = 1;
  };
  for (let offset = -WINDOW; offset <= WINDOW; offset++) {
    const k = i + offset;
    const word = k < start ? BEFORE_WORD : k >= end ? AFTER_WORD : data.words[k]!;
    add(word * BLOCKS + offset + WINDOW);
  }
  if (i === start) add(data.words[i]! * BLOCKS + INITIAL_BLOCK);
  return features;
}

function trainingExamples(sentences: Int32Array, limit = Infinity): [Features, string][] {
  const examples: [Features, string][] = [];
  for (const s of sentences) {
    let previous = 'O';
    for (let i = ds.sentenceStarts[s]!; i < ds.sentenceStarts[s + 1]! && examples.length < limit; i++) {
      const tag = TAG_NAMES[ds.gold[i]!]!;
      examples.push([tokenFeatures(ds, s, i, previous), tag]);
      previous = tag;
    }
  }
  return examples;
}

/** Greedy tagging with the classifier; strict spans against gold. */
function scoreGreedy(
  classifier: TokenClassifier,
  sentences: Int32Array,
  tokenLimit = Infinity,
): { counts: Counts; tokensPerSecond: number } {
  const counts = emptyCounts();
  let tokens = 0;
  let seconds = 0;
  for (const s of sentences) {
    if (tokens >= tokenLimit) break;
    const start = ds.sentenceStarts[s]!;
    const end = ds.sentenceStarts[s + 1]!;
    const started = performance.now();
    const tags: number[] = [];
    let previous = 'O';
    for (let i = start; i < end; i++) {
      let tag = classifier.predict(tokenFeatures(ds, s, i, previous));
      let id = TAG_NAMES.indexOf(tag);
      if (id < 0 || !DOMAINS.news.includes(MODEL_CLASSES[classOfTag(id)] as never)) id = 0;
      // An I- tag that does not continue its class opens a span, as conlleval reads it.
      if (isInsideTag(id) && (tags.length === 0 || classOfTag(tags[tags.length - 1]!) !== classOfTag(id))) id -= 1;
      tags.push(id);
      tag = TAG_NAMES[id]!;
      previous = tag;
    }
    seconds += (performance.now() - started) / 1000;
    tokens += end - start;
    const predicted = spansOf(tags, (i) => i);
    const gold = spansOf(Array.from(ds.gold.subarray(start, end)), (i) => i);
    addCounts(counts, compareSets(predicted, gold));
  }
  return { counts, tokensPerSecond: tokens / seconds };
}

function spansOf(tags: number[], at: (i: number) => number): string[] {
  const spans: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 0 || isInsideTag(tags[i]!)) continue;
    let end = i;
    while (end + 1 < tags.length && isInsideTag(tags[end + 1]!) && classOfTag(tags[end + 1]!) === classOfTag(tags[i]!))
      end++;
    spans.push(`${classOfTag(tags[i]!)}\t${at(i)}\t${at(end)}`);
  }
  return spans;
}

const report = (name: string, counts: Counts, trainSeconds: number, tokensPerSecond: number, note = '') => {
  const s = scores(counts);
  console.log(
    `${name.padEnd(58)} F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})  train ${trainSeconds.toFixed(1)} s  ${Math.round(tokensPerSecond).toLocaleString('en')} tokens/s ${note}`,
  );
};
const testSentences = test.map((s) => s);
console.log(`GermEval fold 1: ${train.length} training sentences, ${test.length} test sentences\n`);

for (const decoding of ['viterbi', 'greedy'] as const) {
  const started = performance.now();
  const { model } = trainModel(ds, train, names, { decoding, domainCopies: false });
  const trainSeconds = (performance.now() - started) / 1000;
  const counts = scoreModel(
    model,
    [...testSentences].map((s) => germeval[s]!),
    'news',
  );
  report(
    `govtext-de averaged perceptron, trained ${decoding}`,
    counts.overall,
    trainSeconds,
    counts.tokens / counts.seconds,
    '(decoded with Viterbi)',
  );
}

{
  const winkPerceptron = require('wink-perceptron') as () => {
    defineConfig(config: { shuffleData: boolean; maxIterations: number }): void;
    learn(examples: [Features, { label: string }][]): void;
    predict(features: Features): string;
  };
  const perceptron = winkPerceptron();
  perceptron.defineConfig({ shuffleData: false, maxIterations: 10 });
  const examples = trainingExamples(train);
  const started = performance.now();
  perceptron.learn(examples.map(([features, label]) => [features, { label }]));
  const trainSeconds = (performance.now() - started) / 1000;
  const { counts, tokensPerSecond } = scoreGreedy({ learn: () => {}, predict: (f) => perceptron.predict(f) }, test);
  report('wink-perceptron, greedy token classifier, 10 iterations', counts, trainSeconds, tokensPerSecond);
}

// LogisticRegressionClassifier had not finished training on 500 tokens after
// three minutes (2026-11-30); it runs only with --with-logistic-regression.
const naturalLearners = [
  ['natural BayesClassifier', 'natural/lib/natural/classifiers/bayes_classifier.js', 2000, 1000] as const,
];
if (process.argv.includes('--with-logistic-regression')) {
  naturalLearners.push([
    'natural LogisticRegressionClassifier',
    'natural/lib/natural/classifiers/logistic_regression_classifier.js',
    500,
    300,
  ] as never);
}
for (const [name, path, trainTokens, testTokens] of naturalLearners) {
  const Classifier = require(path) as new () => {
    addDocument(tokens: string[], label: string): void;
    train(): void;
    classify(tokens: string[]): string;
  };
  const classifier = new Classifier();
  const examples = trainingExamples(train, trainTokens);
  const started = performance.now();
  for (const [features, label] of examples) classifier.addDocument(Object.keys(features), label);
  classifier.train();
  const trainSeconds = (performance.now() - started) / 1000;
  const { counts, tokensPerSecond } = scoreGreedy(
    { learn: () => {}, predict: (f) => classifier.classify(Object.keys(f)) },
    test,
    testTokens,
  );
  report(
    `${name}, first ${trainTokens} training tokens`,
    counts,
    trainSeconds,
    tokensPerSecond,
    `(tested on ${testTokens} tokens)`,
  );
}
