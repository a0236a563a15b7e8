// npm run bench: govtext-de side by side with wink-nlp, compromise, de-compromise,
// natural's tokenizer and a bare regular-expression split, on one German text
// built from corpus/ plus ../shared/corpus/seeds/ when present (10 MB; --quick:
// 1 MB), single thread, warm-up first, median of several rounds that take every
// stage in turn. Then: cold start in a fresh process; peak memory of each system
// on the text, each in a fresh process (bench/peak-memory.ts); the peers' entity
// F1 on the corpus gold (eval/peers-entities.ts, run afresh); the command line on
// a generated 200 MB JSONL dump, --jobs 1 and --jobs 2 (bench/cli.ts; --quick:
// 20 MB); adversarial inputs. Prints the tables and writes bench/results.json
// (--quick: results-quick.json).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { createExtractor, germanLanguage, splitSentences, tokenize } from '../src/index.js';
import { germanNerModel, nerRecognizer } from '../src/ner.js';
import { modelMentions, taggerFor } from '../src/entities/model/model-recognizer.js';
import { builtInListWords } from '../src/lang/de/ner.js';
import { analyseText } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { splitTokenTable } from '../src/text/sentences.js';
import { scanTokens as scanTokensIn } from '../src/text/tokenize.js';
import { WordFormTable } from '../src/text/word-forms.js';
import { ADVERSARIAL_INPUTS } from './adversarial.js';
import { PEER_SYSTEMS, type PeerSystem, packageVersion } from './peers.js';
import { SEEDS_DIR, seedsAvailable } from '../eval/gold.js';
import { median } from './measure.js';

const words = germanLanguage().text;
const scanTokens = (input: string) => scanTokensIn(input, words);

const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
/** The built package (npm run build); the cold start and bundle rows need it. */
const distEntry = join(root, 'dist', 'index.js');
const targetBytes = (quick ? 1 : 10) * 1_000_000;
const runs = quick ? 3 : 5;
const log = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};

/** The reports the bench text cycles through: corpus/, then the seeds when ../shared is there. */
function benchReports(): { reports: string[]; sources: string[] } {
  const read = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(dir, name), 'utf8'));
  const reports = read(join(root, 'corpus'));
  const sources = [`corpus/ (${reports.length} reports)`];
  if (seedsAvailable()) {
    const seeds = read(SEEDS_DIR);
    reports.push(...seeds);
    sources.push(`../shared/corpus/seeds/ (${seeds.length} reports)`);
  }
  return { reports, sources };
}

/** Whole reports, in turn, until they hold `bytes` bytes (UTF-8, counting a blank line between reports). */
function cycleReports(reports: string[], bytes: number): string[] {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const report = reports[i % reports.length]!;
    parts.push(report);
    total += Buffer.byteLength(report) + 2;
  }
  return parts;
}

interface Row {
  name: string;
  /** 1: the bench text as one string; more: its reports, one call each. */
  documents: number;
  /** The MB of text this stage ran on (slow peers run on the first part of the bench text). */
  megabytes: number;
  seconds: number;
  /** Each round's time, in round order: stages timed in one round can be compared pairwise. */
  roundSeconds: number[];
  megabytesPerSecond: number;
  /** govtext-de tokens of the stage's text per second: one unit of text for every system. */
  tokensPerSecond: number;
}

interface Stage {
  /** The bench text as one string, or as its reports one by one (as users call the entity systems). */
  documents: string[];
  run: (text: string) => unknown;
}

setFlagsFromString('--expose-gc');
/** A full collection before each timed stage: no stage pays for the garbage the one before it left. */
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Each stage warmed up, then timed in rounds that take every stage in turn:
 * on a shared machine a burst of load then slows one round of all stages
 * instead of all runs of one stage.
 */
function measure(stages: Record<string, Stage>): Row[] {
  const work = Object.values(stages);
  for (const stage of work) for (const document of stage.documents) stage.run(document);
  const times: number[][] = work.map(() => []);
  for (let r = 0; r < runs; r++) {
    work.forEach((stage, s) => {
      collectGarbage();
      const started = performance.now();
      for (const document of stage.documents) stage.run(document);
      times[s]!.push((performance.now() - started) / 1000);
    });
  }
  return Object.keys(stages).map((name, s) => {
    const { documents } = work[s]!;
    const megabytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document), 0) / 1_000_000;
    const tokens = documents.reduce((sum, document) => sum + scanTokens(document).count, 0);
    const seconds = median(times[s]!);
    return {
      name,
      documents: documents.length,
      megabytes,
      seconds,
      roundSeconds: times[s]!,
      megabytesPerSecond: megabytes / seconds,
      tokensPerSecond: tokens / seconds,
    };
  });
}

/** What a browser app pays: dist/index.js bundled and minified with esbuild, by package. */
async function browserBundleSize(): Promise<
  { bytes: number; gzipBytes: number; byPackage: Record<string, number> } | undefined
> {
  if (!existsSync(distEntry)) return undefined;
  const result = await build({
    entryPoints: [distEntry],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
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
    const [importMs, firstMs, modelMs] = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    ) as [number, number, number];
    imports.push(importMs);
    models.push(modelMs);
    firsts.push(firstMs);
  }
  const importMs = median(imports);
  const modelLoadMs = median(models);
  const firstExtractMs = median(firsts);
  return { importMs, modelLoadMs, firstExtractMs, totalMs: importMs + firstExtractMs };
}

/** Peak RSS of one system on its documents, in a fresh process (bench/peak-memory.ts). */
function peakMemory(systemId: string, documentsFile: string): { loadedRssMb: number; peakRssMb: number } {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench', 'peak-memory.ts'), systemId, documentsFile],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(output) as { loadedRssMb: number; peakRssMb: number };
}

/**
 * Strict entity F1 on the corpus gold of each system, by its id in eval/peers-entities.json (the script runs afresh
 * first).
 */
function corpusEntityF1(): Map<string, number> {
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'eval', 'peers-entities.ts')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const results = JSON.parse(readFileSync(join(root, 'eval', 'peers-entities.json'), 'utf8')) as {
    goldSets: { name: string; systems: { id: string; f1?: number }[] }[];
  };
  const corpus = results.goldSets.find((set) => set.name === 'corpus');
  return new Map(
    (corpus?.systems ?? []).filter((system) => system.f1 !== undefined).map((system) => [system.id, system.f1!]),
  );
}

/** The command line on a generated JSONL dump, --jobs 1 and --jobs 2 (bench/cli.ts, which prints its own table). */
function commandLine(resultsFile: string): CliResults {
  const args = ['--import', 'tsx', join(root, 'bench', 'cli.ts'), '--no-memory', '--results', resultsFile];
  if (quick) args.push('--quick');
  execFileSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  return JSON.parse(readFileSync(resultsFile, 'utf8')) as CliResults;
}

interface CliRun {
  dumpMb: number;
  documents: number;
  seconds: number;
  megabytesPerSecond: number;
  documentsPerSecond: number;
  peakRssMb: number;
}

interface CliResults {
  jobs1: CliRun;
  jobs2: CliRun;
  speedupJobs2OverJobs1: number;
  ceiling: { speedupOverJobs1: number };
  targets: { linesMatch: boolean };
}

const { reports, sources } = benchReports();
const benchDocuments = cycleReports(reports, targetBytes);
const text = benchDocuments.join('\n\n');
const tokenCount = scanTokens(text).count;
const extractor = createExtractor();
const withoutEntities = createExtractor({ recognizers: [] });
const withoutTopics = createExtractor({ topicTaggers: [], keyphrases: 0 });
const withModel = createExtractor({ model: nerRecognizer() });
/**
 * The model alone on a document whose tokens, sentences and token view are already built (as extract() shares them).
 */
const modelDoc = analyseText(text, words, new FormAnswers(new WordFormTable(words)));
const modelTagger = taggerFor(germanNerModel(), germanNerModel().library.domain, builtInListWords());
/** Each token's text as a string: what a regular-expression split returns. */
const tokenStrings = (input: string): string[] => {
  const { count, starts, ends } = scanTokens(input);
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = input.slice(starts[i]!, ends[i]!);
  return out;
};

/**
 * Entity systems get the bench text's reports one by one (slow ones only the first `sliceMegabytes`); tokenizers the
 * whole text.
 */
const peerDocuments = (peer: PeerSystem): string[] => {
  if (peer.comparedWith === 'tokenizer') return [text];
  const slice = peer.sliceMegabytes?.[quick ? 'quick' : 'full'];
  return slice === undefined || slice * 1_000_000 >= targetBytes
    ? benchDocuments
    : cycleReports(reports, slice * 1_000_000);
};
const peers = await Promise.all(
  PEER_SYSTEMS.map(async (peer) => ({ peer, documents: peerDocuments(peer), run: await peer.load() })),
);

const TOKENIZER = 'tokenizer (token table)';
const FULL_RECORD = 'extract() full record';
const PER_REPORT = 'extract() full record, report by report';
const whole = [text];
const stages: Record<string, Stage> = {
  [TOKENIZER]: { documents: whole, run: scanTokens },
  'tokenizer → token strings': { documents: whole, run: tokenStrings },
  'tokenize() objects + norm + stem': { documents: whole, run: (input) => tokenize(input) },
  'tokenize + sentences (tables)': { documents: whole, run: (input) => splitTokenTable(scanTokens(input), words) },
  'splitSentences() spans': { documents: whole, run: (input) => splitSentences(input) },
  'extract() without entities': { documents: whole, run: (input) => withoutEntities.extract(input) },
  'NER model: tagging only': { documents: whole, run: () => modelMentions(modelDoc, modelTagger) },
  'extract() without topics and keyphrases': { documents: whole, run: (input) => withoutTopics.extract(input) },
  [FULL_RECORD]: { documents: whole, run: (input) => extractor.extract(input) },
  'extract() full record + NER model': { documents: whole, run: (input) => withModel.extract(input) },
  [PER_REPORT]: { documents: benchDocuments, run: (input) => extractor.extract(input) },
};
for (const { peer, documents, run } of peers) stages[peer.label] = { documents, run };
log(`timing ${Object.keys(stages).length} stages, ${runs} rounds after a warm-up`);
const allRows = measure(stages);
const peerLabels = new Set(PEER_SYSTEMS.map((peer) => peer.label));
const rows = allRows.filter((row) => !peerLabels.has(row.name));
const rowNamed = (name: string): Row => allRows.find((row) => row.name === name)!;

log('cold start');
const cold = coldStart();
const bundle = await browserBundleSize();

log('peak memory of each system on the text, in fresh processes');
const scratch = mkdtempSync(join(tmpdir(), 'govtext-bench-'));
const memory = new Map<string, { loadedRssMb: number; peakRssMb: number }>();
try {
  let files = 0;
  const fileFor = (documents: string[]): string => {
    const file = join(scratch, `documents-${files++}.json`);
    writeFileSync(file, JSON.stringify(documents));
    return file;
  };
  memory.set('govtext-de-one-text', peakMemory('govtext-de', fileFor(whole)));
  memory.set('govtext-de', peakMemory('govtext-de', fileFor(benchDocuments)));
  for (const { peer, documents } of peers) memory.set(peer.id, peakMemory(peer.id, fileFor(documents)));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

log('entity F1 on the corpus gold (eval/peers-entities.ts)');
const entityF1 = corpusEntityF1();

log(`command line on a generated ${quick ? 20 : 200} MB JSONL dump (bench/cli.ts)`);
const cliResultsFile = join(tmpdir(), `govtext-bench-cli-${process.pid}.json`);
const cli = commandLine(cliResultsFile);
rmSync(cliResultsFile, { force: true });

log('adversarial inputs');
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

const megabytesOf = (input: string): number => Buffer.byteLength(input) / 1_000_000;
const fmtTokens = (perSecond: number): string =>
  perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M` : `${Math.round(perSecond / 1e3)} k`;
const table = (header: string[], body: string[][]): string => {
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((row) => row[c]!.length)));
  return [header, ...body]
    .map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
};
const ownVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

interface SideBySideRow {
  id: string;
  name: string;
  version: string;
  row: Row;
  /** govtext-de's speed over this system's, against the stage named in comparedWith. */
  ratio?: number;
  comparedWith?: PeerSystem['comparedWith'];
  f1?: number;
}

/**
 * The side-by-side table: govtext-de's two reference stages, then each peer with the ratio to the stage it compares
 * with.
 */
const sideBySide: SideBySideRow[] = [
  {
    id: 'govtext-de',
    name: 'govtext-de extract(): full record',
    version: ownVersion,
    row: rowNamed(PER_REPORT),
    f1: entityF1.get('govtext-de'),
  },
  {
    id: 'govtext-de-tokenizer',
    name: 'govtext-de tokenizer (token table)',
    version: ownVersion,
    row: rowNamed(TOKENIZER),
  },
  ...peers.map(({ peer }) => {
    const row = rowNamed(peer.label);
    const ours = rowNamed(peer.comparedWith === 'extract' ? PER_REPORT : TOKENIZER);
    return {
      id: peer.id,
      name: peer.label,
      version: peer.packageName === 'node' ? process.version : (packageVersion(peer.packageName) ?? '?'),
      row,
      ratio: ours.megabytesPerSecond / row.megabytesPerSecond,
      comparedWith: peer.comparedWith,
      f1: peer.entitiesSystemId === undefined ? undefined : entityF1.get(peer.entitiesSystemId),
    };
  }),
];

console.log(
  `\ngovtext-de bench: ${megabytesOf(text).toFixed(1)} MB German text from ${sources.join(' and ')}, ${tokenCount.toLocaleString('en')} tokens`,
);
console.log(`median of ${runs} interleaved rounds after a warm-up, single thread`);
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
console.log(
  table(
    ['govtext-de stage', 's', 'MB/s', 'tokens/s'],
    rows.map((row) => [
      row.name,
      row.seconds.toFixed(3),
      row.megabytesPerSecond.toFixed(1),
      fmtTokens(row.tokensPerSecond),
    ]),
  ),
);
const oneText = memory.get('govtext-de-one-text');
if (oneText)
  console.log(
    `\npeak RSS of extract() on the ${megabytesOf(text).toFixed(0)} MB text as one document, in a fresh process: ${oneText.peakRssMb.toFixed(0)} MB`,
  );
console.log(
  '\nside by side (tokens/s counts govtext-de tokens of the same text; peak RSS: a fresh process per system on its input):\n',
);
console.log(
  table(
    ['system', 'version', 'input', 'MB', 'MB/s', 'tokens/s', 'govtext-de ÷ it', 'peak RSS MB', 'entity F1 corpus'],
    sideBySide.map(({ id, name, version, row, ratio, comparedWith, f1 }) => [
      name,
      version,
      row.documents === 1 ? 'one text' : `${row.documents.toLocaleString('en')} reports`,
      row.megabytes.toFixed(1),
      row.megabytesPerSecond.toFixed(2),
      fmtTokens(row.tokensPerSecond),
      ratio === undefined ? '—' : `${ratio.toFixed(1)}× (${comparedWith})`,
      memory.get(id)?.peakRssMb.toFixed(0) ?? '—',
      f1 === undefined ? '—' : f1.toFixed(3),
    ]),
  ),
);
console.log(
  `\ncommand line (bench/cli.ts): --jobs 1 ${cli.jobs1.documentsPerSecond.toFixed(0)} docs/s, ${cli.jobs1.megabytesPerSecond.toFixed(2)} MB/s, peak RSS ${cli.jobs1.peakRssMb.toFixed(0)} MB; ` +
    `--jobs 2 ${cli.jobs2.documentsPerSecond.toFixed(0)} docs/s, ${cli.jobs2.megabytesPerSecond.toFixed(2)} MB/s, peak RSS ${cli.jobs2.peakRssMb.toFixed(0)} MB ` +
    `(${cli.jobs1.documents.toLocaleString('en')} documents, ${cli.jobs1.dumpMb} MB); machine ceiling ${cli.ceiling.speedupOverJobs1.toFixed(2)}×`,
);
console.log(`\nadversarial inputs, extract() on ${adversarialSize / 1e6} MB and twice that (ratio ≈ 2 means linear):`);
for (const row of adversarial) {
  console.log(
    `  ${row.name.padEnd(34)} ${row.megabytesPerSecond.toFixed(1).padStart(8)} MB/s   x2 size → x${row.scaling.toFixed(2)} time`,
  );
}
console.log(
  `\ncold start (fresh process): ${
    cold === undefined
      ? 'n/a (run npm run build)'
      : `import ${cold.importMs.toFixed(0)} ms + first extract with gazetteer load ${cold.firstExtractMs.toFixed(0)} ms = ${cold.totalMs.toFixed(0)} ms; NER model (govtext-de/ner) import + decode ${cold.modelLoadMs.toFixed(0)} ms`
  }`,
);
console.log(`topics and keyphrases add ${topicCostPercent.toFixed(1)} % to extract() time`);
console.log(
  `the NER model, when turned on, adds ${modelCostPercent.toFixed(1)} % to extract() time; model file ${(modelFileBytes / 1e6).toFixed(2)} MB`,
);
if (bundle) {
  const parts = Object.entries(bundle.byPackage)
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KB`)
    .join(', ');
  console.log(
    `browser bundle (esbuild, minified): ${(bundle.bytes / 1024).toFixed(0)} KB, ${(bundle.gzipBytes / 1024).toFixed(0)} KB gzipped — ${parts}`,
  );
}

const full = rowNamed(FULL_RECORD);
const perReport = rowNamed(PER_REPORT);
const wink = rowNamed(PEER_SYSTEMS.find((peer) => peer.id === 'wink-nlp')!.label);
const floor = rowNamed(PEER_SYSTEMS.find((peer) => peer.id === 'regex-whitespace')!.label);
const tokenizerShare = rowNamed(TOKENIZER).megabytesPerSecond / floor.megabytesPerSecond;
const targets = {
  extractMegabytesPerSecond: { target: 3, value: full.megabytesPerSecond, met: full.megabytesPerSecond >= 3 },
  extractOverWinkReadDoc: {
    target: 1,
    value: perReport.megabytesPerSecond / wink.megabytesPerSecond,
    met: perReport.megabytesPerSecond >= wink.megabytesPerSecond,
  },
  tokenizerOverRegexSplit: { target: 0.5, value: tokenizerShare, met: tokenizerShare >= 0.5 },
  coldStartMs: { target: 300, value: cold?.totalMs ?? null, met: cold === undefined ? null : cold.totalMs <= 300 },
  cliJobs2OverJobs1: {
    target: 1.7,
    value: cli.speedupJobs2OverJobs1,
    met: cli.speedupJobs2OverJobs1 >= 1.7,
    machineCeiling: cli.ceiling.speedupOverJobs1,
  },
};
const verdict = (met: boolean | null): string => (met === null ? 'n/a' : met ? 'met' : 'NOT met');
console.log('\ntargets:');
console.log(
  `  full extract() ≥ 3 MB/s: ${full.megabytesPerSecond.toFixed(2)} MB/s on one text, ${perReport.megabytesPerSecond.toFixed(2)} MB/s report by report — ${verdict(targets.extractMegabytesPerSecond.met)}`,
);
console.log(
  `  full extract() ≥ wink-nlp readDoc, report by report: ${targets.extractOverWinkReadDoc.value.toFixed(2)}× — ${verdict(targets.extractOverWinkReadDoc.met)}`,
);
console.log(
  `  tokenizer ≥ 50 % of the bare split: ${(100 * tokenizerShare).toFixed(0)} % (token strings ${(
    (100 * rowNamed('tokenizer → token strings').megabytesPerSecond) /
    floor.megabytesPerSecond
  ).toFixed(
    0,
  )} %, tokenize() objects ${((100 * rowNamed('tokenize() objects + norm + stem').megabytesPerSecond) / floor.megabytesPerSecond).toFixed(0)} %) — ${verdict(
    targets.tokenizerOverRegexSplit.met,
  )}`,
);
console.log(
  `  cold start ≤ 300 ms: ${cold === undefined ? 'n/a' : `${cold.totalMs.toFixed(0)} ms`} — ${verdict(targets.coldStartMs.met)}`,
);
console.log(
  `  --jobs 2 ≥ 1.7× --jobs 1: ${cli.speedupJobs2OverJobs1.toFixed(2)}× — ${verdict(targets.cliJobs2OverJobs1.met)} (this machine's ceiling in the same run: ${cli.ceiling.speedupOverJobs1.toFixed(2)}×)`,
);

writeFileSync(
  join(root, 'bench', quick ? 'results-quick.json' : 'results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      quick,
      node: process.version,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      textSources: sources,
      textBytes: Buffer.byteLength(text),
      tokens: tokenCount,
      runs,
      rows,
      sideBySide: sideBySide.map(({ row, ...system }) => ({
        ...system,
        megabytes: row.megabytes,
        megabytesPerSecond: row.megabytesPerSecond,
        tokensPerSecond: row.tokensPerSecond,
        roundSeconds: row.roundSeconds,
        memory: memory.get(system.id),
      })),
      peakRssOneTextMb: oneText?.peakRssMb,
      commandLine: cli,
      targets,
      adversarial,
      coldStart: cold,
      topicCostPercent,
      modelCostPercent,
      modelFileBytes,
      browserBundle: bundle,
    },
    null,
    2,
  ) + '\n',
);
