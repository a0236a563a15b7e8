// The document record: the zod schema is the single source of truth; the
// TypeScript types are inferred from it and dist/document-record.schema.json is
// generated from it at build time.

import * as z from 'zod/mini';
import { TOKEN_KINDS } from './text/token-table.js';

// zod/mini (not the chaining API) keeps browser bundles small: it tree-shakes.

/** Semantic version of the record format: major for breaking changes. */
export const SCHEMA_VERSION = '1.8.0';

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
    sentence: offset('index into sentences: the sentence that holds the mention'),
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

const digits = (description: string) => z.string().check(z.regex(/^\d+$/), describe(description));

export const EntityIdsSchema = z
  .object({
    wikidata: z.optional(z.string().check(z.regex(/^Q\d+$/), describe('Wikidata item: "Q502698"'))),
    ars: z.optional(
      digits('Amtlicher Regionalschlüssel (Destatis): Land 2, Kreis 5, Gemeindeverband 9, Gemeinde 12 digits'),
    ),
    ags: z.optional(digits('Amtlicher Gemeindeschlüssel (Destatis): Land 2, Kreis 5, Gemeinde 8 digits')),
    geonames: z.optional(digits('GeoNames id')),
    gkz: z.optional(digits('Austrian Gemeindekennziffer (Statistik Austria), 5 digits')),
    bfs: z.optional(digits('Swiss BFS-Gemeindenummer')),
    lawAbbreviation: z.optional(z.string().check(describe('official abbreviation of a federal law: "OZG"'))),
    lawUrl: z.optional(z.string().check(describe('the law on gesetze-im-internet.de'))),
  })
  .check(describe('Identifiers in open registries; only those that apply, never a guess'));

export const EntityIndexEntrySchema = z
  .object({
    canonical: z.string(),
    type: z.enum(ENTITY_TYPES),
    mentions: z.int().check(z.positive(), describe('number of mentions in the document')),
    aliases: z
      .array(z.string())
      .check(
        describe(
          'distinct surface forms, in order of first appearance, each run of whitespace as one space (not verbatim: the mentions hold the exact text)',
        ),
      ),
    ids: z.optional(EntityIdsSchema),
    organisations: z.optional(
      z
        .array(z.string())
        .check(describe("a person's organisations (canonical names) as the relations state them, in text order")),
    ),
    roles: z.optional(
      z
        .array(z.string())
        .check(describe("a person's roles as written, in text order, also those no organisation is named for")),
    ),
  })
  .check(describe('One distinct entity of the document: all mentions sharing a type and canonical name'));

export const RelationSchema = z
  .object({
    person: z.string().check(describe('canonical name of the person')),
    personMention: offset('index into entities of the person mention'),
    role: z.optional(z.string().check(describe('role or function as written: "Beigeordneter", "CDO"'))),
    organisation: z.optional(z.string().check(describe('canonical name of the organisation'))),
    organisationMention: z.optional(
      offset(
        'index into entities of the organisation mention; in another sentence when a role refers back to an organisation named before',
      ),
    ),
    former: z.optional(z.boolean().check(describe('a former post: "der frühere CIO des Landes"'))),
    start: offset('UTF-16 offset where the evidence starts'),
    end: offset('UTF-16 offset where the evidence ends'),
    sentence: offset('index into sentences: the sentence that holds start..end'),
  })
  .check(describe("A person's role and/or affiliation, with the stretch of text that states it"));

/** The ids of the built-in taxonomy's topics (docs/annotation.md defines them). */
export const BUILT_IN_TOPIC_IDS = [
  'ki',
  'cloud',
  'souveraenitaet',
  'open-source',
  'ozg',
  'efa',
  'it-sicherheit',
  'datenschutz',
  'open-data',
  'e-akte',
  'prozesse',
  'register',
  'identitaet',
  'e-rechnung',
  'personal',
  'finanzierung',
  'kooperation',
  'migration',
  'smart-city',
  'barrierefreiheit',
  'agile',
  'mobiles-arbeiten',
  'blockchain',
] as const;

/** A built-in topic id, or the id of a topic of your own taxonomy (any string). */
export type TopicId = (typeof BUILT_IN_TOPIC_IDS)[number] | (string & {});

/** The languages the language check tells apart; `de` unless a text is clearly in another. */
export const LANGUAGE_CODES = ['de', 'en', 'fr', 'nl', 'it', 'es'] as const;

export const EvidenceSchema = z
  .object({
    start: offset('UTF-16 offset of the first character (JavaScript string index)'),
    end: offset('UTF-16 offset after the last character'),
    text: z.string().check(describe('input.slice(start, end)')),
    sentence: offset('index into sentences: the sentence that holds the evidence'),
  })
  .check(describe('A stretch of the input that supports a topic, within one sentence'));

export const TopicSchema = z.object({
  id: z.string() as unknown as z.ZodMiniType<TopicId, TopicId>,
  label: z.string(),
  score: z
    .number()
    .check(
      z.minimum(0),
      z.maximum(1),
      describe('the probability that a reader would assign the topic (calibrated on held-out reports)'),
    ),
  evidence: z
    .array(EvidenceSchema)
    .check(describe('the strongest supporting spans, unique by text, strongest first, at most five')),
});

export const KeyphraseSchema = z
  .object({
    text: z
      .string()
      .check(
        describe(
          'the phrase as first written in the document, each run of whitespace as one space (not verbatim: a phrase stands for all its occurrences)',
        ),
      ),
    score: z
      .number()
      .check(
        z.minimum(0),
        z.maximum(1),
        describe(
          'frequency times rarity against a German background, weighted and diversified, the best phrase scoring 1',
        ),
      ),
  })
  .check(describe('A characteristic noun or noun phrase of the document'));

export const WarningSchema = z
  .object({
    code: z.enum(['control-characters', 'lone-surrogates', 'replacement-characters', 'not-german']),
    message: z.string(),
    count: z.int().check(z.positive()),
  })
  .check(describe('Something unusual in the input that was handled; the record is still valid'));

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export const TIMEX_MODS = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'] as const;

export const TimeExpressionSchema = z
  .object({
    /** The expression as written: input.slice(start, end). */
    text: z.string().check(describe('input.slice(start, end)')),
    /** DATE (a day, month, year, quarter, season, decade, relative date), TIME (a clock time, with its date where stated), DURATION or SET (a recurrence). */
    type: z.enum(TIMEX_TYPES),
    /** UTF-16 offset of the first character. */
    start: offset('UTF-16 offset of the first character'),
    /** UTF-16 offset after the last character. */
    end: offset('UTF-16 offset after the last character'),
    /**
     * The normalised value, ISO 8601 / TIMEX3 style: 2024-09-11, 2025-03, 2024-Q3, 2024-FA, 202 (a decade),
     * T10:00, 2024-09-11/2024-09-12 (a range), P3Y, PXY, XXXX-03-05 (year unknown), PRESENT_REF.
     */
    value: z
      .string()
      .check(
        describe('normalised ISO 8601 / TIMEX3-style value; X where the text and the document date leave it open'),
      ),
    /** A modifier: START, MID, END (Anfang/Mitte/Ende), APPROX (rund), BEFORE (bis 2025), AFTER (seit 2021). */
    mod: z.optional(z.enum(TIMEX_MODS)),
    /** Index into sentences. */
    sentence: offset('index into sentences'),
    /** The grammar rule that read it (time:day-month-year, time:range, …). */
    source: z.string().check(describe('the rule that read it')),
  })
  .check(describe('One time expression (ANNOTATION.md, "Time expressions"); in text order, never overlapping'));

export const DocumentDateSchema = z
  .object({
    /** The date relative expressions were resolved against, YYYY-MM-DD. */
    value: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), describe('YYYY-MM-DD')),
    /** Where it came from: the caller's meta.date, or the text: a dateline, a publication or author line, a relative day with its date (gestern (23. Juni 2025)). */
    source: z.enum(['meta', 'dateline', 'publication-line', 'relative-day']),
    /** The stretch of text that states it (absent when it came from meta.date). */
    evidence: z.optional(SpanSchema),
  })
  .check(describe('The date the document is dated by, and where it came from'));

const EntityReferenceSchema = z.object({
  /** Canonical name of the entity. */
  name: z.string().check(describe('canonical name')),
  /** Index into entities of the mention. */
  mention: offset('index into entities'),
});

export const EventFactSchema = z
  .object({
    /** Canonical name of the EVENT. */
    event: z.string().check(describe('canonical name of the event')),
    /** Index into entities of the event mention the facts stand beside. */
    eventMention: offset('index into entities of the event mention'),
    /** When it takes place: the value, text and index into timex of the date or range. */
    date: z.optional(
      z.object({
        value: z.string(),
        text: z.string(),
        timex: offset('index into timex'),
      }),
    ),
    /** Where: a LOC mention. */
    place: z.optional(EntityReferenceSchema),
    /** Who organises or hosts it: ORG mentions. */
    organisers: z.array(EntityReferenceSchema),
    /** The sentences that state the facts (the event's sentence and the next or previous one). */
    evidence: z.object({
      start: offset('UTF-16 offset where the evidence starts'),
      end: offset('UTF-16 offset where the evidence ends'),
    }),
  })
  .check(describe('An EVENT with the date, place and organisers the text gives for it'));

export const DocumentMetaSchema = z.catchall(
  z.object({
    id: z.optional(z.string()),
    source: z.optional(z.string()),
    location: z.optional(z.string()),
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
    language: z.enum(LANGUAGE_CODES).check(describe('de; another code when the text is clearly in that language')),
    source: z.optional(z.string()),
    location: z.optional(
      z.string().check(describe('where govtext extract read the document: a file, or FILE.jsonl:LINE')),
    ),
    title: z.optional(z.string()),
    date: z.optional(z.string()),
    /** The date the document is dated by (meta.date, or what the text states), against which relative time expressions resolve; absent when neither says one. */
    documentDate: z.optional(DocumentDateSchema),
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
    /** Time expressions with normalised values, in text order. */
    timex: z.array(TimeExpressionSchema).check(describe('time expressions, in text order')),
    /** Events with the date, place and organisers the text gives for them, in order of first mention. */
    eventFacts: z.array(EventFactSchema).check(describe('events with their date, place and organisers')),
    topics: z.array(TopicSchema).check(describe('sorted by score, highest first')),
    topicCandidates: z.optional(
      z
        .array(TopicSchema)
        .check(
          describe('near misses: topics with evidence scoring below minScore (present when asked for), highest first'),
        ),
    ),
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
export type EntityIds = z.infer<typeof EntityIdsSchema>;
export type EntityIndexEntry = z.infer<typeof EntityIndexEntrySchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Keyphrase = z.infer<typeof KeyphraseSchema>;
export type RecordWarning = z.infer<typeof WarningSchema>;
export type TimexType = (typeof TIMEX_TYPES)[number];
export type TimexMod = (typeof TIMEX_MODS)[number];
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
export type DocumentDate = z.infer<typeof DocumentDateSchema>;
export type EventFact = z.infer<typeof EventFactSchema>;
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
