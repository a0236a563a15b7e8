// Output as Parquet (--format parquet, govtext convert --to parquet): the tables
// tables of parquet-tables.ts, one file each in a folder, written by
// hyparquet-writer (chosen by measurement: docs/sql.md). Lines are records or
// extract's error lines, or a batch's rows column by column ({"tables": …},
// from the workers of extract). Rows are gathered per table and written as a
// row group every ROW_GROUP_ROWS rows, so memory stays
// flat however long the input. Each file is written under a temporary name and
// renamed when complete: a file named *.parquet is always whole; a fault (a
// full disk) removes the partial files and is an OutputProblem naming the file.
// Loaded only for this format, so the library and the other formats never load
// the writer.

import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { DocumentRecord } from '../record.js';
import { OutputProblem, causeOf, codeOf } from './faults.js';
import type { LineSink } from './outputs.js';
import {
  type ColumnSpec,
  type ErrorLine,
  TABLES,
  TABLE_NAMES,
  type TableColumns,
  type TableName,
  appendColumns,
  appendRows,
  emptyColumns,
  tableRows,
} from './parquet-tables.js';

/** Rows per row group: large enough for good compression, small enough to keep memory flat. */
const ROW_GROUP_ROWS = 100_000;

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

function schemaOf(columns: readonly ColumnSpec[]): SchemaElement[] {
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }];
  for (const { name, type, required } of columns) {
    const repetition_type = required ? 'REQUIRED' : 'OPTIONAL';
    if (type === 'STRING') schema.push({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type });
    else if (type === 'INT32') schema.push({ name, type: 'INT32', repetition_type });
    else if (type === 'DOUBLE') schema.push({ name, type: 'DOUBLE', repetition_type });
    else if (type === 'BOOLEAN') schema.push({ name, type: 'BOOLEAN', repetition_type });
    else {
      schema.push(
        { name, repetition_type, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      );
    }
  }
  return schema;
}

/**
 * Min/max statistics, which let readers skip row groups, for numbers and
 * document ids: comparing every other string cost more than half of the
 * encoding time (measured in docs/sql.md).
 */
const withStatistics = (spec: ColumnSpec): boolean =>
  spec.type === 'INT32' || spec.type === 'DOUBLE' || spec.name === 'document_id';

interface TableFile {
  writer: ParquetWriter;
  columns: readonly ColumnSpec[];
  partial: string;
  path: string;
}

export function parquetSink(folder: string, createdBy: string): LineSink & { readonly documents: number } {
  const files = {} as Record<TableName, TableFile>;
  let documents = 0;
  let broken = false;
  /** Removes every partial file and names the fault; no table is left half-written, and none is written later. */
  const fault = (error: unknown, path: string): OutputProblem => {
    broken = true;
    for (const file of Object.values(files)) rmSync(file.partial, { force: true });
    documents = 0;
    const named = (error as NodeJS.ErrnoException).path ?? path;
    return new OutputProblem(`cannot write ${named}: ${causeOf(error)}`, false, codeOf(error));
  };
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw fault(error, folder);
  }
  for (const name of TABLE_NAMES) {
    const columns = TABLES[name];
    const path = join(folder, `${name}.parquet`);
    const partial = `${path}.partial`;
    try {
      const writer = new ParquetWriter({ writer: fileWriter(partial), schema: schemaOf(columns), createdBy });
      files[name] = { writer, columns, partial, path };
    } catch (error) {
      throw fault(error, partial);
    }
  }
  // The rows not yet written, column by column.
  const buffered = emptyColumns();

  const flush = (name: TableName): void => {
    const data = buffered[name];
    if (data[0]!.length === 0) return;
    const file = files[name];
    const columnData = file.columns.map((spec, c) => ({
      name: spec.name,
      data: data[c]!,
      statistics: withStatistics(spec),
    }));
    // One write call, one row group: hyparquet-writer splits only above rowGroupSize.
    void file.writer.write({ columnData, rowGroupSize: ROW_GROUP_ROWS });
    buffered[name] = file.columns.map(() => []);
  };
  const flushFull = (): void => {
    for (const name of TABLE_NAMES) if (buffered[name][0]!.length >= ROW_GROUP_ROWS) flush(name);
  };

  const add = (value: DocumentRecord | ErrorLine | { tables: TableColumns }): void => {
    if ('tables' in value) {
      appendColumns(buffered, value.tables);
      documents += value.tables.documents[0]!.length;
    } else {
      appendRows(buffered, tableRows(value));
      documents++;
    }
    flushFull();
  };

  const decoder = new TextDecoder();
  return {
    async write(lines) {
      if (broken) return;
      // JSON escapes newlines inside strings: every newline ends a line.
      for (const line of decoder.decode(lines).split('\n')) {
        if (line === '') continue;
        const value = JSON.parse(line) as DocumentRecord | ErrorLine | { tables: TableColumns };
        try {
          add(value);
        } catch (error) {
          throw fault(error, folder);
        }
      }
    },
    get documents() {
      return documents;
    },
    async close() {
      if (broken) return;
      for (const name of TABLE_NAMES) {
        const file = files[name];
        try {
          flush(name);
          file.writer.finish();
        } catch (error) {
          throw fault(error, file.partial);
        }
      }
      for (const file of Object.values(files)) {
        try {
          rmSync(file.path, { force: true });
          renameSync(file.partial, file.path);
        } catch (error) {
          throw fault(error, file.path);
        }
      }
    },
  };
}
