// Reads the NER training corpora in ../shared/data and maps their labels onto
// the model's classes (src/entities/model/labels.ts):
//   GermEval 2014 (outer column): PER, ORG, LOC, OTH as they are; the -deriv and
//     -part tags (`deutschen`, `EU-Beschluss`) become O, as ANNOTATION.md files
//     neither adjectives nor compounds that name something else.
//   LER (fine → coarse, Leitner et al. 2019): PER, RR (judge), AN (lawyer) → PER;
//     LD (country), ST (city), STR (street), LDS (landscape) → LOC;
//     ORG, UN (company), INN (institution), GRT (court), MRK (brand) → ORG;
//     GS (law), VO (ordinance), EUN (EU norm) → LAW (LER's NRM); VS (regulation),
//     VT (contract) → REG; RS (court decision) → RS; LIT (legal literature) → LIT.
// Sentences are rebuilt by joining tokens with single spaces; entities are kept
// as character spans of that text, so any tokenizer can be scored against them.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Domain, ModelClass } from '../../src/entities/model/labels.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import { splitTokenTable } from '../../src/text/sentences.js';
import { scanTokens } from '../../src/text/tokenize.js';

export const DATA_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');
export const GERMEVAL_FILE = join(DATA_DIR, 'germeval2014', 'NER-de-test.tsv');
export const LER_TRAIN_FILE = join(DATA_DIR, 'ler', 'ler_train_derived.conll');
export const LER_DEV_FILE = join(DATA_DIR, 'ler', 'ler_dev.conll');

export interface GoldSpan {
  start: number;
  end: number;
  label: ModelClass;
}

export interface LabelledSentence {
  text: string;
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

const GERMEVAL_CLASSES: Record<string, ModelClass> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', OTH: 'OTH' };

export function dataAvailable(): boolean {
  return existsSync(GERMEVAL_FILE) && existsSync(LER_TRAIN_FILE) && existsSync(LER_DEV_FILE);
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
    // An I- tag without its B- (rare in both corpora) starts a span, as conlleval reads it.
    if (label && (tag.startsWith('B-') || tag.startsWith('I-'))) {
      open = { start: starts[i]!, end: starts[i]! + tokens[i]!.length, label };
      openTag = name;
      spans.push(open);
    }
  }
  return { text, spans, domain };
}

export function readGermEval(file = GERMEVAL_FILE): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push(sentenceOf(tokens, tags, GERMEVAL_CLASSES, 'news'));
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const columns = line.split('\t');
    tokens.push(columns[1]!);
    tags.push(columns[2]!);
  }
  flush();
  return sentences;
}

export function readLer(file: string, limit = Infinity): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push(sentenceOf(tokens, tags, LER_CLASSES, 'legal'));
    tokens = [];
    tags = [];
  };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (sentences.length >= limit) break;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const space = line.lastIndexOf(' ');
    tokens.push(line.slice(0, space));
    tags.push(line.slice(space + 1));
  }
  flush();
  return sentences.slice(0, limit);
}

const DOMAIN_CLASSES: Record<string, ModelClass> = {
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  LAW: 'OTH',
  EVENT: 'OTH',
  PRODUCT: 'OTH',
};

/**
 * The project's own reports (corpus/) with their gold mentions, one labelled
 * sentence per sentence of the library's splitter, in the news label set: PER,
 * ORG, LOC as they are; LAW, EVENT and PRODUCT are what GermEval calls OTH.
 */
export function readDomainCorpus(
  documents: { text: string; entities?: { start?: number; end?: number; type: string }[] }[],
): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  for (const document of documents) {
    const words = germanLanguage().text;
    const tokens = scanTokens(document.text, words);
    const table = splitTokenTable(tokens, words);
    for (let s = 0; s < table.count; s++) {
      const start = tokens.starts[table.firstToken[s]!]!;
      const end = tokens.ends[table.lastToken[s]!]!;
      const spans: GoldSpan[] = [];
      for (const entity of document.entities ?? []) {
        if (entity.start === undefined || entity.end === undefined || entity.start < start || entity.end > end)
          continue;
        spans.push({ start: entity.start - start, end: entity.end - start, label: DOMAIN_CLASSES[entity.type]! });
      }
      sentences.push({ text: document.text.slice(start, end), spans, domain: 'news' });
    }
  }
  return sentences;
}
