// govtext score --gold FILE: scores govtext on the user's own annotated texts,
// as npm run eval scores it on the project's gold. FILE is spaCy-style JSON
// lines (.jsonl, .json) or CoNLL columns (anything else), as govtext extract
// --format spacy|conll writes them and annotation tools read and write them.
// Each gold text is extracted afresh; entities are scored strictly, as unique
// (type, text) pairs per document and as mentions with their offsets, overall
// and per label. Labels govtext does not produce (MISC, OTH) count as misses.

import { readFileSync } from 'node:fs';
import { type Counts, addCounts, compareSets, emptyCounts, scores } from '../corpus/scores.js';
import { createExtractor } from '../pipeline.js';
import { ENTITY_TYPES } from '../record.js';
import { type AnnotatedDocument, parseConll, parseSpacyLines } from './annotation-formats.js';
import { InputProblem } from './inputs.js';

export interface ScoreResult {
  gold: string;
  documents: number;
  goldMentions: number;
  /** Unique (type, text) pairs per document and mentions (type, start, end); overall and per label. */
  pairs: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  mentions: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}

export function readGold(path: string): AnnotatedDocument[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputProblem(`cannot read ${path}: ${(error as Error).message}`);
  }
  return /\.jsonl?$/.test(path) ? parseSpacyLines(content, path) : parseConll(content, path);
}

export function scoreGold(path: string): ScoreResult {
  const documents = readGold(path);
  const extractor = createExtractor();
  const pairCounts = new Map<string, Counts>([['all', emptyCounts()]]);
  const mentionCounts = new Map<string, Counts>([['all', emptyCounts()]]);
  const add = (into: Map<string, Counts>, label: string, counts: Counts): void => {
    const known = into.get(label) ?? emptyCounts();
    addCounts(known, counts);
    into.set(label, known);
  };
  let goldMentions = 0;
  for (const document of documents) {
    const record = extractor.extract(document.text, { id: document.id });
    const predicted = record.entities.map((e) => ({ label: e.type, start: e.start, end: e.end }));
    const gold = document.entities;
    goldMentions += gold.length;
    const pair = (e: { label: string; start: number; end: number }) =>
      `${e.label}\t${document.text.slice(e.start, e.end).replace(/\s+/g, ' ')}`;
    const mention = (e: { label: string; start: number; end: number }) => `${e.label}\t${e.start}\t${e.end}`;
    add(pairCounts, 'all', compareSets(predicted.map(pair), gold.map(pair)));
    add(mentionCounts, 'all', compareSets(predicted.map(mention), gold.map(mention)));
    for (const label of new Set([...gold.map((e) => e.label), ...predicted.map((e) => e.label)])) {
      const ofLabel = <T extends { label: string }>(list: T[]) => list.filter((e) => e.label === label);
      add(pairCounts, label, compareSets(ofLabel(predicted).map(pair), ofLabel(gold).map(pair)));
      add(mentionCounts, label, compareSets(ofLabel(predicted).map(mention), ofLabel(gold).map(mention)));
    }
  }
  const ordered = (counts: Map<string, Counts>) => {
    const labels = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    return Object.fromEntries(labels.map((label) => [label, scores(counts.get(label)!)]));
  };
  return {
    gold: path,
    documents: documents.length,
    goldMentions,
    pairs: ordered(pairCounts),
    mentions: ordered(mentionCounts),
  };
}

/** 'all' first, then govtext's types in their order, then other labels. */
function rank(label: string): number {
  if (label === 'all') return -1;
  const at = (ENTITY_TYPES as readonly string[]).indexOf(label);
  return at === -1 ? ENTITY_TYPES.length : at;
}

export function renderScore(result: ScoreResult): string {
  const f = (value: number) => value.toFixed(3);
  const lines = [
    `${result.documents} documents, ${result.goldMentions} gold mentions (${result.gold})`,
    '',
    'label      gold pairs   P      R      F1     | gold mentions   P      R      F1',
  ];
  for (const label of Object.keys(result.pairs)) {
    const p = result.pairs[label]!;
    const m = result.mentions[label]!;
    lines.push(
      `${label.padEnd(10)} ${String(p.support).padStart(10)}   ${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)}  | ${String(m.support).padStart(13)}   ${f(m.precision)}  ${f(m.recall)}  ${f(m.f1)}`,
    );
  }
  lines.push('', 'strict: a pair or mention counts when type and text (or type and offsets) match exactly');
  return `${lines.join('\n')}\n`;
}

export function scoreCommand(options: { gold: string; json: boolean }): number {
  const result = scoreGold(options.gold);
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderScore(result));
  return 0;
}
