// npm run eval:links — registry ids against gold: for every set with a
// links.gold.json (corpus/, corpus/train/), each gold entity (document, type,
// text) is looked up among the records' mentions at its gold offsets, and the
// primary id of its entity index entry (ARS, GKZ, BFS, law abbreviation, else
// Wikidata) is compared with the expected one. Precision: correct ids among the
// ids given to gold entities (an id where the gold expects none is wrong);
// recall: correct ids among the expected ones, counting gold entities the
// recogniser missed as misses (and, apart, among those it found).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../src/pipeline.js';
import type { EntityIds } from '../src/record.js';
import { CORPUS_DIR } from './gold.js';

interface LinkGold {
  documents: Record<string, { type: string; text: string; ids: EntityIds }[]>;
}

const primary = (ids: EntityIds | undefined): string | undefined => {
  if (ids === undefined) return undefined;
  if (ids.ars) return `ars:${ids.ars}`;
  if (ids.gkz) return `gkz:${ids.gkz}`;
  if (ids.bfs) return `bfs:${ids.bfs}`;
  if (ids.lawAbbreviation) return `law:${ids.lawAbbreviation}`;
  if (ids.wikidata) return `wikidata:${ids.wikidata}`;
  return undefined;
};

const sets = [
  { name: 'corpus/', dir: CORPUS_DIR },
  { name: 'corpus/train/', dir: join(CORPUS_DIR, 'train') },
].filter((set) => existsSync(join(set.dir, 'links.gold.json')));

const extractor = createExtractor();
const rows: string[][] = [['set', 'expected', 'found', 'linked', 'correct', 'precision', 'recall', 'recall (found)']];
for (const set of sets) {
  const gold = JSON.parse(readFileSync(join(set.dir, 'links.gold.json'), 'utf8')) as LinkGold;
  let expected = 0;
  let expectedFound = 0;
  let linked = 0;
  let correct = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const name of readdirSync(set.dir).filter((file) => file.endsWith('.gold.json') && file !== 'links.gold.json')) {
    const id = name.replace(/\.gold\.json$/, '');
    const text = readFileSync(join(set.dir, `${id}.txt`), 'utf8');
    const entityGold = JSON.parse(readFileSync(join(set.dir, name), 'utf8')) as {
      entities: { start: number; end: number; type: string; text: string }[];
    };
    const record = extractor.extract(text, { id });
    const idsOf = new Map(record.entityIndex.map((entry) => [`${entry.type}\u0000${entry.canonical}`, entry.ids]));
    const expectedFor = new Map(
      (gold.documents[id] ?? []).map((entry) => [`${entry.type}\u0000${entry.text}`, primary(entry.ids)]),
    );
    // Each gold (type, text) once per document, with the ids of the mentions found at its gold offsets.
    const seen = new Map<string, { found: boolean; given: Set<string> }>();
    for (const entity of entityGold.entities) {
      const key = `${entity.type}\u0000${entity.text.replace(/\s+/g, ' ')}`;
      const state = seen.get(key) ?? { found: false, given: new Set<string>() };
      const mention = record.entities.find(
        (m) => m.start === entity.start && m.end === entity.end && m.type === entity.type,
      );
      if (mention) {
        state.found = true;
        const given = primary(idsOf.get(`${mention.type}\u0000${mention.canonical}`));
        if (given) state.given.add(given);
      }
      seen.set(key, state);
    }
    for (const key of expectedFor.keys()) {
      if (!seen.has(key))
        console.warn(`${set.name}links.gold.json: ${id}: ${key.replace('\u0000', ' ')} is no gold entity`);
    }
    for (const [key, state] of seen) {
      const want = expectedFor.get(key);
      const label = `${id}: ${key.replace('\u0000', ' ')}`;
      if (want) {
        expected++;
        if (state.found) expectedFound++;
      }
      for (const given of state.given) {
        linked++;
        if (given === want) correct++;
        else wrong.push(`${label} → ${given}${want ? ` (gold ${want})` : ' (gold: none)'}`);
      }
      if (want && !state.given.has(want))
        missed.push(`${label}: gold ${want}${state.found ? '' : ' (mention not found)'}`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));
  rows.push([
    set.name,
    String(expected),
    String(expectedFound),
    String(linked),
    String(correct),
    ratio(correct, linked),
    ratio(correct, expected),
    ratio(correct, expectedFound),
  ]);
  if (process.argv.includes('--errors')) {
    console.log(`\n${set.name} wrong ids:\n  ${wrong.join('\n  ') || '(none)'}`);
    console.log(`${set.name} missed ids:\n  ${missed.join('\n  ') || '(none)'}`);
  }
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
console.log(`\nregistry ids of gold entities (targets: precision ≥ 0.95, recall ≥ 0.85)`);
for (const row of rows)
  console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
