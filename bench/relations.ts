// npm run bench:relations — what the relation stage costs within extract(): the
// reports of corpus/ and corpus/train/ (and the seed reports when ../shared is
// present), report by report, single thread. extract() in full and the relation
// stage alone (on the same documents' tokens and mentions, as the pipeline hands
// them over) are timed in alternating rounds after a warm-up, by the process's
// CPU time, which a busy shared machine disturbs less than the wall clock; the
// medians give the share. The target of issue 21: at most 10 % of extract().

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, TRAIN_DIR, loadSeedGold, seedsAvailable } from '../eval/gold.js';
import { createExtractor, germanLanguage } from '../src/index.js';
import { extractRelations } from '../src/relations/extract-relations.js';
import { analyseText } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { WordFormTable } from '../src/text/word-forms.js';

const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 9;

const texts = [CORPUS_DIR, TRAIN_DIR].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8')),
);
if (seedsAvailable()) texts.push(...loadSeedGold().map((document) => document.text));

const extractor = createExtractor();
const language = germanLanguage();
const answers = new FormAnswers(new WordFormTable(language.text));
const documents = texts.map((text) => ({
  doc: analyseText(text, language.text, answers),
  mentions: extractor.extract(text).entities,
}));
const characters = texts.reduce((sum, text) => sum + text.length, 0);

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const timed = (run: () => void): number => {
  const start = cpuMs();
  run();
  return cpuMs() - start;
};
const runExtract = () => {
  for (const text of texts) extractor.extract(text);
};
const runRelations = () => {
  for (const { doc, mentions } of documents) extractRelations(doc, mentions, language);
};

runExtract();
runRelations();
const full: number[] = [];
const relations: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  full.push(timed(runExtract));
  relations.push(timed(runRelations));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const shares = full.map((ms, round) => relations[round]! / ms).sort((a, b) => a - b);
console.log(
  `${texts.length} reports, ${(characters / 1e6).toFixed(2)} M characters, ${ROUNDS} rounds (CPU time, median):\n` +
    `  extract()          ${median(full).toFixed(0)} ms  (${(characters / 1e3 / median(full)).toFixed(2)} MB/s)\n` +
    `  relation stage     ${median(relations).toFixed(1)} ms  (${(median(relations) / texts.length).toFixed(3)} ms per report)\n` +
    `  share of extract() ${(100 * median(shares)).toFixed(1)} % (rounds: ${(100 * shares[0]!).toFixed(1)}–${(100 * shares.at(-1)!).toFixed(1)} %)`,
);
