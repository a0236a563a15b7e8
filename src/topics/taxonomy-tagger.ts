// Tags the topics a document discusses. Evidence counts per sentence: a
// sentence contributes the weight of its strongest term for a topic (minus
// terms of another sense), so one sentence repeating a word counts once. The
// score grows with the evidence mass and is halved when all of it sits in one
// sentence: a topic named once in passing stays below the threshold.
//   score = (1 − e^(−mass / saturation)) · min(1, sentences / 2)

import type { EntityMention } from '../record.js';
import type { AnalysedText } from '../text/analysed-text.js';
import type { ProposedTopic, TopicTagger, TopicWords } from './tag-topics.js';
import { DEFAULT_SCORING, type Taxonomy, parseTaxonomy } from './taxonomy.js';
import { type TermMatcher, compileTermMatcher, matchTerms } from './term-matcher.js';

interface Evidence {
  start: number;
  end: number;
  weight: number;
}

/**
 * A tagger for a taxonomy (by default the extractor's language's); compiles it
 * on first use, with the words of the language it is first used with.
 */
export function taxonomyTagger(taxonomy?: Taxonomy): TopicTagger {
  const checked = taxonomy === undefined ? undefined : parseTaxonomy(taxonomy);
  let compiled: { taxonomy: Taxonomy; matcher: TermMatcher } | undefined;
  return {
    name: 'taxonomy',
    tag(doc: AnalysedText, _entities: readonly EntityMention[], language: TopicWords): ProposedTopic[] {
      compiled ??= checked
        ? { taxonomy: checked, matcher: compileTermMatcher(checked, language.text) }
        : { taxonomy: language.taxonomy, matcher: language.termMatcher() };
      return scoreTopics(doc, compiled.taxonomy, compiled.matcher);
    },
  };
}

export function scoreTopics(doc: AnalysedText, taxonomy: Taxonomy, matcher: TermMatcher): ProposedTopic[] {
  const scoring = taxonomy.scoring ?? DEFAULT_SCORING;
  const view = doc.view;
  const topicCount = taxonomy.topics.length;
  const mass = new Float64Array(topicCount);
  const sentences = new Int32Array(topicCount);
  /** Per topic, its strongest evidence so far: at most maxEvidence, strongest first. */
  const evidence: Evidence[][] = Array.from({ length: topicCount }, () => []);
  // Per sentence: the strongest term for and against each topic.
  const best = new Float64Array(topicCount);
  const worst = new Float64Array(topicCount);
  /** The topics the current sentence has touched: a topic is touched at most once per sentence. */
  const touched = new Int32Array(topicCount);
  let touchedCount = 0;
  let sentence = -1;
  const closeSentence = (): void => {
    for (let t = 0; t < touchedCount; t++) {
      const topic = touched[t]!;
      const net = best[topic]! - worst[topic]!;
      if (best[topic]! > 0) {
        mass[topic]! += Math.max(0, net);
        if (net > 0) sentences[topic]!++;
      }
      best[topic] = 0;
      worst[topic] = 0;
    }
    touchedCount = 0;
  };
  const matches = matchTerms(doc, matcher);
  for (let m = 0; m < matches.length; m++) {
    const match = matches[m]!;
    const matchSentence = view.sentence[match.first]!;
    if (matchSentence !== sentence) {
      closeSentence();
      sentence = matchSentence;
    }
    for (let r = 0; r < match.refs.length; r++) {
      const ref = match.refs[r]!;
      if (best[ref.topic] === 0 && worst[ref.topic] === 0) touched[touchedCount++] = ref.topic;
      if (ref.sign > 0) {
        if (ref.weight > best[ref.topic]!) best[ref.topic] = ref.weight;
        keepStrongest(
          evidence[ref.topic]!,
          view.starts[match.first]!,
          view.ends[match.last]!,
          ref.weight,
          scoring.maxEvidence,
        );
      } else if (ref.weight > worst[ref.topic]!) {
        worst[ref.topic] = ref.weight;
      }
    }
  }
  closeSentence();

  const topics: ProposedTopic[] = [];
  taxonomy.topics.forEach((definition, index) => {
    if (mass[index] === 0) return;
    const spread = Math.min(1, sentences[index]! / 2);
    const score = (1 - Math.exp(-mass[index]! / scoring.saturation)) * spread;
    if (score < scoring.threshold) return;
    topics.push({
      id: definition.id,
      label: definition.label,
      score: Math.round(score * 1000) / 1000,
      evidence: evidence[index]!.map(({ start, end }) => ({ start, end, text: doc.text.slice(start, end) })),
    });
  });
  return topics;
}

/**
 * Adds evidence to a topic's strongest (higher weight first; for equal weight,
 * earlier first) when it is among the `limit` strongest. Evidence arrives in
 * text order, so a new one goes after all of at least its weight: the list is
 * what sorting all evidence and keeping the first `limit` would give.
 */
function keepStrongest(strongest: Evidence[], start: number, end: number, weight: number, limit: number): void {
  let at = strongest.length;
  while (at > 0 && strongest[at - 1]!.weight < weight) at--;
  if (at >= limit) return;
  strongest.splice(at, 0, { start, end, weight });
  if (strongest.length > limit) strongest.length = limit;
}
