// Parquet output read back with DuckDB (@duckdb/node-api): govtext extract
// --format parquet and govtext convert --to parquet write the same typed
// tables, and the SQL an analyst would run gives exactly the figures of
// govtext stats --json on the same records.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const built = existsSync(CLI);
if (!built) console.warn('test/cli/parquet.test.ts: dist/cli.js not built, skipping (run npm run build)');

const work = mkdtempSync(join(tmpdir(), 'govtext-parquet-test-'));
const TABLES = ['documents', 'mentions', 'entities', 'topics', 'relations', 'timex', 'event_facts'];

function govtext(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function open(folder: string): Promise<DuckDBConnection> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  for (const table of TABLES) {
    await connection.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${join(folder, `${table}.parquet`)}')`);
  }
  return connection;
}

/** Rows as plain objects; DuckDB's BIGINT counts become numbers. */
async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader
    .getRowObjectsJS()
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value]),
      ),
    );
}

interface Stats {
  documents: number;
  failed: number;
  mentionsByType: Record<string, number>;
  distinctByType: Record<string, number>;
  topEntities: Record<string, { canonical: string; documents: number; mentions: number }[]>;
  topics: { id: string; label: string; documents: number }[];
  people: { person: string; documents: number; organisations: string[]; roles: string[] }[];
}

describe.skipIf(!built)('Parquet tables read with DuckDB', () => {
  const records = join(work, 'records.jsonl');
  const extracted = join(work, 'extracted');
  const converted = join(work, 'converted');
  let db: DuckDBConnection;
  let stats: Stats;
  let allStats: Stats;

  beforeAll(async () => {
    expect(govtext(['extract', 'corpus', '-o', records, '--quiet']).status).toBe(0);
    expect(govtext(['extract', 'corpus', '--format', 'parquet', '-o', extracted, '--quiet']).status).toBe(0);
    expect(govtext(['convert', records, '--to', 'parquet', '-o', converted]).status).toBe(0);
    stats = JSON.parse(govtext(['stats', records, '--json']).stdout);
    allStats = JSON.parse(govtext(['stats', records, '--json', '--top', '100000']).stdout);
    db = await open(extracted);
  }, 120_000);
  afterAll(() => {
    db?.closeSync();
    rmSync(work, { recursive: true, force: true });
  });

  it('extract --format parquet and convert --to parquet write byte-identical tables', () => {
    for (const table of TABLES) {
      expect(
        readFileSync(join(extracted, `${table}.parquet`)).equals(readFileSync(join(converted, `${table}.parquet`))),
      ).toBe(true);
    }
  });

  it('has typed columns: integers, doubles, lists of strings', async () => {
    const types = async (table: string) =>
      Object.fromEntries(
        (await rows(db, `DESCRIBE ${table}`)).map((row) => [row.column_name as string, row.column_type as string]),
      );
    expect(await types('mentions')).toMatchObject({
      document_id: 'VARCHAR',
      start: 'INTEGER',
      end: 'INTEGER',
      type: 'VARCHAR',
      confidence: 'DOUBLE',
    });
    expect(await types('entities')).toMatchObject({ mentions: 'INTEGER', aliases: 'VARCHAR[]', wikidata: 'VARCHAR' });
    expect(await types('topics')).toMatchObject({
      score: 'DOUBLE',
      evidence: 'VARCHAR[]',
      sentence: 'INTEGER',
      list: 'VARCHAR',
    });
    expect(await types('documents')).toMatchObject({ characters: 'INTEGER', keyphrases: 'VARCHAR[]' });
  });

  it('counts documents, mentions and distinct entities by type as stats --json does', async () => {
    const [{ documents }] = (await rows(db, 'SELECT count(*) AS documents FROM documents')) as [{ documents: number }];
    expect(documents).toBe(stats.documents);
    const byType = await rows(
      db,
      'SELECT type, count(*) AS mentions, count(DISTINCT canonical) AS distinct_entities FROM mentions GROUP BY type',
    );
    for (const row of byType) {
      expect(row.mentions).toBe(stats.mentionsByType[row.type as string]);
      expect(row.distinct_entities).toBe(stats.distinctByType[row.type as string]);
    }
  });

  it('documents per topic equal stats --json', async () => {
    const topics = await rows(
      db,
      `SELECT topic AS id, any_value(label) AS label, count(*) AS documents
       FROM topics GROUP BY topic ORDER BY documents DESC, topic`,
    );
    expect(topics).toEqual(stats.topics);
    expect(topics.length).toBeGreaterThan(10);
  });

  it('the top organisations equal stats --json', async () => {
    const top = await rows(
      db,
      `SELECT canonical, count(*) AS documents, sum(mentions) AS mentions
       FROM entities WHERE type = 'ORG'
       GROUP BY canonical ORDER BY documents DESC, mentions DESC, canonical LIMIT 10`,
    );
    expect(top).toEqual(stats.topEntities.ORG);
    const all = await rows(
      db,
      `SELECT canonical, count(*) AS documents, sum(mentions) AS mentions
       FROM entities WHERE type = 'ORG'
       GROUP BY canonical ORDER BY documents DESC, mentions DESC, canonical`,
    );
    expect(all).toEqual(allStats.topEntities.ORG);
  });

  it("people per organisation (and each person's organisations) equal stats --json", async () => {
    const people = await rows(
      db,
      // A person with a role no organisation is named for has no relation, only the role in the entities table.
      `WITH counted AS (
         SELECT person, organisation, count(*) AS times FROM relations
         WHERE organisation IS NOT NULL GROUP BY person, organisation),
       people AS (
         SELECT document_id, person FROM relations
         UNION SELECT document_id, canonical AS person FROM entities WHERE type = 'PER' AND len(roles) > 0)
       SELECT p.person, count(DISTINCT p.document_id) AS documents,
              coalesce((SELECT list(organisation ORDER BY times DESC, organisation) FROM counted c
                        WHERE c.person = p.person), []) AS organisations
       FROM people p GROUP BY p.person ORDER BY documents DESC, p.person`,
    );
    expect(people).toEqual(
      allStats.people.map(({ person, documents, organisations }) => ({ person, documents, organisations })),
    );

    const perOrganisation = await rows(
      db,
      `SELECT organisation, count(DISTINCT person) AS people FROM relations
       WHERE organisation IS NOT NULL GROUP BY organisation ORDER BY people DESC, organisation`,
    );
    const fromStats = new Map<string, number>();
    for (const person of allStats.people) {
      for (const organisation of person.organisations)
        fromStats.set(organisation, (fromStats.get(organisation) ?? 0) + 1);
    }
    const expected = [...fromStats]
      .map(([organisation, people]) => ({ organisation, people }))
      .sort((a, b) => b.people - a.people || (a.organisation < b.organisation ? -1 : 1));
    expect(perOrganisation).toEqual(expected);
    expect(perOrganisation.length).toBeGreaterThan(20);
  });

  it('time expressions and event facts join their documents: one timex row per record timex', async () => {
    const records = readFileSync(join(work, 'records.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as { timex: unknown[]; eventFacts: unknown[] });
    const [{ timex, facts }] = (await rows(
      db,
      'SELECT (SELECT count(*) FROM timex) AS timex, (SELECT count(*) FROM event_facts) AS facts',
    )) as [{ timex: number; facts: number }];
    expect(timex).toBe(records.reduce((sum, r) => sum + r.timex.length, 0));
    expect(facts).toBe(records.reduce((sum, r) => sum + r.eventFacts.length, 0));
    expect(timex).toBeGreaterThan(100);
  });

  it("topic rows carry their strongest evidence's sentence, and near misses come as topicCandidates rows", async () => {
    const extractor = createExtractor({ topicCandidates: true });
    const texts = ['01-ki-kongress.txt', '04-programm-digitaltag.txt'].map((name) =>
      extractor.extract(readFileSync(join(ROOT, 'corpus', name), 'utf8'), { id: name }),
    );
    const input = join(work, 'candidates.jsonl');
    writeFileSync(input, texts.map((record) => `${JSON.stringify(record)}\n`).join(''));
    const expected = texts.flatMap((record) =>
      (['topics', 'topicCandidates'] as const).flatMap((list) =>
        (record[list] ?? []).map((topic) => ({
          document_id: record.id!,
          topic: topic.id,
          sentence: topic.evidence[0]?.sentence ?? null,
          list,
        })),
      ),
    );
    expect(expected.some((row) => row.list === 'topicCandidates')).toBe(true);

    const folder = join(work, 'candidates-parquet');
    expect(govtext(['convert', input, '--to', 'parquet', '-o', folder]).status).toBe(0);
    const connection = await open(folder);
    expect(await rows(connection, 'SELECT document_id, topic, sentence, list FROM topics')).toEqual(expected);
    connection.closeSync();

    const csvFolder = join(work, 'candidates-csv');
    expect(govtext(['convert', input, '--to', 'csv', '-o', csvFolder]).status).toBe(0);
    const csvRows = parseCsv(readFileSync(join(csvFolder, 'topics.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(
      csvRows.map(({ document_id, topic, sentence, list }) => ({
        document_id,
        topic,
        sentence: sentence === '' ? null : Number(sentence),
        list,
      })),
    ).toEqual(expected);
  });

  it("relations keep former posts and where the organisation is named; a person's entity row its organisations and roles", async () => {
    interface Line {
      id: string;
      entityIndex: { type: string; canonical: string; organisations?: string[]; roles?: string[] }[];
      relations: { former?: boolean; organisationMention?: number }[];
    }
    const records = readFileSync(join(work, 'records.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Line);
    const relations = records.flatMap((r) => r.relations);
    const [counts] = await rows(
      db,
      `SELECT count(*) FILTER (WHERE former) AS former, count(organisation_mention) AS pointed FROM relations`,
    );
    expect(counts).toEqual({
      former: relations.filter((r) => r.former === true).length,
      pointed: relations.filter((r) => r.organisationMention !== undefined).length,
    });
    const types = Object.fromEntries(
      (await rows(db, 'DESCRIBE relations')).map((row) => [row.column_name as string, row.column_type as string]),
    );
    expect(types).toMatchObject({ former: 'BOOLEAN', organisation_mention: 'INTEGER' });

    const people = await rows(
      db,
      `SELECT document_id, canonical, organisations, roles FROM entities
       WHERE organisations IS NOT NULL OR roles IS NOT NULL ORDER BY document_id, entity`,
    );
    const expected = records
      .flatMap((r) =>
        r.entityIndex
          .filter((e) => e.organisations !== undefined || e.roles !== undefined)
          .map((e) => ({
            document_id: r.id,
            canonical: e.canonical,
            organisations: e.organisations ?? null,
            roles: e.roles ?? null,
          })),
      )
      .sort((a, b) => (a.document_id < b.document_id ? -1 : a.document_id > b.document_id ? 1 : 0));
    expect(people).toEqual(expected);
    expect(people.length).toBeGreaterThan(10);
  });

  it('mentions join back to their documents and relations to their mentions', async () => {
    const [{ orphans }] = (await rows(
      db,
      `SELECT count(*) AS orphans FROM relations r LEFT JOIN mentions m
       ON m.document_id = r.document_id AND m.mention = r.person_mention
       WHERE m.type IS DISTINCT FROM 'PER' OR m.canonical IS DISTINCT FROM r.person`,
    )) as [{ orphans: number }];
    expect(orphans).toBe(0);
  });

  it('keeps every input document exactly once: failed ones with their error, and empty input gives empty tables', async () => {
    const input = join(work, 'mixed.jsonl');
    writeFileSync(
      input,
      `{"id":"a","text":"Die Stadt Köln."}\n{"id":"b","text":5}\nnot json\n{"id":"c","text":"Das OZG."}\n`,
    );
    const folder = join(work, 'mixed');
    expect(govtext(['extract', input, '--format', 'parquet', '-o', folder, '--quiet']).status).toBe(1);
    const mixed = await open(folder);
    expect(await rows(mixed, 'SELECT document_id, error_code FROM documents')).toEqual([
      { document_id: 'a', error_code: null },
      { document_id: 'b', error_code: 'not-a-string' },
      { document_id: 'mixed.jsonl:3', error_code: 'malformed-json' },
      { document_id: 'c', error_code: null },
    ]);
    mixed.closeSync();

    const empty = join(work, 'empty.jsonl');
    writeFileSync(empty, '');
    const emptyFolder = join(work, 'empty');
    expect(govtext(['extract', empty, '--format', 'parquet', '-o', emptyFolder, '--quiet']).status).toBe(0);
    const none = await open(emptyFolder);
    for (const table of TABLES) expect(await rows(none, `SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    none.closeSync();
  });

  it('refuses parquet without a folder and convert without --to', () => {
    expect(govtext(['extract', 'corpus', '--format', 'parquet']).status).toBe(2);
    const run = govtext(['convert', records, '-o', join(work, 'x')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--to');
  });
});
