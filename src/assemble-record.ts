// Builds the document record from the stages' results, in a fixed key order so
// the same input always serialises to the same bytes.

import { describeValue } from './input.js';
import {
  type DocumentDate,
  type DocumentMeta,
  type DocumentRecord,
  type EntityIndexEntry,
  type EntityMention,
  type EventFact,
  type Keyphrase,
  type RecordWarning,
  type Relation,
  SCHEMA_VERSION,
  type TimeExpression,
  type Token,
  type Topic,
} from './record.js';
import type { AnalysedText } from './text/analysed-text.js';
import type { LanguageCheck } from './text/language-check.js';
import { stableTextId } from './text/hash.js';
import type { SentenceTable } from './text/sentences.js';
import { Flag, Kind, TOKEN_KINDS, type TokenTable } from './text/token-table.js';
import type { WordFormTable } from './text/word-forms.js';

const RESERVED_META_KEYS = new Set(['id', 'source', 'location', 'title', 'date']);

export interface RecordParts {
  doc: AnalysedText;
  meta: DocumentMeta | undefined;
  entities: EntityMention[];
  entityIndex: EntityIndexEntry[];
  relations: Relation[];
  timex: TimeExpression[];
  documentDate: DocumentDate | undefined;
  eventFacts: EventFact[];
  topics: Topic[];
  /** Near misses, when the caller asked for them. */
  topicCandidates?: Topic[] | undefined;
  keyphrases: Keyphrase[];
  includeTokens: boolean;
  /** What the language check found (text/language-check.ts). */
  language: LanguageCheck;
}

export function assembleRecord(parts: RecordParts): DocumentRecord {
  const {
    doc,
    meta,
    entities,
    entityIndex,
    relations,
    timex,
    documentDate,
    eventFacts,
    topics,
    topicCandidates,
    keyphrases,
    includeTokens,
    language,
  } = parts;
  const { text, tokens, sentences } = doc;
  const extra = extraMeta(meta);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: meta?.id ?? stableTextId(text),
    language: language.code as DocumentRecord['language'],
    ...(meta?.source !== undefined && { source: meta.source }),
    ...(meta?.location !== undefined && { location: meta.location }),
    ...(meta?.title !== undefined && { title: meta.title }),
    ...(meta?.date !== undefined && { date: meta.date }),
    ...(documentDate && { documentDate }),
    ...(extra && { meta: extra }),
    stats: {
      characters: text.length,
      tokens: tokens.count,
      words: countWords(doc),
      sentences: sentences.count,
    },
    sentences: sentenceSpans(tokens, sentences),
    entities,
    entityIndex,
    relations,
    timex,
    eventFacts,
    topics,
    ...(topicCandidates && { topicCandidates }),
    keyphrases,
    warnings: [...inputWarnings(doc), ...languageWarnings(language)],
    ...(includeTokens && { tokens: tokenObjects(tokens, doc.view.answers.forms) }),
  };
}

/** Checks and normalises the caller's metadata; ids given as numbers become strings. */
export function checkMeta(meta: unknown): DocumentMeta | undefined {
  if (meta === undefined || meta === null) return undefined;
  if (typeof meta !== 'object' || Array.isArray(meta)) {
    throw new TypeError(`extract() expects meta to be an object, got ${describeValue(meta)}`);
  }
  const checked: DocumentMeta = { ...(meta as Record<string, unknown>) };
  for (const key of RESERVED_META_KEYS) {
    const value = checked[key];
    if (value === undefined || value === null) {
      delete checked[key];
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      checked[key] = String(value);
    } else if (typeof value !== 'string') {
      throw new TypeError(`extract() expects meta.${key} to be a string, got ${describeValue(value)}`);
    }
  }
  return checked;
}

function extraMeta(meta: DocumentMeta | undefined): Record<string, unknown> | undefined {
  if (!meta) return undefined;
  // Defined, not assigned: a key named `__proto__` stays a key instead of setting the prototype.
  const entries = Object.entries(meta).filter(([key]) => !RESERVED_META_KEYS.has(key));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function countWords(doc: AnalysedText): number {
  const { kinds, count } = doc.tokens;
  let words = 0;
  for (let i = 0; i < count; i++) if (kinds[i] === Kind.Word) words++;
  return words;
}

function languageWarnings(language: LanguageCheck): RecordWarning[] {
  if (language.code === 'de') return [];
  const { name } = language;
  return [
    {
      code: 'not-german',
      message: `the text looks ${name} (${language.code}), not German: its words are mostly ${name} function words; entities and topics are found by German rules`,
      count: language.evidence,
    },
  ];
}

function inputWarnings(doc: AnalysedText): RecordWarning[] {
  const warnings: RecordWarning[] = [];
  const { controlChars, loneSurrogates } = doc.tokens;
  if (controlChars > 0) {
    warnings.push({
      code: 'control-characters',
      message: 'control characters (such as NUL) were treated as spaces',
      count: controlChars,
    });
  }
  if (loneSurrogates > 0) {
    warnings.push({
      code: 'lone-surrogates',
      message: 'unpaired UTF-16 surrogates were skipped',
      count: loneSurrogates,
    });
  }
  let replacements = 0;
  for (let at = doc.text.indexOf('\uFFFD'); at !== -1; at = doc.text.indexOf('\uFFFD', at + 1)) replacements++;
  if (replacements > 0) {
    warnings.push({
      code: 'replacement-characters',
      message: 'U+FFFD replacement characters found: the source was probably not valid UTF-8',
      count: replacements,
    });
  }
  return warnings;
}

/** The record's tokens: one object per token, its norm and stem read from the word-form table. */
export function tokenObjects(table: TokenTable, forms: WordFormTable): Token[] {
  const { starts, ends, kinds, flags } = table;
  const tokens: Token[] = new Array(table.count);
  const ids = new Int32Array(table.count);
  forms.intern(table, ids);
  for (let i = 0; i < table.count; i++) {
    const form = ids[i]!;
    const flag = flags[i]!;
    const token: Token = {
      text: forms.surface[form]!,
      start: starts[i]!,
      end: ends[i]!,
      kind: TOKEN_KINDS[kinds[i]!]!,
      norm: forms.norm[form]!,
      stem: forms.stem[form]!,
    };
    if (flag & Flag.Suspended) token.suspended = true;
    if (flag & Flag.Gender) token.gender = true;
    tokens[i] = token;
  }
  return tokens;
}

/** The record's sentences: the character span of each. */
export function sentenceSpans(table: TokenTable, sentences: SentenceTable): { start: number; end: number }[] {
  const spans = new Array<{ start: number; end: number }>(sentences.count);
  for (let s = 0; s < sentences.count; s++) {
    spans[s] = { start: table.starts[sentences.firstToken[s]!]!, end: table.ends[sentences.lastToken[s]!]! };
  }
  return spans;
}
