// npx tsx bench/dask.ts [--size-mb 40] [--partitions 8] [--results FILE]
//
// Throughput of the Dask recipe (examples/dask/govtext_dask.py) on this
// machine, beside its ceiling, as bench/cli.ts measures the command:
//   1. writes a JSONL dump of the corpus reports (as bench/cli.ts does) in
//      --partitions shard files, one Dask partition each;
//   2. one `govtext extract --jobs 1` process on the whole dump: the per-core
//      throughput;
//   3. the ceiling: two independent --jobs 1 processes at once, each on half
//      the shards — the most two cores give this workload here;
//   4. the recipe on a cluster of 1 worker, then of 2 workers (a scheduler and
//      single-threaded workers as separate processes, scripts/dask-cluster.ts);
//      each run's parts are checked for one line per input line;
//   5. prints the table, the share of the ceiling that 2 workers reach (target
//      ≥ 85 %), a paper estimate for a 100 GB dump from the per-core figure,
//      and writes bench/dask-results.json.
// Needs the build (dist/cli.js) and Debian's python3-distributed.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PYTHON, daskMissing, startCluster } from '../scripts/dask-cluster.js';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const recipe = join(root, 'examples', 'dask', 'govtext_dask.py');
const MB = 1_000_000;
const CEILING_SHARE_TARGET = 0.85;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} expects a positive number`);
  return value;
}
const sizeMb = option('size-mb', 40);
const partitions = Math.round(option('partitions', 8));
const resultsAt = process.argv.indexOf('--results');
const resultsPath = resultsAt === -1 ? join(root, 'bench', 'dask-results.json') : resolve(process.argv[resultsAt + 1]!);
const log = (message: string): void => void process.stderr.write(`[bench:dask] ${message}\n`);

function writeShards(folder: string): { bytes: number; documents: number; files: string[] } {
  const corpus = join(root, 'corpus');
  const texts = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(corpus, name), 'utf8'));
  const lines: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < sizeMb * MB; n++) {
    const line = `${JSON.stringify({ id: `bericht-${n}`, text: `Bericht ${n}\n\n${texts[n % texts.length]!}`, date: '2024-09-11' })}\n`;
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  const per = Math.ceil(lines.length / partitions);
  for (let p = 0; p < partitions; p++) {
    const file = join(folder, `shard-${String(p).padStart(3, '0')}.jsonl`);
    writeFileSync(file, lines.slice(p * per, (p + 1) * per).join(''));
    files.push(file);
  }
  return { bytes, documents: lines.length, files };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} exited with ${code}: ${stderr}`))));
  });
}

async function timed(what: string, work: () => Promise<void>): Promise<number> {
  log(what);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  log(`  ${seconds.toFixed(1)} s`);
  return seconds;
}

function countLines(folder: string): number {
  return readdirSync(folder).reduce(
    (sum, name) =>
      sum +
      readFileSync(join(folder, name), 'utf8')
        .split('\n')
        .filter((line) => line !== '').length,
    0,
  );
}

async function main(): Promise<void> {
  const missing = daskMissing();
  if (missing !== undefined) throw new Error(`bench/dask.ts: ${missing}`);
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const work = join(tmpdir(), `govtext-bench-dask-${process.pid}`);
  const shards = writeShards(join(work, 'shards'));
  log(`${(shards.bytes / MB).toFixed(1)} MB, ${shards.documents} documents in ${partitions} shards`);
  const extract = (inputs: string[], output: string) =>
    run(process.execPath, [cli, 'extract', ...inputs, '-o', output, '--jobs', '1', '--quiet', '--source', 'dump']);

  const single = await timed('one govtext extract --jobs 1 process on the whole dump', () =>
    extract(shards.files, join(work, 'single.jsonl')),
  );
  const half = Math.ceil(partitions / 2);
  const ceiling = await timed('ceiling: two --jobs 1 processes at once, each on half the shards', async () => {
    await Promise.all([
      extract(shards.files.slice(0, half), join(work, 'half1.jsonl')),
      extract(shards.files.slice(half), join(work, 'half2.jsonl')),
    ]);
  });

  const onCluster = async (workers: number): Promise<number> => {
    const cluster = await startCluster(workers);
    const output = join(work, `out-${workers}`);
    try {
      const seconds = await timed(`the recipe on ${workers} worker${workers > 1 ? 's' : ''}`, () =>
        run(PYTHON, [
          recipe,
          '--scheduler-file',
          cluster.schedulerFile,
          join(work, 'shards', '*.jsonl'),
          output,
          '--command',
          `"${process.execPath}" "${cli}"`,
        ]),
      );
      const lines = countLines(output);
      if (lines !== shards.documents)
        throw new Error(`${workers} workers wrote ${lines} lines for ${shards.documents}`);
      return seconds;
    } finally {
      await cluster.stop();
    }
  };
  const oneWorker = await onCluster(1);
  const twoWorkers = await onCluster(2);
  rmSync(work, { recursive: true, force: true });

  const mbps = (seconds: number): number => shards.bytes / MB / seconds;
  const share = ceiling / twoWorkers;
  const perCore = mbps(single);
  const rows = [
    ['run', 'seconds', 'MB/s', 'documents/s'],
    ['govtext extract --jobs 1, one process', single],
    ['ceiling: two --jobs 1 processes on halves', ceiling],
    ['Dask, 1 worker', oneWorker],
    ['Dask, 2 workers', twoWorkers],
  ].map((row, i) =>
    i === 0
      ? (row as string[])
      : [
          row[0] as string,
          (row[1] as number).toFixed(1),
          mbps(row[1] as number).toFixed(2),
          (shards.documents / (row[1] as number)).toFixed(0),
        ],
  );
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const table = rows.map((row) =>
    row.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '),
  );
  const estimate = [1, 10, 50].map((machines) => {
    const cores = 8;
    const hours = 100_000 / (perCore * cores * machines * Math.min(share, 1)) / 3600;
    return { machines, coresEach: cores, hours: Number(hours.toFixed(2)) };
  });
  const lines = [
    ...table,
    '',
    `2 workers: ${(oneWorker / twoWorkers).toFixed(2)}× 1 worker; ${(100 * share).toFixed(0)} % of the ceiling (target ≥ ${100 * CEILING_SHARE_TARGET} %: ${share >= CEILING_SHARE_TARGET ? 'met' : 'NOT met'})`,
    `per core: ${perCore.toFixed(2)} MB/s, so 100 GB take ${(100_000 / perCore / 3600).toFixed(1)} core-hours; at the 2-worker share of the ceiling:`,
    ...estimate.map((e) => `  ${e.machines} machine${e.machines > 1 ? 's' : ''} of ${e.coresEach} cores: ${e.hours} h`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  writeFileSync(
    resultsPath,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism() },
        node: process.version,
        dump: { megabytes: Number((shards.bytes / MB).toFixed(1)), documents: shards.documents, partitions },
        seconds: { single, ceiling, oneWorker, twoWorkers },
        twoWorkersShareOfCeiling: Number(share.toFixed(3)),
        perCoreMegabytesPerSecond: Number(perCore.toFixed(3)),
        estimate100Gb: estimate,
      },
      null,
      2,
    )}\n`,
  );
  log(`wrote ${resultsPath}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
