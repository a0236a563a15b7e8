#!/usr/bin/env node
// The govtext command (docs/contract.md, docs/cli.md):
//   govtext extract [PATH ...|-] [--text-field F] [--id-field F] [-o FILE] [--format jsonl|csv]
//                   [--jobs N] [--resume] [--max-chars N] [--quiet] [--source NAME] [--errors-ok]
//                   [--topic-min-score P] [--topic-candidates]
//   govtext stats RECORDS.jsonl [--json] [--top N]
//   govtext render RECORDS.jsonl -o DIR [--texts PATH ...] [--text-field F] [--id-field F] [--root DIR]
//   govtext report RECORDS.jsonl [-o FILE] [--title T] [--top N]
//   govtext convert RECORDS.jsonl --to parquet|csv -o FOLDER
//   govtext score --gold FILE [--json]
// Exit status: 0 every document extracted (rendered, reported); 1 some
// documents or inputs failed (each has its error line; render and report: some
// lines were skipped); 2 usage or output error; 130/143 stopped by
// SIGINT/SIGTERM. Every failure is one line on standard error, never a stack.

import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { extractCommand } from './extract-command.js';
import { OutputProblem, causeOf, messageOf } from './faults.js';
import { InputProblem } from './inputs.js';
import { OUTPUT_FORMATS, type OutputFormat, TABLE_FORMATS } from './sinks.js';
import { renderCommand } from './render-command.js';
import { statsCommand } from './stats.js';

const HELP: Record<string, string> = {
  extract: `govtext extract [PATH ...|-] [options]   extract .txt and .html files, folders, .jsonl(.gz) files or stdin (-)
      --text-field F     JSONL field with the text (default: text)
      --id-field F       JSONL field with the document id (default: id)
      --input-format F   text or html: how to read the texts (default: html for .html/.htm files, else text)
      --stdin F          jsonl (default) or text: standard input as JSONL documents or as one plain text
      -o, --output FILE  write JSONL to FILE (default: stdout); with --format csv or parquet, a folder
      --format F         jsonl (default); csv (documents, entities, topics, relations tables);
                         parquet (documents, mentions, entities, topics, relations tables);
                         conll (CoNLL-2003, IOB2 tags) or spacy ({"id","text","ents"} lines) for annotation tools
      --jobs N           worker threads (default: ${availableParallelism()}, the machine's cores)
      --resume           continue an interrupted run into the same --output file
      --max-chars N      longer documents get an error line (default: 5000000)
      --quiet            no progress bar
      --source NAME      record NAME as each document's source (and location) instead of FILE:LINE (a line's
                         own source field still wins): the same records whichever partition a line is in
      --errors-ok        exit status 0 even when documents failed (each still has its error line),
                         for engines that fail a task on any other status (Spark, Hadoop Streaming)
      --topic-min-score P
                         the lowest probability (0 to 1) a topic needs to be listed in topics
                         (default: the topic model's threshold, 0.35, chosen on held-out reports)
      --topic-candidates
                         also list the near misses in each record's topicCandidates: topics with
                         evidence scoring below that threshold but at least 0.1`,
  stats: `govtext stats RECORDS.jsonl [--json] [--top N]   corpus summary of extracted records
      --json             the summary as JSON on standard output
      --top N            entities listed per type (default: 10)`,
  render: `govtext render RECORDS.jsonl -o DIR [options]   one HTML page per document and an index.html
      --texts PATH       a .jsonl(.gz) file (documents matched by --id-field) or a folder of ID.txt
                         files holding the texts; repeatable (default: each record's location)
      --text-field F     JSONL field with the text (default: text)
      --id-field F       JSONL field with the document id (default: id)
      --root DIR         the folder locations are relative to; a record's location (or source) is read only from
                         under it, never through .. or an absolute path or link outside it (default: the folder
                         of RECORDS.jsonl; records are data, not permission to read files)`,
  report: `govtext report RECORDS.jsonl [-o FILE] [--title T] [--top N]   one HTML page with the corpus report
      -o, --output FILE  where to write it (default: report.html beside RECORDS.jsonl)
      --title T          the page's title
      --top N            entities listed per type (default: 10)
      (needs the optional peer dependencies: npm install vega@6 vega-lite@6)`,
  convert: `govtext convert RECORDS.jsonl --to parquet|csv -o FOLDER   the tables of extracted records`,
  score: `govtext score --gold FILE [--json]   scores govtext on annotated texts: spaCy-style JSON lines
                                        (.jsonl, .json) or CoNLL columns with IOB tags (other names)`,
};

const USAGE = `usage:
  govtext --version | --help | COMMAND --help
  ${Object.values(HELP).join('\n  ')}`;

/** The version of the installed package, from the package.json above this file (dist/ or src/cli/). */
function packageVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) {
      const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (name === 'govtext-de' && version) return version;
    }
    if (dir.pathname === '/') return 'unknown';
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v' || command === 'version') {
      process.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (command !== undefined && HELP[command] && (rest.includes('--help') || rest.includes('-h'))) {
      process.stdout.write(`usage: ${HELP[command]}\n`);
      return 0;
    }
    if (command === 'extract') return await runExtract(rest);
    if (command === 'stats') return await runStats(rest);
    if (command === 'render') return await runRender(rest);
    if (command === 'report') return await runReport(rest);
    if (command === 'convert') return await runConvert(rest);
    if (command === 'score') return await runScore(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      if (command === 'help' && rest[0] && HELP[rest[0]]) process.stdout.write(`usage: ${HELP[rest[0]]}\n`);
      else process.stdout.write(`${USAGE}\n`);
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
  // The options' schema names a wrong option in a TypeError.
  if (error instanceof TypeError && (error as NodeJS.ErrnoException).code === undefined) return messageOf(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // parseArgs' own errors (ERR_PARSE_ARGS_…) say what was wrong with the command line.
  if (code?.startsWith('ERR_PARSE_ARGS')) return messageOf(error);
  const path = (error as NodeJS.ErrnoException).path;
  if (code !== undefined) return path === undefined ? causeOf(error) : `${path}: ${causeOf(error)}`;
  return `unexpected error: ${messageOf(error)} (please report it)`;
}

function outputFormat(value: string): OutputFormat {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value))
    throw new InputProblem(`--format expects ${OUTPUT_FORMATS.join(', ')}, got "${value}"`);
  return value as OutputFormat;
}

/** A probability from 0 to 1, written as a plain decimal number (0, 0.5, .25, 1). */
function probability(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = value.trim() === '' ? Number.NaN : Number(value);
  if (!(parsed >= 0 && parsed <= 1)) throw new InputProblem(`--${name} expects a number from 0 to 1, got "${value}"`);
  return parsed;
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
      'input-format': { type: 'string' },
      stdin: { type: 'string' },
      source: { type: 'string' },
      'errors-ok': { type: 'boolean', default: false },
      'topic-min-score': { type: 'string' },
      'topic-candidates': { type: 'boolean', default: false },
    },
  });
  const minScore = probability('topic-min-score', values['topic-min-score']);
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && inputFormat !== 'text' && inputFormat !== 'html')
    throw new InputProblem(`--input-format expects text or html, got "${inputFormat}"`);
  if (values.stdin !== undefined && values.stdin !== 'jsonl' && values.stdin !== 'text')
    throw new InputProblem(`--stdin expects jsonl or text, got "${values.stdin}"`);
  const format = outputFormat(values.format!);
  if (TABLE_FORMATS.includes(format) && values.output === undefined)
    throw new InputProblem(`--format ${format} needs -o FOLDER for its tables`);
  if (values.resume && (values.output === undefined || format !== 'jsonl')) {
    throw new InputProblem('--resume needs -o FILE with JSONL output');
  }
  return extractCommand({
    args,
    paths: positionals.length > 0 ? positionals : ['-'],
    textField: values['text-field']!,
    idField: values['id-field']!,
    output: values.output,
    format,
    jobs: positiveInt('jobs', values.jobs, availableParallelism()),
    resume: values.resume!,
    maxChars: positiveInt('max-chars', values['max-chars'], 5_000_000),
    quiet: values.quiet!,
    ...(inputFormat !== undefined && { inputFormat }),
    ...(values.stdin !== undefined && { stdin: values.stdin }),
    source: values.source,
    errorsOk: values['errors-ok']!,
    topics: {
      ...(minScore !== undefined && { minScore }),
      ...(values['topic-candidates'] && { topicCandidates: true }),
    },
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
