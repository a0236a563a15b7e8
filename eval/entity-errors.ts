// Lists entity errors per document (false positives and misses as (type, text)
// pairs, with the recogniser that produced each false positive), for one gold set:
// `npm run eval:errors -- [corpus|train|train-a|…|train-d|challenge|holdout|…|holdout7|seeds]`
// (train: corpus/train/, train-X: its writer X only).

import { extract } from '../src/index.js';
import {
  CORPUS_DIR,
  type GoldDocument,
  NAMED_GOLD_DIRS,
  loadCorpusGold,
  loadSeedGold,
  loadTrainGold,
  seedsAvailable,
} from './gold.js';
import { type RelationPair, addRelationCounts, emptyRelationCounts } from './metrics.js';
import { goldPairs, recordRelationPairs } from './relation-pairs.js';

const directories: Record<string, string> = Object.fromEntries(NAMED_GOLD_DIRS);
const which = process.argv[2] ?? 'corpus';
const directory = directories[which] ?? CORPUS_DIR;
const documents: GoldDocument[] =
  which === 'seeds'
    ? seedsAvailable()
      ? loadSeedGold()
      : []
    : which.startsWith('train-')
      ? loadTrainGold([which.slice('train-'.length)])
      : loadCorpusGold(directory);

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

// Relations where a gold file has them: misses and false positives as (person | role | organisation) pairs of surface strings.
for (const document of documents) {
  if (!document.relations) continue;
  const result = addRelationCounts(
    emptyRelationCounts(),
    recordRelationPairs(extract(document.text)),
    goldPairs(document),
  );
  if (result.misses.length + result.falsePositives.length + result.wrongRoles.length === 0) continue;
  const show = (r: RelationPair) => `${r.person} | ${r.role ?? '-'} | ${r.organisation}`;
  console.log(`\n## relations in ${document.id}`);
  for (const r of result.falsePositives) console.log(`  + ${show(r)}`);
  for (const r of result.misses) console.log(`  - ${show(r)}`);
  for (const [found, gold] of result.wrongRoles) console.log(`  ~ ${show(found)} (gold role: ${gold.role ?? '-'})`);
}

// Topics where a gold file has them: false positives with their score and evidence, misses.
for (const document of documents) {
  if (!document.topics) continue;
  const record = extract(document.text);
  const predicted = new Map(record.topics.map((t) => [t.id, t]));
  const extra = record.topics.filter((t) => !document.topics!.includes(t.id));
  const missing = document.topics.filter((id) => !predicted.has(id));
  if (extra.length + missing.length === 0) continue;
  console.log(`\n## topics in ${document.id}`);
  for (const t of extra) console.log(`  + ${t.id} ${t.score} [${t.evidence.map((e) => e.text).join(', ')}]`);
  for (const id of missing) console.log(`  - ${id}`);
}
