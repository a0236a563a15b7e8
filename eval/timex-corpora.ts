// Shared by the scripts that score time expressions on the public German corpora
// (eval/timex-wikiwarsde.ts, eval/timex-krauts.ts): inline TIMEX tags stripped to
// text with character offsets, mention-level scoring as the TempEval/ACE TERN
// scorers count (strict: exact span; lenient: any overlap, each gold matched once;
// value: among lenient matches, the share with the gold value), and the conversion
// of this library's spans to those corpora's conventions (docs/time-expressions.md).

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { germanLanguage } from '../src/lang/de/index.js';
import { analyseText } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { WordFormTable } from '../src/text/word-forms.js';
import type { TimeExpression } from '../src/time/tag-time.js';
import { analyseTime } from '../src/time/time-stage.js';
import { extract } from '../src/index.js';
import { PROJECT_ROOT } from './gold.js';

export const SHARED_DATA = resolve(PROJECT_ROOT, '..', 'shared', 'data');

export function sharedDataPath(...parts: string[]): string | undefined {
  const path = join(SHARED_DATA, ...parts);
  return existsSync(path) ? path : undefined;
}

export interface CorpusTimex {
  start: number;
  end: number;
  text: string;
  value: string;
  type?: string;
  mod?: string;
}

export interface CorpusDocument {
  id: string;
  text: string;
  /** The document creation time (YYYY-MM-DD): the reference date. */
  dct: string;
  gold: CorpusTimex[];
}

/**
 * Strips inline tags named `tag` from a piece of markup, returning the text and
 * the tagged spans with their attributes. Empty (self-closing) tags are dropped.
 * Entities are left as written (the corpora's raw input keeps them too).
 */
export function stripInlineTags(
  markup: string,
  tag: string,
): { text: string; spans: (CorpusTimex & { attributes: Record<string, string> })[] } {
  const spans: (CorpusTimex & { attributes: Record<string, string> })[] = [];
  let text = '';
  const pattern = new RegExp(`<${tag}\\b([^>]*?)(/?)>|</${tag}>`, 'g');
  let last = 0;
  let open: { start: number; attributes: Record<string, string> } | undefined;
  for (let match = pattern.exec(markup); match; match = pattern.exec(markup)) {
    text += markup.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0].startsWith('</')) {
      if (open) {
        const value = open.attributes.val ?? open.attributes.value ?? '';
        spans.push({
          start: open.start,
          end: text.length,
          text: text.slice(open.start, text.length),
          value,
          ...(open.attributes.type && { type: open.attributes.type }),
          ...(open.attributes.mod && { mod: open.attributes.mod }),
          attributes: open.attributes,
        });
      }
      open = undefined;
    } else if (match[2] !== '/') {
      open = { start: text.length, attributes: parseAttributes(match[1] ?? '') };
    }
  }
  text += markup.slice(last);
  return { text, spans };
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([\w:]+)="([^"]*)"/g)) attributes[match[1]!] = match[2]!;
  return attributes;
}

export interface MentionScores {
  gold: number;
  predicted: number;
  strict: number;
  lenient: number;
  /** lenient matches whose value equals the gold value */
  lenientValue: number;
  /** strict matches whose value equals the gold value */
  strictValue: number;
  /** lenient matches whose type equals the gold type (where the gold has types) */
  lenientType: number;
}

export function emptyMentionScores(): MentionScores {
  return { gold: 0, predicted: 0, strict: 0, lenient: 0, lenientValue: 0, strictValue: 0, lenientType: 0 };
}

/** Adds one document: every gold mention matched at most once, exact spans first. */
export function addMentionScores(
  into: MentionScores,
  predicted: readonly CorpusTimex[],
  gold: readonly CorpusTimex[],
): void {
  into.gold += gold.length;
  into.predicted += predicted.length;
  const used = new Set<number>();
  const pairs: [CorpusTimex, CorpusTimex][] = [];
  const rest: CorpusTimex[] = [];
  for (const p of predicted) {
    const exact = gold.findIndex((g, k) => !used.has(k) && g.start === p.start && g.end === p.end);
    if (exact >= 0) {
      used.add(exact);
      into.strict++;
      pairs.push([p, gold[exact]!]);
      if (p.value === gold[exact]!.value) into.strictValue++;
    } else rest.push(p);
  }
  for (const p of rest) {
    const overlap = gold.findIndex((g, k) => !used.has(k) && g.start < p.end && p.start < g.end);
    if (overlap >= 0) {
      used.add(overlap);
      pairs.push([p, gold[overlap]!]);
    }
  }
  for (const [p, g] of pairs) {
    into.lenient++;
    if (p.value === g.value) into.lenientValue++;
    if (p.type !== undefined && p.type === g.type) into.lenientType++;
  }
}

export function addInto(into: MentionScores, add: MentionScores): void {
  for (const key of Object.keys(into) as (keyof MentionScores)[]) into[key] += add[key];
}

function f1(hits: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted === 0 ? 0 : hits / predicted;
  const r = gold === 0 ? 0 : hits / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export interface MentionRow {
  system: string;
  part: string;
  gold: number;
  predicted: number;
  strictP: number;
  strictR: number;
  strictF1: number;
  lenientF1: number;
  /** value accuracy among lenient matches (the TERN "Normalization (value)" figure) */
  value: number;
  strictValueF1: number;
  lenientValueF1: number;
  typeAccuracy: number;
}

export function mentionRow(system: string, part: string, s: MentionScores): MentionRow {
  const strict = f1(s.strict, s.predicted, s.gold);
  return {
    system,
    part,
    gold: s.gold,
    predicted: s.predicted,
    strictP: strict.p,
    strictR: strict.r,
    strictF1: strict.f,
    lenientF1: f1(s.lenient, s.predicted, s.gold).f,
    value: s.lenient === 0 ? 0 : s.lenientValue / s.lenient,
    strictValueF1: f1(s.strictValue, s.predicted, s.gold).f,
    lenientValueF1: f1(s.lenientValue, s.predicted, s.gold).f,
    typeAccuracy: s.lenient === 0 ? 0 : s.lenientType / s.lenient,
  };
}

export function printMentionRows(title: string, rows: MentionRow[], withTypes: boolean): void {
  console.log(`\n${title}`);
  const head = [
    'part'.padEnd(16),
    'system'.padEnd(44),
    'gold'.padStart(5),
    'pred'.padStart(5),
    'strict P'.padStart(8),
    'R'.padStart(6),
    'F1'.padStart(6),
    'lenient F1'.padStart(10),
    'value'.padStart(6),
    's+v F1'.padStart(7),
    'l+v F1'.padStart(7),
    ...(withTypes ? ['type'.padStart(6)] : []),
  ];
  console.log(head.join(' '));
  const n = (x: number, w = 6) => x.toFixed(3).padStart(w);
  for (const r of rows) {
    console.log(
      [
        r.part.padEnd(16),
        r.system.padEnd(44),
        String(r.gold).padStart(5),
        String(r.predicted).padStart(5),
        n(r.strictP, 8),
        n(r.strictR),
        n(r.strictF1),
        n(r.lenientF1, 10),
        n(r.value),
        n(r.strictValueF1, 7),
        n(r.lenientValueF1, 7),
        ...(withTypes ? [n(r.typeAccuracy)] : []),
      ].join(' '),
    );
  }
}

const answers = new FormAnswers(new WordFormTable(germanLanguage().text));

/** govtext-de on a corpus document: extract()'s entities for the name filter, the time stage with the DCT as meta.date. */
export function govtextOnCorpus(text: string, dct: string, reading: 'document' | 'narrative'): TimeExpression[] {
  const record = extract(text, { date: dct });
  const doc = analyseText(text, germanLanguage().text, answers);
  return analyseTime(doc, record.entities, { date: dct }, { reading, datedClockTimes: true, conventions: 'timeml' })
    .timex;
}

const RANGE_SEPARATOR = /^(.*?\S)(\s*(?:bis(?: zum| einschließlich)?|und|–|-|—|\/)\s*)(\S.*)$/su;
const CLOCK_JOIN = /^(.*?\S)(\s*(?:,\s*)?(?:um|ab)?\s*)(\d{1,2}(?:[:.]\d{2})?(?:\s*Uhr.*)?|\d{1,2}[:.]\d{2}.*)$/su;

/**
 * Our spans in TIMEX2/TIMEX3 corpus conventions, which annotate the two ends of a
 * range and a date with its clock time as separate expressions: "11. bis 12.
 * September 2024" (2024-09-11/2024-09-12) becomes "11." (2024-09-11) and "12.
 * September 2024" (2024-09-12); "5. März um 14:30 Uhr" becomes "5. März" and
 * "14:30 Uhr". Everything else stays as it is.
 */
export function toCorpusConventions(expressions: readonly TimeExpression[]): CorpusTimex[] {
  const out: CorpusTimex[] = [];
  for (const t of expressions) {
    const base = { type: t.type, ...(t.mod && { mod: t.mod }) };
    const slash = t.value.indexOf('/');
    if (t.type !== 'DURATION' && t.type !== 'SET' && slash > 0) {
      const match = RANGE_SEPARATOR.exec(t.text);
      if (match) {
        const [first, second] = [t.value.slice(0, slash), t.value.slice(slash + 1)];
        const firstEnd = t.start + match[1]!.length;
        const secondStart = firstEnd + match[2]!.length;
        out.push(...splitClock({ start: t.start, end: firstEnd, text: match[1]!, value: first, ...base }));
        out.push(...splitClock({ start: secondStart, end: t.end, text: match[3]!, value: second, ...base }));
        continue;
      }
    }
    out.push(...splitClock({ start: t.start, end: t.end, text: t.text, value: t.value, ...base }));
  }
  return out;
}

function splitClock(t: CorpusTimex): CorpusTimex[] {
  if (t.type !== 'TIME' || !/\d{4}-\d{2}-\d{2}T\d/.test(t.value)) return [t];
  const match = CLOCK_JOIN.exec(t.text);
  if (!match || !/[A-Za-zäöüÄÖÜ]/.test(match[1]! + match[2]!)) return [t];
  const dateEnd = t.start + match[1]!.length;
  const clockStart = dateEnd + match[2]!.length;
  return [
    { start: t.start, end: dateEnd, text: match[1]!, value: t.value.slice(0, t.value.indexOf('T')), type: 'DATE' },
    { start: clockStart, end: t.end, text: match[3]!, value: t.value, type: 'TIME' },
  ];
}
