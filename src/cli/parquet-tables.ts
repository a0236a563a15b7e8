// The record as typed tables for SQL and dataframes: documents (one row per
// input document, failed ones with their error), mentions (one per entity
// mention), entities (one per distinct entity of a document, with its registry
// ids), topics, relations, time expressions and event facts. Every table starts with document_id; mentions
// and relations keep their index in the record, so they join back exactly.

import type { DocumentRecord, Topic } from '../record.js';

export type ColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'STRING_LIST';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** Whether every row has a value (REQUIRED in Parquet). */
  required: boolean;
}

type Value = string | number | boolean | string[] | null;
type Row = Value[];

const column = (name: string, type: ColumnType, required = true): ColumnSpec => ({ name, type, required });
const optional = (name: string, type: ColumnType): ColumnSpec => column(name, type, false);

export const TABLES = {
  documents: [
    column('document_id', 'STRING'),
    optional('source', 'STRING'),
    optional('title', 'STRING'),
    optional('date', 'STRING'),
    optional('document_date', 'STRING'),
    optional('document_date_source', 'STRING'),
    optional('characters', 'INT32'),
    optional('tokens', 'INT32'),
    optional('words', 'INT32'),
    optional('sentences', 'INT32'),
    optional('mentions', 'INT32'),
    optional('entities', 'INT32'),
    optional('keyphrases', 'STRING_LIST'),
    optional('warnings', 'STRING_LIST'),
    optional('error_code', 'STRING'),
    optional('error_message', 'STRING'),
  ],
  mentions: [
    column('document_id', 'STRING'),
    column('mention', 'INT32'),
    column('start', 'INT32'),
    column('end', 'INT32'),
    column('type', 'STRING'),
    column('text', 'STRING'),
    column('canonical', 'STRING'),
    column('sentence', 'INT32'),
    column('source', 'STRING'),
    column('confidence', 'DOUBLE'),
  ],
  entities: [
    column('document_id', 'STRING'),
    column('entity', 'INT32'),
    column('type', 'STRING'),
    column('canonical', 'STRING'),
    column('mentions', 'INT32'),
    column('aliases', 'STRING_LIST'),
    optional('wikidata', 'STRING'),
    optional('ars', 'STRING'),
    optional('ags', 'STRING'),
    optional('geonames', 'STRING'),
    optional('gkz', 'STRING'),
    optional('bfs', 'STRING'),
    optional('law_abbreviation', 'STRING'),
    optional('law_url', 'STRING'),
    // A person's organisations and roles as the relations state them (schema 1.6.0); null for other types.
    optional('organisations', 'STRING_LIST'),
    optional('roles', 'STRING_LIST'),
  ],
  topics: [
    column('document_id', 'STRING'),
    column('rank', 'INT32'),
    column('topic', 'STRING'),
    column('label', 'STRING'),
    column('score', 'DOUBLE'),
    column('evidence', 'STRING_LIST'),
    // The sentence of the strongest evidence; which record list the row comes from (topics or topicCandidates).
    optional('sentence', 'INT32'),
    column('list', 'STRING'),
  ],
  relations: [
    column('document_id', 'STRING'),
    column('relation', 'INT32'),
    column('person', 'STRING'),
    column('person_mention', 'INT32'),
    optional('role', 'STRING'),
    optional('organisation', 'STRING'),
    // In another sentence where a role refers back to an organisation named before; null for one named only in a
    // compound role (`AKDB-Vorstandsmitglied`).
    optional('organisation_mention', 'INT32'),
    column('former', 'BOOLEAN'),
    column('start', 'INT32'),
    column('end', 'INT32'),
    column('sentence', 'INT32'),
  ],
  timex: [
    column('document_id', 'STRING'),
    column('timex', 'INT32'),
    column('start', 'INT32'),
    column('end', 'INT32'),
    column('type', 'STRING'),
    column('text', 'STRING'),
    column('value', 'STRING'),
    optional('mod', 'STRING'),
    column('sentence', 'INT32'),
    column('source', 'STRING'),
  ],
  event_facts: [
    column('document_id', 'STRING'),
    column('event', 'STRING'),
    column('event_mention', 'INT32'),
    optional('date_value', 'STRING'),
    optional('date_text', 'STRING'),
    optional('date_timex', 'INT32'),
    optional('place', 'STRING'),
    optional('place_mention', 'INT32'),
    column('organisers', 'STRING_LIST'),
    column('start', 'INT32'),
    column('end', 'INT32'),
  ],
} as const satisfies Record<string, ColumnSpec[]>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** What extract writes for a document it could not extract. */
export interface ErrorLine {
  id: string;
  source: string;
  error: { code: string; message: string; line?: number };
}

export type TableRows = Record<TableName, Row[]>;

/** The rows one output line of extract adds to each table. */
export function tableRows(value: DocumentRecord | ErrorLine): TableRows {
  const id = String(value.id);
  if ('error' in value) {
    // Every column between the source and the error is null for a document that could not be extracted.
    const unknown = TABLES.documents.length - 4;
    return {
      documents: [
        [id, value.source ?? null, ...new Array<null>(unknown).fill(null), value.error.code, value.error.message],
      ],
      mentions: [],
      entities: [],
      topics: [],
      relations: [],
      timex: [],
      event_facts: [],
    };
  }
  const record = value;
  return {
    documents: [
      [
        id,
        record.source ?? null,
        record.title ?? null,
        record.date ?? null,
        record.documentDate?.value ?? null,
        record.documentDate?.source ?? null,
        record.stats.characters,
        record.stats.tokens,
        record.stats.words,
        record.stats.sentences,
        record.entities.length,
        record.entityIndex.length,
        record.keyphrases.map((k) => k.text),
        record.warnings.map((w) => `${w.code}:${w.count}`),
        null,
        null,
      ],
    ],
    mentions: record.entities.map((e, i) => [
      id,
      i,
      e.start,
      e.end,
      e.type,
      e.text,
      e.canonical,
      e.sentence,
      e.source,
      e.confidence,
    ]),
    entities: record.entityIndex.map((e, i) => [
      id,
      i,
      e.type,
      e.canonical,
      e.mentions,
      e.aliases,
      e.ids?.wikidata ?? null,
      e.ids?.ars ?? null,
      e.ids?.ags ?? null,
      e.ids?.geonames ?? null,
      e.ids?.gkz ?? null,
      e.ids?.bfs ?? null,
      e.ids?.lawAbbreviation ?? null,
      e.ids?.lawUrl ?? null,
      e.organisations ?? null,
      e.roles ?? null,
    ]),
    topics: [
      ...topicRows(id, record.topics, 'topics'),
      ...topicRows(id, record.topicCandidates ?? [], 'topicCandidates'),
    ],
    relations: record.relations.map((r, i) => [
      id,
      i,
      r.person,
      r.personMention,
      r.role ?? null,
      r.organisation ?? null,
      r.organisationMention ?? null,
      r.former === true,
      r.start,
      r.end,
      r.sentence,
    ]),
    timex: record.timex.map((t, i) => [
      id,
      i,
      t.start,
      t.end,
      t.type,
      t.text,
      t.value,
      t.mod ?? null,
      t.sentence,
      t.source,
    ]),
    event_facts: record.eventFacts.map((f) => [
      id,
      f.event,
      f.eventMention,
      f.date?.value ?? null,
      f.date?.text ?? null,
      f.date?.timex ?? null,
      f.place?.name ?? null,
      f.place?.mention ?? null,
      f.organisers.map((o) => o.name),
      f.evidence.start,
      f.evidence.end,
    ]),
  };
}

/** Each table's rows column by column: `columns[table][c][row]`. */
export type TableColumns = Record<TableName, Value[][]>;

export function emptyColumns(): TableColumns {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, TABLES[name].map(() => [])])) as unknown as TableColumns;
}

export function appendRows(columns: TableColumns, rows: TableRows): void {
  for (const name of TABLE_NAMES) {
    const target = columns[name];
    for (const row of rows[name]) for (let c = 0; c < row.length; c++) target[c]!.push(row[c]!);
  }
}

/** Appends `more` (rows column by column, as a batch of extract sends them) to `columns`. */
export function appendColumns(columns: TableColumns, more: TableColumns): void {
  for (const name of TABLE_NAMES) {
    const target = columns[name];
    const source = more[name];
    for (let c = 0; c < target.length; c++) {
      const from = source[c]!;
      const to = target[c]!;
      for (let r = 0; r < from.length; r++) to.push(from[r]!);
    }
  }
}

function topicRows(id: string, topics: readonly Topic[], list: 'topics' | 'topicCandidates'): Row[] {
  return topics.map((t, i) => [
    id,
    i,
    t.id,
    t.label,
    t.score,
    t.evidence.map((span) => span.text),
    t.evidence[0]?.sentence ?? null,
    list,
  ]);
}
