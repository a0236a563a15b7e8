// The document record: the zod schema is the single source of truth; the
// TypeScript types are inferred from it and dist/document-record.schema.json is
// generated from it at build time.

import { z } from 'zod';
import { TOKEN_KINDS } from './text/token-table.js';

/** Semantic version of the record format: major for breaking changes. */
export const SCHEMA_VERSION = '1.0.0';

const offset = z.number().int().nonnegative();

export const SpanSchema = z
  .object({
    start: offset.describe('UTF-16 offset of the first character (JavaScript string index)'),
    end: offset.describe('UTF-16 offset after the last character'),
    text: z.string().describe('input.slice(start, end)'),
  })
  .describe('A stretch of the input text');

export const TokenSchema = z
  .object({
    text: z.string(),
    start: offset,
    end: offset,
    kind: z.enum(TOKEN_KINDS),
    norm: z.string().describe('lower case, soft hyphens and line-break hyphenation removed'),
    stem: z.string().describe('German Snowball stem of norm (words only; other kinds repeat norm)'),
    suspended: z.boolean().optional().describe('a word ending in a suspended hyphen: "Bundes-" in "Bundes- und Landesebene"'),
    gender: z.boolean().optional().describe('a gender form: "Mitarbeiter:innen", "Kolleg*innen"'),
  })
  .describe('One token of the input');

export const SentenceSchema = z.object({ start: offset, end: offset });

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'LAW', 'EVENT', 'PRODUCT'] as const;

export const EntityMentionSchema = z
  .object({
    text: z.string().describe('input.slice(start, end)'),
    type: z.enum(ENTITY_TYPES),
    start: offset,
    end: offset,
    canonical: z.string().describe('normalised name shared by all mentions of one thing'),
    sentence: z.number().int().nonnegative().describe('index into sentences'),
    source: z.string().describe('the recogniser that found it'),
    confidence: z.number().min(0).max(1),
  })
  .describe('One mention of a named entity; mentions are in text order and never overlap');

export const TopicSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.number().min(0).max(1),
  evidence: z.array(SpanSchema),
});

export const WarningSchema = z
  .object({
    code: z.enum(['control-characters', 'lone-surrogates', 'replacement-characters']),
    message: z.string(),
    count: z.number().int().positive(),
  })
  .describe('Something unusual in the input that was handled; the record is still valid');

export const DocumentMetaSchema = z
  .object({
    id: z.string().optional(),
    source: z.string().optional(),
    title: z.string().optional(),
    date: z.string().optional().describe('as given, ideally ISO 8601 (YYYY-MM-DD)'),
  })
  .catchall(z.unknown());

export const DocumentRecordSchema = z
  .object({
    schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    id: z.string().describe('meta.id, else a stable hash of the text'),
    language: z.literal('de'),
    source: z.string().optional(),
    title: z.string().optional(),
    date: z.string().optional(),
    meta: z.record(z.string(), z.unknown()).optional().describe('further metadata passed in, unchanged'),
    stats: z.object({
      characters: z.number().int().nonnegative(),
      tokens: z.number().int().nonnegative(),
      words: z.number().int().nonnegative(),
      sentences: z.number().int().nonnegative(),
    }),
    sentences: z.array(SentenceSchema),
    entities: z.array(EntityMentionSchema),
    topics: z.array(TopicSchema).describe('sorted by score, highest first'),
    warnings: z.array(WarningSchema),
    tokens: z.array(TokenSchema).optional().describe('present when extract() is asked for tokens'),
  })
  .describe(`A govtext-de document record, schema version ${SCHEMA_VERSION}`);

export type Span = z.infer<typeof SpanSchema>;
export type Token = z.infer<typeof TokenSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type EntityMention = z.infer<typeof EntityMentionSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type RecordWarning = z.infer<typeof WarningSchema>;
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
