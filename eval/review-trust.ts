// npm run eval:review -- [keep,gap[,noveto] …]: strict F1 (type, text pairs) of
// extract() on every development set with gold entities, the rules alone and
// with the reports reviewer at each trust setting (ReviewTrust; `noveto` turns
// off the word lists' veto on names no rule found). How the shipped trust was
// chosen (scripts/ner/train-review.ts SHIPPED_TRUST); with no arguments, the
// shipped settings. Never reads a blind set whose README says "Not yet scored".

import { createExtractor } from '../src/index.js';
import { readFileSync } from 'node:fs';
import { type PackedReviewModel, reportsRecognizer } from '../src/ner.js';
import { loadReviewModel } from '../src/entities/model/review-model.js';
import * as G from './gold.js';
import { isUnscoredBlindSet } from './timex-gold.js';
import { addEntityCounts, emptyEntityCounts, scores } from './metrics.js';
const sets: [string, G.GoldDocument[]][] = [
  ['corpus', G.loadCorpusGold()],
  ['challenge', G.loadCorpusGold(G.CHALLENGE_DIR).filter((d) => d.entities)],
  ['holdout', G.loadCorpusGold(G.HOLDOUT_DIR)],
  ['holdout2', G.loadCorpusGold(G.HOLDOUT2_DIR)],
  ['holdout3', G.loadCorpusGold(G.HOLDOUT3_DIR)],
  ['holdout4', G.loadCorpusGold(G.HOLDOUT4_DIR)],
  ['holdout5', G.loadCorpusGold(G.HOLDOUT5_DIR)],
  ...(isUnscoredBlindSet(G.HOLDOUT6_DIR)
    ? []
    : [['holdout6', G.loadCorpusGold(G.HOLDOUT6_DIR)] as [string, G.GoldDocument[]]]),
  ...(G.seedsAvailable() ? [['seeds', G.loadSeedGold()] as [string, G.GoldDocument[]]] : []),
];
const args = process.argv.slice(2);
const fileAt = args.indexOf('--file');
// A model file other than the shipped one (npm run train:review -- --out FILE).
const model =
  fileAt >= 0
    ? loadReviewModel(JSON.parse(readFileSync(args.splice(fileAt, 2)[1]!, 'utf8')) as PackedReviewModel)
    : undefined;
const configs: [string, Parameters<typeof createExtractor>[0]][] = [['off', {}]];
if (args.length === 0) configs.push(['shipped', { model: reportsRecognizer(model ? { model } : {}) }]);
for (const spec of args) {
  const [keep, gap, veto] = spec.split(',');
  configs.push([
    spec,
    {
      model: reportsRecognizer({
        ...(model ? { model } : {}),
        trust: { keep: Number(keep), gap: Number(gap) },
        ...(veto === 'noveto' ? { veto: false } : {}),
      }),
    },
  ]);
}
console.log('config'.padEnd(16) + sets.map(([n]) => n.padStart(10)).join('') + '   mean');
for (const [name, options] of configs) {
  const ex = createExtractor(options);
  const f1s = sets.map(([, docs]) => {
    const c = emptyEntityCounts();
    for (const d of docs) addEntityCounts(c, ex.extract(d.text).entities, d.entities!);
    return scores(c.pairs).f1;
  });
  console.log(
    name.padEnd(16) +
      f1s.map((f) => f.toFixed(3).padStart(10)).join('') +
      '  ' +
      (f1s.reduce((a, b) => a + b) / f1s.length).toFixed(4),
  );
}
