// The govtext command (docs/contract.md, docs/cli.md):
//   govtext extract [PATH ...|-] [--text-field F] [--id-field F] [-o FILE] [--format jsonl|csv]
//                   [--jobs N] [--resume] [--max-chars N] [--quiet]
//   govtext stats RECORDS.jsonl [--json] [--top N]
//   govtext render RECORDS.jsonl -o DIR [--texts PATH ...] [--text-field F] [--id-field F] [--root DIR]
//   govtext report RECORDS.jsonl [-o FILE] [--title T] [--top N]
// Exit status: 0 every document extracted (rendered, reported); 1 some
// documents or inputs failed (each has its error line; render and report: some
// lines were skipped); 2 usage or output error; 130/143 stopped by
// SIGINT/SIGTERM. Every failure is one line on standard error, never a stack.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { extractCommand } from './extract-command.js';
import { OutputProblem, causeOf, messageOf } from './faults.js';
import { InputProblem } from './inputs.js';
import { renderCommand } from './render-command.js';
import { statsCommand } from './stats.js';

const USAGE = `usage:
  govtext extract [PATH ...|-] [options]   extract .txt files, folders, .jsonl(.gz) files or stdin (-)
      --text-field F     JSONL field with the text (default: text)
      --id-field F       JSONL field with the document id (default: id)
      -o, --output FILE  write JSONL to FILE (default: stdout); with --format csv, a folder
      --format F         jsonl (default) or csv (documents, entities, topics, relations tables)
      --jobs N           worker threads (default: ${availableParallelism()}, the machine's cores)
      --resume           continue an interrupted run into the same --output file
      --max-chars N      longer documents get an error line (default: 5000000)
      --quiet            no progress bar
  govtext stats RECORDS.jsonl [--json] [--top N]   corpus summary of extracted records
  govtext render RECORDS.jsonl -o DIR [options]   one HTML page per document and an index.html
      --texts PATH       a .jsonl(.gz) file (documents matched by --id-field) or a folder of ID.txt
                         files holding the texts; repeatable (default: each record's source)
      --text-field F     JSONL field with the text (default: text)
      --id-field F       JSONL field with the document id (default: id)
      --root DIR         the folder sources are relative to; a record's source is read only from under it,
                         never through .. or an absolute path or link outside it (default: the folder of
                         RECORDS.jsonl; records are data, not permission to read files)
  govtext report RECORDS.jsonl [-o FILE] [--title T] [--top N]   one HTML page with the corpus report`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'extract') return await runExtract(rest);
    if (command === 'stats') return await runStats(rest);
    if (command === 'render') return await runRender(rest);
    if (command === 'report') return await runReport(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(
      `govtext: ${command === undefined ? 'no command given' : `unknown command "${command}"`}\n${USAGE}\n`,
    );
    return 2;
  } catch (error) {
    process.stderr.write(`govtext: ${problemOf(error)}\n`);
    return 2;
  }
}

/** One line for what stopped a command: usage and output problems as they are, anything else marked unexpected. */
function problemOf(error: unknown): string {
  if (error instanceof InputProblem || error instanceof OutputProblem) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // parseArgs' own errors (ERR_PARSE_ARGS_…) say what was wrong with the command line.
  if (code?.startsWith('ERR_PARSE_ARGS')) return messageOf(error);
  const path = (error as NodeJS.ErrnoException).path;
  if (code !== undefined) return path === undefined ? causeOf(error) : `${path}: ${causeOf(error)}`;
  return `unexpected error: ${messageOf(error)} (please report it)`;
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
    },
  });
  if (values.format !== 'jsonl' && values.format !== 'csv')
    throw new InputProblem(`--format expects jsonl or csv, got "${values.format}"`);
  if (values.format === 'csv' && values.output === undefined)
    throw new InputProblem('--format csv needs -o FOLDER for its four tables');
  if (values.resume && (values.output === undefined || values.format === 'csv')) {
    throw new InputProblem('--resume needs -o FILE with JSONL output');
  }
  return extractCommand({
    args,
    paths: positionals.length > 0 ? positionals : ['-'],
    textField: values['text-field']!,
    idField: values['id-field']!,
    output: values.output,
    format: values.format,
    jobs: positiveInt('jobs', values.jobs, availableParallelism()),
    resume: values.resume!,
    maxChars: positiveInt('max-chars', values['max-chars'], 5_000_000),
    quiet: values.quiet!,
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
      root: { type: 'string' },
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
    root: values.root ?? dirname(positionals[0]!),
  });
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

// A reader that stops early (`govtext extract … | head`) closes the pipe; a file behind `>` may fill its disk:
// stop at once with one line, not a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(`govtext: cannot write to standard output: ${causeOf(error)}\n`);
  process.exit(2);
});

// Whatever escapes the commands (a bug, a stream's stray error) ends the run in one line too.
const unexpected = (error: unknown): void => {
  process.stderr.write(`govtext: ${problemOf(error)}\n`);
  process.exit(2);
};
process.on('uncaughtException', unexpected);
process.on('unhandledRejection', unexpected);

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => unexpected(error),
);
