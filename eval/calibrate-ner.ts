// npm run calibrate:ner — chooses how extract() uses the model, on the
// calibration sets corpus/, eval/challenge/ and eval/holdout/ (the seeds are
// never used for it): the confidence threshold for mentions of two or more
// tokens, the one for single tokens (in this genre a lone capitalised word is
// more often a noun than a name), and which of the general vetoes of
// plausible.ts apply. The choice has the best strict (type, text) F1 over the
// three sets pooled among the settings that lower none of them against
// gazetteers + patterns alone; among equal scores the lowest thresholds, so
// the model adds every mention that costs nothing. npm run train:ner calls it
// and stores the result in the model file.

import { createExtractor } from '../src/index.js';
import type { LibrarySettings, NerModel } from '../src/entities/model/model.js';
import { type PlausibilityRules } from '../src/entities/model/plausible.js';
import { modelRecognizer } from '../src/entities/model/model-recognizer.js';
import { builtInListWords } from '../src/lang/de/ner.js';
import { CHALLENGE_DIR, type GoldDocument, HOLDOUT_DIR, loadCorpusGold } from './gold.js';
import { type Counts, addCounts, addEntityCounts, emptyCounts, emptyEntityCounts, scores } from './metrics.js';

export const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1.01];
const RULE_VARIANTS: PlausibilityRules[] = [
  { lowerCaseInDocument: false, hyphenatedCommonHead: false },
  { lowerCaseInDocument: true, hyphenatedCommonHead: false },
  { lowerCaseInDocument: false, hyphenatedCommonHead: true },
  { lowerCaseInDocument: true, hyphenatedCommonHead: true },
];

export const CALIBRATION_SETS = (): [string, GoldDocument[]][] => [
  ['corpus/', loadCorpusGold()],
  ['challenge/', loadCorpusGold(CHALLENGE_DIR)],
  ['holdout/', loadCorpusGold(HOLDOUT_DIR)],
];

interface Setting {
  threshold: number;
  singleTokenThreshold: number;
  rules: PlausibilityRules;
}

function setCounts(documents: GoldDocument[], model: NerModel | false, setting?: Setting): Counts {
  const extractor = createExtractor({ model: model && setting && modelRecognizer(model, builtInListWords, setting) });
  const counts = emptyEntityCounts();
  for (const gold of documents)
    if (gold.entities) addEntityCounts(counts, extractor.extract(gold.text).entities, gold.entities);
  return counts.pairs;
}

export interface Calibration {
  library: LibrarySettings & { rules: PlausibilityRules };
  f1: number;
  withoutModel: number;
  perSet: Record<string, { without: number; with: number }>;
  /** Every setting tried: pooled F1 and whether it lowers a set. */
  tried: { setting: Setting; f1: number; lowersASet: boolean }[];
}

export function calibrateModel(model: NerModel): Calibration {
  const sets = CALIBRATION_SETS();
  const without = sets.map(([, documents]) => setCounts(documents, false));
  const pooled = (counts: Counts[]) => {
    const total = emptyCounts();
    for (const c of counts) addCounts(total, c);
    return scores(total).f1;
  };
  const tried: Calibration['tried'] = [];
  let best: { setting: Setting; f1: number; perSet: Counts[] } | undefined;
  for (const rules of RULE_VARIANTS) {
    for (const threshold of THRESHOLDS) {
      for (const singleTokenThreshold of THRESHOLDS) {
        if (singleTokenThreshold < threshold) continue;
        const setting = { threshold, singleTokenThreshold, rules };
        const perSet = sets.map(([, documents]) => setCounts(documents, model, setting));
        const f1 = pooled(perSet);
        const lowersASet = perSet.some((c, k) => scores(c).f1 < scores(without[k]!).f1 - 1e-12);
        tried.push({ setting, f1, lowersASet });
        if (!lowersASet && (best === undefined || f1 > best.f1 + 1e-12)) best = { setting, f1, perSet };
      }
    }
  }
  const chosen = best!;
  return {
    library: {
      domain: 'news',
      threshold: chosen.setting.threshold,
      singleTokenThreshold: chosen.setting.singleTokenThreshold,
      rules: chosen.setting.rules,
    },
    f1: chosen.f1,
    withoutModel: pooled(without),
    perSet: Object.fromEntries(
      sets.map(([name], k) => [name, { without: scores(without[k]!).f1, with: scores(chosen.perSet[k]!).f1 }]),
    ),
    tried,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { germanNerModel } = await import('../src/ner.js');
  const result = calibrateModel(germanNerModel());
  const name = (r: PlausibilityRules) =>
    `${r.lowerCaseInDocument ? 'lower-case-in-doc' : '-'} ${r.hyphenatedCommonHead ? 'hyphen-head' : '-'}`;
  for (const rules of RULE_VARIANTS) {
    const ofRules = result.tried.filter((t) => t.setting.rules === rules);
    const top = ofRules.reduce(
      (a, b) => (b.f1 > a.f1 + 1e-12 && !b.lowersASet ? b : a),
      ofRules.find((t) => !t.lowersASet) ?? ofRules[0]!,
    );
    console.log(
      `${name(rules).padEnd(30)} best pooled F1 ${top.f1.toFixed(4)} at threshold ${top.setting.threshold}, single tokens ${top.setting.singleTokenThreshold}${top.lowersASet ? ' (lowers a set)' : ''}`,
    );
  }
  console.log(
    `at threshold ${result.library.threshold} for longer mentions, pooled F1 by single-token threshold (* lowers a set):`,
  );
  console.log(`${''.padEnd(8)}${RULE_VARIANTS.map((r) => name(r).padStart(30)).join('')}`);
  for (const single of THRESHOLDS.filter((t) => t >= result.library.threshold)) {
    const cells = RULE_VARIANTS.map((rules) => {
      const t = result.tried.find(
        (x) =>
          x.setting.rules === rules &&
          x.setting.threshold === result.library.threshold &&
          x.setting.singleTokenThreshold === single,
      )!;
      return `${t.f1.toFixed(4)}${t.lowersASet ? '*' : ' '}`.padStart(30);
    });
    console.log(`${single.toFixed(2).padEnd(8)}${cells.join('')}`);
  }
  const byThreshold = result.tried.filter(
    (t) => t.setting.rules === RULE_VARIANTS[0] && t.setting.singleTokenThreshold === t.setting.threshold,
  );
  console.log('word lists only, one threshold for all mentions:');
  for (const t of byThreshold)
    console.log(
      `  threshold ${t.setting.threshold.toFixed(2)}  pooled F1 ${t.f1.toFixed(4)}${t.lowersASet ? '  lowers a set' : ''}`,
    );
  console.log(
    `chosen: ${JSON.stringify(result.library)}, pooled F1 ${result.f1.toFixed(4)} (without the model ${result.withoutModel.toFixed(4)})`,
  );
  for (const [set, f] of Object.entries(result.perSet))
    console.log(`  ${set.padEnd(12)} ${f.without.toFixed(4)} → ${f.with.toFixed(4)}`);
}
