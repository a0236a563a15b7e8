// npm run dump:records -- DIR [--tokens] [--model]: writes the records of every scored gold set npm run eval reads
// (corpus/, corpus/train/, eval/challenge/, eval/holdout/ … holdout7/ and, when present, the seed reports), one JSONL file per set, each line
// extract(text, { id }) of one document. Two dumps compare byte for byte: a refactor that changes no output
// leaves `diff -r` empty. --tokens adds every token to the records, --model runs the NER model
// (govtext-de/ner's nerRecognizer) beside the rules, so a dump can cover those paths too.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../src/index.js';
import { nerRecognizer } from '../src/ner.js';
import { type GoldDocument, NAMED_GOLD_DIRS, loadCorpusGold, loadSeedGold, seedsAvailable } from '../eval/gold.js';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--'));
if (!outDir || args.some((a) => a.startsWith('--') && a !== '--tokens' && a !== '--model')) {
  console.error('usage: npm run dump:records -- OUTPUT_DIR [--tokens] [--model]');
  process.exit(2);
}

const sets: [string, () => GoldDocument[]][] = NAMED_GOLD_DIRS.map(([name, dir]) => [name, () => loadCorpusGold(dir)]);
if (seedsAvailable()) sets.push(['seeds', loadSeedGold]);
else console.error('note: ../shared/corpus/seeds not found; the seed records are not written');

const extractor = createExtractor({
  tokens: args.includes('--tokens'),
  ...(args.includes('--model') ? { model: nerRecognizer() } : {}),
});
mkdirSync(outDir, { recursive: true });
for (const [name, load] of sets) {
  const documents = load();
  const lines = documents.map((gold) => JSON.stringify(extractor.extract(gold.text, { id: gold.id })));
  writeFileSync(join(outDir, `${name}.jsonl`), lines.join('\n') + '\n');
  console.log(`${name}: ${documents.length} records → ${join(outDir, `${name}.jsonl`)}`);
}
