// How the shipped model is trained, in one place: the name lists of its name
// filter, the word lexicon learnt from unlabelled text, the training settings,
// and the steps from labelled sentences to a packed model. npm run train:ner
// and the development runs (experiment.ts) both follow it, so the figures
// describe the model that ships.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInGazetteerBits } from '../../src/lang/de/ner.js';
import { emissionScorer } from '../../src/entities/model/emissions.js';
import { domainTransitions } from '../../src/entities/model/decode.js';
import { DOMAIN_NAMES, type Domain } from '../../src/entities/model/labels.js';
import { loadNerModel } from '../../src/entities/model/load.js';
import type { LibrarySettings, NerModel } from '../../src/entities/model/model.js';
import { type NameFilter, buildNameFilter } from '../../src/entities/model/name-filter.js';
import type { PackedNerModel } from '../../src/entities/model/packed.js';
import type { WordLexicon } from '../../src/entities/model/word-lexicon.js';
import {
  DATA_DIR,
  GERMEVAL_FILES,
  LER_FILES,
  type LabelledSentence,
  MOBIE_FILES,
  dataAvailable,
  mobieAvailable,
  readGermEval,
  readLer,
  readMobie,
  readReports,
} from './corpora.js';
import { CORPUS_DIR, loadCorpusGold } from '../../eval/gold.js';
import { type Dataset, type Tokenization, buildDataset, viewOf } from './dataset.js';
import { LEXICON, type LexiconOptions, buildLexicon } from './lexicon.js';
import { type TrainOptions, trainPerceptron } from './perceptron.js';
import { packModel } from './pack.js';
import {
  CACHE_DIR,
  StreamBuilder,
  type WordStream,
  unlabeledAvailable,
  unlabeledCacheKey,
  unlabeledStream,
} from './unlabeled.js';

/** The project's annotated reports for training (never a calibration or evaluation set). */
export const REPORTS_DIR = join(CORPUS_DIR, 'train');

export const NAME_FILES = {
  firstNames: join(DATA_DIR, 'names', 'first-names.tsv'),
  surnames: join(DATA_DIR, 'names', 'surnames.txt'),
};

export interface Recipe {
  train: Omit<TrainOptions, 'sentences' | 'progress'>;
  lexicon: LexiconOptions;
  /**
   * Which corpora to train on, besides GermEval train: LER train, MobIE train, the project's reports (corpus/train/).
   */
  ler: boolean;
  mobie: boolean;
  reports: boolean;
  tokenization: Tokenization;
}

export const RECIPE: Recipe = {
  train: {
    epochs: 10,
    seed: 20141,
    decoding: 'viterbi',
    minCount: 2,
    domainCopies: true,
    repeat: { news: 1, legal: 0.5, mobility: 1, reports: 1 },
  },
  lexicon: LEXICON,
  ler: true,
  mobie: false,
  reports: false,
  tokenization: 'library',
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
  for (const domain of model.domains) {
    const scorer = emissionScorer(model, domain, gazetteersOf);
    const transitions = domainTransitions(model, scorer.tags);
    const width = scorer.tags.length;
    for (const s of sample) {
      if (DOMAIN_NAMES[ds.domains[s]!] !== domain) continue;
      const view = viewOf(ds.sentences[s]!, ds.tokenization);
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

/** Trains on `sentences` of the dataset and packs the result with the lexicon its features read. */
export function trainModel(
  ds: Dataset,
  sentences: Int32Array,
  names: NameFilter,
  lexicon: WordLexicon,
  options: Partial<TrainOptions> & { library?: LibrarySettings } = {},
): TrainedModel {
  const settings = { ...RECIPE.train, ...options, sentences };
  const trained = trainPerceptron(ds, settings);
  const library = options.library ?? DEFAULT_LIBRARY;
  const { domainCopies } = settings;
  const domains = DOMAIN_NAMES.filter((_, d) => sentences.some((s) => ds.domains[s] === d));
  const pack = (temperature: number) =>
    packModel(trained, { names, library, temperature, domainCopies, domains, lexicon });
  const provisional = loadNerModel(pack(1));
  const sample = sentences.filter((_, k) => k % 20 === 0);
  const packed = pack(fitTemperature(provisional, ds, sample));
  return { packed, model: loadNerModel(packed) };
}

export type { Domain };

/** The labelled training corpora, read once. */
export interface TrainingData {
  names: NameFilter;
  germeval: LabelledSentence[];
  ler: LabelledSentence[];
  mobie: LabelledSentence[];
  reports: LabelledSentence[];
}

/** The training splits of the recipe's corpora; exits with status 2 naming `command` without ../shared/data. */
export function readTrainingData(command: string, recipe: Recipe = RECIPE): TrainingData {
  if (!dataAvailable() || !unlabeledAvailable()) {
    console.error(`${command} needs ../shared/data (GermEval 2014, LER, names, unlabeled); not found`);
    process.exit(2);
  }
  return {
    names: readNameFilter(),
    germeval: readGermEval(GERMEVAL_FILES.train),
    ler: recipe.ler ? readLer(LER_FILES.train) : [],
    mobie: recipe.mobie && mobieAvailable() ? readMobie(MOBIE_FILES.train) : [],
    reports: recipe.reports && existsSync(REPORTS_DIR) ? readReports(loadCorpusGold(REPORTS_DIR)) : [],
  };
}

export function trainingSentences(data: TrainingData): LabelledSentence[] {
  return [...data.germeval, ...data.ler, ...data.mobie, ...data.reports];
}

/** The unlabelled corpora plus the text of the training sentences, as the library tokenises them. */
export async function lexiconStream(sentences: readonly LabelledSentence[]): Promise<WordStream> {
  const unlabeled = await unlabeledStream();
  const builder = new StreamBuilder();
  for (const sentence of sentences) builder.addText(sentence.text);
  const labelled = builder.finish();
  const idOf = new Map(unlabeled.words.map((word, id) => [word, id]));
  const words = [...unlabeled.words];
  const ids = new Int32Array(unlabeled.ids.length + labelled.ids.length);
  ids.set(unlabeled.ids);
  labelled.ids.forEach((id, k) => {
    if (id < 0) {
      ids[unlabeled.ids.length + k] = -1;
      return;
    }
    const word = labelled.words[id]!;
    let global = idOf.get(word);
    if (global === undefined) {
      global = words.length;
      words.push(word);
      idOf.set(word, global);
    }
    ids[unlabeled.ids.length + k] = global;
  });
  return { words, ids };
}

/**
 * The lexicon of the recipe: learnt from the unlabelled corpora and the
 * training sentences' text (never from sentences a model is scored on). With
 * `cache`, a lexicon learnt before from the same text and options is read from
 * .cache/ner/ (development runs; train:ner always learns it afresh).
 */
export async function recipeLexicon(
  sentences: readonly LabelledSentence[],
  options: LexiconOptions,
  cache: boolean,
  log?: (message: string) => void,
): Promise<WordLexicon> {
  // The lexicon's words come from the unlabelled stream: its key (tokenizer, input files) is part of this one.
  const key = createHash('sha256')
    .update(unlabeledAvailable() ? unlabeledCacheKey().key : 'no unlabelled corpora')
    .update(JSON.stringify(options))
    .update(sentences.map((s) => s.text).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const file = join(CACHE_DIR, `lexicon-${key}.json`);
  if (cache && existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      levels: number[];
      hashes: number[];
      classes: number[];
      frequency: number[];
    };
    return {
      levels: stored.levels,
      hashes: Uint32Array.from(stored.hashes),
      classes: Uint16Array.from(stored.classes),
      frequency: Uint8Array.from(stored.frequency),
    };
  }
  const lexicon = buildLexicon(await lexiconStream(sentences), options, log);
  if (cache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({
        levels: lexicon.levels,
        hashes: [...lexicon.hashes],
        classes: [...lexicon.classes],
        frequency: [...lexicon.frequency],
      }),
    );
  }
  return lexicon;
}

/** The recipe from corpora to model: lexicon, dataset, perceptron. */
export async function trainRecipe(
  data: TrainingData,
  recipe: Recipe = RECIPE,
  options: Partial<TrainOptions> & {
    library?: LibrarySettings;
    cacheLexicon?: boolean;
    log?: (m: string) => void;
  } = {},
): Promise<TrainedModel & { dataset: Dataset; lexicon: WordLexicon }> {
  const sentences = trainingSentences(data);
  const lexicon = await recipeLexicon(sentences, recipe.lexicon, options.cacheLexicon ?? false, options.log);
  const dataset = buildDataset(sentences, builtInGazetteerBits(data.names), lexicon, recipe.tokenization);
  const all = Int32Array.from(sentences.keys());
  const trained = trainModel(dataset, all, data.names, lexicon, { ...recipe.train, ...options });
  return { ...trained, dataset, lexicon };
}
