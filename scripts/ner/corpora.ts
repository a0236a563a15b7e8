// Reads the NER corpora in ../shared/data and maps their labels onto the
// model's classes (src/entities/model/labels.ts), each corpus in its domain:
//   GermEval 2014 (outer column, news): all twelve labels as they are: PER, ORG,
//     LOC, OTH and their -deriv and -part forms (`deutschen`, `EU-Beschluss`),
//     which the library does not report (labels.ts LIBRARY_TYPES).
//   LER (fine → coarse, Leitner et al. 2019): PER, RR (judge), AN (lawyer) → PER;
//     LD (country), ST (city), STR (street), LDS (landscape) → LOC;
//     ORG, UN (company), INN (institution), GRT (court), MRK (brand) → ORG;
//     GS (law), VO (ordinance), EUN (EU norm) → LAW (LER's NRM); VS (regulation),
//     VT (contract) → REG; RS (court decision) → RS; LIT (legal literature) → LIT.
//   MobIE (mobility): person, organization(-company), location(-city, -street,
//     -stop) → PER, ORG, LOC; routes, triggers, times and the rest → O.
//   The project's reports (reports): PER, ORG, LOC, LAW, EVENT, PRODUCT.
// Sentences are rebuilt by joining tokens with single spaces; entities are kept
// as character spans of that text, so any tokenizer can be scored against them.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMAINS, type Domain, type ModelClass } from '../../src/entities/model/labels.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import { splitTokenTable } from '../../src/text/sentences.js';
import { scanTokens } from '../../src/text/tokenize.js';

export const DATA_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const GERMEVAL_DIR = join(DATA_DIR, 'germeval2014');
/** GermEval 2014's official splits: train on train, select on dev, report on test. */
export const GERMEVAL_FILES = {
  train: join(GERMEVAL_DIR, 'NER-de-train.tsv'),
  dev: join(GERMEVAL_DIR, 'NER-de-dev.tsv'),
  test: join(GERMEVAL_DIR, 'NER-de-test.tsv'),
};
export const LER_FILES = {
  train: join(DATA_DIR, 'ler', 'ler_train_derived.conll'),
  dev: join(DATA_DIR, 'ler', 'ler_dev.conll'),
  test: join(DATA_DIR, 'ler', 'ler_test.conll'),
};
export const MOBIE_FILES = {
  train: join(DATA_DIR, 'mobie', 'train.conll2003'),
  dev: join(DATA_DIR, 'mobie', 'dev.conll2003'),
  test: join(DATA_DIR, 'mobie', 'test.conll2003'),
};

export interface GoldSpan {
  start: number;
  end: number;
  label: ModelClass;
}

export interface LabelledSentence {
  /** The corpus's own tokens. */
  tokens: string[];
  /** The tokens joined by single spaces: what the library tokenises again. */
  text: string;
  /** Entities as character spans of `text`. */
  spans: GoldSpan[];
  domain: Domain;
}

export const LER_CLASSES: Record<string, ModelClass> = {
  PER: 'PER',
  RR: 'PER',
  AN: 'PER',
  LD: 'LOC',
  ST: 'LOC',
  STR: 'LOC',
  LDS: 'LOC',
  ORG: 'ORG',
  UN: 'ORG',
  INN: 'ORG',
  GRT: 'ORG',
  MRK: 'ORG',
  GS: 'LAW',
  VO: 'LAW',
  EUN: 'LAW',
  VS: 'REG',
  VT: 'REG',
  RS: 'RS',
  LIT: 'LIT',
};

/** GermEval's outer column, all twelve labels (the official metric's). */
const GERMEVAL_CLASSES: Record<string, ModelClass> = Object.fromEntries(
  DOMAINS.news.map((name) => [name, name]),
) as Record<string, ModelClass>;

/**
 * MobIE's types that are names of people, organisations and places; routes, stops' lines, triggers and times are not.
 */
const MOBIE_CLASSES: Record<string, ModelClass> = {
  person: 'PER',
  organization: 'ORG',
  'organization-company': 'ORG',
  location: 'LOC',
  'location-city': 'LOC',
  'location-street': 'LOC',
  'location-stop': 'LOC',
};

export function dataAvailable(): boolean {
  return [...Object.values(GERMEVAL_FILES), ...Object.values(LER_FILES)].every((file) => existsSync(file));
}

export function mobieAvailable(): boolean {
  return Object.values(MOBIE_FILES).every((file) => existsSync(file));
}

/** A CoNLL sentence's tokens joined by single spaces, with each token's start offset. */
export function joinTokens(tokens: readonly string[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  for (const token of tokens) {
    if (text) text += ' ';
    starts.push(text.length);
    text += token;
  }
  return { text, starts };
}

/** Builds a sentence from tokens and IOB2 tags, mapping each tag's class through `classes` (unmapped → O). */
function sentenceOf(
  tokens: string[],
  tags: string[],
  classes: Record<string, ModelClass>,
  domain: Domain,
): LabelledSentence {
  const { text, starts } = joinTokens(tokens);
  const spans: GoldSpan[] = [];
  let open: GoldSpan | undefined;
  let openTag = '';
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i]!;
    const name = tag.length > 2 ? tag.slice(2) : '';
    const label = classes[name];
    if (open && tag === `I-${openTag}`) {
      open.end = starts[i]! + tokens[i]!.length;
      continue;
    }
    open = undefined;
    // An I- tag without its B- (rare in every corpus) starts a span, as conlleval reads it.
    if (label && (tag.startsWith('B-') || tag.startsWith('I-'))) {
      open = { start: starts[i]!, end: starts[i]! + tokens[i]!.length, label };
      openTag = name;
      spans.push(open);
    }
  }
  return { tokens, text, spans, domain };
}

/**
 * Reads a CoNLL-style file: sentences separated by blank lines, a token and its
 * tag per line in the given columns (`columns` null: token and tag split at the
 * last space, as LER writes them).
 */
function readColumns(
  file: string,
  columns: { token: number; tag: number; separator: string } | null,
  skip: (line: string) => boolean,
  limit: number,
): { tokens: string[]; tags: string[] }[] {
  const sentences: { tokens: string[]; tags: string[] }[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (sentences.length >= limit) break;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (skip(line)) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (columns === null) {
      const space = line.lastIndexOf(' ');
      tokens.push(line.slice(0, space));
      tags.push(line.slice(space + 1));
    } else {
      const cells = line.split(columns.separator);
      tokens.push(cells[columns.token]!);
      tags.push(cells[columns.tag]!);
    }
  }
  flush();
  return sentences.slice(0, limit);
}

/** GermEval 2014, outer column: PER, ORG, LOC, OTH and their -deriv and -part labels. */
export function readGermEval(file: string, limit = Infinity): LabelledSentence[] {
  return readColumns(file, { token: 1, tag: 2, separator: '\t' }, (line) => line.startsWith('#'), limit).map((s) =>
    sentenceOf(s.tokens, s.tags, GERMEVAL_CLASSES, 'news'),
  );
}

export function readLer(file: string, limit = Infinity): LabelledSentence[] {
  return readColumns(file, null, () => false, limit).map((s) => sentenceOf(s.tokens, s.tags, LER_CLASSES, 'legal'));
}

/** MobIE: persons, organisations and places (MOBIE_CLASSES) in its own domain. */
export function readMobie(file: string, limit = Infinity): LabelledSentence[] {
  return readColumns(file, { token: 0, tag: 3, separator: '\t' }, (line) => line.startsWith('-DOCSTART-'), limit).map(
    (s) => sentenceOf(s.tokens, s.tags, MOBIE_CLASSES, 'mobility'),
  );
}

/**
 * The project's own annotated reports (gold files with entity offsets), one
 * labelled sentence per sentence of the library's splitter, in the `reports`
 * domain: PER, ORG, LOC, LAW, EVENT, PRODUCT as ANNOTATION.md files them.
 */
export function readReports(
  documents: { text: string; entities?: { start?: number; end?: number; type: string }[] }[],
): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  const classes: readonly string[] = DOMAINS.reports;
  const words = germanLanguage().text;
  for (const document of documents) {
    const tokens = scanTokens(document.text, words);
    const table = splitTokenTable(tokens, words);
    for (let s = 0; s < table.count; s++) {
      const first = table.firstToken[s]!;
      const last = table.lastToken[s]!;
      const start = tokens.starts[first]!;
      const end = tokens.ends[last]!;
      const spans: GoldSpan[] = [];
      for (const entity of document.entities ?? []) {
        if (entity.start === undefined || entity.end === undefined || entity.start < start || entity.end > end)
          continue;
        if (!classes.includes(entity.type)) continue;
        spans.push({ start: entity.start - start, end: entity.end - start, label: entity.type as ModelClass });
      }
      const surfaces: string[] = [];
      for (let i = first; i <= last; i++) surfaces.push(document.text.slice(tokens.starts[i], tokens.ends[i]));
      sentences.push({ tokens: surfaces, text: document.text.slice(start, end), spans, domain: 'reports' });
    }
  }
  return sentences;
}
