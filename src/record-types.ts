// The record's types as users see them, every field with its documentation
// (shown on hover). The zod schema in record.ts stays the source of truth:
// declaration files drop comments written inside a schema, so the documented
// interfaces live here, and the checks at the end fail to compile when an
// interface and its schema part (a field added, removed or retyped in one of them).

import type * as z from 'zod/mini';
import type {
  DocumentDateSchema,
  DocumentMetaSchema,
  DocumentRecordSchema,
  EventFactSchema,
  EvidenceSchema,
  EntityIdsSchema,
  EntityIndexEntrySchema,
  EntityMentionSchema,
  EntityType,
  KeyphraseSchema,
  LANGUAGE_CODES,
  RelationSchema,
  SentenceSchema,
  SpanSchema,
  TimeExpressionSchema,
  TimexMod,
  TimexType,
  TokenSchema,
  TopicId,
  TopicSchema,
  WarningSchema,
} from './record.js';
import type { TokenKind } from './text/token-table.js';

/** A stretch of the input text. */
export interface Span {
  /** UTF-16 offset of the first character (a JavaScript string index). */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  /** The stretch as written: `input.slice(start, end)`. */
  text: string;
}

/** One token of the input (in the record with `{ tokens: true }`). */
export interface Token {
  /** The token as written: `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  /** What kind of token it is: `word`, `number`, `date`, `punctuation`, `url`, `email`, … */
  kind: TokenKind;
  /** Lower case, soft hyphens and line-break hyphenation removed. */
  norm: string;
  /** The German Snowball stem of `norm` (words only; other kinds repeat `norm`). */
  stem: string;
  /** A word ending in a suspended hyphen: "Bundes-" in "Bundes- und Landesebene". */
  suspended?: boolean | undefined;
  /** A gender form: "Mitarbeiter:innen", "Kolleg*innen", "MitarbeiterInnen". */
  gender?: boolean | undefined;
}

/** One sentence: `input.slice(start, end)`. */
export interface Sentence {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
}

/** One mention of a named entity. Mentions are in text order and never overlap. */
export interface EntityMention {
  /** The mention as written: `input.slice(start, end)`. */
  text: string;
  /** PER (person), ORG (organisation), LOC (place), LAW (law, programme), EVENT or PRODUCT (product, standard). */
  type: EntityType;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  /** The normalised name all mentions of one thing share: `OZG` and `Onlinezugangsgesetzes` → `Onlinezugangsgesetz`. */
  canonical: string;
  /** Index into `sentences` of the sentence holding the mention. */
  sentence: number;
  /**
   * The list or rule that found it (`gazetteer:institutions`, `pattern:person`, `context:surname`, `model:ner`, …),
   * then, after each `+`, why a mention pass changed its span or canonical name (since 1.8.0):
   * `gazetteer:laws+context:version` (`BITV 2.0`), `pattern:person+context:surname` (`Herr Kuhn` → `Marco Kuhn`).
   */
  source: string;
  /** How sure the recogniser is, from 0 to 1. */
  confidence: number;
}

/** One distinct entity of the document: all mentions sharing a type and canonical name. */
export interface EntityIndexEntry {
  /** The canonical name. */
  canonical: string;
  /** The entity type. */
  type: EntityType;
  /** How many mentions it has in the document. */
  mentions: number;
  /**
   * The distinct surface forms, in order of first appearance, each run of whitespace as one space
   * (not verbatim: the mentions hold the exact text).
   */
  aliases: string[];
  /** Identifiers in open registries (since 1.4.0); only those that apply, never a guess; absent when none does. */
  ids?: EntityIds | undefined;
  /** A person's organisations (canonical names) as the document's relations state them, in text order (since 1.6.0). */
  organisations?: string[] | undefined;
  /**
   * A person's roles as written, in text order (since 1.6.0), also those no organisation is named for
   * (`Bundesminister Dr. Karl Kuhn` → `Bundesminister`).
   */
  roles?: string[] | undefined;
}

/** Identifiers of an entity in open registries. */
export interface EntityIds {
  /** Wikidata item: "Q502698". */
  wikidata?: string | undefined;
  /** Amtlicher Regionalschlüssel (Destatis): Land 2, Kreis 5, Gemeindeverband 9, Gemeinde 12 digits. */
  ars?: string | undefined;
  /** Amtlicher Gemeindeschlüssel (Destatis): Land 2, Kreis 5, Gemeinde 8 digits. */
  ags?: string | undefined;
  /** GeoNames id. */
  geonames?: string | undefined;
  /** Austrian Gemeindekennziffer (Statistik Austria), 5 digits. */
  gkz?: string | undefined;
  /** Swiss BFS-Gemeindenummer. */
  bfs?: string | undefined;
  /** Official abbreviation of a federal law: "OZG". */
  lawAbbreviation?: string | undefined;
  /** The law on gesetze-im-internet.de. */
  lawUrl?: string | undefined;
}

/** A person's role and/or affiliation, with the stretch of text that states it. */
export interface Relation {
  /** Canonical name of the person. */
  person: string;
  /** Index into `entities` of the person mention. */
  personMention: number;
  /** The role or function as written: "Beigeordneter", "CDO". */
  role?: string | undefined;
  /**
   * Canonical name of the organisation; for one named only inside a compound role (`AKDB-Vorstandsmitglied`), the
   * name as written. Since 1.6.0 always present; older records could hold a role without an organisation.
   */
  organisation?: string | undefined;
  /**
   * Index into `entities` of the organisation mention: the one where the relation is stated, or, where a role or noun
   * refers back to an organisation named before (`Chef der Staatskanzlei`), its first mention, in another sentence.
   * Absent for an organisation named only inside a compound role.
   */
  organisationMention?: number | undefined;
  /** A former post (since 1.6.0): "der frühere CIO des Landes", "Ex-Landrat". */
  former?: boolean | undefined;
  /** UTF-16 offset where the evidence starts. */
  start: number;
  /** UTF-16 offset where the evidence ends. */
  end: number;
  /** Index into `sentences` of the sentence that states it. */
  sentence: number;
}

/** A stretch of the input that supports a topic, within one sentence (since schema 1.5.0: `sentence`). */
export interface Evidence {
  /** UTF-16 offset of the first character (a JavaScript string index). */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  /** The stretch as written: `input.slice(start, end)`. */
  text: string;
  /** Index into `sentences` of the sentence that holds the evidence; evidence never crosses a sentence boundary. */
  sentence: number;
}

/** A topic the document discusses, with the evidence for it. */
export interface Topic {
  /** The topic's id: one of the built-in taxonomy's (`ki`, `ozg`, … `BUILT_IN_TOPIC_IDS`) or of your own taxonomy. */
  id: TopicId;
  /** The topic's label: "KI", "OZG/Onlinezugang". */
  label: string;
  /**
   * From 0 to 1; topics are sorted by it, highest first. For the built-in tagger the probability that a
   * reader would assign the topic, calibrated on held-out reports (a topic is reported from `minScore` on).
   */
  score: number;
  /** The strongest supporting stretches of text, unique by text, strongest first, at most five, each within one sentence. */
  evidence: Evidence[];
}

/** A characteristic noun or noun phrase of the document. */
export interface Keyphrase {
  /**
   * The phrase as first written in the document, each run of whitespace as one space
   * (not verbatim: a phrase stands for all its occurrences).
   */
  text: string;
  /** Frequency × rarity against a German background (with length, position, name and topic weights, lowered for words already chosen), the best phrase scoring 1; four decimals. */
  score: number;
}

/** Something unusual in the input that was handled; the record is still valid. */
export interface RecordWarning {
  /**
   * `control-characters` (treated as spaces), `lone-surrogates` (skipped), `replacement-characters`
   * (U+FFFD: the source was probably not valid UTF-8), `not-german` (the text looks like another language).
   */
  code: 'control-characters' | 'lone-surrogates' | 'replacement-characters' | 'not-german';
  /** What was found and what was done, in a sentence. */
  message: string;
  /** How many times (characters, or the other language's function words). */
  count: number;
}

/** One time expression; in text order, never overlapping (docs/time-expressions.md). */
export interface TimeExpression {
  /** The expression as written: `input.slice(start, end)`. */
  text: string;
  /** DATE (a day, month, year, quarter, season, decade, relative date), TIME (a clock time, with its date where stated), DURATION or SET (a recurrence). */
  type: TimexType;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  /**
   * The normalised value, ISO 8601 / TIMEX3 style: 2024-09-11, 2025-03, 2024-Q3, 2024-FA, 202 (a decade),
   * T10:00, 2024-09-11/2024-09-12 (a range), P3Y, PXY, XXXX-03-05 (year unknown), PRESENT_REF.
   */
  value: string;
  /** A modifier: START, MID, END (Anfang/Mitte/Ende), APPROX (rund), BEFORE (bis 2025), AFTER (seit 2021). */
  mod?: TimexMod | undefined;
  /** Index into `sentences`. */
  sentence: number;
  /** The grammar rule that read it (`time:day-month-year`, `time:range`, …). */
  source: string;
}

/** The date the document is dated by, and where it came from. */
export interface DocumentDate {
  /** The date relative expressions were resolved against, YYYY-MM-DD. */
  value: string;
  /** Where it came from: the caller's `meta.date`, or the text: a dateline, a publication or author line, a relative day with its date ("gestern (23. Juni 2025)"). */
  source: 'meta' | 'dateline' | 'publication-line' | 'relative-day';
  /** The stretch of text that states it (absent when it came from `meta.date`). */
  evidence?: Span | undefined;
}

/** An entity an event fact refers to. */
export interface EntityReference {
  /** Canonical name of the entity. */
  name: string;
  /** Index into `entities` of the mention. */
  mention: number;
}

/** An EVENT with the date, place and organisers the text gives for it. */
export interface EventFact {
  /** Canonical name of the EVENT. */
  event: string;
  /** Index into `entities` of the event mention the facts stand beside. */
  eventMention: number;
  /** When it takes place: the value, text and index into `timex` of the date or range. */
  date?:
    | {
        /** The normalised value of the date or range. */
        value: string;
        /** The date as written. */
        text: string;
        /** Index into `timex`. */
        timex: number;
      }
    | undefined;
  /** Where: a LOC mention. */
  place?: EntityReference | undefined;
  /** Who organises or hosts it: ORG mentions. */
  organisers: EntityReference[];
  /** The sentences that state the facts (the event's sentence and the next or previous one). */
  evidence: {
    /** UTF-16 offset where the evidence starts. */
    start: number;
    /** UTF-16 offset where the evidence ends. */
    end: number;
  };
}

/** What a caller says about a document: `extract(text, meta)`. Other keys go to the record's `meta`. */
export interface DocumentMeta {
  /** The document's id; numbers become strings. Default: a stable hash of the text. */
  id?: string | undefined;
  /** Where the document comes from (a URL, a feed, an archive): copied to the record. */
  source?: string | undefined;
  /** Where govtext extract read it (a file, or FILE.jsonl:LINE): copied to the record. */
  location?: string | undefined;
  /** The document's title. */
  title?: string | undefined;
  /** Its date, as given, ideally ISO 8601 (YYYY-MM-DD). */
  date?: string | undefined;
  [key: string]: unknown;
}

/** The record of one document: what `extract()` returns and `govtext extract` writes, one JSON object per line. */
export interface DocumentRecord {
  /** The record format's semantic version (`SCHEMA_VERSION`): a new major version breaks readers. */
  schemaVersion: string;
  /** `meta.id`, else a stable 64-bit hash of the text. */
  id: string;
  /** `de`; another code (`en`, `fr`, `nl`, `it`, `es`) when the text is clearly in that language, with a warning. */
  language: (typeof LANGUAGE_CODES)[number];
  /** `meta.source`: where the document comes from. */
  source?: string | undefined;
  /** Where govtext extract read the document (a file, or FILE.jsonl:LINE), whatever `source` says. */
  location?: string | undefined;
  /** `meta.title` (or an HTML page's `<title>`). */
  title?: string | undefined;
  /** `meta.date`, as given. */
  date?: string | undefined;
  /** The date the document is dated by (`meta.date`, or what the text states), against which relative time expressions resolve; absent when neither says one. */
  documentDate?: DocumentDate | undefined;
  /** Further metadata passed in, unchanged. */
  meta?: Record<string, unknown> | undefined;
  /** Counts: characters (UTF-16 units), tokens, words, sentences. */
  stats: {
    /** UTF-16 code units of the text. */
    characters: number;
    /** Tokens of every kind. */
    tokens: number;
    /** Word tokens. */
    words: number;
    /** Sentences. */
    sentences: number;
  };
  /** The sentences, in text order. */
  sentences: Sentence[];
  /** Every entity mention, in text order, never overlapping. */
  entities: EntityMention[];
  /** The distinct entities, in order of first mention. */
  entityIndex: EntityIndexEntry[];
  /** Roles and affiliations of people, in text order. */
  relations: Relation[];
  /** Time expressions with normalised values, in text order. */
  timex: TimeExpression[];
  /** Events with the date, place and organisers the text gives for them, in order of first mention. */
  eventFacts: EventFact[];
  /** The topics the document discusses, highest score first. */
  topics: Topic[];
  /**
   * The near misses, highest score first: topics with evidence whose score is below `minScore` but at
   * least 0.1. Present only with `{ topicCandidates: true }` (since schema 1.7.0).
   */
  topicCandidates?: Topic[] | undefined;
  /** The most characteristic phrases, best first (ten by default). */
  keyphrases: Keyphrase[];
  /** Unusual input that was handled. */
  warnings: RecordWarning[];
  /** Every token, when `extract()` is asked for them (`{ tokens: true }`). */
  tokens?: Token[] | undefined;
}

// Optional fields are compared by name too: a field the schema has and the interface lacks (or the other way round)
// would otherwise pass, since either side accepts an object without it.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? SameKeys<A, B> : false) : false;

// Each documented type is exactly what its schema gives.
void (true satisfies Same<Span, z.output<typeof SpanSchema>>);
void (true satisfies Same<Token, z.output<typeof TokenSchema>>);
void (true satisfies Same<Sentence, z.output<typeof SentenceSchema>>);
void (true satisfies Same<EntityMention, z.output<typeof EntityMentionSchema>>);
void (true satisfies Same<EntityIndexEntry, z.output<typeof EntityIndexEntrySchema>>);
void (true satisfies Same<EntityIds, z.output<typeof EntityIdsSchema>>);
void (true satisfies Same<Relation, z.output<typeof RelationSchema>>);
void (true satisfies Same<Evidence, z.output<typeof EvidenceSchema>>);
void (true satisfies Same<Topic, z.output<typeof TopicSchema>>);
void (true satisfies Same<Keyphrase, z.output<typeof KeyphraseSchema>>);
void (true satisfies Same<RecordWarning, z.output<typeof WarningSchema>>);
void (true satisfies Same<TimeExpression, z.output<typeof TimeExpressionSchema>>);
void (true satisfies Same<DocumentDate, z.output<typeof DocumentDateSchema>>);
void (true satisfies Same<EventFact, z.output<typeof EventFactSchema>>);
void (true satisfies Same<DocumentMeta, z.output<typeof DocumentMetaSchema>>);
void (true satisfies Same<DocumentRecord, z.output<typeof DocumentRecordSchema>>);
