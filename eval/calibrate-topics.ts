// npx tsx eval/calibrate-topics.ts — chooses the topic scoring parameters
// (saturation, threshold; src/lang/de/topics.json "scoring") by micro F1 over
// the development gold (corpus/ and the seed reports together: corpus/ alone is
// 8 documents and overfits), and shows how each choice scores on the held-out
// sets (challenge/, holdout/), which are never used to choose. Prints the
// grid's best rows.

import { parseBuiltInTaxonomy } from '../src/lang/de/sources.js';
import { DEFAULT_SCORING, type Taxonomy } from '../src/topics/taxonomy.js';
import { taxonomyTagger } from '../src/topics/taxonomy-tagger.js';
import { createExtractor } from '../src/index.js';
import { CHALLENGE_DIR, type GoldDocument, HOLDOUT_DIR, loadCorpusGold, loadSeedGold, seedsAvailable } from './gold.js';
import { addCounts, compareSets, emptyCounts, scores } from './metrics.js';

const SATURATIONS = [1, 1.5, 2, 2.5, 3, 4, 5];
const THRESHOLDS = Array.from({ length: 13 }, (_, i) => 0.15 + i * 0.05);

const development = [...loadCorpusGold(), ...(seedsAvailable() ? loadSeedGold() : [])];
const sets: { name: string; documents: GoldDocument[] }[] = [
  { name: seedsAvailable() ? 'corpus+seeds' : 'corpus', documents: development },
  { name: 'challenge', documents: loadCorpusGold(CHALLENGE_DIR) },
  { name: 'holdout', documents: loadCorpusGold(HOLDOUT_DIR) },
].map((set) => ({ ...set, documents: set.documents.filter((d) => d.topics) }));

function f1For(taxonomy: Taxonomy, documents: GoldDocument[]): number {
  const extractor = createExtractor({ topicTaggers: [taxonomyTagger(taxonomy)], recognizers: [], keyphrases: 0 });
  const counts = emptyCounts();
  for (const document of documents) {
    addCounts(
      counts,
      compareSets(
        extractor.extract(document.text).topics.map((t) => t.id),
        document.topics!,
      ),
    );
  }
  return scores(counts).f1;
}

const base = parseBuiltInTaxonomy();
const rows: { saturation: number; threshold: number; f1: number[] }[] = [];
for (const saturation of SATURATIONS) {
  for (const threshold of THRESHOLDS) {
    const maxEvidence = base.scoring?.maxEvidence ?? DEFAULT_SCORING.maxEvidence;
    const taxonomy: Taxonomy = { ...base, scoring: { saturation, threshold, maxEvidence } };
    rows.push({
      saturation,
      threshold: Math.round(threshold * 100) / 100,
      f1: sets.map((set) => f1For(taxonomy, set.documents)),
    });
  }
}
rows.sort((a, b) => b.f1[0]! - a.f1[0]! || a.saturation - b.saturation || a.threshold - b.threshold);
console.log(`topic micro F1 by (saturation, threshold); chosen on ${sets[0]!.name} only, the others held out`);
console.log(
  `${'saturation'.padEnd(11)}${'threshold'.padEnd(10)}${sets.map((s) => `${s.name} (${s.documents.length})`.padStart(16)).join('')}`,
);
for (const row of rows.slice(0, 12)) {
  console.log(
    `${String(row.saturation).padEnd(11)}${row.threshold.toFixed(2).padEnd(10)}${row.f1.map((f) => f.toFixed(3).padStart(16)).join('')}`,
  );
}
const current = base.scoring;
console.log(`\nin topics.json now: saturation ${current?.saturation ?? '-'}, threshold ${current?.threshold ?? '-'}`);
