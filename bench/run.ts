// npm run bench: throughput of the tokenizer, the sentence splitter and the full
// extract() on a German text built from corpus/ (10 MB; --quick: 1 MB), single
// thread, warm-up first, median of several rounds that take the stages in turn;
// cold start in a fresh process; peak memory. Prints a table and writes
// bench/results.json (--quick: results-quick.json).

import { execFileSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { createExtractor, splitSentences, tokenize } from '../src/index.js';
import { germanNerModel, nerRecognizer } from '../src/ner.js';
import { modelMentions, taggerFor } from '../src/entities/model/recognizer.js';
import { splitTokenTable } from '../src/text/sentences.js';
import { tokenView } from '../src/text/token-view.js';
import { scanTokens } from '../src/text/tokenize.js';
import { ADVERSARIAL_INPUTS } from './adversarial.js';

const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
/** The built package (npm run build); the cold start and bundle rows need it. */
const distEntry = join(root, 'dist', 'index.js');
const targetBytes = (quick ? 1 : 10) * 1_000_000;
const runs = quick ? 3 : 5;

function benchText(): string {
  const corpusDir = join(root, 'corpus');
  const reports = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(corpusDir, name), 'utf8'));
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const report = reports[i % reports.length]!;
    parts.push(report);
    bytes += Buffer.byteLength(report) + 2;
  }
  return parts.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Row {
  name: string;
  seconds: number;
  /** Each round's time, in round order: stages timed in one round can be compared pairwise. */
  roundSeconds: number[];
  megabytesPerSecond: number;
  tokensPerSecond: number;
}

setFlagsFromString('--expose-gc');
/** A full collection before each timed stage: no stage pays for the garbage the one before it left. */
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Each stage warmed up, then timed in rounds that take every stage in turn:
 * on a shared machine a burst of load then slows one round of all stages
 * instead of all runs of one stage.
 */
function measure(text: string, tokens: number, stages: Record<string, () => unknown>): Row[] {
  const work = Object.values(stages);
  for (const stage of work) stage();
  const times: number[][] = work.map(() => []);
  for (let r = 0; r < runs; r++) {
    work.forEach((stage, s) => {
      collectGarbage();
      const started = performance.now();
      stage();
      times[s]!.push((performance.now() - started) / 1000);
    });
  }
  const megabytes = Buffer.byteLength(text) / 1_000_000;
  return Object.keys(stages).map((name, s) => {
    const seconds = median(times[s]!);
    return { name, seconds, roundSeconds: times[s]!, megabytesPerSecond: megabytes / seconds, tokensPerSecond: tokens / seconds };
  });
}

/** What a browser app pays: dist/index.js bundled and minified with esbuild, by package. */
async function browserBundleSize(): Promise<{ bytes: number; gzipBytes: number; byPackage: Record<string, number> } | undefined> {
  if (!existsSync(distEntry)) return undefined;
  const result = await build({ entryPoints: [distEntry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
  const output = Object.values(result.metafile.outputs)[0]!;
  const byPackage: Record<string, number> = {};
  for (const [path, input] of Object.entries(output.inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'govtext-de';
    byPackage[name] = (byPackage[name] ?? 0) + input.bytesInOutput;
  }
  const code = result.outputFiles[0]!.contents;
  return { bytes: code.length, gzipBytes: gzipSync(code).length, byPackage };
}

interface ColdStart {
  /** import of dist/index.js (module evaluation, data files parsed). */
  importMs: number;
  /** Loading the NER model: import of dist/ner.js (parses the model file) and germanNerModel() (decodes it). */
  modelLoadMs: number;
  /** The first extract(): compiles the gazetteers and pattern lists, then extracts one sentence. */
  firstExtractMs: number;
  totalMs: number;
}

/** Cold start in fresh Node processes, median of 5: import, then the first extract() (gazetteer load). */
function coldStart(): ColdStart | undefined {
  if (!existsSync(distEntry)) return undefined;
  const nerEntry = join(root, 'dist', 'ner.js');
  const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(distEntry)}); const t1 = performance.now(); m.extract('Dr. Marco Kuhn sprach am 11. September 2024 über das OZG 2.0.'); const t2 = performance.now(); const n = await import(${JSON.stringify(nerEntry)}); n.germanNerModel(); const t3 = performance.now(); process.stdout.write(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));`;
  const imports: number[] = [];
  const models: number[] = [];
  const firsts: number[] = [];
  for (let r = 0; r < 5; r++) {
    const [importMs, firstMs, modelMs] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as [number, number, number];
    imports.push(importMs);
    models.push(modelMs);
    firsts.push(firstMs);
  }
  const importMs = median(imports);
  const modelLoadMs = median(models);
  const firstExtractMs = median(firsts);
  return { importMs, modelLoadMs, firstExtractMs, totalMs: importMs + firstExtractMs };
}

const text = benchText();
const tokenCount = scanTokens(text).count;
const extractor = createExtractor();
const withoutEntities = createExtractor({ recognizers: [] });
const withoutTopics = createExtractor({ topicTaggers: [], keyphrases: 0 });
const withModel = createExtractor({ model: nerRecognizer() });
/** The model alone on a document whose tokens, sentences and token view are already built (as extract() shares them). */
const modelDoc = (() => {
  const tokens = scanTokens(text);
  const doc = { text, tokens, sentences: splitTokenTable(tokens) };
  tokenView(doc);
  return doc;
})();
const modelTagger = taggerFor(germanNerModel(), germanNerModel().library.domain);
const rows: Row[] = measure(text, tokenCount, {
  'tokenizer (token table)': () => scanTokens(text),
  'tokenize() objects + norm + stem': () => tokenize(text),
  'tokenize + sentences (tables)': () => splitTokenTable(scanTokens(text)),
  'splitSentences() spans': () => splitSentences(text),
  'extract() without entities': () => withoutEntities.extract(text),
  'NER model: tagging only': () => modelMentions(modelDoc, modelTagger),
  'extract() without topics and keyphrases': () => withoutTopics.extract(text),
  'extract() full record': () => extractor.extract(text),
  'extract() full record + NER model': () => withModel.extract(text),
});
const cold = coldStart();
const bundle = await browserBundleSize();

const adversarialSize = quick ? 200_000 : 1_000_000;
const adversarial = Object.entries(ADVERSARIAL_INPUTS).map(([name, build]) => {
  const time = (input: string) => {
    extractor.extract(input);
    const samples: number[] = [];
    for (let r = 0; r < 3; r++) {
      const started = performance.now();
      extractor.extract(input);
      samples.push(performance.now() - started);
    }
    return median(samples);
  };
  const single = time(build(adversarialSize));
  const double = time(build(adversarialSize * 2));
  return { name, megabytesPerSecond: adversarialSize / 1e6 / (single / 1000), scaling: double / single };
});
const peakRssMb = process.resourceUsage().maxRSS / 1024;
/**
 * What stage `more` adds to stage `base`, in percent: the median over rounds of
 * the two times' ratio within a round, so a burst of load on a shared machine,
 * which slows one round of both, cancels out.
 */
const addedPercent = (more: string, base: string): number => {
  const times = (name: string) => rows.find((row) => row.name === name)!.roundSeconds;
  const [a, b] = [times(more), times(base)];
  return median(a.map((seconds, r) => (seconds / b[r]! - 1) * 100));
};
/** What topic tagging and keyphrases add to a full extract(), in percent. */
const topicCostPercent = addedPercent('extract() full record', 'extract() without topics and keyphrases');
/** What the statistical model adds to a full extract(), in percent. */
const modelCostPercent = addedPercent('extract() full record + NER model', 'extract() full record');
const modelFileBytes = statSync(join(root, 'src', 'lang', 'de', 'model', 'ner-model.json')).size;

console.log(
  `\ngovtext-de bench: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB German text from corpus/, ${tokenCount} tokens, median of ${runs} interleaved rounds, single thread`,
);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log(`${'stage'.padEnd(36)} ${'s'.padStart(7)} ${'MB/s'.padStart(8)} ${'tokens/s'.padStart(12)}`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(36)} ${row.seconds.toFixed(3).padStart(7)} ${row.megabytesPerSecond.toFixed(1).padStart(8)} ${Math.round(row.tokensPerSecond).toLocaleString('en').padStart(12)}`,
  );
}
console.log(`\nadversarial inputs, extract() on ${adversarialSize / 1e6} MB and twice that (ratio ≈ 2 means linear):`);
for (const row of adversarial) {
  console.log(`  ${row.name.padEnd(34)} ${row.megabytesPerSecond.toFixed(1).padStart(8)} MB/s   x2 size → x${row.scaling.toFixed(2)} time`);
}
console.log(
  `\ncold start (fresh process): ${
    cold === undefined
      ? 'n/a (run npm run build)'
      : `import ${cold.importMs.toFixed(0)} ms + first extract with gazetteer load ${cold.firstExtractMs.toFixed(0)} ms = ${cold.totalMs.toFixed(0)} ms; NER model (govtext-de/ner) import + decode ${cold.modelLoadMs.toFixed(0)} ms`
  }`,
);
console.log(`topics and keyphrases add ${topicCostPercent.toFixed(1)} % to extract() time`);
console.log(`the NER model, when turned on, adds ${modelCostPercent.toFixed(1)} % to extract() time; model file ${(modelFileBytes / 1e6).toFixed(2)} MB`);
console.log(`peak RSS of this process: ${peakRssMb.toFixed(0)} MB`);
if (bundle) {
  const parts = Object.entries(bundle.byPackage)
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KB`)
    .join(', ');
  console.log(`browser bundle (esbuild, minified): ${(bundle.bytes / 1024).toFixed(0)} KB, ${(bundle.gzipBytes / 1024).toFixed(0)} KB gzipped — ${parts}`);
}

writeFileSync(
  join(root, 'bench', quick ? 'results-quick.json' : 'results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      quick,
      node: process.version,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      textBytes: Buffer.byteLength(text),
      tokens: tokenCount,
      runs,
      rows,
      adversarial,
      coldStart: cold,
      topicCostPercent,
      modelCostPercent,
      modelFileBytes,
      browserBundle: bundle,
      peakRssMb,
    },
    null,
    2,
  ) + '\n',
);
