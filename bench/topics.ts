// npx tsx bench/topics.ts [megabytes] [--reports] — what topic tagging and
// keyphrases add to extract(): the reports of corpus/ and corpus/train (and the
// seeds, when ../shared is present) cycled to about 2 MB, extracted as one text
// (as npm run bench's stage breakdown does) or, with --reports, report by
// report, with the full record and without topics and keyphrases, in
// alternating rounds after a warm-up. Times are the process's CPU time, which a
// shared machine's load disturbs less than the clock; the figure is the median
// over rounds of the ratio within a round. A targeted measurement of one stage,
// not the full bench.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createExtractor } from '../src/index.js';
import { SEEDS_DIR, seedsAvailable } from '../eval/gold.js';

const root = resolve(import.meta.dirname, '..');
const megabytes = Number(process.argv.find((arg) => /^\d/.test(arg)) ?? 2);
const ROUNDS = 11;

const read = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
const reports = [
  ...read(join(root, 'corpus')),
  ...read(join(root, 'corpus', 'train')),
  ...(seedsAvailable() ? read(SEEDS_DIR) : []),
];
const documents: string[] = [];
let bytes = 0;
for (let i = 0; bytes < megabytes * 1e6; i++) {
  const report = reports[i % reports.length]!;
  documents.push(report);
  bytes += Buffer.byteLength(report);
}

/** As npm run bench's stage breakdown: the reports joined into one text; with --reports, report by report. */
const byReport = process.argv.includes('--reports');
const inputs = byReport ? documents : [documents.join('\n\n')];
const full = createExtractor();
const without = createExtractor({ topicTaggers: [], keyphrases: 0 });
const time = (extractor: typeof full): number => {
  const started = process.cpuUsage();
  for (const input of inputs) extractor.extract(input);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
};
time(full);
time(without);
const ratios: number[] = [];
const fullTimes: number[] = [];
const withoutTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const a = round % 2 === 0 ? time(without) : 0;
  const b = time(full);
  const c = round % 2 === 1 ? time(without) : a;
  ratios.push(b / c);
  fullTimes.push(b);
  withoutTimes.push(c);
}
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const added = (median(ratios) - 1) * 100;
console.log(
  `${documents.length} reports ${byReport ? 'one by one' : 'as one text'}, ${(bytes / 1e6).toFixed(1)} MB, ${ROUNDS} rounds, CPU time: full record ${(bytes / 1e6 / median(fullTimes)).toFixed(2)} MB/s, ` +
    `without topics and keyphrases ${(bytes / 1e6 / median(withoutTimes)).toFixed(2)} MB/s`,
);
const fastest = (Math.min(...fullTimes) / Math.min(...withoutTimes) - 1) * 100;
console.log(
  `fastest rounds (noise only ever adds time): topics and keyphrases add ${fastest.toFixed(1)} %, a share of ${((1 - Math.min(...withoutTimes) / Math.min(...fullTimes)) * 100).toFixed(1)} % of the full time`,
);
console.log(
  `median of the rounds' ratios: topics and keyphrases add ${added.toFixed(1)} % to extract() time (rounds: ${ratios.map((r) => ((r - 1) * 100).toFixed(1)).join(', ')}); ` +
    `their share of the full time is ${((1 - 1 / median(ratios)) * 100).toFixed(1)} %`,
);
