// Scores time expressions as ../shared/ANNOTATION.md rules: per document, sets of
// unique surface strings (strict span F1, micro-averaged over documents); among the
// matched strings, the share whose type, value and mod are all right (value
// accuracy); and strict+value F1, where a hit needs the string and all three.

import { type Counts, addCounts, compareSets, emptyCounts } from './metrics.js';

export interface TimexItem {
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimexScoreCounts {
  spans: Counts;
  /** strict span and type, value and mod */
  full: Counts;
  matched: number;
  valueCorrect: number;
}

export interface TimexCounts extends TimexScoreCounts {
  byType: Map<string, TimexScoreCounts>;
  documents: number;
}

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

function emptyScoreCounts(): TimexScoreCounts {
  return { spans: emptyCounts(), full: emptyCounts(), matched: 0, valueCorrect: 0 };
}

export function emptyTimexCounts(): TimexCounts {
  return { ...emptyScoreCounts(), byType: new Map(), documents: 0 };
}

const fullKey = (t: TimexItem) => `${t.text}\t${t.type}\t${t.value}\t${t.mod ?? ''}`;

function addScore(into: TimexScoreCounts, predicted: readonly TimexItem[], gold: readonly TimexItem[]): void {
  const spans = compareSets(
    predicted.map((t) => t.text),
    gold.map((t) => t.text),
  );
  addCounts(into.spans, spans);
  const full = compareSets(predicted.map(fullKey), gold.map(fullKey));
  addCounts(into.full, full);
  // Value accuracy: a matched string is right when some reading of it on each side agrees.
  const goldByText = new Map<string, Set<string>>();
  for (const t of gold) {
    const set = goldByText.get(t.text) ?? new Set<string>();
    set.add(fullKey(t));
    goldByText.set(t.text, set);
  }
  const predictedByText = new Map<string, Set<string>>();
  for (const t of predicted) {
    const set = predictedByText.get(t.text) ?? new Set<string>();
    set.add(fullKey(t));
    predictedByText.set(t.text, set);
  }
  for (const [text, keys] of predictedByText) {
    const goldKeys = goldByText.get(text);
    if (!goldKeys) continue;
    into.matched++;
    if ([...keys].some((k) => goldKeys.has(k))) into.valueCorrect++;
  }
}

/** Adds one document's comparison, overall and per gold/predicted type. */
export function addTimexCounts(into: TimexCounts, predicted: readonly TimexItem[], gold: readonly TimexItem[]): void {
  into.documents++;
  addScore(into, predicted, gold);
  for (const type of TIMEX_TYPES) {
    const ofType = (t: TimexItem) => t.type === type;
    const predictedOfType = predicted.filter(ofType);
    const goldOfType = gold.filter(ofType);
    if (predictedOfType.length === 0 && goldOfType.length === 0) continue;
    const counts = into.byType.get(type) ?? emptyScoreCounts();
    addScore(counts, predictedOfType, goldOfType);
    into.byType.set(type, counts);
  }
}

export function valueAccuracy(counts: TimexScoreCounts): number {
  return counts.matched === 0 ? 0 : counts.valueCorrect / counts.matched;
}
