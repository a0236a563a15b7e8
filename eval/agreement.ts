// npm run eval:agreement: how far two annotators agree on the reports of corpus/train/ that were annotated twice
// (corpus/train/second-annotation/). Annotator 1 (the writer) is taken as reference, so precision and recall are
// symmetric views of the same disagreement and F1 is the agreement figure; scoring units are those of npm run eval.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './gold.js';
import { type Counts, SCORED_ENTITY_TYPES, addCounts, compareSets, emptyCounts, scores } from './metrics.js';

interface Gold {
  id: string;
  date: string | null;
  entities: { start: number; end: number; text: string; type: string }[];
  topics: string[];
  relations: { person: string; role: string | null; organisation: string }[];
  timex: { start: number; end: number; text: string; type: string; value: string; mod?: string }[];
}

const TRAIN_DIR = join(PROJECT_ROOT, 'corpus', 'train');
const SECOND_DIR = join(TRAIN_DIR, 'second-annotation');

const read = (path: string): Gold => JSON.parse(readFileSync(path, 'utf8')) as Gold;

function main(): void {
  if (!existsSync(SECOND_DIR)) {
    console.log('no corpus/train/second-annotation/: nothing to compare');
    return;
  }
  const names = readdirSync(SECOND_DIR)
    .filter((name) => name.endsWith('.gold.json'))
    .sort();
  const rows = new Map<string, Counts>();
  const add = (task: string, counts: Counts): void => {
    if (!rows.has(task)) rows.set(task, emptyCounts());
    addCounts(rows.get(task)!, counts);
  };
  let sameDate = 0;
  let roleAgreed = 0;
  let timexValueAgreed = 0;
  let timexMatched = 0;
  for (const name of names) {
    const first = read(join(TRAIN_DIR, name));
    const second = read(join(SECOND_DIR, name));
    if (first.date === second.date) sameDate++;
    add(
      'entities: strict (type, text) pairs',
      compareSets(
        second.entities.map((e) => `${e.type}\t${e.text}`),
        first.entities.map((e) => `${e.type}\t${e.text}`),
      ),
    );
    for (const type of SCORED_ENTITY_TYPES) {
      add(
        `  ${type}`,
        compareSets(
          second.entities.filter((e) => e.type === type).map((e) => e.text),
          first.entities.filter((e) => e.type === type).map((e) => e.text),
        ),
      );
    }
    add(
      'entities: mentions with offsets',
      compareSets(
        second.entities.map((e) => `${e.type}\t${e.start}\t${e.end}`),
        first.entities.map((e) => `${e.type}\t${e.start}\t${e.end}`),
      ),
    );
    add('topics: ids per document', compareSets(second.topics, first.topics));
    const pair = (r: Gold['relations'][number]): string => `${r.person}\t${r.organisation}`;
    add('relations: (person, organisation) pairs', compareSets(second.relations.map(pair), first.relations.map(pair)));
    const firstRoles = new Map(first.relations.map((r) => [pair(r), r.role]));
    for (const r of second.relations) if (firstRoles.has(pair(r)) && firstRoles.get(pair(r)) === r.role) roleAgreed++;
    add(
      'time expressions: strict spans (unique strings)',
      compareSets(
        second.timex.map((t) => t.text),
        first.timex.map((t) => t.text),
      ),
    );
    const firstTimex = new Map(first.timex.map((t) => [`${t.start}\t${t.end}`, t]));
    for (const t of second.timex) {
      const other = firstTimex.get(`${t.start}\t${t.end}`);
      if (!other) continue;
      timexMatched++;
      if (other.type === t.type && other.value === t.value && (other.mod ?? '') === (t.mod ?? '')) timexValueAgreed++;
    }
  }
  const relationPairs = rows.get('relations: (person, organisation) pairs')!.truePositives;
  console.log(`inter-annotator agreement on ${names.length} reports of corpus/train/ (annotator 1 as reference)\n`);
  console.log(`${'task'.padEnd(48)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'ann. 1'.padStart(8)}`);
  for (const [task, counts] of rows) {
    const s = scores(counts);
    const cells = [s.precision, s.recall, s.f1].map((x) => x.toFixed(3).padStart(7)).join('');
    console.log(`${task.padEnd(48)}${cells}${String(s.support).padStart(8)}`);
  }
  console.log(`\nroles equal among agreed relation pairs: ${roleAgreed}/${relationPairs}`);
  console.log(
    `time expressions at the same offsets with equal type, value and mod: ${timexValueAgreed}/${timexMatched}`,
  );
  console.log(`document date equal: ${sameDate}/${names.length}`);
}

main();
