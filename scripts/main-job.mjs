// npm start: extracts every report in corpus/ with the built library, writes
// out/records.jsonl and prints a one-line summary per document.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DocumentRecordSchema, createExtractor } from '../dist/index.js';

const root = resolve(import.meta.dirname, '..');
const corpusDir = join(root, 'corpus');
const outFile = join(root, 'out', 'records.jsonl');

const extractor = createExtractor({ validate: true });
const files = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

const lines = [];
const started = performance.now();
let characters = 0;
for (const name of files) {
  const text = readFileSync(join(corpusDir, name), 'utf8');
  const record = extractor.extract(text, { id: basename(name, '.txt'), source: `corpus/${name}` });
  DocumentRecordSchema.parse(record);
  lines.push(JSON.stringify(record));
  characters += text.length;
  const entityTypes = countBy(record.entities, (e) => e.type);
  console.log(
    [
      record.id.padEnd(28),
      `${String(record.stats.characters).padStart(6)} chars`,
      `${String(record.stats.tokens).padStart(5)} tokens`,
      `${String(record.stats.sentences).padStart(4)} sentences`,
      `${String(record.entities.length).padStart(4)} entities${entityTypes ? ` (${entityTypes})` : ''}`,
      `${String(record.relations.length).padStart(3)} relations`,
      `topics: ${record.topics.map((t) => t.id).join(', ') || '-'}`,
      record.warnings.length ? `warnings: ${record.warnings.map((w) => w.code).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('  '),
  );
}
mkdirSync(join(root, 'out'), { recursive: true });
writeFileSync(outFile, lines.map((line) => line + '\n').join(''));
const seconds = (performance.now() - started) / 1000;
console.log(
  `\n${files.length} documents, ${characters} characters in ${seconds.toFixed(2)} s → out/records.jsonl (all records valid against the schema)`,
);

function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}
