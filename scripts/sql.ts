// npm run sql -- FOLDER "SELECT …" — runs SQL on the Parquet tables of govtext
// extract --format parquet (documents, mentions, entities, topics, relations are
// views of FOLDER/*.parquet) with DuckDB (@duckdb/node-api, a dev dependency)
// and prints the rows as a table.

import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [folder, sql] = process.argv.slice(2);
if (folder === undefined || sql === undefined) throw new Error('usage: npm run sql -- FOLDER "SELECT …"');
const connection = await (await DuckDBInstance.create(':memory:')).connect();
for (const table of ['documents', 'mentions', 'entities', 'topics', 'relations', 'timex', 'event_facts']) {
  await connection.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${join(folder, `${table}.parquet`)}')`);
}
const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson();
console.table(rows);
