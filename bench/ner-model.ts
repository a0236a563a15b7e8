// npm run bench:ner — the NER model's own costs, without the full bench:
//   1. cold start with the model on, in fresh processes (median of 5): import of
//      dist/index.js and dist/ner.js, then the first extract() with
//      nerRecognizer() (which decodes the model), as an app that turns it on pays;
//   2. the model alone tagging the bench text (corpus/ reports cycled to 2 MB;
//      tokens, sentences and token view built beforehand, word memo warm);
//   3. extract() on the same text, report by report, without and with the model,
//      and with the reports reviewer (reportsRecognizer(), which runs the news model too);
//   4. tagEntities() on hostile inputs at two sizes (the time of twice the input).
// Needs npm run build for 1. Run it on a quiet machine; figures vary with load.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createExtractor } from '../src/index.js';
import { germanNerModel, germanReviewModel, nerRecognizer, reportsRecognizer, tagEntities } from '../src/ner.js';
import { modelMentions, taggerFor } from '../src/entities/model/model-recognizer.js';
import { germanLanguage } from '../src/lang/de/index.js';
import { builtInListWords } from '../src/lang/de/ner.js';
import { analyseText } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { WordFormTable } from '../src/text/word-forms.js';

const root = resolve(import.meta.dirname, '..');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function coldStart(recognizer: string): { importMs: number; firstExtractMs: number; totalMs: number } | undefined {
  const index = join(root, 'dist', 'index.js');
  const ner = join(root, 'dist', 'ner.js');
  if (!existsSync(index) || !existsSync(ner)) return undefined;
  const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(index)}); const n = await import(${JSON.stringify(ner)}); const t1 = performance.now(); m.createExtractor({ model: n.${recognizer}() }).extract('Dr. Marco Kuhn sprach am 11. September 2024 in Wąbrzeźno über das OZG 2.0.'); const t2 = performance.now(); process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));`;
  const runs = Array.from(
    { length: 5 },
    () =>
      JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as [
        number,
        number,
      ],
  );
  const importMs = median(runs.map(([a]) => a));
  const firstExtractMs = median(runs.map(([, b]) => b));
  return { importMs, firstExtractMs, totalMs: median(runs.map(([a, b]) => a + b)) };
}

const reports = readdirSync(join(root, 'corpus'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(root, 'corpus', name), 'utf8'));
const documents: string[] = [];
for (let bytes = 0, i = 0; bytes < 2_000_000; i++) {
  documents.push(reports[i % reports.length]!);
  bytes += Buffer.byteLength(documents.at(-1)!) + 2;
}
const text = documents.join('\n\n');
const megabytes = Buffer.byteLength(text) / 1e6;

for (const recognizer of ['nerRecognizer', 'reportsRecognizer']) {
  const cold = coldStart(recognizer);
  console.log(
    cold === undefined
      ? 'cold start: run npm run build first'
      : `cold start with ${recognizer}() (fresh process, median of 5): import ${cold.importMs.toFixed(0)} ms + first extract() ${cold.firstExtractMs.toFixed(0)} ms = ${cold.totalMs.toFixed(0)} ms`,
  );
}

const loadStarted = performance.now();
const model = germanNerModel();
console.log(`model decode in this process: ${(performance.now() - loadStarted).toFixed(0)} ms`);
const modelBytes = statSync(join(root, 'src', 'lang', 'de', 'model', 'ner-model.json')).size;
console.log(`model file: ${(modelBytes / 1e6).toFixed(2)} MB`);
const reviewStarted = performance.now();
germanReviewModel();
const reviewBytes = statSync(join(root, 'src', 'lang', 'de', 'model', 'review-model.json')).size;
console.log(
  `reports reviewer: decode ${(performance.now() - reviewStarted).toFixed(0)} ms, file ${(reviewBytes / 1e6).toFixed(2)} MB`,
);

const words = germanLanguage().text;
const doc = analyseText(text, words, new FormAnswers(new WordFormTable(words)));
const { tokens } = doc;
const tagger = taggerFor(model, model.library.domain, builtInListWords());
const time = (run: () => void, rounds = 5): number => {
  run();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    run();
    times.push((performance.now() - started) / 1000);
  }
  return median(times);
};
const tagging = time(() => modelMentions(doc, tagger));
console.log(
  `model alone: ${Math.round(tokens.count / tagging).toLocaleString('en')} tokens/s (${(megabytes / tagging).toFixed(1)} MB/s) on ${megabytes.toFixed(1)} MB of corpus/ reports`,
);
const without = createExtractor({ model: false });
const withModel = createExtractor({ model: nerRecognizer() });
const plain = time(() => documents.forEach((d) => without.extract(d)), 3);
const full = time(() => documents.forEach((d) => withModel.extract(d)), 3);
const withReports = createExtractor({ model: reportsRecognizer() });
const reviewed = time(() => documents.forEach((d) => withReports.extract(d)), 3);
console.log(
  `extract() report by report: ${(megabytes / plain).toFixed(2)} MB/s without the model, ${(megabytes / full).toFixed(2)} MB/s with it (+${((full / plain - 1) * 100).toFixed(0)} % time), ${(megabytes / reviewed).toFixed(2)} MB/s with the reports reviewer (+${((reviewed / plain - 1) * 100).toFixed(0)} % time)`,
);

// Hostile inputs for the model alone (tokenizer and splitter included, as tagEntities() runs them), at two
// sizes: time(2x) / time(1x) near 2 is linear. test/entities/model.test.ts proves it by counting the work.
const HOSTILE: Record<string, (n: number) => string> = {
  'one endless sentence of capitalised words': (n) => 'Müller Meier Schulze Wąbrzeźno '.repeat(n * 4),
  'one endless word': (n) => 'Ab'.repeat(n * 100),
  'endless distinct words': (n) => Array.from({ length: n * 4 }, (_, i) => `W${i.toString(36)}x`).join(' '),
};
const best = (run: () => void): number => {
  let fastest = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
};
for (const [name, build] of Object.entries(HOSTILE)) {
  tagEntities(build(1000));
  const once = best(() => tagEntities(build(5000)));
  const twice = best(() => tagEntities(build(10_000)));
  console.log(
    `hostile input, model alone: ${name}: ${once.toFixed(0)} ms, twice the input ${twice.toFixed(0)} ms (×${(twice / once).toFixed(2)})`,
  );
}
