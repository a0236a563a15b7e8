// npx tsx eval/peers-entities.ts [--gazetteers DIR]
//
// Measures how well general-purpose npm NLP packages recognise our entity types
// (PER, ORG, LOC, LAW, EVENT, PRODUCT; ../shared/ANNOTATION.md) on the same gold
// and with the same strict metric as eval/run.ts: per document, sets of unique
// (type, text) pairs, micro-averaged over documents. Gold sets: corpus/ and
// eval/challenge/ always, the seed reports when ../shared is present. Prints one table per gold set and
// writes the numbers (no timings, so the file only changes when scores change)
// to eval/peers-entities.json.
//
// Systems:
//   govtext-de         this library's extract(), for comparison
//   compromise         English model on German text: people/places/organizations
//   de-compromise      German model: #Person (+ preceding #Honorific), #Place,
//                      #Organization tags; plus its #ProperNoun runs scored on
//                      text only (no type), as a diagnostic row
//   wink built-in      wink-nlp + wink-eng-lite-web-model doc.entities()
//   wink gazetteers    wink learnCustomEntities with one literal pattern per
//                      canonical/alias from src/lang/de/gazetteers/**/*.json
//                      (re-read at every run; a row marked n/a when none exist;
//                      ambiguousAliases, which need a context word, are left out)
//   wink POS patterns  wink learnCustomEntities with a few title + [PROPN] patterns
//
// Output of the packages themselves never reaches stdout (see quiet()).

import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import compromise from 'compromise';
import deCompromise from 'de-compromise';
import winkNLP, {
  type Document as WinkDocument,
  type ItemCustomEntity,
  type ItemEntity,
  type ItsFunction,
} from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { extract } from '../src/index.js';
import {
  CHALLENGE_DIR,
  type GoldDocument,
  HOLDOUT2_DIR,
  HOLDOUT_DIR,
  PROJECT_ROOT,
  loadCorpusGold,
  loadSeedGold,
  seedsAvailable,
} from './gold.js';
import {
  type Counts,
  type EntityCounts,
  addCounts,
  addEntityCounts,
  compareSets,
  emptyCounts,
  emptyEntityCounts,
  scores,
} from './metrics.js';

const TYPES = ['PER', 'ORG', 'LOC', 'LAW', 'EVENT', 'PRODUCT'] as const;
type EntityType = (typeof TYPES)[number];
const TYPE_SET: ReadonlySet<string> = new Set(TYPES);

interface Prediction {
  type: EntityType;
  text: string;
}

// ---------------------------------------------------------------------------
// Silence the packages: anything they print while we call them is counted and
// dropped, so stdout carries only this script's table.

let suppressedOutput = 0;

function quiet<T>(fn: () => T): T {
  const saved = {
    log: console.log,
    info: console.info,
    debug: console.debug,
    warn: console.warn,
    error: console.error,
    trace: console.trace,
    stdoutWrite: process.stdout.write,
  };
  const drop = (): void => {
    suppressedOutput++;
  };
  console.log = console.info = console.debug = console.warn = console.error = console.trace = drop;
  process.stdout.write = ((): boolean => {
    suppressedOutput++;
    return true;
  }) as typeof process.stdout.write;
  try {
    return fn();
  } finally {
    console.log = saved.log;
    console.info = saved.info;
    console.debug = saved.debug;
    console.warn = saved.warn;
    console.error = saved.error;
    console.trace = saved.trace;
    process.stdout.write = saved.stdoutWrite;
  }
}

// ---------------------------------------------------------------------------
// Surface text: always an exact substring of the input, trimmed of surrounding
// whitespace and punctuation. Parentheses/brackets are removed only when they
// enclose the whole span or are unbalanced; a final period stays when it ends
// an abbreviation (`e.V.`, `Dr.`).

const EDGE_PUNCT = /[\s"'„“”‚‘’«»‹›,;:!?·•…–—\-/*_]/u;
const OPENERS = '([{';
const CLOSERS = ')]}';
const KEEP_FINAL_PERIOD = /(?:^|\s)(?:(?:\p{L}\.)+|(?:Dr|Prof|Ing|Dipl|Inc|Ltd|Co|Str|St|Nr|jun|sen)\.)$/u;

function count(text: string, start: number, end: number, chars: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (chars.includes(text[i]!)) n++;
  return n;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  for (;;) {
    if (start >= end) return [start, end];
    const first = text[start]!;
    const last = text[end - 1]!;
    if (EDGE_PUNCT.test(first)) start++;
    else if (EDGE_PUNCT.test(last)) end--;
    else if (last === '.' && !KEEP_FINAL_PERIOD.test(text.slice(start, end))) end--;
    else if (OPENERS.includes(first) && CLOSERS.includes(last)) {
      start++;
      end--;
    } else if (OPENERS.includes(first) && count(text, start, end, OPENERS) > count(text, start, end, CLOSERS)) start++;
    else if (CLOSERS.includes(last) && count(text, start, end, CLOSERS) > count(text, start, end, OPENERS)) end--;
    else return [start, end];
  }
}

function surface(text: string, start: number, end: number): string {
  const [s, e] = trimSpan(text, start, end);
  return text.slice(s, e);
}

// ---------------------------------------------------------------------------
// compromise (English) and de-compromise: matches with character offsets.

interface OffsetMatch {
  text: string;
  offset?: { start: number; length: number };
}

let compromiseOffsetMismatches = 0;

function fromOffsetMatches(text: string, matches: OffsetMatch[], type: EntityType): Prediction[] {
  const out: Prediction[] = [];
  for (const match of matches) {
    if (!match.offset) continue;
    const { start, length } = match.offset;
    if (text.slice(start, start + length).trim() !== match.text.trim()) compromiseOffsetMismatches++;
    const value = surface(text, start, start + length);
    if (value) out.push({ type, text: value });
  }
  return out;
}

function compromisePredict(text: string): Prediction[] {
  const doc = compromise(text);
  return [
    ...fromOffsetMatches(text, doc.people().json({ offset: true }) as OffsetMatch[], 'PER'),
    ...fromOffsetMatches(text, doc.places().json({ offset: true }) as OffsetMatch[], 'LOC'),
    ...fromOffsetMatches(text, doc.organizations().json({ offset: true }) as OffsetMatch[], 'ORG'),
  ];
}

/** The part of de-compromise's View used here (eval/types declares only json()). */
interface DeView {
  match(pattern: string): { json(options: { offset: boolean }): unknown[] };
  people?: unknown;
  places?: unknown;
  organizations?: unknown;
  topics?: unknown;
}

const deView = (text: string): DeView => deCompromise(text) as unknown as DeView;

/** Which entity methods de-compromise offers (compromise/three has them; the German build may not). */
function deCompromiseMethods(): Record<string, boolean> {
  const view = quiet(() => deView('Angela Merkel besuchte Berlin.'));
  const methods: Record<string, boolean> = {};
  for (const name of ['organizations', 'people', 'places', 'topics'] as const) {
    methods[name] = typeof view[name] === 'function';
  }
  return methods;
}

const DE_TAG_PATTERNS: [string, EntityType][] = [
  ['#Honorific* #Person+', 'PER'],
  ['#Place+', 'LOC'],
  ['#Organization+', 'ORG'],
];

function deCompromisePredict(text: string): Prediction[] {
  const view = deView(text);
  return DE_TAG_PATTERNS.flatMap(([pattern, type]) =>
    fromOffsetMatches(text, view.match(pattern).json({ offset: true }) as OffsetMatch[], type),
  );
}

function deCompromiseProperNouns(text: string): string[] {
  const matches = deView(text).match('#ProperNoun+').json({ offset: true }) as OffsetMatch[];
  return fromOffsetMatches(text, matches, 'PER').map((p) => p.text);
}

// ---------------------------------------------------------------------------
// wink-nlp with wink-eng-lite-web-model.

const winkLoadStart = performance.now();
const wink = quiet(() => winkNLP(winkModel));
const winkLoadMs = performance.now() - winkLoadStart;
const its = wink.its;

/** Character offsets of wink's tokens: its token values located in order in the input. */
function winkTokenOffsets(text: string, doc: WinkDocument): [number, number][] {
  const values = doc.tokens().out(its.value) as string[];
  const offsets: [number, number][] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    if (at < 0) {
      offsets.push([cursor, cursor]); // not expected; keeps indexes aligned
      continue;
    }
    offsets.push([at, at + value.length]);
    cursor = at + value.length;
  }
  return offsets;
}

function winkSpanText(text: string, offsets: [number, number][], span: number[]): string {
  const first = offsets[span[0]!];
  const last = offsets[span[1]!];
  if (!first || !last) return '';
  return surface(text, first[0], last[1]);
}

/** wink built-in entity types we could map, should the model ever return them. */
const WINK_TYPE_MAP: Record<string, EntityType> = {
  PERSON: 'PER',
  PER: 'PER',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  LOCATION: 'LOC',
  FAC: 'LOC',
  EVENT: 'EVENT',
  LAW: 'LAW',
  PRODUCT: 'PRODUCT',
};
const winkBuiltInTypes = new Map<string, number>();

function winkBuiltInPredict(text: string): Prediction[] {
  const doc = wink.readDoc(text);
  const offsets = winkTokenOffsets(text, doc);
  const out: Prediction[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const type = entity.out(its.type) as string;
    winkBuiltInTypes.set(type, (winkBuiltInTypes.get(type) ?? 0) + 1);
    const mapped = WINK_TYPE_MAP[type];
    if (!mapped) return;
    const value = winkSpanText(text, offsets, entity.out(its.span as ItsFunction<number[]>) as unknown as number[]);
    if (value) out.push({ type: mapped, text: value });
  });
  return out;
}

function winkCustomPredict(text: string): Prediction[] {
  const doc = wink.readDoc(text);
  const offsets = winkTokenOffsets(text, doc);
  const out: Prediction[] = [];
  doc.customEntities().each((entity: ItemCustomEntity) => {
    const type = entity.out(its.type) as string;
    if (!TYPE_SET.has(type)) return;
    const value = winkSpanText(text, offsets, entity.out(its.span as ItsFunction<number[]>) as unknown as number[]);
    if (value) out.push({ type: type as EntityType, text: value });
  });
  return out;
}

// Gazetteers → literal wink patterns. In a wink pattern a bare upper-case POS or
// entity name (e.g. `ADJ`, `X`, `DATE`) means that property, `^` escapes it,
// and `[a|b]` is an alternative; literals are matched token by token.
const WINK_PROPERTIES = new Set(
  [
    'ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X',
    'CARDINAL DATE DURATION EMAIL EMOJI EMOTICON HASHTAG MENTION MONEY ORDINAL PERCENT TIME URL',
  ]
    .join(' ')
    .split(' '),
);
const PROPERTY_WORD = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${[...WINK_PROPERTIES].join('|')})(?:$|[^\\p{L}\\p{N}])`,
  'u',
);

/** A literal as a wink pattern, or undefined when it cannot be expressed safely. */
function winkLiteralPattern(literal: string): string | undefined {
  const trimmed = literal.trim();
  if (!trimmed || /[\^[\]|]/.test(trimmed)) return undefined;
  if (!PROPERTY_WORD.test(trimmed)) return trimmed;
  // Escape property-named tokens; wink patterns are token sequences, so
  // re-joining the tokens with spaces does not change what they match.
  const tokens = wink.readDoc(trimmed).tokens().out(its.value) as string[];
  return tokens.map((t) => (WINK_PROPERTIES.has(t) ? `^${t}` : t)).join(' ');
}

interface GazetteerPatterns {
  dir: string;
  files: number;
  filesWithEntries: number;
  entries: number;
  entriesWithUnknownType: number;
  literalsSkipped: number;
  literalsInSeveralTypes: number;
  patterns: Record<EntityType, string[]>;
}

function listJsonFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listJsonFiles(path));
    else if (name.endsWith('.json')) files.push(path);
  }
  return files;
}

function loadGazetteerPatterns(dir: string): GazetteerPatterns {
  const byType = Object.fromEntries(TYPES.map((t) => [t, new Set<string>()])) as Record<EntityType, Set<string>>;
  const result: GazetteerPatterns = {
    dir: relative(PROJECT_ROOT, dir) || '.',
    files: 0,
    filesWithEntries: 0,
    entries: 0,
    entriesWithUnknownType: 0,
    literalsSkipped: 0,
    literalsInSeveralTypes: 0,
    patterns: Object.fromEntries(TYPES.map((t) => [t, []])) as unknown as Record<EntityType, string[]>,
  };
  if (!existsSync(dir)) return result;
  const typesOfLiteral = new Map<string, Set<EntityType>>();
  for (const file of listJsonFiles(dir)) {
    result.files++;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    const entries = (data as { entries?: unknown }).entries;
    if (!Array.isArray(entries)) continue;
    result.filesWithEntries++;
    for (const entry of entries as {
      canonical?: unknown;
      type?: unknown;
      aliases?: unknown;
      matchCanonical?: unknown;
    }[]) {
      result.entries++;
      const type = String(entry?.type ?? '').toUpperCase();
      if (!TYPE_SET.has(type)) {
        result.entriesWithUnknownType++;
        continue;
      }
      const literals: string[] = [];
      if (entry.matchCanonical !== false && typeof entry.canonical === 'string') literals.push(entry.canonical);
      if (Array.isArray(entry.aliases)) for (const a of entry.aliases) if (typeof a === 'string') literals.push(a);
      for (const literal of literals) {
        const pattern = winkLiteralPattern(literal);
        if (pattern === undefined) {
          result.literalsSkipped++;
          continue;
        }
        byType[type as EntityType].add(pattern);
        const types = typesOfLiteral.get(pattern) ?? new Set<EntityType>();
        types.add(type as EntityType);
        typesOfLiteral.set(pattern, types);
      }
    }
  }
  for (const types of typesOfLiteral.values()) if (types.size > 1) result.literalsInSeveralTypes++;
  for (const t of TYPES) result.patterns[t] = [...byType[t]].sort();
  return result;
}

// A few generic person patterns: academic titles belong to the span, Frau/Herr
// do not (`mark` keeps only the name tokens).
const WINK_POS_PATTERNS = [
  { name: 'PER', patterns: ['[Dr.|Prof.] [PROPN] [PROPN]', '[Prof.] [Dr.] [PROPN] [PROPN]'] },
  { name: 'PER', patterns: ['[Dr.|Prof.] [PROPN] [-] [PROPN] [PROPN]', '[Prof.] [Dr.] [PROPN] [-] [PROPN] [PROPN]'] },
  { name: 'PER', patterns: ['[Frau|Herr|Herrn] [PROPN] [PROPN]'], mark: [1, 2] },
];

// ---------------------------------------------------------------------------
// Scoring: eval/metrics.ts, as eval/run.ts.

const pairKey = (e: { type: string; text: string }): string => `${e.type}\t${e.text}`;

interface Row {
  id: string;
  label: string;
  /** false: scored on text only (type ignored), not comparable with typed rows. */
  typed: boolean;
  status?: string;
  /** Typed rows: strict (type, text) counts overall and per type, as eval/run.ts. */
  entities: EntityCounts;
  /** Untyped rows: text-only counts. */
  textOnly: Counts;
  predictedPairs: number;
  ms: number;
}

interface GoldSetResult {
  name: string;
  documents: number;
  goldPairs: number;
  rows: Row[];
}

interface SystemSpec {
  id: string;
  label: string;
  typed?: boolean;
  status?: () => string | undefined;
  before?: () => void;
  predict: (text: string) => Prediction[];
}

function evaluateSystem(documents: GoldDocument[], spec: SystemSpec): Row {
  const row: Row = {
    id: spec.id,
    label: spec.label,
    typed: spec.typed !== false,
    status: spec.status?.(),
    entities: emptyEntityCounts(),
    textOnly: emptyCounts(),
    predictedPairs: 0,
    ms: 0,
  };
  if (row.status) return row;
  quiet(() => spec.before?.());
  for (const doc of documents) {
    if (!doc.entities) continue;
    const start = performance.now();
    const predicted = quiet(() => spec.predict(doc.text));
    row.ms += performance.now() - start;
    if (row.typed) {
      row.predictedPairs += new Set(predicted.map(pairKey)).size;
      addEntityCounts(row.entities, predicted, doc.entities);
    } else {
      const texts = predicted.map((e) => e.text);
      row.predictedPairs += new Set(texts).size;
      addCounts(
        row.textOnly,
        compareSets(
          texts,
          doc.entities.map((e) => e.text),
        ),
      );
    }
  }
  return row;
}

// ---------------------------------------------------------------------------

const argIndex = process.argv.indexOf('--gazetteers');
const gazetteerDir =
  argIndex >= 0 && process.argv[argIndex + 1]
    ? resolve(process.argv[argIndex + 1]!)
    : join(PROJECT_ROOT, 'src', 'lang', 'de', 'gazetteers');

const gazetteers = loadGazetteerPatterns(gazetteerDir);
const gazetteerPatternCount = TYPES.reduce((n, t) => n + gazetteers.patterns[t].length, 0);
const deMethods = deCompromiseMethods();

/** learnCustomEntities times in ms, one per gold set (each system re-learns before its run). */
const gazetteerLearnMs: number[] = [];
const posLearnMs: number[] = [];

const systems: SystemSpec[] = [
  {
    id: 'govtext-de',
    label: 'govtext-de extract() (this library)',
    predict: (text) => extract(text).entities.map((e) => ({ type: e.type, text: e.text })),
  },
  { id: 'compromise', label: 'compromise (en) people/places/orgs', predict: compromisePredict },
  { id: 'de-compromise', label: 'de-compromise #Person/#Place/#Org', predict: deCompromisePredict },
  {
    id: 'de-compromise-propernoun',
    label: 'de-compromise #ProperNoun (untyped)',
    typed: false,
    predict: (text) => deCompromiseProperNouns(text).map((t) => ({ type: 'PER', text: t })),
  },
  { id: 'wink-builtin', label: 'wink built-in entities', predict: winkBuiltInPredict },
  {
    id: 'wink-gazetteers',
    label: 'wink custom: gazetteer literals',
    status: () => (gazetteerPatternCount === 0 ? `n/a: no gazetteer patterns under ${gazetteers.dir}` : undefined),
    before: () => {
      const start = performance.now();
      wink.learnCustomEntities(
        TYPES.filter((t) => gazetteers.patterns[t].length > 0).map((t) => ({
          name: t,
          patterns: gazetteers.patterns[t],
        })),
        // Literals only: match the exact surface (value), and do not let wink's
        // own DATE/CARDINAL entities swallow tokens (they break `OZG 2.0`).
        { matchValue: true, usePOS: false, useEntity: false },
      );
      gazetteerLearnMs.push(performance.now() - start);
    },
    predict: winkCustomPredict,
  },
  {
    id: 'wink-pos-patterns',
    label: 'wink custom: title + [PROPN] → PER',
    before: () => {
      const start = performance.now();
      wink.learnCustomEntities(WINK_POS_PATTERNS as { name: string; patterns: string[] }[]);
      posLearnMs.push(performance.now() - start);
    },
    predict: winkCustomPredict,
  },
];

const goldSets: { name: string; documents: GoldDocument[] }[] = [
  { name: 'corpus', documents: loadCorpusGold() },
  { name: 'challenge (held out)', documents: loadCorpusGold(CHALLENGE_DIR) },
  { name: 'holdout (held out)', documents: loadCorpusGold(HOLDOUT_DIR) },
  { name: 'holdout2 (second blind set)', documents: loadCorpusGold(HOLDOUT2_DIR) },
];
if (seedsAvailable()) goldSets.push({ name: 'seeds', documents: loadSeedGold() });

const totalStart = performance.now();
const results: GoldSetResult[] = goldSets.map(({ name, documents }) => {
  const scored = documents.filter((d) => d.entities);
  return {
    name,
    documents: scored.length,
    goldPairs: scored.reduce((n, d) => n + new Set(d.entities!.map(pairKey)).size, 0),
    rows: systems.map((spec) => evaluateSystem(scored, spec)),
  };
});
const totalMs = performance.now() - totalStart;

// ---------------------------------------------------------------------------
// Table.

const fmt = (x: number): string => x.toFixed(3);

function printTable(result: GoldSetResult): void {
  console.log(`\n${result.name} (${result.documents} documents, ${result.goldPairs} gold (type, text) pairs)`);
  const header = [
    'system'.padEnd(38),
    'P'.padStart(6),
    'R'.padStart(6),
    'F1'.padStart(6),
    'pred'.padStart(5),
    'ms'.padStart(6),
    '  F1 by type (nonzero)',
  ].join(' ');
  console.log(header);
  for (const row of result.rows) {
    if (row.status) {
      console.log(`${row.label.padEnd(38)} ${row.status}`);
      continue;
    }
    const s = scores(row.typed ? row.entities.pairs : row.textOnly);
    const perType = row.typed
      ? TYPES.map((t) => [t, scores(row.entities.byType.get(t) ?? emptyCounts()).f1] as const)
          .filter(([, f1]) => f1 > 0)
          .map(([t, f1]) => `${t} ${fmt(f1)}`)
          .join('  ')
      : '(text only, type ignored)';
    console.log(
      [
        row.label.padEnd(38),
        fmt(s.precision).padStart(6),
        fmt(s.recall).padStart(6),
        fmt(s.f1).padStart(6),
        String(row.predictedPairs).padStart(5),
        row.ms.toFixed(0).padStart(6),
        `  ${perType || '-'}`,
      ].join(' '),
    );
  }
}

for (const result of results) printTable(result);

const sortedEntries = (map: Map<string, number>): [string, number][] =>
  [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

console.log('\nnotes');
console.log('  pred = unique predicted (type, text) pairs summed over documents; ms = time to process the gold set');
console.log(
  `  de-compromise methods: ${Object.entries(deMethods)
    .map(([k, v]) => `.${k}() ${v ? 'yes' : 'no'}`)
    .join(', ')}; PER = '#Honorific* #Person+', LOC = '#Place+', ORG = '#Organization+'`,
);
console.log(
  `  wink built-in entity types seen: ${
    sortedEntries(winkBuiltInTypes)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ') || 'none'
  } (mapped: ${Object.keys(WINK_TYPE_MAP).join('/')})`,
);
console.log(`  wink model load ${winkLoadMs.toFixed(0)} ms`);
console.log(
  `  gazetteers (${gazetteers.dir}, re-read each run): ${gazetteers.files} JSON files, ${gazetteers.filesWithEntries} with entries, ${gazetteers.entries} entries, ${gazetteerPatternCount} literal patterns (${TYPES.map((t) => `${t} ${gazetteers.patterns[t].length}`).join(', ')}); ${gazetteers.entriesWithUnknownType} entries of unknown type, ${gazetteers.literalsSkipped} literals skipped, ${gazetteers.literalsInSeveralTypes} literals under several types`,
);
const msList = (list: number[]): string => list.map((ms) => ms.toFixed(1)).join(' / ');
if (gazetteerLearnMs.length > 0) {
  console.log(
    `  wink learnCustomEntities, ${gazetteerPatternCount} gazetteer patterns: ${msList(gazetteerLearnMs)} ms (per gold set); processing: column ms`,
  );
}
if (posLearnMs.length > 0) {
  const n = WINK_POS_PATTERNS.reduce((k, e) => k + e.patterns.length, 0);
  console.log(`  wink learnCustomEntities, ${n} POS patterns: ${msList(posLearnMs)} ms (per gold set)`);
}
if (compromiseOffsetMismatches > 0) {
  console.log(
    `  compromise/de-compromise offsets not matching their match text: ${compromiseOffsetMismatches} (the trimmed offset substring was used)`,
  );
}
if (suppressedOutput > 0) console.log(`  package output suppressed: ${suppressedOutput} writes`);
console.log(`  total ${totalMs.toFixed(0)} ms; numbers written to eval/peers-entities.json`);

// ---------------------------------------------------------------------------
// JSON (fixed key order; timings left out so the file changes only with scores).

const round = (x: number): number => Math.round(x * 10000) / 10000;
const scoreJson = (c: Counts) => {
  const s = scores(c);
  return {
    precision: round(s.precision),
    recall: round(s.recall),
    f1: round(s.f1),
    truePositives: c.truePositives,
    falsePositives: c.falsePositives,
    falseNegatives: c.falseNegatives,
  };
};

const json = {
  script: 'eval/peers-entities.ts',
  metric: 'strict unique (type, text) pairs per document, micro-averaged (as eval/run.ts)',
  goldSets: results.map((result) => ({
    name: result.name,
    documents: result.documents,
    goldPairs: result.goldPairs,
    systems: result.rows.map((row) => ({
      id: row.id,
      label: row.label,
      typed: row.typed,
      status: row.status ?? 'scored',
      predictedPairs: row.predictedPairs,
      ...(row.status ? {} : scoreJson(row.typed ? row.entities.pairs : row.textOnly)),
      byType:
        row.typed && !row.status
          ? Object.fromEntries(TYPES.map((t) => [t, scoreJson(row.entities.byType.get(t) ?? emptyCounts())]))
          : null,
    })),
  })),
  deCompromiseMethods: deMethods,
  winkBuiltInEntityTypes: Object.fromEntries(sortedEntries(winkBuiltInTypes)),
  gazetteers: {
    dir: gazetteers.dir,
    files: gazetteers.files,
    filesWithEntries: gazetteers.filesWithEntries,
    entries: gazetteers.entries,
    entriesWithUnknownType: gazetteers.entriesWithUnknownType,
    literalsSkipped: gazetteers.literalsSkipped,
    literalsInSeveralTypes: gazetteers.literalsInSeveralTypes,
    patterns: Object.fromEntries(TYPES.map((t) => [t, gazetteers.patterns[t].length])),
  },
};
writeFileSync(join(PROJECT_ROOT, 'eval', 'peers-entities.json'), `${JSON.stringify(json, null, 2)}\n`);
