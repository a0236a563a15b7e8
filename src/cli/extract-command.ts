// govtext extract: reads documents, extracts them in batches on worker threads,
// writes one output line per input document in input order, shows progress.

import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { BatchItem, BatchOptions, BatchOutput } from './extract-batch.js';
import { type InputItem, type InputOptions, expandPaths, isUnparsed, readDocuments } from './inputs.js';
import { type LineSink, prepareResume } from './outputs.js';
import { type OutputFormat, openSink } from './sinks.js';
import { createRunner } from './pool.js';

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
  /** Each document's source instead of FILE:LINE (InputOptions.source). */
  source?: string;
  /** Exit status 0 even when some documents failed. */
  errorsOk?: boolean;
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

export async function extractCommand(options: ExtractCommandOptions): Promise<number> {
  const files = expandPaths(options.paths);
  const skip = options.resume ? prepareResume(options.output!) : 0;
  const sink: LineSink = await openSink(options.format, options.output, options.resume);
  const input: InputOptions = {
    textField: options.textField,
    idField: options.idField,
    maxChars: options.maxChars,
    ...(options.source === undefined ? {} : { source: options.source }),
  };
  const batches: BatchOptions = { ...input, output: BATCH_OUTPUT[options.format] };
  const runner = await createRunner(options.jobs, new URL('./cli-worker.js', import.meta.url), batches);
  const progress = createProgress(options, files);

  let failed = 0;
  let written = 0;
  const inFlight: Promise<BatchOutput>[] = [];
  const drainOldest = async (): Promise<void> => {
    const output = await inFlight.shift()!;
    await sink.write(output.bytes);
    written += output.documents;
    failed += output.failed;
    progress?.update(written);
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
    for await (const item of readDocuments(files, input, process.stdin)) {
      if (item.seq < skip) continue;
      batch.push(item satisfies InputItem);
      // An unparsed line's bytes stand in for its characters: a bound on them.
      characters += isUnparsed(item) ? item.json.length : (item.text?.length ?? 0);
      progress?.read(item.bytes ?? 0);
      if (batch.length >= BATCH_DOCUMENTS || characters >= BATCH_CHARACTERS) await submit();
    }
    await submit();
    while (inFlight.length > 0) await drainOldest();
  } finally {
    progress?.stop();
    await sink.close();
    await runner.close();
  }
  if (!options.quiet && options.resume && skip > 0)
    process.stderr.write(`govtext: resumed after ${skip} documents already written\n`);
  return failed > 0 && !options.errorsOk ? 1 : 0;
}

interface Progress {
  read(bytes: number): void;
  update(documents: number): void;
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
  const totalBytes = sizeKnown ? files.reduce((sum, file) => sum + statSync(file).size, 0) : 0;
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
    stop() {
      bar.stop();
    },
  };
}
