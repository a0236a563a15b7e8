// npm run calibrate:ner — chooses the model's confidence threshold for
// extract() on corpus/ only (the seeds and held-out sets are never used for
// it): the threshold with the best strict (type, text) F1 of gazetteers +
// patterns + model; among equal scores the lowest, so the model adds every
// mention that costs corpus/ nothing. npm run train:ner calls it and stores
// the result in the model file.

import { createExtractor } from '../src/index.js';
import type { NerModel } from '../src/entities/model/model.js';
import { modelRecognizer } from '../src/entities/model/recognizer.js';
import { loadCorpusGold } from './gold.js';
import { addEntityCounts, emptyEntityCounts, scores } from './metrics.js';

export const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9];

function corpusF1(model: NerModel | false, threshold: number): number {
  const extractor = createExtractor({ model: model && modelRecognizer(model, { threshold }) });
  const counts = emptyEntityCounts();
  for (const gold of loadCorpusGold()) {
    if (gold.entities) addEntityCounts(counts, extractor.extract(gold.text).entities, gold.entities);
  }
  return scores(counts.pairs).f1;
}

export function calibrateThreshold(model: NerModel): { threshold: number; f1: number; withoutModel: number; curve: [number, number][] } {
  const curve = THRESHOLDS.map((threshold): [number, number] => [threshold, corpusF1(model, threshold)]);
  let best = curve[0]!;
  for (const point of curve) if (point[1] > best[1] + 1e-12) best = point;
  return { threshold: best[0], f1: best[1], withoutModel: corpusF1(false, 0), curve };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { germanNerModel } = await import('../src/ner.js');
  const result = calibrateThreshold(germanNerModel());
  for (const [threshold, f1] of result.curve) console.log(`threshold ${threshold.toFixed(2)}  corpus/ F1 ${f1.toFixed(4)}`);
  console.log(`best ${result.threshold} (F1 ${result.f1.toFixed(4)}; without the model ${result.withoutModel.toFixed(4)})`);
}
