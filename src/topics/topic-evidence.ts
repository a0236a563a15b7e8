// Gathers, per topic, what a document says about it: which sentences carry its
// terms and how strongly (each sentence counts once, with its strongest term
// minus its strongest term against), where they stand, how many different
// terms it uses, whether the terms sit inside names, and its evidence spans —
// unique by text, strongest first, each with the sentence that carries it.
// The topic decision (topic-model.ts) reads these summaries as features.

import type { AnalysedText } from '../text/analysed-text.js';
import type { EntityMention } from '../record.js';
import { Kind } from '../text/token-table.js';
import type { TokenView } from '../text/token-view.js';
import type { TermMatch } from './term-matcher.js';

export interface EvidenceSpan {
  start: number;
  end: number;
  /** First and last token. */
  first: number;
  last: number;
  /** Index of the sentence that carries it. */
  sentence: number;
  weight: number;
  /** It lies inside an organisation or event name (`3. KI-Forum …`): shown after spans of equal weight that do not. */
  inName: boolean;
}

/** One topic's evidence in one document. */
export interface TopicEvidence {
  /** Sentences whose net evidence (strongest term minus strongest term against) is positive. */
  sentences: number;
  /** Sum of the sentences' net evidence. */
  mass: number;
  /** Sentences whose net evidence is at least STRONG_SENTENCE: a strong term, not only weak hints. */
  strongSentences: number;
  /** The strongest and second strongest sentence's net evidence. */
  strongest: number;
  second: number;
  /** Sum, over sentences, of the strongest term against. */
  against: number;
  /** Different terms (by stem) that matched, and the most in one sentence. */
  distinctTerms: number;
  bestSentenceTerms: number;
  /** Matches with a positive term, and how many of them lie inside a named entity (an ORG or EVENT name). */
  matches: number;
  inNames: number;
  /** First and last sentence with positive evidence. */
  firstSentence: number;
  lastSentence: number;
  /** The most evidence sentences among any CLUSTER_WINDOW consecutive sentences: a paragraph about the topic. */
  cluster: number;
  /** Evidence sentences of at most SHORT_SENTENCE words: headings, list items, programme lines. */
  shortSentences: number;
  /** The strongest spans, unique by text, strongest first. */
  spans: EvidenceSpan[];
}

/** What the features need to know about the document as a whole. */
export interface DocumentShape {
  sentences: number;
  /** The largest evidence mass of any topic, and the sum over all topics. */
  largestMass: number;
  totalMass: number;
}

const SHORT_SENTENCE = 8;
const STRONG_SENTENCE = 0.75;
const CLUSTER_WINDOW = 4;
/** Spans kept per topic while collecting: enough to stay unique after duplicates are dropped. */
const SPAN_POOL = 24;

interface Collecting {
  evidence: TopicEvidence;
  /** Per sentence being read: strongest term for, strongest against, and its distinct term keys. */
  best: number;
  worst: number;
  sentenceTerms: Set<string>;
  terms: Set<string>;
  /** The evidence sentences of the current window, oldest first. */
  window: number[];
  pool: EvidenceSpan[];
}

function emptyEvidence(): TopicEvidence {
  return {
    sentences: 0,
    mass: 0,
    strongSentences: 0,
    strongest: 0,
    second: 0,
    against: 0,
    distinctTerms: 0,
    bestSentenceTerms: 0,
    matches: 0,
    inNames: 0,
    firstSentence: -1,
    lastSentence: -1,
    cluster: 0,
    shortSentences: 0,
    spans: [],
  };
}

/**
 * Each topic's evidence (undefined for a topic no term touched), from the
 * term matches in token order.
 */
export function collectTopicEvidence(
  doc: AnalysedText,
  matches: readonly TermMatch[],
  entities: readonly EntityMention[],
  topicCount: number,
  maxEvidence: number,
): (TopicEvidence | undefined)[] {
  const view = doc.view;
  const collecting: (Collecting | undefined)[] = new Array(topicCount);
  const touched: number[] = [];
  let sentence = -1;
  let entity = 0;
  /** The current match's topics with positive terms, as pairs: topic, strongest weight. */
  const matchTopics: number[] = [];

  const closeSentence = (): void => {
    for (const topic of touched) {
      const state = collecting[topic]!;
      const { evidence } = state;
      const net = state.best - state.worst;
      if (state.worst > 0) evidence.against += state.worst;
      if (state.best > 0 && net > 0) {
        evidence.sentences++;
        evidence.mass += net;
        if (net >= STRONG_SENTENCE) evidence.strongSentences++;
        if (net > evidence.strongest) {
          evidence.second = evidence.strongest;
          evidence.strongest = net;
        } else if (net > evidence.second) evidence.second = net;
        if (evidence.firstSentence < 0) evidence.firstSentence = sentence;
        evidence.lastSentence = sentence;
        if (state.sentenceTerms.size > evidence.bestSentenceTerms)
          evidence.bestSentenceTerms = state.sentenceTerms.size;
        if (isShortSentence(doc, view, sentence)) evidence.shortSentences++;
        const window = state.window;
        window.push(sentence);
        while (window[0]! <= sentence - CLUSTER_WINDOW) window.shift();
        if (window.length > evidence.cluster) evidence.cluster = window.length;
      }
      state.best = 0;
      state.worst = 0;
      state.sentenceTerms.clear();
    }
    touched.length = 0;
  };

  for (const match of matches) {
    const matchSentence = view.sentence[match.first]!;
    if (matchSentence !== sentence) {
      closeSentence();
      sentence = matchSentence;
    }
    const start = view.starts[match.first]!;
    const end = view.ends[match.last]!;
    while (entity < entities.length && entities[entity]!.end <= start) entity++;
    const mention = entities[entity];
    const inName =
      mention !== undefined &&
      mention.start <= start &&
      end <= mention.end &&
      (mention.type === 'ORG' || mention.type === 'EVENT');
    let termKey: string | undefined;
    matchTopics.length = 0;
    for (const ref of match.refs) {
      let state = collecting[ref.topic];
      if (state === undefined) {
        state = {
          evidence: emptyEvidence(),
          best: 0,
          worst: 0,
          sentenceTerms: new Set(),
          terms: new Set(),
          window: [],
          pool: [],
        };
        collecting[ref.topic] = state;
      }
      if (state.best === 0 && state.worst === 0) touched.push(ref.topic);
      if (ref.sign < 0) {
        if (ref.weight > state.worst) state.worst = ref.weight;
        continue;
      }
      if (ref.weight > state.best) state.best = ref.weight;
      let seen = 0;
      while (seen < matchTopics.length && matchTopics[seen] !== ref.topic) seen += 2;
      if (seen === matchTopics.length) matchTopics.push(ref.topic, ref.weight);
      else if (ref.weight > matchTopics[seen + 1]!) matchTopics[seen + 1] = ref.weight;
    }
    // One span per match and topic, however many of the topic's terms the match carries (a compound).
    for (let k = 0; k < matchTopics.length; k += 2) {
      const state = collecting[matchTopics[k]!]!;
      termKey ??= stemKey(view, match.first, match.last);
      state.sentenceTerms.add(termKey);
      state.terms.add(termKey);
      state.evidence.matches++;
      if (inName) state.evidence.inNames++;
      addToPool(state.pool, {
        start,
        end,
        first: match.first,
        last: match.last,
        sentence: matchSentence,
        weight: matchTopics[k + 1]!,
        inName,
      });
    }
  }
  closeSentence();

  const result: (TopicEvidence | undefined)[] = new Array(topicCount).fill(undefined);
  for (let topic = 0; topic < topicCount; topic++) {
    const state = collecting[topic];
    if (state === undefined) continue;
    state.evidence.distinctTerms = state.terms.size;
    state.evidence.spans = uniqueStrongest(state.pool, maxEvidence, view);
    result[topic] = state.evidence;
  }
  return result;
}

export function documentShape(doc: AnalysedText, evidence: readonly (TopicEvidence | undefined)[]): DocumentShape {
  let largestMass = 0;
  let totalMass = 0;
  for (const topic of evidence) {
    if (topic === undefined) continue;
    largestMass = Math.max(largestMass, topic.mass);
    totalMass += topic.mass;
  }
  return { sentences: doc.sentences.count, largestMass, totalMass };
}

/** Whether a sentence has at most SHORT_SENTENCE words: counting stops there, so a long sentence costs no more. */
function isShortSentence(doc: AnalysedText, view: TokenView, sentence: number): boolean {
  const first = doc.sentences.firstToken[sentence]!;
  const last = doc.sentences.lastToken[sentence]!;
  let words = 0;
  for (let i = first; i <= last; i++) if (view.kind[i] === Kind.Word && ++words > SHORT_SENTENCE) return false;
  return true;
}

function stemKey(view: TokenView, first: number, last: number): string {
  let key = view.stem[first]!;
  for (let i = first + 1; i <= last; i++) key += ` ${view.stem[i]!}`;
  return key;
}

/**
 * Keeps a bounded pool of candidate spans, strongest first (isWeaker). A pool
 * larger than the evidence shown leaves room for duplicates.
 */
function addToPool(pool: EvidenceSpan[], span: EvidenceSpan): void {
  let at = pool.length;
  while (at > 0 && isWeaker(pool[at - 1]!, span)) at--;
  if (at >= SPAN_POOL) return;
  pool.splice(at, 0, span);
  if (pool.length > SPAN_POOL) pool.length = SPAN_POOL;
}

/** Evidence order: higher weight first; among equals, spans outside names first; then text order. */
function isWeaker(held: EvidenceSpan, span: EvidenceSpan): boolean {
  return held.weight < span.weight || (held.weight === span.weight && held.inName && !span.inName);
}

/** The strongest spans, one per text (compared by the tokens' lower-case forms). */
function uniqueStrongest(pool: readonly EvidenceSpan[], limit: number, view: TokenView): EvidenceSpan[] {
  const seen = new Set<string>();
  const spans: EvidenceSpan[] = [];
  for (const span of pool) {
    if (spans.length === limit) break;
    let key = view.norm[span.first]!;
    for (let i = span.first + 1; i <= span.last; i++) key += ` ${view.norm[i]!}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push(span);
  }
  return spans;
}
