// The document record: the zod schema is the single source of truth; the
// TypeScript types are inferred from it and dist/document-record.schema.json is
// generated from it at build time.

import * as z from 'zod/mini';
import { TOKEN_KINDS } from './text/token-table.js';

// zod/mini (not the chaining API) keeps browser bundles small: it tree-shakes.

/** Semantic version of the record format: major for breaking changes. */
export const SCHEMA_VERSION = '1.3.0';

const offset = (description: string) => z.int().check(z.nonnegative(), z.describe(description));
const describe = z.describe;

export const SpanSchema = z
  .object({
    start: offset('UTF-16 offset of the first character (JavaScript string index)'),
    end: offset('UTF-16 offset after the last character'),
    text: z.string().check(describe('input.slice(start, end)')),
  })
  .check(describe('A stretch of the input text'));

export const TokenSchema = z
  .object({
    text: z.string(),
    start: offset('UTF-16 offset of the first character'),
    end: offset('UTF-16 offset after the last character'),
    kind: z.enum(TOKEN_KINDS),
    norm: z.string().check(describe('lower case, soft hyphens and line-break hyphenation removed')),
    stem: z.string().check(describe('German Snowball stem of norm (words only; other kinds repeat norm)')),
    suspended: z.optional(
      z.boolean().check(describe('a word ending in a suspended hyphen: "Bundes-" in "Bundes- und Landesebene"')),
    ),
    gender: z.optional(
      z.boolean().check(describe('a gender form: "Mitarbeiter:innen", "Kolleg*innen", "MitarbeiterInnen"')),
    ),
  })
  .check(describe('One token of the input'));

export const SentenceSchema = z.object({
  start: offset('UTF-16 offset of the first character'),
  end: offset('UTF-16 offset after the last character'),
});

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'LAW', 'EVENT', 'PRODUCT'] as const;

export const EntityMentionSchema = z
  .object({
    text: z.string().check(describe('input.slice(start, end)')),
    type: z.enum(ENTITY_TYPES),
    start: offset('UTF-16 offset of the first character'),
    end: offset('UTF-16 offset after the last character'),
    canonical: z.string().check(describe('normalised name shared by all mentions of one thing')),
    sentence: offset('index into sentences'),
    source: z
      .string()
      .check(
        describe(
          'the recogniser that found it, then, after each +, why a mention pass changed it (gazetteer:laws+context:version)',
        ),
      ),
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
  })
  .check(describe('One mention of a named entity; mentions are in text order and never overlap'));

export const EntityIndexEntrySchema = z
  .object({
    canonical: z.string(),
    type: z.enum(ENTITY_TYPES),
    mentions: z.int().check(z.positive(), describe('number of mentions in the document')),
    aliases: z.array(z.string()).check(describe('distinct surface forms, in order of first appearance')),
  })
  .check(describe('One distinct entity of the document: all mentions sharing a type and canonical name'));

export const RelationSchema = z
  .object({
    person: z.string().check(describe('canonical name of the person')),
    personMention: offset('index into entities of the person mention'),
    role: z.optional(z.string().check(describe('role or function as written: "Beigeordneter", "CDO"'))),
    organisation: z.optional(z.string().check(describe('canonical name of the organisation'))),
    organisationMention: z.optional(offset('index into entities of the organisation mention')),
    start: offset('UTF-16 offset where the evidence starts'),
    end: offset('UTF-16 offset where the evidence ends'),
    sentence: offset('index into sentences'),
  })
  .check(describe("A person's role and/or affiliation, with the stretch of text that states it"));

export const TopicSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  evidence: z.array(SpanSchema),
});

export const KeyphraseSchema = z
  .object({
    text: z.string().check(describe('the phrase as first written in the document')),
    score: z
      .number()
      .check(z.minimum(0), z.maximum(1), describe('TF-IDF against a German background, the best phrase scoring 1')),
  })
  .check(describe('A characteristic noun or noun phrase of the document'));

export const WarningSchema = z
  .object({
    code: z.enum(['control-characters', 'lone-surrogates', 'replacement-characters']),
    message: z.string(),
    count: z.int().check(z.positive()),
  })
  .check(describe('Something unusual in the input that was handled; the record is still valid'));

export const DocumentMetaSchema = z.catchall(
  z.object({
    id: z.optional(z.string()),
    source: z.optional(z.string()),
    title: z.optional(z.string()),
    date: z.optional(z.string().check(describe('as given, ideally ISO 8601 (YYYY-MM-DD)'))),
  }),
  z.unknown(),
);

const count = () => z.int().check(z.nonnegative());

export const DocumentRecordSchema = z
  .object({
    schemaVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
    id: z.string().check(describe('meta.id, else a stable hash of the text')),
    language: z.literal('de'),
    source: z.optional(z.string()),
    title: z.optional(z.string()),
    date: z.optional(z.string()),
    meta: z.optional(z.record(z.string(), z.unknown()).check(describe('further metadata passed in, unchanged'))),
    stats: z.object({
      characters: count(),
      tokens: count(),
      words: count(),
      sentences: count(),
    }),
    sentences: z.array(SentenceSchema),
    entities: z.array(EntityMentionSchema),
    entityIndex: z.array(EntityIndexEntrySchema).check(describe('distinct entities, in order of first mention')),
    relations: z.array(RelationSchema).check(describe('roles and affiliations of people, in text order')),
    topics: z.array(TopicSchema).check(describe('sorted by score, highest first')),
    keyphrases: z.array(KeyphraseSchema).check(describe('sorted by score, highest first')),
    warnings: z.array(WarningSchema),
    tokens: z.optional(z.array(TokenSchema).check(describe('present when extract() is asked for tokens'))),
  })
  .check(describe(`A govtext-de document record, schema version ${SCHEMA_VERSION}`));

export type Span = z.infer<typeof SpanSchema>;
export type Token = z.infer<typeof TokenSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type EntityMention = z.infer<typeof EntityMentionSchema>;
export type EntityIndexEntry = z.infer<typeof EntityIndexEntrySchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Keyphrase = z.infer<typeof KeyphraseSchema>;
export type RecordWarning = z.infer<typeof WarningSchema>;
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
