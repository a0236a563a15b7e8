// Writes dist/document-record.schema.json from the zod record schema (build step).

import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { DocumentRecordSchema, SCHEMA_VERSION } from '../src/record.js';

const schema = {
  title: `govtext-de document record ${SCHEMA_VERSION}`,
  ...z.toJSONSchema(DocumentRecordSchema, { target: 'draft-2020-12' }),
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/document-record.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote dist/document-record.schema.json (schema ${SCHEMA_VERSION})`);
