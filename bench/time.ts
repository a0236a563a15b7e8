// npm run bench:time: what the time stage (time expressions, document date,
// event facts) costs inside extract(), report by report, on corpus/ and
// corpus/train/; and whether it stays linear on adversarial inputs (digits,
// dots, month names, range words repeated: bench/adversarial.ts). Single
// thread, warm-up first, median of rounds that time both in turn. Writes
// bench/time-results.json. Times are CPU time of this process (process.cpuUsage),
// so waiting for a core on a shared machine does not count; the share is the
// ratio of the two times taken in the same round. Run bundled (npm run
// bench:time bundles it with esbuild, as the package ships), since tsx wraps
// every imported binding in a getter and slows the engine unevenly.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createExtractor, germanLanguage } from '../src/index.js';
import type { EntityMention } from '../src/record.js';
import { type AnalysedText, analyseText } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { WordFormTable } from '../src/text/word-forms.js';
import { linkEventFacts } from '../src/time/event-facts.js';
import { analyseTime } from '../src/time/time-stage.js';
import { ADVERSARIAL_INPUTS } from './adversarial.js';
import { cpuMilliseconds, median } from './measure.js';

const root = resolve(import.meta.dirname, '..');
const rounds = process.argv.includes('--quick') ? 3 : 7;

function reports(): string[] {
  const dirs = [join(root, 'corpus'), join(root, 'corpus', 'train')].filter((dir) => existsSync(dir));
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(dir, name), 'utf8')),
  );
}

const language = germanLanguage();
const extractor = createExtractor();
const texts = reports();
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

// The time stage on the same documents and entities extract() gives it.
const answers = new FormAnswers(new WordFormTable(language.text));
const prepared: { doc: AnalysedText; entities: EntityMention[] }[] = texts.map((text) => ({
  doc: analyseText(text, language.text, answers),
  entities: extractor.extract(text).entities,
}));
const timeStage = ({ doc, entities }: { doc: AnalysedText; entities: EntityMention[] }) => {
  const { timex, documentDate } = analyseTime(doc, entities, undefined, { lexicon: language.time.lexicon });
  return linkEventFacts(doc, entities, timex, documentDate?.evidence?.start, language.time.eventCues);
};

for (const text of texts) extractor.extract(text);
for (const item of prepared) timeStage(item);
const extractTimes: number[] = [];
const timeTimes: number[] = [];
const shares: number[] = [];
for (let r = 0; r < rounds; r++) {
  // No forced collection before a stage: V8 sweeps on helper threads after one, and their CPU time would count.
  let started = process.cpuUsage();
  for (const text of texts) extractor.extract(text);
  const whole = cpuMilliseconds(started);
  started = process.cpuUsage();
  for (const item of prepared) timeStage(item);
  const time = cpuMilliseconds(started);
  extractTimes.push(whole);
  timeTimes.push(time);
  shares.push(time / whole);
}
const share = median(shares);
const row = {
  reports: texts.length,
  megabytes: Math.round(megabytes * 1000) / 1000,
  extractMegabytesPerSecond: megabytes / (median(extractTimes) / 1000),
  timeStageMegabytesPerSecond: megabytes / (median(timeTimes) / 1000),
  timeShareOfExtract: share,
  shareRange: [Math.min(...shares), Math.max(...shares)],
};
console.log(
  `time stage inside extract(), ${texts.length} reports (corpus/ and corpus/train/), ${row.megabytes} MB, report by report:`,
);
console.log(`  extract() full record        ${row.extractMegabytesPerSecond.toFixed(2)} MB/s`);
console.log(`  time stage alone             ${row.timeStageMegabytesPerSecond.toFixed(1)} MB/s`);
console.log(
  `  time stage ÷ extract()       ${(share * 100).toFixed(1)} % (median of ${rounds} rounds; ${(row.shareRange[0]! * 100).toFixed(1)}–${(row.shareRange[1]! * 100).toFixed(1)} %), target ≤ 10 %: ${share <= 0.1 ? 'met' : 'not met'}`,
);

// Adversarial inputs: the time stage alone at 1 MB and 2 MB; doubling the input should about double the time.
const size = 1_000_000;
const adversarial: { name: string; megabytesPerSecond: number; scaling: number }[] = [];
const noEntities: EntityMention[] = [];
for (const [name, build] of Object.entries(ADVERSARIAL_INPUTS)) {
  const timed = (input: string) => {
    const doc = analyseText(input, language.text, new FormAnswers(new WordFormTable(language.text)));
    const run = () => {
      const { timex, documentDate } = analyseTime(doc, noEntities, undefined, { lexicon: language.time.lexicon });
      linkEventFacts(doc, noEntities, timex, documentDate?.evidence?.start, language.time.eventCues);
    };
    run();
    const samples: number[] = [];
    for (let r = 0; r < 3; r++) {
      const started = process.cpuUsage();
      run();
      samples.push(cpuMilliseconds(started));
    }
    return median(samples);
  };
  const single = timed(build(size));
  const double = timed(build(size * 2));
  adversarial.push({ name, megabytesPerSecond: size / 1e6 / (single / 1000), scaling: double / single });
}
console.log('\ntime stage on adversarial inputs (1 MB → 2 MB; 2 means linear):');
for (const a of adversarial) {
  console.log(`  ${a.name.padEnd(40)} ${a.megabytesPerSecond.toFixed(1).padStart(9)} MB/s   ×${a.scaling.toFixed(2)}`);
}
// Inputs the stage passes over in under a millisecond time only noise; judge the rest.
const timed = adversarial.filter((a) => a.megabytesPerSecond < 200);
const worst = Math.max(...timed.map((a) => a.scaling));
console.log(
  `  worst scaling of the ${timed.length} inputs that take time: ×${worst.toFixed(2)} (${worst < 2.6 ? 'linear' : 'CHECK'})`,
);

writeFileSync(
  join(root, 'bench', 'time-results.json'),
  `${JSON.stringify({ measured: new Date().toISOString().slice(0, 10), node: process.version, ...row, adversarial }, null, 2)}\n`,
);
