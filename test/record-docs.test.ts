// docs/record.md and docs/contract.md against the record's zod schema: every
// field of every object in the record is named in record.md, each object's
// fields together in one code span, and the contract's record names only
// fields the schema has, with the topic evidence as the schema gives it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentRecordSchema, EvidenceSchema, SCHEMA_VERSION } from '../src/record.js';
import { ROOT } from './helpers.js';

interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; innerType?: SchemaNode; element?: SchemaNode } };
}

/** Each object of the schema (`topics[].evidence[]`) with its field names. */
function objectsOf(node: SchemaNode, path: string, into: Map<string, string[]>): Map<string, string[]> {
  const def = node._zod.def;
  if (def.type === 'optional') return objectsOf(def.innerType!, path, into);
  if (def.type === 'array') return objectsOf(def.element!, `${path}[]`, into);
  if (def.type === 'object') {
    into.set(path, Object.keys(def.shape!));
    for (const [key, field] of Object.entries(def.shape!)) objectsOf(field, path ? `${path}.${key}` : key, into);
  }
  return into;
}

const objects = objectsOf(DocumentRecordSchema as unknown as SchemaNode, '', new Map());
const read = (file: string): string => readFileSync(join(ROOT, 'docs', file), 'utf8');
/** The page's inline code spans, fenced blocks left out. */
const codeSpans = (text: string): string[] =>
  [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
const names = (span: string, key: string): boolean => new RegExp(`(^|[^\\w-])${key}\\??(?![\\w-])`).test(span);

describe('docs/record.md', () => {
  const page = read('record.md');
  const spans = codeSpans(page);

  it('names the current schema version', () => {
    expect(page).toContain(`"schemaVersion": "${SCHEMA_VERSION}"`);
    expect(page).toContain(`- **${SCHEMA_VERSION}**`);
  });

  it('has a bullet for every top-level field of the record', () => {
    const missing = objects.get('')!.filter((key) => !new RegExp(`^- \`${key}\``, 'm').test(page));
    // Fields described together with others (`title`, `date`, `source`, `location` with id's bullet, meta with them).
    const together = ['source', 'location', 'title', 'date', 'meta', 'language', 'id'];
    expect(missing.filter((key) => !together.some((name) => name === key && spans.some((s) => names(s, key))))).toEqual(
      [],
    );
  });

  it('lists the fields of each object in the record together, in one code span', () => {
    const stale: string[] = [];
    for (const [path, keys] of objects) {
      if (path === '' || path === 'meta') continue;
      if (!spans.some((span) => keys.every((key) => names(span, key)))) stale.push(`${path}: ${keys.join(', ')}`);
    }
    expect(stale).toEqual([]);
  });
});

describe('docs/contract.md', () => {
  const page = read('contract.md');
  const block = /## The record[\s\S]*?```ts\n([\s\S]*?)```/.exec(page)![1]!;

  it('names in its record only fields the schema has', () => {
    const allFields = new Set([...objects.values()].flat());
    const named = [...block.replace(/\/\/.*$/gm, '').matchAll(/(\w+)\??:/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((name) => !allFields.has(name))).toEqual([]);
  });

  it('gives topic evidence every field the schema has (sentence since 1.5.0)', () => {
    const evidence = /evidence: \{([\s\S]*?)\}\[\]/.exec(block.replace(/\/\/.*$/gm, ''))![1]!;
    const fields = [...evidence.matchAll(/(\w+):/g)].map((match) => match[1]!);
    expect(fields.sort()).toEqual(Object.keys(EvidenceSchema.shape).sort());
  });
});
