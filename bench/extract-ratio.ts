// npm run bench:extract [-- --rounds N] [--model]: extract() report by report against wink-nlp's readDoc +
// entities and against the tokenizer with sentences (analyseText), in one process, on the reports of corpus/,
// corpus/train/ and, when present, the seeds. A quick check of a speed-up on a shared machine, where absolute MB/s
// move with the load but ratios taken in the same round hold: every round times the three in turn, by CPU time of
// this process (process.cpuUsage), after a warm-up; the table gives each round and the medians. Run bundled (the
// npm script bundles it with esbuild, as the package ships), since tsx slows the engine unevenly. --model turns
// the NER model on (govtext-de/ner). The full comparison of record is npm run bench, on a quiet machine.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createExtractor, germanLanguage } from '../src/index.js';
import { nerRecognizer } from '../src/ner.js';
import { analyseText } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { WordFormTable } from '../src/text/word-forms.js';
import { loadSeedGold, seedsAvailable } from '../eval/gold.js';
import { PEER_SYSTEMS } from './peers.js';
import { cpuMilliseconds, median } from './measure.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 7;
const withModel = args.includes('--model');

function reports(): string[] {
  const dirs = [join(root, 'corpus'), join(root, 'corpus', 'train')];
  const texts = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(dir, name), 'utf8')),
  );
  if (seedsAvailable()) texts.push(...loadSeedGold().map((gold) => gold.text));
  return texts;
}

const texts = reports();
const megabytes = (3 * texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)) / 1e6;
const extractor = createExtractor(withModel ? { model: nerRecognizer() } : {});
const language = germanLanguage();
const answers = new FormAnswers(new WordFormTable(language.text));
const wink = await PEER_SYSTEMS.find((system) => system.id === 'wink-nlp')!.load();

let sink = 0;
const stages: [string, (text: string) => void][] = [
  ['extract()', (text) => void (sink += extractor.extract(text).entities.length)],
  ['wink-nlp', (text) => void (sink += wink(text))],
  ['tokens + sentences', (text) => void (sink += analyseText(text, language.text, answers).sentences.count)],
];

/** Each round reads the reports three times, so that a stage's time is long beside the machine's noise. */
function timeStage(run: (text: string) => void): number {
  const start = process.cpuUsage();
  for (let pass = 0; pass < 3; pass++) for (const text of texts) run(text);
  return cpuMilliseconds(start);
}

for (let warm = 0; warm < 3; warm++) for (const [, run] of stages) timeStage(run);
const times: number[][] = stages.map(() => []);
console.log(
  `${texts.length} reports three times, ${megabytes.toFixed(2)} MB${withModel ? ', NER model on' : ''}; CPU ms`,
);
console.log('round  extract()  wink-nlp  tokens  extract MB/s  extract÷wink speed  extract÷tokens time');
for (let round = 0; round < rounds; round++) {
  stages.forEach(([, run], i) => times[i]!.push(timeStage(run)));
  const [e, w, t] = times.map((list) => list[round]!);
  console.log(
    `${String(round + 1).padStart(5)}  ${e!.toFixed(0).padStart(9)}  ${w!.toFixed(0).padStart(8)}  ${t!.toFixed(0).padStart(6)}` +
      `  ${(megabytes / (e! / 1000)).toFixed(2).padStart(12)}  ${(w! / e!).toFixed(3).padStart(18)}  ${(e! / t!).toFixed(2).padStart(19)}`,
  );
}
const ratios = times[0]!.map((e, i) => times[1]![i]! / e);
const tokenRatios = times[0]!.map((e, i) => e / times[2]![i]!);
console.log(
  `median: extract() ${median(times[0]!).toFixed(0)} ms (${(megabytes / (median(times[0]!) / 1000)).toFixed(2)} MB/s),` +
    ` extract÷wink speed ${median(ratios).toFixed(3)}, extract÷tokens time ${median(tokenRatios).toFixed(2)}`,
);
// The results feed a sum, so that no stage's work can be optimised away.
if (Number.isNaN(sink)) console.log(sink);
