// Event facts (issue 18, point 3) against the gold `eventFacts` of corpus/ and its
// subfolders: for every EVENT the annotator listed, its date or range, place and
// organisers as slots, scored P/R/F1 over (event, slot, value); and whether the
// evidence the library gives covers the sentences the annotator marked. Run by
// npm run eval, or alone: npx tsx eval/event-facts.ts [--errors]
//
// Matching: an event, place or organiser is matched by any name it goes by — the
// canonical name or the text of a mention (the gold lists the names it is written
// under). A date matches when the values agree, a clock time counting as its day
// (2025-09-18T09:00/2025-09-18T18:30 is the day 2025-09-18). Facts the library gives
// for an event the gold does not list count as false positives.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extract, type DocumentRecord } from '../src/index.js';
import { PROJECT_ROOT } from './gold.js';
import { type Counts, addCounts, compareSets, emptyCounts, scores } from './metrics.js';

export interface EventFactGold {
  /** The names the event is written under (one of its mentions' text). */
  event: string[];
  /** The date or range value, or null when the text gives none. */
  date: string | null;
  /** The names the place goes by (any one matches), or null. */
  place: string[] | null;
  /** Each organiser as the names it goes by. */
  organisers: string[][];
  /** The sentences that state the facts, or null when there are none. */
  evidence: { start: number; end: number } | null;
}

interface EventFactDocument {
  id: string;
  text: string;
  eventFacts: EventFactGold[];
}

const SLOTS = ['date', 'place', 'organiser'] as const;
type Slot = (typeof SLOTS)[number];

export interface EventFactCounts {
  bySlot: Map<Slot, Counts>;
  goldEvents: number;
  matchedEvents: number;
  unlistedFacts: number;
  withEvidence: number;
  evidenceCovers: number;
  errors: string[];
}

function isUnscoredBlindSet(dir: string): boolean {
  const readme = join(dir, 'README.md');
  return existsSync(readme) && /not yet scored/i.test(readFileSync(readme, 'utf8'));
}

/** Gold sets with event facts: corpus/ and its subfolders (never a blind set not yet scored). */
export function eventFactGoldSets(): { name: string; documents: EventFactDocument[] }[] {
  const corpus = join(PROJECT_ROOT, 'corpus');
  if (!existsSync(corpus)) return [];
  const dirs = [
    corpus,
    ...readdirSync(corpus)
      .filter((name) => !name.startsWith('.') && statSync(join(corpus, name)).isDirectory())
      .sort()
      .map((name) => join(corpus, name)),
  ];
  const sets: { name: string; documents: EventFactDocument[] }[] = [];
  for (const dir of dirs) {
    if (isUnscoredBlindSet(dir)) continue;
    const documents: EventFactDocument[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.gold.json')) continue;
      const id = name.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { eventFacts?: EventFactGold[] };
      if (!Array.isArray(gold.eventFacts)) continue;
      documents.push({ id, text: readFileSync(join(dir, `${id}.txt`), 'utf8'), eventFacts: gold.eventFacts });
    }
    if (documents.length > 0) sets.push({ name: `${relative(PROJECT_ROOT, dir)}/`, documents });
  }
  return sets;
}

/** A date value as a calendar value: a clock time counts as its day. */
export function calendarValue(value: string): string {
  const parts = value.split('/').map((p) => (/^\d{4}-\d{2}-\d{2}T/.test(p) ? p.slice(0, 10) : p));
  return parts.length === 2 && parts[0] === parts[1] ? parts[0]! : parts.join('/');
}

function namesOf(record: DocumentRecord, reference: { name: string; mention: number }): string[] {
  const mention = record.entities[reference.mention];
  return mention ? [reference.name, mention.text] : [reference.name];
}

/** All names an event of the record goes by: its canonical name and the text of every mention of it. */
function eventNames(record: DocumentRecord, eventMention: number, event: string): Set<string> {
  const canonical = record.entities[eventMention]?.canonical ?? event;
  const names = new Set([event, canonical]);
  for (const e of record.entities) if (e.type === 'EVENT' && e.canonical === canonical) names.add(e.text);
  return names;
}

/** The key of a predicted name: the gold's first name when it goes by one of them. */
function keyOf(names: string[], gold: string[][]): string {
  for (const alternatives of gold) if (names.some((n) => alternatives.includes(n))) return alternatives[0]!;
  return names[0]!;
}

export function emptyEventFactCounts(): EventFactCounts {
  return {
    bySlot: new Map(SLOTS.map((s) => [s, emptyCounts()])),
    goldEvents: 0,
    matchedEvents: 0,
    unlistedFacts: 0,
    withEvidence: 0,
    evidenceCovers: 0,
    errors: [],
  };
}

export function addEventFactCounts(counts: EventFactCounts, id: string, record: DocumentRecord, gold: EventFactGold[]) {
  const facts = record.eventFacts.map((fact) => ({ fact, names: eventNames(record, fact.eventMention, fact.event) }));
  const claimed = new Set<number>();
  for (const g of gold) {
    counts.goldEvents++;
    const mine = facts.flatMap((f, i) => (!claimed.has(i) && g.event.some((n) => f.names.has(n)) ? [i] : []));
    for (const i of mine) claimed.add(i);
    if (mine.length > 0) counts.matchedEvents++;
    const predicted = mine.map((i) => facts[i]!.fact);
    const placeGold = g.place ? [g.place] : [];
    const compare = (slot: Slot, found: string[], wanted: string[]) => {
      const c = compareSets(found, wanted);
      addCounts(counts.bySlot.get(slot)!, c);
      if (c.falsePositives + c.falseNegatives > 0)
        counts.errors.push(`${id} ${g.event[0]} ${slot}: found [${found.join('; ')}], gold [${wanted.join('; ')}]`);
    };
    compare(
      'date',
      predicted.flatMap((f) => (f.date ? [calendarValue(f.date.value)] : [])),
      g.date ? [g.date] : [],
    );
    compare(
      'place',
      predicted.flatMap((f) => (f.place ? [keyOf(namesOf(record, f.place), placeGold)] : [])),
      placeGold.map((p) => p[0]!),
    );
    compare(
      'organiser',
      predicted.flatMap((f) => f.organisers.map((o) => keyOf(namesOf(record, o), g.organisers))),
      g.organisers.map((o) => o[0]!),
    );
    if (g.evidence && predicted.length > 0) {
      counts.withEvidence++;
      const { start, end } = g.evidence;
      if (predicted.some((f) => f.evidence.start <= start && f.evidence.end >= end)) counts.evidenceCovers++;
      else counts.errors.push(`${id} ${g.event[0]} evidence does not cover ${start}-${end}`);
    }
  }
  facts.forEach(({ fact }, i) => {
    if (claimed.has(i)) return;
    counts.unlistedFacts++;
    const slots: [Slot, number][] = [
      ['date', fact.date ? 1 : 0],
      ['place', fact.place ? 1 : 0],
      ['organiser', fact.organisers.length],
    ];
    for (const [slot, n] of slots) counts.bySlot.get(slot)!.falsePositives += n;
    counts.errors.push(`${id} ${fact.event}: facts for an event the gold does not list`);
  });
}

export function evaluateEventFacts(options: { errors?: boolean } = {}): void {
  const sets = eventFactGoldSets();
  if (sets.length === 0) return;
  console.log('\nevent facts: (event, slot, value) P/R/F1 against the gold eventFacts');
  console.log(
    `${'set'.padEnd(16)} ${'slot'.padEnd(10)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(5)}`,
  );
  for (const set of sets) {
    const counts = emptyEventFactCounts();
    for (const document of set.documents)
      addEventFactCounts(counts, document.id, extract(document.text, { id: document.id }), document.eventFacts);
    const all = emptyCounts();
    const line = (slot: string, c: Counts) => {
      const s = scores(c);
      console.log(
        `${set.name.padEnd(16)} ${slot.padEnd(10)} ${s.precision.toFixed(3).padStart(6)} ${s.recall
          .toFixed(3)
          .padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${String(s.support).padStart(5)}`,
      );
    };
    for (const slot of SLOTS) {
      const c = counts.bySlot.get(slot)!;
      addCounts(all, c);
      line(slot, c);
    }
    line('all', all);
    console.log(
      `${set.name.padEnd(16)} ${set.documents.length} documents, events found ${counts.matchedEvents}/${counts.goldEvents}, facts for events the gold does not list ${counts.unlistedFacts}, evidence covers the gold's ${counts.evidenceCovers}/${counts.withEvidence}`,
    );
    if (options.errors) for (const error of counts.errors) console.log(`  ${error}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) evaluateEventFacts({ errors: process.argv.includes('--errors') });
