// govtext stats: a corpus-level summary of extracted records (JSONL): documents,
// entities by type, the top entities per type, topic frequencies, entity pairs
// that occur together, people with their affiliations, documents per year.
// Streams the file, so memory depends on the number of distinct entities, not
// on the number of documents.

import { ENTITY_TYPES, type DocumentRecord } from '../record.js';
import { LONGEST_READABLE_LINE, readLines } from './lines.js';
import { openRecordsFile } from './record-lines.js';

export interface CorpusStats {
  documents: number;
  failed: number;
  characters: number;
  mentionsByType: Record<string, number>;
  distinctByType: Record<string, number>;
  topEntities: Record<string, { canonical: string; documents: number; mentions: number }[]>;
  topics: { id: string; label: string; documents: number }[];
  pairs: { a: string; b: string; documents: number }[];
  people: { person: string; documents: number; organisations: string[]; roles: string[] }[];
  years: { year: string; documents: number }[];
}

/** Entities per document that enter the co-occurrence count (the most mentioned first). */
const PAIR_ENTITIES_PER_DOCUMENT = 20;
/** The pair table is pruned to its most frequent entries when it grows past this. */
const MAX_PAIRS = 200_000;

export async function computeStats(path: string, top: number): Promise<CorpusStats> {
  const entities = new Map<string, { type: string; canonical: string; documents: number; mentions: number }>();
  const topics = new Map<string, { label: string; documents: number }>();
  let pairs = new Map<string, number>();
  const people = new Map<
    string,
    { documents: number; organisations: Map<string, number>; roles: Map<string, number> }
  >();
  const years = new Map<string, number>();
  const stats = { documents: 0, failed: 0, characters: 0 };
  const mentionsByType: Record<string, number> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0]));

  const stream = await openRecordsFile(path);
  for await (const line of readLines(stream, LONGEST_READABLE_LINE)) {
    if (line.text?.trim() === '') continue;
    let record: DocumentRecord & { error?: unknown };
    try {
      if (line.text === undefined) throw new Error('record too long');
      record = JSON.parse(line.text);
    } catch {
      stats.failed++;
      stats.documents++;
      continue;
    }
    stats.documents++;
    if (record.error !== undefined || !Array.isArray(record.entities)) {
      stats.failed++;
      continue;
    }
    stats.characters += record.stats?.characters ?? 0;
    for (const mention of record.entities) mentionsByType[mention.type] = (mentionsByType[mention.type] ?? 0) + 1;
    for (const entry of record.entityIndex ?? []) {
      const key = `${entry.type}\u0000${entry.canonical}`;
      const known = entities.get(key) ?? { type: entry.type, canonical: entry.canonical, documents: 0, mentions: 0 };
      known.documents++;
      known.mentions += entry.mentions;
      entities.set(key, known);
    }
    for (const topic of record.topics ?? []) {
      const known = topics.get(topic.id) ?? { label: topic.label, documents: 0 };
      known.documents++;
      topics.set(topic.id, known);
    }
    const salient = [...(record.entityIndex ?? [])]
      .sort((a, b) => b.mentions - a.mentions || (a.canonical < b.canonical ? -1 : 1))
      .slice(0, PAIR_ENTITIES_PER_DOCUMENT)
      .map((entry) => `${entry.canonical} (${entry.type})`)
      .sort();
    for (let i = 0; i < salient.length; i++) {
      for (let j = i + 1; j < salient.length; j++) {
        const key = `${salient[i]}\u0000${salient[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
    if (pairs.size > MAX_PAIRS) pairs = new Map([...pairs].sort((a, b) => b[1] - a[1]).slice(0, MAX_PAIRS / 2));
    const seenPeople = new Set<string>();
    for (const relation of record.relations ?? []) {
      const person = people.get(relation.person) ?? { documents: 0, organisations: new Map(), roles: new Map() };
      if (!seenPeople.has(relation.person)) {
        person.documents++;
        seenPeople.add(relation.person);
      }
      if (relation.organisation)
        person.organisations.set(relation.organisation, (person.organisations.get(relation.organisation) ?? 0) + 1);
      if (relation.role) person.roles.set(relation.role, (person.roles.get(relation.role) ?? 0) + 1);
      people.set(relation.person, person);
    }
    const year = /^(\d{4})/.exec(record.date ?? '')?.[1];
    if (year) years.set(year, (years.get(year) ?? 0) + 1);
  }

  const byCount = <T>(list: T[], count: (item: T) => number, name: (item: T) => string) =>
    list.sort((a, b) => count(b) - count(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  const keysByCount = (map: Map<string, number>) =>
    byCount(
      [...map],
      ([, n]) => n,
      ([k]) => k,
    ).map(([k]) => k);
  const distinctByType: Record<string, number> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0]));
  for (const entity of entities.values()) distinctByType[entity.type] = (distinctByType[entity.type] ?? 0) + 1;
  return {
    ...stats,
    mentionsByType,
    distinctByType,
    topEntities: Object.fromEntries(
      ENTITY_TYPES.map((type) => [
        type,
        byCount(
          [...entities.values()].filter((e) => e.type === type),
          (e) => e.documents * 1e6 + e.mentions,
          (e) => e.canonical,
        )
          .slice(0, top)
          .map(({ canonical, documents, mentions }) => ({ canonical, documents, mentions })),
      ]),
    ),
    topics: byCount(
      [...topics].map(([id, t]) => ({ id, label: t.label, documents: t.documents })),
      (t) => t.documents,
      (t) => t.id,
    ),
    pairs: byCount(
      [...pairs],
      ([, n]) => n,
      ([k]) => k,
    )
      .slice(0, top)
      .map(([key, documents]) => {
        const [a, b] = key.split('\u0000');
        return { a: a!, b: b!, documents };
      }),
    people: byCount(
      [...people],
      ([, p]) => p.documents,
      ([k]) => k,
    )
      .slice(0, top)
      .map(([person, p]) => ({
        person,
        documents: p.documents,
        organisations: keysByCount(p.organisations),
        roles: keysByCount(p.roles),
      })),
    years: [...years].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([year, documents]) => ({ year, documents })),
  };
}

export function renderStats(stats: CorpusStats): string {
  const out: string[] = [];
  out.push(
    `${stats.documents} documents (${stats.failed} failed), ${(stats.characters / 1e6).toFixed(2)} M characters`,
  );
  out.push('', 'entities       mentions  distinct');
  for (const type of ENTITY_TYPES) {
    out.push(
      `  ${type.padEnd(12)}${String(stats.mentionsByType[type] ?? 0).padStart(9)}${String(stats.distinctByType[type] ?? 0).padStart(10)}`,
    );
  }
  for (const type of ENTITY_TYPES) {
    const list = stats.topEntities[type] ?? [];
    if (list.length === 0) continue;
    out.push('', `top ${type} (documents, mentions)`);
    for (const e of list)
      out.push(`  ${String(e.documents).padStart(5)} ${String(e.mentions).padStart(6)}  ${e.canonical}`);
  }
  if (stats.topics.length) {
    out.push('', 'topics (documents)');
    for (const t of stats.topics) out.push(`  ${String(t.documents).padStart(5)}  ${t.id} (${t.label})`);
  }
  if (stats.pairs.length) {
    out.push('', 'entities named together (documents)');
    for (const p of stats.pairs) out.push(`  ${String(p.documents).padStart(5)}  ${p.a} + ${p.b}`);
  }
  if (stats.people.length) {
    out.push('', 'people with roles and affiliations (documents)');
    for (const p of stats.people) {
      const said = [p.roles.slice(0, 3).join(', '), p.organisations.slice(0, 3).join(', ')].filter(Boolean).join(' — ');
      out.push(`  ${String(p.documents).padStart(5)}  ${p.person}: ${said}`);
    }
  }
  if (stats.years.length) {
    out.push('', 'documents per year');
    for (const y of stats.years) out.push(`  ${y.year}  ${y.documents}`);
  }
  return `${out.join('\n')}\n`;
}

export async function statsCommand(path: string, options: { json: boolean; top: number }): Promise<number> {
  const stats = await computeStats(path, options.top);
  process.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : renderStats(stats));
  return 0;
}
