// Lists entity errors per document (false positives and misses as (type, text)
// pairs, with the recogniser that produced each false positive), for the
// corpus, the challenge set and the seeds: `npx tsx eval/entity-errors.ts [corpus|challenge|seeds]`.

import { extract } from '../src/index.js';
import { CHALLENGE_DIR, type GoldDocument, loadCorpusGold, loadSeedGold, seedsAvailable } from './gold.js';

const which = process.argv[2] ?? 'corpus';
const documents: GoldDocument[] =
  which === 'seeds' ? (seedsAvailable() ? loadSeedGold() : []) : which === 'challenge' ? loadCorpusGold(CHALLENGE_DIR) : loadCorpusGold();

for (const document of documents) {
  if (!document.entities) continue;
  const record = extract(document.text);
  const predicted = new Map<string, string>();
  for (const mention of record.entities) predicted.set(`${mention.type}\t${mention.text}`, mention.source);
  const gold = new Set(document.entities.map((entity) => `${entity.type}\t${entity.text}`));
  const falsePositives = [...predicted].filter(([key]) => !gold.has(key));
  const misses = [...gold].filter((key) => !predicted.has(key));
  console.log(`\n## ${document.id}: ${falsePositives.length} false positives, ${misses.length} misses`);
  for (const [key, source] of falsePositives) console.log(`  + ${key.replace('\t', ' ')}   [${source}]`);
  for (const key of misses) console.log(`  - ${key.replace('\t', ' ')}`);
}
