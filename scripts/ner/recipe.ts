// How the shipped model is trained, in one place: the name lists of its name
// filter, the training settings, and the steps from labelled sentences to a
// packed model. npm run train:ner and the cross-validation of npm run eval:ner
// both follow it, so the figures describe the model that ships.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInGazetteerBits } from '../../src/lang/de/ner.js';
import { type Domain } from '../../src/entities/model/labels.js';
import { loadNerModel } from '../../src/entities/model/load.js';
import type { LibrarySettings, NerModel } from '../../src/entities/model/model.js';
import { type NameFilter, buildNameFilter } from '../../src/entities/model/name-filter.js';
import { emissionScorer } from '../../src/entities/model/emissions.js';
import { domainTransitions } from '../../src/entities/model/decode.js';
import type { PackedNerModel } from '../../src/entities/model/packed.js';
import { CLUSTERS, clusterWords, normsOf } from './clusters.js';
import { DATA_DIR, LER_TRAIN_FILE, type LabelledSentence, dataAvailable, readGermEval, readLer } from './corpora.js';
import { type Dataset, DOMAIN_NAMES, buildDataset, sentenceView } from './dataset.js';
import { type TrainOptions, trainPerceptron } from './perceptron.js';
import { packModel } from './pack.js';

export const NAME_FILES = {
  firstNames: join(DATA_DIR, 'names', 'first-names.tsv'),
  surnames: join(DATA_DIR, 'names', 'surnames.txt'),
};

export const RECIPE: Omit<TrainOptions, 'sentences' | 'progress'> = {
  epochs: 10,
  seed: 20141,
  decoding: 'viterbi',
  minCount: 2,
  domainCopies: true,
  repeat: { news: 1, legal: 1 },
};

export const DEFAULT_LIBRARY: LibrarySettings = { domain: 'news', threshold: 0.5 };

const isName = (name: string): boolean => name.length >= 2 && name[0] !== name[0]!.toLowerCase();

/** First names (Berlin registry) and surnames (GermaNER) for the model's name filter. */
export function readNameFilter(): NameFilter {
  const firstNames = readFileSync(NAME_FILES.firstNames, 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[0]!.trim())
    .filter(isName);
  const surnames = readFileSync(NAME_FILES.surnames, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(isName);
  return buildNameFilter(new Set(firstNames), new Set(surnames));
}

/**
 * The temperature that makes the model's tag softmax best predict the gold tags
 * of `sample` sentences (maximum likelihood, golden-section search).
 */
export function fitTemperature(model: NerModel, ds: Dataset, sample: Int32Array): number {
  const gazetteersOf = builtInGazetteerBits(model.names);
  const points: { scores: Float32Array; gold: number }[] = [];
  for (const domain of DOMAIN_NAMES) {
    const scorer = emissionScorer(model, domain, gazetteersOf);
    const transitions = domainTransitions(model, scorer.tags);
    const width = scorer.tags.length;
    for (const s of sample) {
      if (DOMAIN_NAMES[ds.domains[s]!] !== domain) continue;
      const view = sentenceView(ds.sentences[s]!.text);
      if (view.count === 0) continue;
      const emissions = new Float32Array(view.count * width);
      scorer.score(view, 0, view.count - 1, emissions);
      let previous = -1;
      for (let i = 0; i < view.count; i++) {
        const gold = scorer.tags.indexOf(ds.gold[ds.sentenceStarts[s]! + i]!);
        const scores = new Float32Array(width);
        for (let a = 0; a < width; a++) {
          scores[a] =
            emissions[i * width + a]! +
            (previous < 0 ? transitions.start[a]! : transitions.between[previous * width + a]!);
        }
        points.push({ scores, gold });
        previous = gold;
      }
    }
  }
  const logLikelihood = (temperature: number): number => {
    let sum = 0;
    for (const { scores, gold } of points) {
      let top = -Infinity;
      for (const s of scores) top = Math.max(top, s / temperature);
      let z = 0;
      for (const s of scores) z += Math.exp(s / temperature - top);
      sum += scores[gold]! / temperature - top - Math.log(z);
    }
    return sum;
  };
  let low = Math.log(0.01);
  let high = Math.log(1000);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 40; step++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (logLikelihood(Math.exp(a)) > logLikelihood(Math.exp(b))) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}

export interface TrainedModel {
  packed: PackedNerModel;
  model: NerModel;
}

/** Trains on `sentences` of the dataset and packs the result. */
export function trainModel(
  ds: Dataset,
  sentences: Int32Array,
  names: NameFilter,
  options: Partial<TrainOptions> & { library?: LibrarySettings; wordClasses?: ReadonlyMap<string, number> } = {},
): TrainedModel {
  const settings = { ...RECIPE, ...options, sentences };
  const trained = trainPerceptron(ds, settings);
  const library = options.library ?? DEFAULT_LIBRARY;
  const { domainCopies } = settings;
  const { wordClasses } = options;
  const provisional = loadNerModel(packModel(trained, { names, library, temperature: 1, domainCopies, wordClasses }));
  const sample = sentences.filter((_, k) => k % 20 === 0);
  const temperature = fitTemperature(provisional, ds, sample);
  const packed = packModel(trained, { names, library, temperature, domainCopies, wordClasses });
  return { packed, model: loadNerModel(packed) };
}

export type { Domain };

/** The labelled corpora, read once, with each sentence's word forms for the word classes. */
export interface TrainingData {
  names: NameFilter;
  germeval: LabelledSentence[];
  ler: LabelledSentence[];
  germevalNorms: string[][];
  lerNorms: string[][];
}

export function trainingData(names: NameFilter, germeval: LabelledSentence[], ler: LabelledSentence[]): TrainingData {
  return {
    names,
    germeval,
    ler,
    germevalNorms: germeval.map((s) => normsOf(s.text)),
    lerNorms: ler.map((s) => normsOf(s.text)),
  };
}

/**
 * The training data of the shipped recipe, all of GermEval and LER train; exits with status 2 naming `command` without
 * ../shared/data.
 */
export function readTrainingData(command: string): TrainingData {
  if (!dataAvailable()) {
    console.error(`${command} needs ../shared/data (GermEval 2014, LER, names); not found`);
    process.exit(2);
  }
  return trainingData(readNameFilter(), readGermEval(), readLer(LER_TRAIN_FILE));
}

/**
 * The recipe from corpora to model: distributional word classes (clusters.ts)
 * learnt from the text of LER train and of the GermEval sentences trained on
 * (never from sentences a model is scored on), then the perceptron on those
 * GermEval sentences and, with `withLer`, all of LER train.
 */
export function trainRecipe(
  data: TrainingData,
  germevalSentences: readonly number[],
  withLer: boolean,
  options: Partial<TrainOptions> & { library?: LibrarySettings } = {},
): TrainedModel & { dataset: Dataset } {
  const wordClasses = clusterWords(
    [...data.lerNorms, ...germevalSentences.map((s) => data.germevalNorms[s]!)],
    CLUSTERS,
  );
  const sentences = withLer ? [...data.germeval, ...data.ler] : data.germeval;
  const dataset = buildDataset(sentences, builtInGazetteerBits(data.names), (norm) => wordClasses.get(norm) ?? -1);
  const train = withLer
    ? [...germevalSentences, ...data.ler.map((_, k) => data.germeval.length + k)]
    : [...germevalSentences];
  return { ...trainModel(dataset, Int32Array.from(train), data.names, { ...options, wordClasses }), dataset };
}
