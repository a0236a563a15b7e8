// npm run eval:ner-additions — what the model adds to extract() on the
// calibration sets (corpus/, eval/challenge/, eval/holdout/; never the seeds):
// every (type, text) pair extract() reports with the model and not without it,
// marked + when the gold has it and - when not, with its class, token count and
// confidence. Used to choose the general rules of plausible.ts; --all also
// lists the candidates the threshold or the word lists dropped.

import { createExtractor } from '../src/index.js';
import { germanNerModel, tagEntities } from '../src/ner.js';
import { nerRecognizer } from '../src/ner.js';
import { CHALLENGE_DIR, HOLDOUT_DIR, loadCorpusGold } from './gold.js';

const showAll = process.argv.includes('--all');
const sets = [
  ['corpus/', loadCorpusGold()],
  ['challenge/', loadCorpusGold(CHALLENGE_DIR)],
  ['holdout/', loadCorpusGold(HOLDOUT_DIR)],
] as const;
const without = createExtractor({ model: false });
const withModel = createExtractor({ model: nerRecognizer() });
const threshold = germanNerModel().library.threshold;
for (const [name, documents] of sets) {
  console.log(`\n${name}`);
  for (const document of documents) {
    if (!document.entities) continue;
    const gold = new Set(document.entities.map((e) => `${e.type}\t${e.text}`));
    const before = new Set(without.extract(document.text).entities.map((e) => `${e.type}\t${e.text}`));
    const after = withModel.extract(document.text).entities;
    const added = new Map(after.filter((e) => e.source === 'model:ner').map((e) => [`${e.type}\t${e.text}`, e]));
    for (const [key, e] of added) {
      if (before.has(key)) continue;
      console.log(
        `  ${gold.has(key) ? '+' : '-'} ${e.type} ${JSON.stringify(e.text)} ${e.confidence.toFixed(2)}  ${document.id}`,
      );
    }
    if (showAll) {
      for (const m of tagEntities(document.text)) {
        const type = m.label === 'OTH' ? undefined : m.label;
        const key = `${type}\t${m.text}`;
        if (!type || added.has(key) || before.has(key)) continue;
        console.log(
          `    dropped ${gold.has(key) ? '+' : '-'} ${m.label} ${JSON.stringify(m.text)} ${m.confidence.toFixed(2)}${m.confidence < threshold ? ' (threshold)' : ''}`,
        );
      }
    }
  }
}
