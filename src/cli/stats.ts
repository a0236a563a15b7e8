// govtext stats: a corpus-level summary of extracted records (JSONL):
// documents, entities by type, the top entities per type, topic frequencies,
// entity pairs that occur together, people with their affiliations, documents
// per year, time expressions by type and events by date — the figures of the corpus aggregator (src/corpus/corpus-summary.ts),
// as a table or as JSON. Streams the file, so memory depends on the number of
// distinct entities, not on the number of documents.

import { type CorpusSummary, createCorpusSummary } from '../corpus/corpus-summary.js';
import { ENTITY_TYPES } from '../record.js';
import { readRecordLines } from './record-lines.js';

export interface CorpusStats {
  /** Non-blank lines: records and failed lines. */
  documents: number;
  /** Lines that were no record: error lines of extract, malformed lines. */
  failed: number;
  characters: number;
  mentionsByType: Record<string, number>;
  distinctByType: Record<string, number>;
  topEntities: Record<string, { canonical: string; documents: number; mentions: number }[]>;
  topics: { id: string; label: string; documents: number }[];
  pairs: { a: string; b: string; documents: number }[];
  people: { person: string; documents: number; organisations: string[]; roles: string[] }[];
  years: { year: string; documents: number }[];
  /** Documents dated by their text (no meta.date) and with no date at all. */
  datedByText: number;
  undated: number;
  timexByType: Record<string, number>;
  events: { date: string; event: string; place?: string; organisers: string[]; documents: number }[];
}

export async function computeStats(path: string, top: number): Promise<CorpusStats> {
  const summary = createCorpusSummary({ topEntities: top, topPeople: top, topPairs: top, topEvents: top });
  for await (const line of readRecordLines(path)) {
    if ('record' in line) summary.add(line.record);
    else summary.skip();
  }
  return corpusStats(summary.result());
}

/** The summary's figures that govtext stats shows, in its JSON's shape. */
function corpusStats(summary: CorpusSummary): CorpusStats {
  return {
    documents: summary.documents + summary.skipped,
    failed: summary.skipped,
    characters: summary.characters,
    mentionsByType: summary.mentionsByType,
    distinctByType: summary.distinctByType,
    topEntities: summary.topEntities,
    topics: summary.topics.map(({ id, label, documents }) => ({ id, label, documents })),
    pairs: summary.entityPairs,
    people: summary.people.map(({ person, documents, organisations, roles }) => ({
      person,
      documents,
      organisations,
      roles,
    })),
    years: summary.years,
    datedByText: summary.datedByText,
    undated: summary.undated,
    timexByType: summary.timexByType,
    events: summary.events,
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
  const timex = Object.values(stats.timexByType).reduce((sum, n) => sum + n, 0);
  out.push(
    '',
    `dates: ${stats.documents - stats.failed - stats.undated} documents dated (${stats.datedByText} by their own text), ${stats.undated} undated`,
  );
  if (timex > 0) {
    out.push('', 'time expressions');
    for (const [type, count] of Object.entries(stats.timexByType))
      out.push(`  ${type.padEnd(12)}${String(count).padStart(9)}`);
  }
  if (stats.events.length) {
    out.push('', 'events by date (documents)');
    for (const e of stats.events) {
      const where = [e.place, e.organisers.slice(0, 2).join(', ')].filter(Boolean).join(' — ');
      out.push(
        `  ${(e.date || '—').padEnd(24)} ${String(e.documents).padStart(3)}  ${e.event}${where ? ` (${where})` : ''}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

export async function statsCommand(path: string, options: { json: boolean; top: number }): Promise<number> {
  const stats = await computeStats(path, options.top);
  if (stats.documents === stats.failed) {
    process.stderr.write(`govtext stats: ${noRecords(path, stats.failed)}\n`);
    return 1;
  }
  process.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : renderStats(stats));
  return 0;
}

/** The one line for a file that holds no document record, shared by stats, render and report. */
export function noRecords(path: string, skipped: number): string {
  return `${path} holds no document records${skipped ? ` (${skipped} lines were error lines of govtext extract or no record)` : ' (it is empty)'}: nothing to summarise; give it the output of govtext extract`;
}
