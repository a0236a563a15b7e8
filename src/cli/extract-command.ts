// govtext extract: reads documents, extracts them in batches on worker threads,
// writes one output line per input document in input order, shows progress.
// Faults end it cleanly: an input that breaks off gets an error line and the
// run goes on (exit status 1); an output that cannot take more is cut back to
// its last complete document (exit status 2); SIGINT and SIGTERM stop it after
// the batch being written (exit status 130 and 143). Each says in one line
// what happened, how many documents the output holds, and how to go on.

import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { BatchItem, BatchOptions, BatchOutput, TopicOptions } from './extract-batch.js';
import { OutputProblem } from './faults.js';
import { type InputItem, type InputOptions, InputProblem, expandPaths, isUnparsed, readDocuments } from './inputs.js';
import { type LineSink, lastLine, prepareResume } from './outputs.js';
import { type OutputFormat, TABLE_FORMATS, openSink } from './sinks.js';
import { type BatchRunner, createRunner } from './pool.js';

export interface ExtractCommandOptions {
  paths: string[];
  textField: string;
  idField: string;
  output: string | undefined;
  format: OutputFormat;
  jobs: number;
  resume: boolean;
  maxChars: number;
  quiet: boolean;
  inputFormat?: 'text' | 'html';
  stdin?: 'jsonl' | 'text';
  /** Each document's source instead of FILE:LINE (InputOptions.source). */
  source?: string;
  /** Exit status 0 even when some documents failed. */
  errorsOk?: boolean;
  /** --topic-min-score and --topic-candidates, passed to extract() in every worker. */
  topics?: TopicOptions;
  /** The command's arguments after `extract`, to say how to resume. */
  args?: string[];
}

const BATCH_OUTPUT = {
  jsonl: 'records',
  csv: 'records',
  parquet: 'tables',
  conll: 'conll',
  spacy: 'spacy',
} as const satisfies Record<OutputFormat, BatchOptions['output']>;

/** A batch closes at this many documents or characters, whichever comes first. */
const BATCH_DOCUMENTS = 64;
const BATCH_CHARACTERS = 1_000_000;

const SIGNAL_STATUS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
type StopSignal = keyof typeof SIGNAL_STATUS;

export async function extractCommand(options: ExtractCommandOptions): Promise<number> {
  const files = withoutOutput(expandPaths(options.paths), options.output);
  const skip = options.resume ? prepareResume(options.output!) : 0;
  const lastKept = skip > 0 ? lastLine(options.output!) : undefined;
  const sink: LineSink = await openSink(options.format, options.output, options.resume);
  const input: InputOptions = {
    textField: options.textField,
    idField: options.idField,
    maxChars: options.maxChars,
    ...(options.inputFormat && { inputFormat: options.inputFormat }),
    ...(options.stdin && { stdin: options.stdin }),
    ...(options.source === undefined ? {} : { source: options.source }),
  };
  const batches: BatchOptions = {
    ...input,
    output: BATCH_OUTPUT[options.format],
    ...(options.topics && { topics: options.topics }),
  };
  const runner = await createRunner(options.jobs, new URL('./cli-worker.js', import.meta.url), batches);
  const progress = createProgress(options, files);
  const say = (message: string): void => {
    progress?.clear();
    process.stderr.write(`govtext: ${message}\n`);
  };

  let stopping = false;
  const stop = (signal: StopSignal): void => {
    if (stopping) process.exit(SIGNAL_STATUS[signal]);
    stopping = true;
    // File writes are synchronous: no batch is half in the file now. Standard output may still be flushing.
    progress?.stop();
    const closed = sink
      .close()
      .catch((error: unknown) => say(error instanceof OutputProblem ? error.message : `${error}`));
    void closed.finally(() => {
      say(`stopped by ${signal}; ${holds(options, skip + sink.documents)}; ${howToGoOn(options)}`);
      process.exit(SIGNAL_STATUS[signal]);
    });
  };
  for (const signal of Object.keys(SIGNAL_STATUS) as StopSignal[]) process.on(signal, stop);

  let failed = 0;
  const inFlight: Promise<BatchOutput>[] = [];
  const drainOldest = async (): Promise<void> => {
    const output = await inFlight.shift()!;
    if (stopping) return;
    await sink.write(output.bytes);
    failed += output.failed;
    progress?.update(sink.documents);
  };

  try {
    let batch: BatchItem[] = [];
    let characters = 0;
    const submit = async (): Promise<void> => {
      if (batch.length === 0) return;
      inFlight.push(runner.run(batch));
      batch = [];
      characters = 0;
      while (inFlight.length >= runner.capacity) await drainOldest();
    };
    for await (const item of readDocuments(files, input, process.stdin, say)) {
      if (stopping) break;
      if (item.seq < skip) {
        if (item.seq === skip - 1) await checkResume(item, lastKept, runner, options);
        continue;
      }
      batch.push(item satisfies InputItem);
      // An unparsed line's bytes stand in for its characters: a bound on them.
      characters += isUnparsed(item) ? item.json.length : (item.text?.length ?? 0);
      progress?.read(item.bytes ?? 0);
      if (batch.length >= BATCH_DOCUMENTS || characters >= BATCH_CHARACTERS) await submit();
    }
    await submit();
    while (inFlight.length > 0) await drainOldest();
    progress?.stop();
    await sink.close();
  } catch (error) {
    if (!(error instanceof OutputProblem)) throw error;
    progress?.stop();
    if (options.output !== undefined && !isRegularFile(options.output)) {
      say(`${error.message}; it is no regular file, so the run cannot be resumed there`);
      return 2;
    }
    const written = holds(options, skip + sink.documents, error.cutShort);
    say(
      `${error.message}; ${written}; ${howToGoOn(options, error.full ? 'once there is room' : 'once it can be written')}`,
    );
    return 2;
  } finally {
    await runner.close();
    for (const signal of Object.keys(SIGNAL_STATUS) as StopSignal[]) process.off(signal, stop);
  }
  if (stopping) return new Promise(() => {}); // stop() ends the process
  if (!options.quiet && options.resume && skip > 0) say(`resumed after ${skip} documents already written`);
  if (!options.quiet && options.output !== undefined) {
    const written = sink.documents;
    const what = TABLE_FORMATS.includes(options.format) ? `as ${options.format} tables in` : 'to';
    process.stderr.write(
      `govtext extract: ${written} document${written === 1 ? '' : 's'}${failed ? ` (${failed} failed, each with its error line)` : ''} written ${what} ${options.output}\n`,
    );
  }
  return failed > 0 && !options.errorsOk ? 1 : 0;
}

/**
 * A resumed file goes on only if its last record is what this command gives
 * for that document: the same inputs, options (--topic-min-score,
 * --topic-candidates, --input-format, --source …) and version. The command
 * keeps no other record of the options a file was written with.
 */
async function checkResume(
  item: InputItem,
  kept: Buffer | undefined,
  runner: BatchRunner,
  options: ExtractCommandOptions,
): Promise<void> {
  if (kept === undefined) return;
  const now = await runner.run([item]);
  if (Buffer.from(now.bytes).equals(kept)) return;
  throw new InputProblem(
    `cannot resume ${options.output}: its last record (document ${item.seq + 1}) is not what this command gives for that document now; resume with the inputs, options and govtext version the file was written with, or write a new file`,
  );
}

/**
 * The inputs without the output file: a folder that holds the output would
 * otherwise read the records back while writing them, without end.
 */
function withoutOutput(files: string[], output: string | undefined): string[] {
  if (output === undefined) return files;
  const real = (path: string): string => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const target = real(output);
  return files.filter((file) => file === '-' || real(file) !== target);
}

/** A plain file (or the CSV folder): what --resume or a rerun can continue, unlike a device or /proc. */
function isRegularFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isFile() || stats.isDirectory();
  } catch {
    return true;
  }
}

/** What the output holds now, in words. */
function holds(options: ExtractCommandOptions, documents: number, cutShort = false): string {
  const first = documents === 0 ? 'no document yet' : `the first ${documents} documents`;
  const where =
    options.output === undefined
      ? `${documents} documents were written to standard output`
      : TABLE_FORMATS.includes(options.format)
        ? `the tables in ${options.output} hold ${first}`
        : `${options.output} holds ${first}`;
  return cutShort ? `${where}, and may end in part of a line (it cannot be cut back)` : where;
}

/** How to continue or repeat the run; `when` the output can take more (after a fault). */
function howToGoOn(options: ExtractCommandOptions, when?: string): string {
  const prefix = when === undefined ? '' : `${when}, `;
  if (options.format !== 'jsonl')
    return `${prefix}run the command again (${FORMAT_NAMES[options.format]} cannot be resumed)`;
  if (options.output === undefined) return 'a run with -o FILE can be continued with --resume';
  const args = options.args ?? [...options.paths, '-o', options.output];
  const resume = args.includes('--resume') ? args : [...args, '--resume'];
  return `${prefix}continue with: govtext extract ${resume.map(shellWord).join(' ')}`;
}

const FORMAT_NAMES: Record<Exclude<OutputFormat, 'jsonl'>, string> = {
  csv: 'CSV tables',
  parquet: 'Parquet tables',
  conll: 'CoNLL output',
  spacy: 'spaCy output',
};

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

interface Progress {
  read(bytes: number): void;
  update(documents: number): void;
  /** Clears the bar's line, so that a message does not run into it. */
  clear(): void;
  stop(): void;
}

/**
 * A progress bar on standard error when it is a terminal: documents written,
 * MB/s and ETA by input bytes read (reading runs at most a few batches ahead).
 * Without a known total (standard input, gzip) it shows counts and speed only.
 */
function createProgress(options: ExtractCommandOptions, files: string[]): Progress | undefined {
  if (options.quiet || !process.stderr.isTTY) return undefined;
  const sizeKnown = files.every((file) => file !== '-' && !file.endsWith('.gz'));
  const sizeOf = (file: string): number => {
    try {
      return statSync(file).size;
    } catch {
      return 0; // read, and reported, in its place
    }
  };
  const totalBytes = sizeKnown ? files.reduce((sum, file) => sum + sizeOf(file), 0) : 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: totalBytes
        ? 'govtext {bar} {percentage}% | {documents} documents | {speed} MB/s | ETA {eta_formatted}'
        : 'govtext {documents} documents | {speed} MB/s',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let bytes = 0;
  bar.start(Math.max(1, totalBytes), 0, { documents: 0, speed: '0.0' });
  return {
    read(count) {
      bytes += count;
    },
    update(documents) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(Math.min(bytes, Math.max(1, totalBytes)), {
        documents,
        speed: (bytes / 1e6 / Math.max(seconds, 0.001)).toFixed(1),
      });
    },
    clear() {
      process.stderr.write('\r\x1b[K');
    },
    stop() {
      bar.stop();
    },
  };
}
