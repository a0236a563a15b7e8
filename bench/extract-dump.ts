// npx tsx bench/extract-dump.ts DUMP.jsonl — single-thread extract() of the
// built package (dist/index.js) over every document of a JSONL dump, in this
// fresh process: the figure `govtext extract --jobs 1` is held against
// (bench/cli.ts runs it on the same dump). Lines are read and parsed outside
// the timing; each document is extracted with its metadata as the command
// passes it. Prints one JSON line: { documents, bytes, seconds, cpuSeconds,
// megabytesPerSecond } (seconds and CPU seconds spent inside extract()).

import { createReadStream, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const dump = process.argv[2];
if (dump === undefined) throw new Error('usage: tsx bench/extract-dump.ts DUMP.jsonl');
const root = resolve(import.meta.dirname, '..');
const { createExtractor } = (await import(
  pathToFileURL(join(root, 'dist', 'index.js')).href
)) as typeof import('../src/index.js');

const extractor = createExtractor();
let documents = 0;
let seconds = 0;
let cpuSeconds = 0;
let line = 0;
for await (const text of createInterface({ input: createReadStream(dump), crlfDelay: Infinity })) {
  line++;
  if (text === '') continue;
  const { id, text: body, ...meta } = JSON.parse(text) as { id: string; text: string } & Record<string, unknown>;
  const started = performance.now();
  const cpu = process.cpuUsage();
  extractor.extract(body, { source: `${dump}:${line}`, ...meta, id });
  const used = process.cpuUsage(cpu);
  seconds += (performance.now() - started) / 1000;
  cpuSeconds += (used.user + used.system) / 1e6;
  documents++;
}
const bytes = statSync(dump).size;
const megabytesPerSecond = bytes / 1e6 / seconds;
process.stdout.write(`${JSON.stringify({ documents, bytes, seconds, cpuSeconds, megabytesPerSecond })}\n`);
