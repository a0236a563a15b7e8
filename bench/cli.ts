// npx tsx bench/cli.ts [--size-mb 200] [--memory-size-mb 1000] [--quick] [--runs N] [--no-memory] [--build] [--results
// FILE]
//
// Benchmarks the built command (dist/cli.js) end to end on generated JSONL dumps:
//   1. generates (or reuses) dumps in os.tmpdir() by cycling corpus/*.txt, each
//      document prefixed with its own "Bericht N" line, with an id and a date;
//   2. runs `govtext extract DUMP -o OUT --jobs 1 --quiet` and `--jobs 2` on the
//      throughput dump (after a warm-up on a small dump): wall time, input MB/s,
//      documents/s, and the peak memory of the whole process tree (every 100 ms
//      the VmRSS of the process, which covers its worker threads, plus any child
//      processes found by walking /proc/*/stat; also the kernel's VmHWM);
//   3. runs `--jobs 2` on the larger memory dump and reports its peak RSS;
//   2b. runs single-thread extract() of dist/index.js over the same dump in a
//      fresh process (bench/extract-dump.ts): --jobs 1 is held against it;
//   2c. runs --jobs 2 --format parquet: what the Parquet tables add to the wall time;
//   3b. runs two independent --jobs 1 processes at once, each on half of the
//      throughput dump: the most two cores give this workload on this machine;
//   4. checks each output has exactly one line per input line, the exit status
//      is 0 and the first and last output ids match the input's;
//   5. prints a table and writes bench/cli-results.json (--quick:
//      bench/cli-results-quick.json).
// The issue's targets: jobs 2 ≥ 1.7× jobs 1 on 2 cores; peak RSS < 400 MB on a 1 GB dump.
//
// Options: --size-mb N (throughput dump, default 200), --memory-size-mb N (default
// 1000), --quick (20 MB and 50 MB), --runs N (runs per jobs value, median; default 1),
// --no-memory (skip step 3), --no-parquet (skip step 2c), --build (npm run build even when dist/cli.js exists),
// --results FILE (write the JSON there instead; npm run bench uses it).
// Dumps are kept for reuse (named by size); outputs are deleted after their check.

import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, hostname, release, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { median } from './measure.js';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const MB = 1_000_000;
const RSS_TARGET_MB = 400;
const SPEEDUP_TARGET = 1.7;
/** Issue 19: --jobs 1 at ≥ 85 % of single-thread extract(); Parquet adds ≤ 15 % to the wall time. */
const JOBS1_TARGET = 0.85;
const PARQUET_TARGET = 0.15;
const POLL_MS = 100;
const PAGE_SIZE = 4096;
const CLOCK_TICKS = 100; // USER_HZ on Linux

// ---------------------------------------------------------------- arguments

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return undefined;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} expects a value`);
  return value;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} expects a positive number, got "${raw}"`);
  return value;
}

const quick = process.argv.includes('--quick');
const sizeMb = positiveNumber('size-mb', quick ? 20 : 200);
const memorySizeMb = positiveNumber('memory-size-mb', quick ? 50 : 1000);
const runs = Math.round(positiveNumber('runs', 1));
const skipMemory = process.argv.includes('--no-memory');
const skipParquet = process.argv.includes('--no-parquet');
const forceBuild = process.argv.includes('--build');
const resultsPath = resolve(
  option('results') ?? join(root, 'bench', quick ? 'cli-results-quick.json' : 'cli-results.json'),
);

const log = (message: string): void => {
  process.stderr.write(`[bench:cli ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};

// ---------------------------------------------------------------- the dumps

interface Dump {
  path: string;
  bytes: number;
  lines: number;
  firstId: string;
  lastId: string;
}

function corpusTexts(): string[] {
  const folder = join(root, 'corpus');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}

/** Document N: the N-th corpus text (cycled), prefixed with its own report line. */
function documentLine(n: number, texts: readonly string[]): string {
  const month = String((n % 12) + 1).padStart(2, '0');
  const day = String((n % 28) + 1).padStart(2, '0');
  return JSON.stringify({
    id: `bericht-${n}`,
    text: `Bericht ${n}\n\n${texts[n % texts.length]!}`,
    date: `2024-${month}-${day}`,
  });
}

/** Writes documents until the file reaches `targetBytes`; writes to a temporary name, then renames. */
async function writeDump(path: string, targetBytes: number): Promise<void> {
  const texts = corpusTexts();
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  let bytes = 0;
  let lastReport = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const line = `${documentLine(n, texts)}\n`;
    bytes += Buffer.byteLength(line);
    if (!stream.write(line)) await new Promise<void>((done) => stream.once('drain', () => done()));
    if (bytes - lastReport >= 100 * MB) {
      lastReport = bytes;
      log(`  writing ${path}: ${(bytes / MB).toFixed(0)} / ${(targetBytes / MB).toFixed(0)} MB`);
    }
  }
  await new Promise<void>((done, fail) => stream.end((error?: Error | null) => (error ? fail(error) : done())));
  renameSync(partial, path);
}

/** Counts newline bytes, reading the file once (which also puts it in the page cache). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return lines;
}

/** The first and the last line of a file (the last line read from its end). */
function firstAndLastLine(path: string): [string, string] {
  const size = statSync(path).size;
  const readAt = (position: number, length: number): string => {
    const buffer = Buffer.alloc(length);
    const fd = openSync(path, 'r');
    try {
      const read = readSync(fd, buffer, 0, length, position);
      return buffer.subarray(0, read).toString('utf8');
    } finally {
      closeSync(fd);
    }
  };
  const head = readAt(0, Math.min(size, 1 << 20));
  const first = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
  const tailLength = Math.min(size, 1 << 20);
  const tail = readAt(size - tailLength, tailLength).replace(/\n$/, '');
  const last = tail.slice(tail.lastIndexOf('\n') + 1);
  return [first, last];
}

function idOf(line: string): string {
  try {
    return String((JSON.parse(line) as { id?: unknown }).id);
  } catch {
    return `(unparsable line: ${line.slice(0, 60)}…)`;
  }
}

async function prepareDump(megabytes: number): Promise<Dump> {
  const targetBytes = Math.round(megabytes * MB);
  const path = join(tmpdir(), `govtext-bench-${megabytes}mb.jsonl`);
  // One document is at most ~7 KB: a file of the right size ends within one document of the target.
  const reusable = existsSync(path) && statSync(path).size >= targetBytes && statSync(path).size < targetBytes + 16_384;
  if (reusable) {
    log(`reusing ${path} (${(statSync(path).size / MB).toFixed(1)} MB)`);
  } else {
    log(`generating ${path} (${megabytes} MB)`);
    const started = performance.now();
    await writeDump(path, targetBytes);
    log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const lines = await countLines(path);
  const [first, last] = firstAndLastLine(path);
  return { path, bytes: statSync(path).size, lines, firstId: idOf(first), lastId: idOf(last) };
}

// ---------------------------------------------------------------- /proc sampling

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses). */
function statFields(text: string): string[] {
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** The pid and all its descendants, by the parent pids in /proc/*\/stat. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    if (stat === undefined) continue;
    const ppid = Number(statFields(stat)[1]); // field 4: ppid
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift()!;
    tree.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return tree;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readProc(`/proc/${pid}/status`);
  const match = status === undefined ? null : new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}

/** CPU seconds (user + system) of each thread of the process; the main thread has tid = pid. */
function threadCpu(pid: number): Map<number, number> {
  const result = new Map<number, number>();
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return result;
  }
  for (const tid of tasks) {
    const stat = readProc(`/proc/${pid}/task/${tid}/stat`);
    if (stat === undefined) continue;
    const fields = statFields(stat);
    result.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS); // utime, stime
  }
  return result;
}

function bytesRead(pid: number): number {
  const io = readProc(`/proc/${pid}/io`);
  const match = io === undefined ? null : /^rchar:\s+(\d+)/m.exec(io);
  return match ? Number(match[1]) : 0;
}

// ---------------------------------------------------------------- one run

interface Run {
  jobs: number;
  dumpMb: number;
  seconds: number;
  megabytesPerSecond: number;
  documentsPerSecond: number;
  /** Maximum over the 100 ms samples of the summed VmRSS of the process tree. */
  peakRssMb: number;
  /** The kernel's own peak RSS of the main process (VmHWM), read at the last sample. */
  peakHwmMb: number;
  samples: number;
  /** CPU seconds: the whole process, its main thread, and its busiest other threads. */
  cpuSeconds: number;
  mainThreadCpuSeconds: number;
  busiestThreadsCpuSeconds: number[];
  exitCode: number | null;
  outputLines: number;
  inputLines: number;
  linesMatch: boolean;
  orderOk: boolean;
  outputMb: number;
}

let outputCounter = 0;

async function runExtract(
  dump: Dump,
  jobs: number,
  label: string,
  format: 'jsonl' | 'parquet' = 'jsonl',
): Promise<Run> {
  const output = join(tmpdir(), `govtext-bench-out-${process.pid}-${outputCounter++}.${format}`);
  rmSync(output, { force: true, recursive: true });
  const started = performance.now();
  const args = [cli, 'extract', dump.path, '-o', output, '--jobs', String(jobs), '--quiet', '--format', format];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const pid = child.pid!;
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString('utf8');
  });

  let peakRssKb = 0;
  let peakHwmKb = 0;
  let samples = 0;
  const cpu = new Map<number, number>();
  let lastProgress = started;
  const sample = (): void => {
    let rss = 0;
    for (const member of processTree(pid)) rss += statusKb(member, 'VmRSS');
    const hwm = statusKb(pid, 'VmHWM');
    if (rss === 0) return; // exited between the tree walk and the read
    samples++;
    peakRssKb = Math.max(peakRssKb, rss);
    peakHwmKb = Math.max(peakHwmKb, hwm);
    // Threads that exit (workers at the end) keep the last CPU time seen.
    for (const [tid, seconds] of threadCpu(pid)) cpu.set(tid, Math.max(seconds, cpu.get(tid) ?? 0));
    const now = performance.now();
    if (now - lastProgress >= 10_000) {
      lastProgress = now;
      const seconds = (now - started) / 1000;
      const fraction = Math.min(1, bytesRead(pid) / dump.bytes);
      const eta = fraction > 0.01 ? (seconds / fraction - seconds).toFixed(0) : '?';
      log(
        `  ${label}: ${(fraction * 100).toFixed(0)}% read, ${seconds.toFixed(0)} s, ` +
          `${((fraction * dump.bytes) / MB / seconds).toFixed(1)} MB/s, RSS ${(rss / 1024).toFixed(0)} MB (peak ${(peakRssKb / 1024).toFixed(0)}), ETA ${eta} s`,
      );
    }
  };
  const timer = setInterval(sample, POLL_MS);
  sample();
  const exitCode = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => done(code));
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  if (exitCode !== 0) log(`  ${label}: exit status ${exitCode}\n${stderr}`);

  // Parquet tables are checked by test/cli/parquet.test.ts, not here: their lines stand for the JSONL runs.
  const outputExists = format === 'jsonl' && existsSync(output);
  const outputLines = outputExists ? await countLines(output) : format === 'jsonl' ? 0 : dump.lines;
  let orderOk = format !== 'jsonl';
  if (outputExists && outputLines > 0) {
    const [first, last] = firstAndLastLine(output);
    orderOk = idOf(first) === dump.firstId && idOf(last) === dump.lastId;
  }
  const outputMb = existsSync(output) ? sizeOf(output) / MB : 0;
  rmSync(output, { force: true, recursive: true });

  const threadTimes = [...cpu]
    .filter(([tid]) => tid !== pid)
    .map(([, t]) => t)
    .sort((a, b) => b - a);
  const mainCpu = cpu.get(pid) ?? 0;
  return {
    jobs,
    dumpMb: dump.bytes / MB,
    seconds,
    megabytesPerSecond: dump.bytes / MB / seconds,
    documentsPerSecond: dump.lines / seconds,
    peakRssMb: peakRssKb / 1024,
    peakHwmMb: peakHwmKb / 1024,
    samples,
    cpuSeconds: mainCpu + threadTimes.reduce((sum, t) => sum + t, 0),
    mainThreadCpuSeconds: mainCpu,
    busiestThreadsCpuSeconds: threadTimes.slice(0, 4),
    exitCode,
    outputLines,
    inputLines: dump.lines,
    linesMatch: outputLines === dump.lines,
    orderOk,
    outputMb,
  };
}

/** Bytes of a file, or of the files in a folder. */
function sizeOf(path: string): number {
  if (!statSync(path).isDirectory()) return statSync(path).size;
  return readdirSync(path).reduce((sum, name) => sum + statSync(join(path, name)).size, 0);
}

/** Single-thread extract() of the built package over the same dump, in a fresh process (bench/extract-dump.ts). */
function measureLibrary(dump: Dump): { seconds: number; cpuSeconds: number; megabytesPerSecond: number } {
  log(`extract() in one thread on the same dump (bench/extract-dump.ts)`);
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench', 'extract-dump.ts'), dump.path],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const result = JSON.parse(output) as { seconds: number; cpuSeconds: number; megabytesPerSecond: number };
  log(`  ${result.seconds.toFixed(1)} s in extract(), ${result.megabytesPerSecond.toFixed(2)} MB/s`);
  return result;
}

/** `runs` runs; the one with the median time, with the highest peak memory of all of them. */
async function measure(dump: Dump, jobs: number, label: string, format: 'jsonl' | 'parquet' = 'jsonl'): Promise<Run> {
  const all: Run[] = [];
  for (let r = 0; r < runs; r++) {
    log(
      `${label} (${(dump.bytes / MB).toFixed(0)} MB, ${dump.lines} documents)${runs > 1 ? `, run ${r + 1}/${runs}` : ''}`,
    );
    const run = await runExtract(dump, jobs, label, format);
    log(
      `  ${run.seconds.toFixed(1)} s, ${run.megabytesPerSecond.toFixed(2)} MB/s, peak RSS ${run.peakRssMb.toFixed(0)} MB` +
        `, ${run.outputLines}/${run.inputLines} lines${run.linesMatch ? '' : ' MISMATCH'}`,
    );
    all.push(run);
  }
  const middle = median(all.map((r) => r.seconds));
  const chosen = all.find((r) => r.seconds === middle)!;
  return {
    ...chosen,
    peakRssMb: Math.max(...all.map((r) => r.peakRssMb)),
    peakHwmMb: Math.max(...all.map((r) => r.peakHwmMb)),
    linesMatch: all.every((r) => r.linesMatch),
    orderOk: all.every((r) => r.orderOk),
  };
}

// ---------------------------------------------------------------- the machine's ceiling

/** The dump's first and second half (by lines), written once beside it. */
async function halves(dump: Dump): Promise<[Dump, Dump]> {
  const paths = [dump.path.replace(/\.jsonl$/, '.half1.jsonl'), dump.path.replace(/\.jsonl$/, '.half2.jsonl')] as const;
  const fresh = (path: string): boolean => existsSync(path) && statSync(path).mtimeMs >= statSync(dump.path).mtimeMs;
  if (!paths.every(fresh)) {
    const cut = Math.floor(dump.lines / 2);
    const outs = paths.map((path) => createWriteStream(`${path}.partial`));
    let line = 0;
    let rest = '';
    const put = async (text: string, to: number): Promise<void> => {
      if (!outs[to]!.write(text)) await new Promise<void>((done) => outs[to]!.once('drain', () => done()));
    };
    for await (const chunk of createReadStream(dump.path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const part of parts) await put(`${part}\n`, line++ < cut ? 0 : 1);
    }
    if (rest !== '') await put(rest, 1);
    await Promise.all(outs.map((out) => new Promise<void>((done) => out.end(() => done()))));
    paths.forEach((path) => renameSync(`${path}.partial`, path));
  }
  const describe = async (path: string): Promise<Dump> => {
    const [first, last] = firstAndLastLine(path);
    return {
      path,
      bytes: statSync(path).size,
      lines: await countLines(path),
      firstId: idOf(first),
      lastId: idOf(last),
    };
  };
  return [await describe(paths[0]), await describe(paths[1])];
}

/**
 * What two cores give this workload at best: two independent `--jobs 1`
 * processes, each on half of the dump, at the same time. Where memory
 * bandwidth or a shared cache is the limit (as on some virtual machines),
 * this is well below 2×, and no threading inside govtext can beat it.
 */
async function machineCeiling(dump: Dump): Promise<{ seconds: number; halves: Run[] }> {
  const parts = await halves(dump);
  log(
    `ceiling: two --jobs 1 processes at once, each on half the dump (${parts.map((p) => p.lines).join(' + ')} documents)`,
  );
  const started = performance.now();
  const runs = await Promise.all(parts.map((part, i) => runExtract(part, 1, `ceiling half ${i + 1}`)));
  const seconds = (performance.now() - started) / 1000;
  log(`  ${seconds.toFixed(1)} s for both`);
  return { seconds, halves: runs };
}

// ---------------------------------------------------------------- main

function ensureBuilt(): void {
  if (forceBuild || !existsSync(cli)) {
    log('building (npm run build)');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    return;
  }
  const built = statSync(cli).mtimeMs;
  const newer: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs > built) newer.push(path.slice(root.length + 1));
    }
  };
  walk(join(root, 'src'));
  if (newer.length > 0) log(`warning: dist/cli.js is older than ${newer.join(', ')}; pass --build to rebuild`);
}

const fmt = (value: number, digits: number): string => value.toFixed(digits);

async function main(): Promise<void> {
  ensureBuilt();
  const warmup = await prepareDump(2);
  const dump = await prepareDump(sizeMb);
  const memoryDump = skipMemory ? undefined : await prepareDump(memorySizeMb);

  log('warm-up: --jobs 1 and --jobs 2 on the 2 MB dump');
  await runExtract(warmup, 1, 'warm-up jobs 1');
  await runExtract(warmup, 2, 'warm-up jobs 2');

  const jobs1 = await measure(dump, 1, 'throughput --jobs 1');
  const library = measureLibrary(dump);
  const jobs2 = await measure(dump, 2, 'throughput --jobs 2');
  const parquet = skipParquet ? undefined : await measure(dump, 2, 'parquet --jobs 2', 'parquet');
  const ceiling = await machineCeiling(dump);
  const memory = memoryDump === undefined ? undefined : await measure(memoryDump, 2, 'memory --jobs 2');

  const speedup = jobs1.seconds / jobs2.seconds;
  const ceilingSpeedup = jobs1.seconds / ceiling.seconds;
  const all = [jobs1, jobs2, ...(memory ? [memory] : [])];
  const jobs1Share = jobs1.megabytesPerSecond / library.megabytesPerSecond;
  const parquetAdds = parquet === undefined ? undefined : parquet.seconds / jobs2.seconds - 1;
  const linesOk = all.every((r) => r.linesMatch && r.orderOk && r.exitCode === 0);
  const memoryPeak = memory?.peakRssMb;

  const rows = [
    ['run', 'dump MB', 'docs', 'seconds', 'MB/s', 'docs/s', 'peak RSS MB', 'VmHWM MB', 'CPU s (main)', 'lines ok'],
    ...all.map((r, i) => [
      i === 2 ? `memory --jobs ${r.jobs}` : `--jobs ${r.jobs}`,
      fmt(r.dumpMb, 1),
      String(r.inputLines),
      fmt(r.seconds, 1),
      fmt(r.megabytesPerSecond, 2),
      fmt(r.documentsPerSecond, 0),
      fmt(r.peakRssMb, 0),
      fmt(r.peakHwmMb, 0),
      `${fmt(r.cpuSeconds, 0)} (${fmt(r.mainThreadCpuSeconds, 1)})`,
      r.linesMatch && r.orderOk && r.exitCode === 0
        ? 'yes'
        : `NO (${r.outputLines}/${r.inputLines}, exit ${r.exitCode})`,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const table = rows
    .map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
  const verdicts = [
    `speedup --jobs 2 / --jobs 1: ${fmt(speedup, 2)}× (target ≥ ${SPEEDUP_TARGET}×: ${speedup >= SPEEDUP_TARGET ? 'met' : 'NOT met'})`,
    `this machine's ceiling, two independent --jobs 1 processes on half the dump each: ${fmt(ceilingSpeedup, 2)}× (${fmt(ceiling.seconds, 1)} s); --jobs 2 reaches ${fmt((100 * speedup) / ceilingSpeedup, 0)} % of it`,
    memoryPeak === undefined
      ? 'memory run skipped'
      : `peak RSS on the ${fmt(memory!.dumpMb, 0)} MB dump, --jobs 2: ${fmt(memoryPeak, 0)} MB (target < ${RSS_TARGET_MB} MB: ${memoryPeak < RSS_TARGET_MB ? 'met' : 'NOT met'})`,
    `one output line per input line, in order, exit status 0: ${linesOk ? 'yes' : 'NO'}`,
    `--jobs 1 against single-thread extract() on the same dump: ${fmt(jobs1.megabytesPerSecond, 2)} against ${fmt(library.megabytesPerSecond, 2)} MB/s, ${fmt(100 * jobs1Share, 0)} % (target ≥ ${100 * JOBS1_TARGET} %: ${jobs1Share >= JOBS1_TARGET ? 'met' : 'NOT met'}); CPU: ${fmt(library.cpuSeconds, 1)} s in extract() against ${fmt(jobs1.cpuSeconds, 1)} s for the command, ${fmt((100 * library.cpuSeconds) / jobs1.cpuSeconds, 0)} %`,
    parquetAdds === undefined
      ? 'parquet run skipped'
      : `--format parquet --jobs 2: ${fmt(parquet!.seconds, 1)} s against ${fmt(jobs2.seconds, 1)} s for JSONL, ${parquetAdds >= 0 ? '+' : ''}${fmt(100 * parquetAdds, 1)} % (target ≤ +${100 * PARQUET_TARGET} %: ${parquetAdds <= PARQUET_TARGET ? 'met' : 'NOT met'}); tables ${fmt(parquet!.outputMb, 1)} MB against ${fmt(jobs2.outputMb, 1)} MB of JSONL`,
  ];
  process.stdout.write(`\n${table}\n\n${verdicts.join('\n')}\n`);

  const results = {
    date: new Date().toISOString(),
    machine: {
      hostname: hostname(),
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
      kernel: release(),
    },
    node: process.version,
    command: `node dist/cli.js extract DUMP -o OUT --jobs N --quiet`,
    runsPerJobs: runs,
    pollMs: POLL_MS,
    sizes: {
      throughputDumpMb: Number(fmt(dump.bytes / MB, 1)),
      throughputDocuments: dump.lines,
      memoryDumpMb: memoryDump ? Number(fmt(memoryDump.bytes / MB, 1)) : null,
      memoryDocuments: memoryDump?.lines ?? null,
    },
    jobs1: summary(jobs1),
    library: {
      description:
        'single-thread extract() of dist/index.js over the same dump, in a fresh process (bench/extract-dump.ts)',
      seconds: Number(fmt(library.seconds, 2)),
      cpuSeconds: Number(fmt(library.cpuSeconds, 2)),
      megabytesPerSecond: Number(fmt(library.megabytesPerSecond, 3)),
      jobs1Share: Number(fmt(jobs1Share, 3)),
    },
    jobs2: summary(jobs2),
    parquet: parquet === undefined ? null : { ...summary(parquet), addsToJobs2: Number(fmt(parquetAdds!, 3)) },
    memory: memory ? summary(memory) : null,
    speedupJobs2OverJobs1: Number(fmt(speedup, 3)),
    ceiling: {
      description: 'two --jobs 1 processes at the same time, each on half of the throughput dump',
      seconds: Number(fmt(ceiling.seconds, 2)),
      speedupOverJobs1: Number(fmt(ceilingSpeedup, 3)),
      halves: ceiling.halves.map(summary),
    },
    targets: {
      speedup: { target: SPEEDUP_TARGET, met: speedup >= SPEEDUP_TARGET },
      peakRssMb: { target: RSS_TARGET_MB, met: memoryPeak === undefined ? null : memoryPeak < RSS_TARGET_MB },
      linesMatch: linesOk,
    },
  };
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${relative(root, resultsPath)}`);
}

function summary(run: Run) {
  return {
    jobs: run.jobs,
    dumpMb: Number(fmt(run.dumpMb, 1)),
    documents: run.inputLines,
    seconds: Number(fmt(run.seconds, 2)),
    megabytesPerSecond: Number(fmt(run.megabytesPerSecond, 3)),
    documentsPerSecond: Number(fmt(run.documentsPerSecond, 1)),
    peakRssMb: Number(fmt(run.peakRssMb, 1)),
    peakHwmMb: Number(fmt(run.peakHwmMb, 1)),
    rssSamples: run.samples,
    cpuSeconds: Number(fmt(run.cpuSeconds, 1)),
    mainThreadCpuSeconds: Number(fmt(run.mainThreadCpuSeconds, 1)),
    busiestOtherThreadsCpuSeconds: run.busiestThreadsCpuSeconds.map((t) => Number(fmt(t, 1))),
    outputMb: Number(fmt(run.outputMb, 1)),
    outputLines: run.outputLines,
    inputLines: run.inputLines,
    linesMatch: run.linesMatch,
    firstAndLastIdsMatch: run.orderOk,
    exitCode: run.exitCode,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
