// The reports reviewer: a linear-chain tagger over the six record types that
// reads each token's word and the rule mentions around it (review-features.ts)
// and labels the sentence anew. Trained on the project's annotated reports
// (scripts/ner/train-review.ts), it keeps, extends, retypes or drops the
// gazetteers' and patterns' mentions and adds names they missed. Word feature
// sums are memoised per word form and offset, as in emissions.ts.

import type { EntityMention } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import type { TokenView } from '../../text/token-view.js';
import { AFTER_SENTENCE, BEFORE_SENTENCE, wordFeatureKeys } from './features.js';
import { decodeBase64, decodeKeys } from './load.js';
import { type FeatureIndex, buildFeatureIndex, featureRow } from './model.js';
import {
  REVIEW_CLASSES,
  REVIEW_TAGS,
  REVIEW_WINDOW,
  type RuleTokens,
  isReviewInsideTag,
  reviewClassOfTag,
  reviewInitialKeys,
  reviewRuleKeys,
  reviewWordKeys,
  ruleFreeSignature,
  ruleFreeWindow,
  ruleNormKey,
  ruleTokens,
  type ReviewWords,
  LETTERS_ONLY,
  newsTokens,
} from './review-features.js';
import type { SentenceTagger } from './sentence-tagger.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityRecognizer } from '../recognizer.js';
import { type PlausibilityRules, isPlausibleMention, lowerCaseForms } from './plausible.js';

export const REVIEW_FORMAT = 1;

/** The reviewer's file (src/lang/de/model/review-model.json). */
export interface PackedReviewModel {
  format: number;
  classes: string[];
  rows: number;
  /** Sorted feature keys, delta-coded as unsigned LEB128, base64. */
  keys: string;
  /** `rows × tags` int8 weights, row-major, base64; multiply by `scale`. */
  values: string;
  scale: number;
  transitions: number[];
  initial: number[];
  /** What it reads beyond letters and rule mentions: the news model's word facts, its labels. */
  inputs: ReviewInputs;
  /** How much the reviewer trusts the rules, chosen on held-out writers (ReviewTrust). */
  trust: ReviewTrust;
  /** What it was trained on, for the record. */
  trainedOn: string;
}

/**
 * Score added to the tag the rules give a token before decoding: `keep` where a rule mention covers it (its B- or I-
 * tag), `gap` where none does (O). 0 and 0: the reviewer alone decides; large: the rules stand.
 */
export interface ReviewTrust {
  keep: number;
  gap: number;
}

export interface ReviewInputs {
  words: boolean;
  news: boolean;
  /** The news model also fills the rules' gaps (nerRecognizer()) before the reviewer reads the mentions. */
  fill?: boolean;
}

export interface ReviewModel {
  readonly features: FeatureIndex;
  readonly weights: Int8Array;
  readonly scale: number;
  /** `transitions[from * REVIEW_TAGS + to]`. */
  readonly transitions: Float32Array;
  readonly initial: Float32Array;
  readonly inputs: ReviewInputs;
  readonly trust: ReviewTrust;
}

/** The news model's parts a reviewer reads when its inputs say so. */
export interface ReviewCompanions {
  words: ReviewWords;
  news?: SentenceTagger;
  /** The news model's gap fillers, for a reviewer whose inputs say `fill`. */
  filler?: EntityRecognizer;
}

export function loadReviewModel(packed: PackedReviewModel): ReviewModel {
  if (packed.format !== REVIEW_FORMAT || packed.classes.join() !== REVIEW_CLASSES.join()) {
    throw new Error(
      `review model file: format ${packed.format} with classes ${packed.classes.join(', ')} does not match this version of govtext-de; retrain with npm run train:review`,
    );
  }
  const keys = decodeKeys(decodeBase64(packed.keys), packed.rows);
  const bytes = decodeBase64(packed.values);
  return {
    features: buildFeatureIndex(keys),
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    scale: packed.scale,
    transitions: Float32Array.from(packed.transitions),
    initial: Float32Array.from(packed.initial),
    inputs: packed.inputs,
    trust: packed.trust,
  };
}

const FORBIDDEN = -1e9;
const allowedStep = (from: number, to: number): boolean =>
  !isReviewInsideTag(to) || (from >= 0 && reviewClassOfTag(from) === reviewClassOfTag(to));

/** Transition scores with ill-formed BIO steps forbidden, by target tag: `[to * REVIEW_TAGS + from]`. */
export function reviewTransitionsInto(transitions: ArrayLike<number>): Float64Array {
  const T = REVIEW_TAGS;
  const into = new Float64Array(T * T);
  for (let to = 0; to < T; to++)
    for (let from = 0; from < T; from++)
      into[to * T + from] = allowedStep(from, to) ? transitions[from * T + to]! : FORBIDDEN;
  return into;
}

/** Reusable decoding buffers, grown to the longest sentence seen. */
const decodeState = {
  back: new Uint8Array(64 * REVIEW_TAGS),
  current: new Float64Array(REVIEW_TAGS),
  next: new Float64Array(REVIEW_TAGS),
};

/**
 * Best tags for `n` tokens from their emissions (`n × REVIEW_TAGS`); `into` from reviewTransitionsInto, so I- tags
 * follow only B- or I- of their class.
 */
export function reviewViterbi(
  emissions: ArrayLike<number>,
  n: number,
  into: Float64Array,
  initial: ArrayLike<number>,
  out: Uint8Array,
): void {
  const T = REVIEW_TAGS;
  if (n === 0) return;
  if (decodeState.back.length < n * T) decodeState.back = new Uint8Array(2 * n * T);
  const back = decodeState.back;
  let current = decodeState.current;
  let next = decodeState.next;
  for (let t = 0; t < T; t++) current[t] = (allowedStep(-1, t) ? initial[t]! : FORBIDDEN) + emissions[t]!;
  for (let i = 1; i < n; i++) {
    for (let to = 0; to < T; to++) {
      let best = -Infinity;
      let bestFrom = 0;
      const base = to * T;
      for (let from = 0; from < T; from++) {
        const score = current[from]! + into[base + from]!;
        if (score > best) {
          best = score;
          bestFrom = from;
        }
      }
      next[to] = best + emissions[i * T + to]!;
      back[i * T + to] = bestFrom;
    }
    const swap = current;
    current = next;
    next = swap;
  }
  let bestLast = 0;
  for (let t = 1; t < T; t++) if (current[t]! > current[bestLast]!) bestLast = t;
  out[n - 1] = bestLast;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]!]!;
}

/** A span of tokens the reviewer labelled, with its class. */
export interface ReviewSpan {
  first: number;
  last: number;
  cls: number;
}

/** The spans of a decoded tag sequence, token indices offset by `first`. */
export function spansOfTags(tags: Uint8Array, n: number, first: number): ReviewSpan[] {
  const spans: ReviewSpan[] = [];
  let i = 0;
  while (i < n) {
    const tag = tags[i]!;
    if (tag === 0) {
      i++;
      continue;
    }
    const cls = reviewClassOfTag(tag);
    let end = i;
    while (end + 1 < n && isReviewInsideTag(tags[end + 1]!) && reviewClassOfTag(tags[end + 1]!) === cls) end++;
    spans.push({ first: first + i, last: first + end, cls });
    i = end + 1;
  }
  return spans;
}

const WORD_CACHE_LIMIT = 50_000;
const BLOCKS = 2 * REVIEW_WINDOW + 2;

/** Labels sentences with the reviewer; word sums memoised per word form for the process. */
export interface ReviewTagger {
  tagSentence(view: TokenView, rules: RuleTokens, first: number, last: number, trust: ReviewTrust): ReviewSpan[];
  /** The rule mentions (and the news model's labels, when it reads them) of a document, per token. */
  inputsOf(doc: AnalysedText, mentions: readonly EntityMention[]): RuleTokens;
}

export function reviewTagger(model: ReviewModel, companions: ReviewCompanions = { words: LETTERS_ONLY }): ReviewTagger {
  const words = model.inputs.words ? companions.words : LETTERS_ONLY;
  if (model.inputs.news && companions.news === undefined)
    throw new Error("this review model reads the news model's labels: give it a news tagger");
  const T = REVIEW_TAGS;
  const keys: number[] = [];
  const weights = Float32Array.from(model.weights, (w) => w * model.scale);
  const addKey = (key: number, into: Float32Array, at: number): void => {
    const row = featureRow(model.features, key);
    if (row < 0) return;
    const base = row * T;
    for (let t = 0; t < T; t++) into[at + t]! += weights[base + t]!;
  };
  const addKeys = (into: Float32Array, at: number): void => {
    for (const key of keys) addKey(key, into, at);
  };
  // Rule features of tokens no rule mention comes near (most tokens): summed once per signature and per form.
  const ruleFree = new Map<number, Float32Array>();
  const ruleFreeForms = new Map<string, Float32Array>();
  const addRuleFree = (
    view: TokenView,
    rules: RuleTokens,
    i: number,
    first: number,
    last: number,
    out: Float32Array,
    at: number,
  ): void => {
    const signature = ruleFreeSignature(view, rules, i, first, last);
    const norm = view.norm[i]!;
    const normKey = ruleNormKey(0, norm);
    let shared = ruleFree.get(signature);
    if (shared === undefined) {
      keys.length = 0;
      reviewRuleKeys(view, rules, i, first, last, keys);
      shared = new Float32Array(T);
      for (const key of keys) if (key !== normKey) addKey(key, shared, 0);
      if (ruleFree.size >= WORD_CACHE_LIMIT) ruleFree.clear();
      ruleFree.set(signature, shared);
    }
    let own = ruleFreeForms.get(norm);
    if (own === undefined) {
      own = new Float32Array(T);
      addKey(normKey, own, 0);
      if (ruleFreeForms.size >= WORD_CACHE_LIMIT) ruleFreeForms.clear();
      ruleFreeForms.set(norm, own);
    }
    for (let t = 0; t < T; t++) out[at + t]! += shared[t]! + own[t]!;
  };
  const edgeScores = (forms: typeof BEFORE_SENTENCE): Float32Array => {
    const scores = new Float32Array(BLOCKS * T);
    for (let offset = -REVIEW_WINDOW; offset <= REVIEW_WINDOW; offset++) {
      keys.length = 0;
      wordFeatureKeys(forms, offset, keys);
      addKeys(scores, (offset + REVIEW_WINDOW) * T);
    }
    return scores;
  };
  const before = edgeScores(BEFORE_SENTENCE);
  const after = edgeScores(AFTER_SENTENCE);
  const caches: Map<string, Float32Array>[] = [];
  const wordScores = (view: TokenView, i: number): Float32Array => {
    const kind = view.kind[i]!;
    const cache = (caches[kind] ??= new Map());
    let scores = cache.get(view.surface[i]!);
    if (scores === undefined) {
      scores = new Float32Array(BLOCKS * T);
      for (let offset = -REVIEW_WINDOW; offset <= REVIEW_WINDOW; offset++) {
        keys.length = 0;
        reviewWordKeys(view, i, offset, keys, words);
        addKeys(scores, (offset + REVIEW_WINDOW) * T);
      }
      keys.length = 0;
      reviewInitialKeys(view, i, keys, words);
      addKeys(scores, (BLOCKS - 1) * T);
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      cache.set(view.surface[i]!, scores);
    }
    return scores;
  };
  let emissions = new Float32Array(64 * T);
  let path = new Uint8Array(64);
  let window: Float32Array[] = [];
  const into = reviewTransitionsInto(model.transitions);
  return {
    inputsOf: (doc, mentions) => reviewInputs(doc, mentions, model.inputs, companions),
    tagSentence(view, rules, first, last, trust) {
      const n = last - first + 1;
      if (n <= 0) return [];
      if (path.length < n) {
        path = new Uint8Array(2 * n);
        emissions = new Float32Array(2 * n * T);
      }
      emissions.fill(0, 0, n * T);
      if (window.length < n + 2 * REVIEW_WINDOW) window = new Array<Float32Array>(2 * (n + 2 * REVIEW_WINDOW));
      for (let k = 0; k < REVIEW_WINDOW; k++) {
        window[k] = before;
        window[n + REVIEW_WINDOW + k] = after;
      }
      for (let i = 0; i < n; i++) window[i + REVIEW_WINDOW] = wordScores(view, first + i);
      for (let i = first; i <= last; i++) {
        const at = (i - first) * T;
        for (let offset = -REVIEW_WINDOW; offset <= REVIEW_WINDOW; offset++) {
          const source = window[i - first + REVIEW_WINDOW + offset]!;
          const from = (offset + REVIEW_WINDOW) * T;
          for (let t = 0; t < T; t++) emissions[at + t]! += source[from + t]!;
        }
        if (i === first) {
          const own = window[REVIEW_WINDOW]!;
          for (let t = 0; t < T; t++) emissions[at + t]! += own[(BLOCKS - 1) * T + t]!;
        }
        if (ruleFreeWindow(rules, i, first, last)) addRuleFree(view, rules, i, first, last, emissions, at);
        else {
          keys.length = 0;
          reviewRuleKeys(view, rules, i, first, last, keys);
          addKeys(emissions, at);
        }
        const code = rules.code[i]!;
        if (code === 0) emissions[at]! += trust.gap;
        else emissions[at + 1 + 2 * ((code - 1) >> 2) + ((code - 1) & 2 ? 1 : 0)]! += trust.keep;
      }
      reviewViterbi(emissions, n, into, model.initial, path);
      return spansOfTags(path, n, first);
    },
  };
}

/** What the reviewer reads of a document besides its words: rule mentions per token, and the news model's labels. */
export function reviewInputs(
  doc: AnalysedText,
  mentions: readonly EntityMention[],
  inputs: ReviewInputs,
  companions: ReviewCompanions,
): RuleTokens {
  const rules = ruleTokens(doc.view, mentions);
  if (inputs.news) rules.news = newsTokens(doc.view, doc.sentences, companions.news!);
  return rules;
}

/** Every feature key token `i` fires (training: scripts/ner/train-review.ts); the tagger adds the same, memoised. */
export function reviewTokenKeys(
  view: TokenView,
  rules: RuleTokens,
  i: number,
  first: number,
  last: number,
  keys: number[],
  words: ReviewWords,
): void {
  for (let offset = -REVIEW_WINDOW; offset <= REVIEW_WINDOW; offset++) {
    const k = i + offset;
    if (k < first) wordFeatureKeys(BEFORE_SENTENCE, offset, keys);
    else if (k > last) wordFeatureKeys(AFTER_SENTENCE, offset, keys);
    else reviewWordKeys(view, k, offset, keys, words);
  }
  if (i === first) reviewInitialKeys(view, i, keys, words);
  reviewRuleKeys(view, rules, i, first, last, keys);
}

/**
 * How the reviewer's labels become mentions. `replace`: its spans are the
 * mentions (a rule mention it reproduces keeps its source and canonical name;
 * one it does not is dropped). `add`: every rule mention stays, and its spans
 * that overlap none are added.
 */
export type ReviewMode = 'replace' | 'add';

export const REVIEW_SOURCE = 'model:reports';

/** The document's mentions after review. */
export function reviewMentions(
  doc: AnalysedText,
  mentions: readonly EntityMention[],
  tagger: ReviewTagger,
  mode: ReviewMode,
  trust: ReviewTrust,
  lexicon: EntityLexicon,
  veto: PlausibilityRules | undefined,
): EntityMention[] {
  let lowerForms: Set<string> | undefined;
  const documentLowerForms = () => (lowerForms ??= lowerCaseForms(doc.view));
  const view = doc.view;
  const rules = tagger.inputsOf(doc, mentions);
  const bySpan = new Map<string, EntityMention>();
  for (const mention of mentions) bySpan.set(`${mention.start}:${mention.end}`, mention);
  const taken = mode === 'add' ? new Uint8Array(view.count) : undefined;
  if (taken) for (let i = 0; i < view.count; i++) if (rules.code[i] !== 0) taken[i] = 1;
  const out: EntityMention[] = mode === 'add' ? [...mentions] : [];
  const { sentences } = doc;
  for (let s = 0; s < sentences.count; s++) {
    const first = sentences.firstToken[s]!;
    const last = sentences.lastToken[s]!;
    for (const span of tagger.tagSentence(view, rules, first, last, trust)) {
      const start = view.starts[span.first]!;
      const end = view.ends[span.last]!;
      const type = REVIEW_CLASSES[span.cls]!;
      const rule = bySpan.get(`${start}:${end}`);
      if (taken) {
        let free = true;
        for (let i = span.first; i <= span.last; i++) if (taken[i]) free = false;
        if (!free) continue;
      }
      if (rule !== undefined) {
        out.push(rule.type === type ? rule : { ...rule, type, source: `${rule.source}+${REVIEW_SOURCE}` });
        continue;
      }
      // A name no rule found must pass the word lists' veto, as the news model's gap fillers do (plausible.ts).
      if (veto && !isPlausibleMention(view, span.first, span.last, first, last, lexicon, veto, documentLowerForms))
        continue;
      const text = doc.text.slice(start, end);
      out.push({ text, type, start, end, canonical: text, sentence: s, source: REVIEW_SOURCE, confidence: 0.5 });
    }
  }
  return mode === 'add' ? out.sort((a, b) => a.start - b.start) : out;
}
