// npm run train:review: trains the reports reviewer (src/entities/model/review-model.ts)
// on corpus/train/'s annotated reports, reading each sentence's rule mentions
// as extract() hands them to the reviewer (after the mention passes), and
// writes src/lang/de/model/review-model.json.
//   --cv       train on three writers, score the fourth (rotating), print strict F1 per writer and type; writes nothing
//   --epochs N perceptron epochs (default 8)
//   --mode add|replace  how --cv applies the reviewer (default replace)
//   --trust K,G|cv  the trust in the rules written to the file (default SHIPPED_TRUST; cv: the held-out writers' best)
//   --out FILE  write the model there instead
//   --min-weight N  drop feature rows whose int8 weights are all below N in absolute value (default 1)
//   --no-fill, --no-news, --letters, --no-veto  leave out the news model's gap fillers, its labels, also its word
//              facts, the word lists' veto

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../../src/index.js';
import type { EntityMention } from '../../src/record.js';
import type { AnalysedText } from '../../src/text/analysed-text.js';
import {
  REVIEW_CLASSES,
  REVIEW_TAGS,
  type RuleTokens,
  reviewBeginTag,
  LETTERS_ONLY,
} from '../../src/entities/model/review-features.js';
import { taggerFor } from '../../src/entities/model/model-recognizer.js';
import { builtInGazetteerBits, builtInListWords, germanNerModel } from '../../src/lang/de/ner.js';
import { nerRecognizer } from '../../src/ner.js';
import { fillGaps } from '../../src/entities/model/review-recognizer.js';
import {
  type PackedReviewModel,
  REVIEW_FORMAT,
  type ReviewCompanions,
  type ReviewInputs,
  type ReviewTagger,
  type ReviewTrust,
  reviewInputs,
  reviewMentions,
  reviewTagger,
  type ReviewMode,
  loadReviewModel,
  reviewTokenKeys,
  reviewTransitionsInto,
  reviewViterbi,
} from '../../src/entities/model/review-model.js';
import { type GoldDocument, PROJECT_ROOT, TRAIN_WRITERS, loadTrainGold, trainWriter } from '../../eval/gold.js';
import { addEntityCounts, emptyEntityCounts, type EntityCounts, scores } from '../../eval/metrics.js';
import { seededRandom } from './perceptron.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import type { PlausibilityRules } from '../../src/entities/model/plausible.js';

const OUT = join(PROJECT_ROOT, 'src', 'lang', 'de', 'model', 'review-model.json');
const SEED = 15;

interface Sentence {
  /** Feature keys per token. */
  keys: Uint32Array[];
  gold: Uint8Array;
}

interface Prepared {
  document: GoldDocument;
  doc: AnalysedText;
  mentions: readonly EntityMention[];
  sentences: Sentence[];
  unaligned: number;
}

/** Each report's sentences as the reviewer sees them in extract(): its tokens and the mentions before review. */
function companionsFor(inputs: ReviewInputs): ReviewCompanions {
  if (!inputs.words && !inputs.news) return { words: LETTERS_ONLY };
  const news = germanNerModel();
  return {
    words: { lexicon: news.lexicon, gazetteers: builtInGazetteerBits(news.names) },
    news: taggerFor(news, 'news', builtInListWords()),
    filler: nerRecognizer(),
  };
}

function prepare(documents: GoldDocument[], inputs: ReviewInputs, companions: ReviewCompanions): Prepared[] {
  const words = inputs.words ? companions.words : LETTERS_ONLY;
  let seen: { doc: AnalysedText; mentions: readonly EntityMention[] } | undefined;
  const extractor = createExtractor({
    model: {
      name: 'record',
      recognize: (doc, lexicon) => fillGaps(inputs.fill ? companions.filler : undefined, doc, lexicon),
      review(doc, mentions) {
        seen = { doc, mentions };
        return [...mentions];
      },
    },
  });
  return documents.map((document) => {
    extractor.extract(document.text);
    const { doc, mentions } = seen!;
    const view = doc.view;
    const rules: RuleTokens = reviewInputs(doc, mentions, inputs, companions);
    const gold = new Uint8Array(view.count);
    let unaligned = 0;
    for (const entity of document.entities ?? []) {
      const cls = REVIEW_CLASSES.indexOf(entity.type as (typeof REVIEW_CLASSES)[number]);
      if (cls < 0 || entity.start === undefined || entity.end === undefined) continue;
      let first = -1;
      let last = -1;
      for (let i = 0; i < view.count; i++) {
        if (view.starts[i] === entity.start) first = i;
        if (view.ends[i] === entity.end) last = i;
      }
      if (first < 0 || last < first || view.sentence[first] !== view.sentence[last]) {
        unaligned++;
        continue;
      }
      gold[first] = reviewBeginTag(cls);
      for (let i = first + 1; i <= last; i++) gold[i] = reviewBeginTag(cls) + 1;
    }
    const sentences: Sentence[] = [];
    const keys: number[] = [];
    for (let s = 0; s < doc.sentences.count; s++) {
      const first = doc.sentences.firstToken[s]!;
      const last = doc.sentences.lastToken[s]!;
      const sentence: Sentence = { keys: [], gold: gold.slice(first, last + 1) };
      for (let i = first; i <= last; i++) {
        keys.length = 0;
        reviewTokenKeys(view, rules, i, first, last, keys, words);
        sentence.keys.push(Uint32Array.from(keys));
      }
      sentences.push(sentence);
    }
    return { document, doc, mentions, sentences, unaligned };
  });
}

interface Trained {
  keys: Uint32Array;
  weights: Float64Array;
  transitions: Float64Array;
  initial: Float64Array;
}

function train(sentences: Sentence[], epochs: number): Trained {
  const T = REVIEW_TAGS;
  const rowOf = new Map<number, number>();
  const keyList: number[] = [];
  for (const sentence of sentences)
    for (const tokenKeys of sentence.keys)
      for (const key of tokenKeys)
        if (!rowOf.has(key)) {
          rowOf.set(key, keyList.length);
          keyList.push(key);
        }
  const rows = sentences.map((sentence) => sentence.keys.map((k) => Int32Array.from(k, (key) => rowOf.get(key)!)));
  const weights = new Float64Array(keyList.length * T);
  const totals = new Float64Array(keyList.length * T);
  const transitions = new Float64Array(T * T);
  const transitionTotals = new Float64Array(T * T);
  const initial = new Float64Array(T);
  const initialTotals = new Float64Array(T);
  let clock = 1;
  const random = seededRandom(SEED);
  const order = sentences.map((_, s) => s);
  const update = (target: Float64Array, sums: Float64Array, at: number, by: number) => {
    target[at]! += by;
    sums[at]! += clock * by;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const s of order) {
      const sentence = sentences[s]!;
      const n = sentence.gold.length;
      if (n === 0) continue;
      const emissions = new Float64Array(n * T);
      for (let i = 0; i < n; i++)
        for (const row of rows[s]![i]!) for (let t = 0; t < T; t++) emissions[i * T + t]! += weights[row * T + t]!;
      const predicted = new Uint8Array(n);
      reviewViterbi(emissions, n, reviewTransitionsInto(transitions), initial, predicted);
      for (let i = 0; i < n; i++) {
        const gold = sentence.gold[i]!;
        const guess = predicted[i]!;
        if (gold !== guess) {
          for (const row of rows[s]![i]!) {
            update(weights, totals, row * T + gold, 1);
            update(weights, totals, row * T + guess, -1);
          }
        }
        const goldFrom = i === 0 ? -1 : sentence.gold[i - 1]!;
        const guessFrom = i === 0 ? -1 : predicted[i - 1]!;
        if (gold !== guess || goldFrom !== guessFrom) {
          if (goldFrom < 0) update(initial, initialTotals, gold, 1);
          else update(transitions, transitionTotals, goldFrom * T + gold, 1);
          if (guessFrom < 0) update(initial, initialTotals, guess, -1);
          else update(transitions, transitionTotals, guessFrom * T + guess, -1);
        }
      }
      clock++;
    }
  }
  const average = (current: Float64Array, sums: Float64Array) => current.map((w, k) => w - sums[k]! / clock);
  return {
    keys: Uint32Array.from(keyList),
    weights: average(weights, totals),
    transitions: average(transitions, transitionTotals),
    initial: average(initial, initialTotals),
  };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** int8 rows, rows that quantise to zero dropped, keys sorted and delta-coded. */
/** Rows whose int8 weights are all smaller than this (in absolute value) are dropped. */
let minWeight = 1;

function pack(trained: Trained, inputs: ReviewInputs, trust: ReviewTrust, trainedOn: string): PackedReviewModel {
  const T = REVIEW_TAGS;
  let max = 0;
  for (const w of trained.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const order = [...trained.keys.keys()].sort((a, b) => trained.keys[a]! - trained.keys[b]!);
  const keyBytes: number[] = [];
  const values: number[] = [];
  let previous = 0;
  let rows = 0;
  for (const row of order) {
    const quantised = Array.from({ length: T }, (_, t) => Math.round(trained.weights[row * T + t]! / scale));
    if (quantised.every((q) => Math.abs(q) < minWeight)) continue;
    let delta = trained.keys[row]! - previous;
    previous = trained.keys[row]!;
    do {
      let byte = delta % 128;
      delta = Math.floor(delta / 128);
      if (delta > 0) byte |= 0x80;
      keyBytes.push(byte);
    } while (delta > 0);
    for (const q of quantised) values.push(q & 0xff);
    rows++;
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    format: REVIEW_FORMAT,
    classes: [...REVIEW_CLASSES],
    rows,
    keys: base64(Uint8Array.from(keyBytes)),
    values: base64(Uint8Array.from(values)),
    scale,
    transitions: [...trained.transitions].map(round),
    initial: [...trained.initial].map(round),
    inputs,
    trust,
    trainedOn,
  };
}

/** The trust settings the cross-validation tries (ReviewTrust). */
const TRUST_GRID: ReviewTrust[] = [0, 4, 8, 16, 32, 64].flatMap((keep) =>
  [0, 4, 8, 16, 32, 64].map((gap) => ({ keep, gap })),
);

interface Fold {
  writer: string;
  tagger: ReviewTagger;
  held: Prepared[];
}

/** Trains on three writers for each fourth. */
function folds(prepared: Prepared[], epochs: number, inputs: ReviewInputs, companions: ReviewCompanions): Fold[] {
  return TRAIN_WRITERS.map((writer) => {
    const rest = prepared.filter((p) => trainWriter(p.document.id) !== writer);
    const model = loadReviewModel(
      pack(
        train(
          rest.flatMap((p) => p.sentences),
          epochs,
        ),
        inputs,
        ZERO_TRUST,
        'cv',
      ),
    );
    return {
      writer,
      tagger: reviewTagger(model, companions),
      held: prepared.filter((p) => trainWriter(p.document.id) === writer),
    };
  });
}

/**
 * The shipped trust: the best mean strict F1 over the development sets (npm run eval:review) among the settings under
 * which none of them scores below the rules alone (keep 16, gap 64 ties it). The held-out writers prefer less trust
 * (keep 32, gap 16: 0.907 against 0.900 with the news model's gap fillers alone), which costs the seed reports 0.017.
 */
const SHIPPED_TRUST: ReviewTrust = { keep: 32, gap: 64 };
const parseTrust = (text: string): ReviewTrust => {
  const [keep, gap] = text.split(',').map(Number);
  if (!Number.isFinite(keep) || !Number.isFinite(gap)) throw new Error(`--trust keep,gap or cv, not ${text}`);
  return { keep: keep!, gap: gap! };
};

let VETO: PlausibilityRules | undefined = { lowerCaseInDocument: true, hyphenatedCommonHead: true };
const ZERO_TRUST: ReviewTrust = { keep: 0, gap: 0 };

/** Strict F1 counts per writer (and 'all') of the rules alone (trust undefined) or with the reviewer. */
function scoreFolds(all: Fold[], mode: ReviewMode, trust: ReviewTrust | undefined): Map<string, EntityCounts> {
  const byWriter = new Map<string, EntityCounts>([['all', emptyEntityCounts()]]);
  for (const fold of all) {
    const counts = emptyEntityCounts();
    for (const { document, doc, mentions } of fold.held) {
      const entities =
        trust === undefined
          ? mentions
          : reviewMentions(doc, mentions, fold.tagger, mode, trust, germanLanguage().entities, VETO);
      addEntityCounts(counts, entities, document.entities!);
      addEntityCounts(byWriter.get('all')!, entities, document.entities!);
    }
    byWriter.set(fold.writer, counts);
  }
  return byWriter;
}

/** The trust with the best strict F1 over the held-out writers; prints the grid and the per-writer table. */
function crossValidate(all: Fold[], mode: ReviewMode, label: string, chosen: ReviewTrust | 'cv'): ReviewTrust {
  const before = scoreFolds(all, mode, undefined);
  let best = ZERO_TRUST;
  let bestF1 = -1;
  const grid: string[] = [];
  for (const trust of TRUST_GRID) {
    const f1 = scores(scoreFolds(all, mode, trust).get('all')!.pairs).f1;
    grid.push(`keep ${trust.keep} gap ${trust.gap}: ${f1.toFixed(4)}`);
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      best = trust;
    }
  }
  console.log(
    `held-out writers, strict F1 by trust (${label}): rules alone ${scores(before.get('all')!.pairs).f1.toFixed(4)}`,
  );
  console.log(grid.join('; '));
  if (chosen !== 'cv') best = chosen;
  const after = scoreFolds(all, mode, best);
  const f = (c: EntityCounts, type?: string) => {
    const counts = type === undefined ? c.pairs : c.byType.get(type);
    return counts === undefined ? '    -' : scores(counts).f1.toFixed(3);
  };
  console.log(
    `held-out writer, strict F1 rules → rules + reviewer (${label}, trust keep ${best.keep} gap ${best.gap})`,
  );
  console.log(['writer', 'all', 'P', 'R', ...REVIEW_CLASSES].map((c) => c.padStart(15)).join(''));
  for (const writer of [...TRAIN_WRITERS, 'all']) {
    const b = before.get(writer)!;
    const a = after.get(writer)!;
    const pr = (c: EntityCounts) => scores(c.pairs);
    console.log(
      [
        writer,
        `${f(b)} → ${f(a)}`,
        `${pr(b).precision.toFixed(3)} → ${pr(a).precision.toFixed(3)}`,
        `${pr(b).recall.toFixed(3)} → ${pr(a).recall.toFixed(3)}`,
        ...REVIEW_CLASSES.map((type) => `${f(b, type)} → ${f(a, type)}`),
      ]
        .map((c) => c.padStart(15))
        .join(''),
    );
  }
  return best;
}

function main(): void {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const epochs = Number(value('--epochs') ?? 8);
  const mode = (value('--mode') ?? 'replace') as ReviewMode;
  const inputs: ReviewInputs = {
    words: !args.includes('--letters'),
    news: !args.includes('--no-news'),
    ...(args.includes('--no-fill') ? {} : { fill: true }),
  };
  if (args.includes('--no-veto')) VETO = undefined;
  minWeight = Number(value('--min-weight') ?? minWeight);
  const label = `${mode}, ${epochs} epochs, inputs ${JSON.stringify(inputs)}`;
  const started = performance.now();
  const companions = companionsFor(inputs);
  const prepared = prepare(loadTrainGold(), inputs, companions);
  const tokens = prepared.reduce((sum, p) => sum + p.sentences.reduce((n, s) => n + s.gold.length, 0), 0);
  const unaligned = prepared.reduce((sum, p) => sum + p.unaligned, 0);
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${prepared.length} reports, ${tokens} tokens; ${unaligned} gold mentions off token boundaries (trained as O); prepared in ${seconds()} s`,
  );
  const trustArg = value('--trust');
  const chosen = trustArg === 'cv' ? 'cv' : trustArg ? parseTrust(trustArg) : SHIPPED_TRUST;
  const trust = crossValidate(folds(prepared, epochs, inputs, companions), mode, label, chosen);
  console.log(`cross-validated in ${seconds()} s`);
  if (args.includes('--cv')) return;
  const trained = train(
    prepared.flatMap((p) => p.sentences),
    epochs,
  );
  const packed = pack(
    trained,
    inputs,
    trust,
    `corpus/train/ (${prepared.length} reports, writers ${TRAIN_WRITERS.join(', ')}), ${epochs} epochs, seed ${SEED}`,
  );
  const text = `${JSON.stringify(packed, null, 1)}\n`;
  const out = value('--out') ?? OUT;
  writeFileSync(out, text);
  console.log(
    `${packed.rows} feature rows (of ${trained.keys.length}), ${(text.length / 1e6).toFixed(2)} MB → ${out}; ${seconds()} s`,
  );
}

main();
