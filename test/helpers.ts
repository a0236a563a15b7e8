// Shared by the tests: the bundled corpus and its gold files, and documents
// analysed as the extractor's stages read them.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { germanLanguage } from '../src/lang/de/index.js';
import { type AnalysedText, analyseText } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { WordFormTable } from '../src/text/word-forms.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const CORPUS = join(ROOT, 'corpus');

export interface CorpusDocument {
  id: string;
  text: string;
  gold: {
    sentences: { start: number; end: number; text: string }[];
    entities: { start: number; end: number; text: string; type: string }[];
    topics: string[];
  };
}

export function corpusDocuments(): CorpusDocument[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -4);
      return {
        id,
        text: readFileSync(join(CORPUS, name), 'utf8'),
        gold: JSON.parse(readFileSync(join(CORPUS, `${id}.gold.json`), 'utf8')),
      };
    });
}

/** A document as the extractor's stages read it, in German, with a word-form table of its own unless one is given. */
export function analyse(text: string, answers?: FormAnswers): AnalysedText {
  const { text: words } = germanLanguage();
  return analyseText(text, words, answers ?? new FormAnswers(new WordFormTable(words)));
}

/**
 * Calls `name` (an export of src/index.ts) on `input` in a child process and
 * gives its JSON result, failing when the call itself takes longer than
 * `limitMs`: an endless loop in the engine then fails one test instead of
 * blocking the run. The limit starts once the child has imported the sources,
 * so a first run that compiles them (tsx, a cold cache, a busy machine) is not
 * counted against it.
 */
export async function callWithTimeLimit(name: string, input: string, limitMs = 5000): Promise<unknown> {
  const { spawn } = await import('node:child_process');
  const { pathToFileURL } = await import('node:url');
  const entry = pathToFileURL(join(ROOT, 'src', 'index.ts')).href;
  const script =
    `const m = await import(${JSON.stringify(entry)}); process.stderr.write('ready\\n');` +
    `process.stdout.write(JSON.stringify(m[${JSON.stringify(name)}](JSON.parse(process.argv[1]))));`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(input)],
    {
      cwd: ROOT,
    },
  );
  let stdout = '';
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (!timer && stderr.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  });
  const [status, signal] = (await new Promise((done) => child.on('close', (...args) => done(args)))) as [
    number | null,
    string | null,
  ];
  clearTimeout(timer);
  if (signal === 'SIGKILL') throw new Error(`${name}(${JSON.stringify(input)}) did not finish within ${limitMs} ms`);
  if (status !== 0) throw new Error(`${name}(${JSON.stringify(input)}) failed: ${stderr}`);
  return JSON.parse(stdout);
}
