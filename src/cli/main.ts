// The govtext command (docs/contract.md, docs/cli.md):
//   govtext extract [PATH ...|-] [--text-field F] [--id-field F] [-o FILE] [--format jsonl|csv]
//                   [--jobs N] [--resume] [--max-chars N] [--quiet] [--source NAME] [--errors-ok]
//   govtext stats RECORDS.jsonl [--json] [--top N]
//   govtext render RECORDS.jsonl -o DIR [--texts PATH ...] [--text-field F] [--id-field F] [--root DIR]
//   govtext report RECORDS.jsonl [-o FILE] [--title T] [--top N]
//   govtext convert RECORDS.jsonl --to parquet|csv -o FOLDER
//   govtext score --gold FILE [--json]
// Exit status: 0 every document extracted (rendered, reported); 1 some
// documents failed (each has its error line; render and report: some lines
// were skipped); 2 usage or I/O error.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { extractCommand } from './extract-command.js';
import { InputProblem } from './inputs.js';
import { OUTPUT_FORMATS, type OutputFormat, TABLE_FORMATS } from './sinks.js';
import { renderCommand } from './render-command.js';
import { statsCommand } from './stats.js';

const USAGE = `usage:
  govtext extract [PATH ...|-] [options]   extract .txt files, folders, .jsonl(.gz) files or stdin (-)
      --text-field F     JSONL field with the text (default: text)
      --id-field F       JSONL field with the document id (default: id)
      -o, --output FILE  write JSONL to FILE (default: stdout); with --format csv or parquet, a folder
      --format F         jsonl (default); csv (documents, entities, topics, relations tables);
                         parquet (documents, mentions, entities, topics, relations tables);
                         conll (CoNLL-2003, IOB2 tags) or spacy ({"id","text","ents"} lines) for annotation tools
      --jobs N           worker threads (default: ${availableParallelism()}, the machine's cores)
      --resume           continue an interrupted run into the same --output file
      --max-chars N      longer documents get an error line (default: 5000000)
      --quiet            no progress bar
      --source NAME      record NAME as each document's source instead of FILE:LINE (a line's own
                         source field still wins): the same records whichever partition a line is in
      --errors-ok        exit status 0 even when documents failed (each still has its error line),
                         for engines that fail a task on any other status (Spark, Hadoop Streaming)
  govtext stats RECORDS.jsonl [--json] [--top N]   corpus summary of extracted records
  govtext render RECORDS.jsonl -o DIR [options]   one HTML page per document and an index.html
      --texts PATH       a .jsonl(.gz) file (documents matched by --id-field) or a folder of ID.txt
                         files holding the texts; repeatable (default: each record's source)
      --text-field F     JSONL field with the text (default: text)
      --id-field F       JSONL field with the document id (default: id)
      --root DIR         folder that relative sources are relative to (default: the current folder)
  govtext report RECORDS.jsonl [-o FILE] [--title T] [--top N]   one HTML page with the corpus report
  govtext convert RECORDS.jsonl --to parquet|csv -o FOLDER   the tables of extracted records
  govtext score --gold FILE [--json]   scores govtext on annotated texts: spaCy-style JSON lines
                                        (.jsonl, .json) or CoNLL columns with IOB tags (other names)`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'extract') return await runExtract(rest);
    if (command === 'stats') return await runStats(rest);
    if (command === 'render') return await runRender(rest);
    if (command === 'report') return await runReport(rest);
    if (command === 'convert') return await runConvert(rest);
    if (command === 'score') return await runScore(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(
      `govtext: ${command === undefined ? 'no command given' : `unknown command "${command}"`}\n${USAGE}\n`,
    );
    return 2;
  } catch (error) {
    if (
      error instanceof InputProblem ||
      (error as NodeJS.ErrnoException).code !== undefined ||
      error instanceof TypeError
    ) {
      process.stderr.write(`govtext: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

function outputFormat(value: string): OutputFormat {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value))
    throw new InputProblem(`--format expects ${OUTPUT_FORMATS.join(', ')}, got "${value}"`);
  return value as OutputFormat;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new InputProblem(`--${name} expects a positive whole number, got "${value}"`);
  return parsed;
}

async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'text-field': { type: 'string', default: 'text' },
      'id-field': { type: 'string', default: 'id' },
      output: { type: 'string', short: 'o' },
      format: { type: 'string', default: 'jsonl' },
      jobs: { type: 'string' },
      resume: { type: 'boolean', default: false },
      'max-chars': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      source: { type: 'string' },
      'errors-ok': { type: 'boolean', default: false },
    },
  });
  const format = outputFormat(values.format!);
  if (TABLE_FORMATS.includes(format) && values.output === undefined)
    throw new InputProblem(`--format ${format} needs -o FOLDER for its tables`);
  if (values.resume && (values.output === undefined || format !== 'jsonl')) {
    throw new InputProblem('--resume needs -o FILE with JSONL output');
  }
  return extractCommand({
    paths: positionals.length > 0 ? positionals : ['-'],
    textField: values['text-field']!,
    idField: values['id-field']!,
    output: values.output,
    format,
    jobs: positiveInt('jobs', values.jobs, availableParallelism()),
    resume: values.resume!,
    maxChars: positiveInt('max-chars', values['max-chars'], 5_000_000),
    quiet: values.quiet!,
    source: values.source,
    errorsOk: values['errors-ok']!,
  });
}

async function runStats(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, top: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new InputProblem('govtext stats expects one RECORDS.jsonl file');
  return statsCommand(positionals[0]!, { json: values.json!, top: positiveInt('top', values.top, 10) });
}

async function runRender(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      texts: { type: 'string', multiple: true, default: [] },
      'text-field': { type: 'string', default: 'text' },
      'id-field': { type: 'string', default: 'id' },
      root: { type: 'string', default: '.' },
    },
  });
  if (positionals.length !== 1) throw new InputProblem('govtext render expects one RECORDS.jsonl file');
  if (values.output === undefined) throw new InputProblem('govtext render needs -o DIR for its pages');
  for (const path of values.texts!) {
    if (!existsSync(path)) throw new InputProblem(`cannot read ${path}: no such file or folder`);
  }
  return renderCommand({
    records: positionals[0]!,
    output: values.output,
    texts: values.texts!,
    textField: values['text-field']!,
    idField: values['id-field']!,
    root: values.root!,
  });
}

async function runConvert(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { to: { type: 'string' }, output: { type: 'string', short: 'o' } },
  });
  if (positionals.length !== 1) throw new InputProblem('govtext convert expects one RECORDS.jsonl file');
  if (values.to !== 'parquet' && values.to !== 'csv')
    throw new InputProblem(`govtext convert --to expects parquet or csv, got "${values.to ?? ''}"`);
  const to = values.to;
  if (values.output === undefined) throw new InputProblem(`govtext convert --to ${to} needs -o FOLDER for its tables`);
  const { convertCommand } = await import('./convert-command.js');
  return convertCommand({ records: positionals[0]!, to, output: values.output });
}

async function runScore(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { gold: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (values.gold === undefined || positionals.length > 0)
    throw new InputProblem('govtext score expects --gold FILE (spaCy-style .jsonl or CoNLL)');
  const { scoreCommand } = await import('./score-command.js');
  return scoreCommand({ gold: values.gold, json: values.json! });
}

async function runReport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, title: { type: 'string' }, top: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new InputProblem('govtext report expects one RECORDS.jsonl file');
  const top = positiveInt('top', values.top, 10);
  // vega loads only for this command.
  const { reportCommand } = await import('./report-command.js');
  return reportCommand({ records: positionals[0]!, output: values.output, title: values.title, top });
}

// A reader that stops early (`govtext extract … | head`) closes the pipe: stop at once, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.stderr.write('govtext: standard output was closed before all records were written\n');
  process.exit(2);
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`govtext: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
