// Finds a taxonomy's terms in a document's tokens. Words match by Snowball stem,
// so inflected forms count (`Verwaltungsclouds`); a term of four letters or more
// also matches as the head or the modifier of a compound (`Verwaltungscloud`,
// `Cloud-Infrastruktur`, `KI-basiert`, `Datenschutzkonformität`) unless marked
// `exact`; multiword terms match as token sequences (`künstliche Intelligenz`).

import type { AnalysedText } from '../text/analysed-text.js';
import { normalForms } from '../text/normalize.js';
import type { TextWords } from '../text/text-words.js';
import { Flag, Kind } from '../text/token-table.js';
import type { TokenView } from '../text/token-view.js';
import { scanTokens } from '../text/tokenize.js';
import type { Taxonomy, TopicTerm } from './taxonomy.js';

/** One term of one topic; `sign` is -1 for terms that count against it. */
export interface TermRef {
  topic: number;
  weight: number;
  sign: 1 | -1;
  /** Length of the term's lower-case form: a stem match must not be much shorter or longer. */
  length: number;
}

export interface TermMatch {
  /** First and last token of the match. */
  first: number;
  last: number;
  refs: readonly TermRef[];
}

interface Sequence {
  /** Stems of the tokens after the first. */
  rest: string[];
  refs: TermRef[];
}

export interface TermMatcher {
  /** Single-word terms by stem (and exact terms by lower-case form). */
  readonly words: Map<string, TermRef[]>;
  /** Terms that may stand inside compounds, by lower-case form and by stem. */
  readonly compoundParts: Map<string, TermRef[]>;
  /** Multiword terms by the stem of their first word. */
  readonly sequences: Map<string, Sequence[]>;
  /** The language's words, which hyphenated parts are stemmed with. */
  readonly textWords: TextWords;
}

const MIN_COMPOUND_PART = 4;
/** What is left of a compound beside a matched part: `Verwaltungs|cloud` — not `Cloud|s`. */
const MIN_REMAINDER = 3;
/** Longer words are not searched for compound parts (keeps hostile input linear). */
const MAX_COMPOUND_LENGTH = 64;
/** Hyphenated words of more parts are not searched for hyphenated terms inside them. */
const MAX_HYPHEN_PARTS = 6;

function push<K>(map: Map<K, TermRef[]>, key: K, ref: TermRef): void {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
}

export function compileTermMatcher(taxonomy: Taxonomy, text: TextWords): TermMatcher {
  const words = new Map<string, TermRef[]>();
  const compoundParts = new Map<string, TermRef[]>();
  const sequences = new Map<string, Sequence[]>();
  const add = (term: TopicTerm, topic: number, sign: 1 | -1): void => {
    const ref: TermRef = { topic, weight: term.weight, sign, length: term.term.length };
    const table = scanTokens(term.term, text);
    const stems: string[] = [];
    const norms: string[] = [];
    for (let i = 0; i < table.count; i++) {
      const kind = table.kinds[i]!;
      if (kind === Kind.Punctuation || kind === Kind.Quote) continue;
      const surface = term.term.slice(table.starts[i], table.ends[i]);
      const { norm, stem } = normalForms(surface, kind, table.flags[i]!, text);
      norms.push(norm);
      stems.push(stem);
    }
    if (stems.length === 0) return;
    if (stems.length > 1) {
      const list = sequences.get(stems[0]!) ?? [];
      list.push({ rest: stems.slice(1), refs: [ref] });
      sequences.set(stems[0]!, list);
      return;
    }
    if (term.exact) {
      push(words, `=${norms[0]!}`, ref);
      return;
    }
    push(words, stems[0]!, ref);
    if (norms[0]!.length >= MIN_COMPOUND_PART) {
      push(compoundParts, norms[0]!, ref);
      if (stems[0] !== norms[0]) push(compoundParts, stems[0]!, ref);
    }
  };
  taxonomy.topics.forEach((topic, index) => {
    for (const term of topic.terms) add(term, index, 1);
    for (const term of topic.against ?? []) add(term, index, -1);
  });
  return { words, compoundParts, sequences, textWords: text };
}

/** A compiled matcher as JSON-able data: term references by index, so shared references stay shared. */
export interface PackedTermMatcher {
  /** Per reference: topic, weight, sign, length. */
  refs: number[][];
  words: [string, number[]][];
  compoundParts: [string, number[]][];
  /** Per first stem: the sequences, each as the stems of its other words and its references. */
  sequences: [string, [string[], number[]][]][];
}

/** A taxonomy with its packed matcher: the format of src/lang/de/compiled/topics.json. */
export interface CompiledTopics {
  taxonomy: Taxonomy;
  matcher: PackedTermMatcher;
}

export function packTermMatcher(matcher: TermMatcher): PackedTermMatcher {
  const refIndex = new Map<TermRef, number>();
  const refs: number[][] = [];
  const indexOf = (ref: TermRef): number => {
    let at = refIndex.get(ref);
    if (at === undefined) {
      at = refs.push([ref.topic, ref.weight, ref.sign, ref.length]) - 1;
      refIndex.set(ref, at);
    }
    return at;
  };
  const lists = (map: Map<string, TermRef[]>): [string, number[]][] =>
    [...map].map(([key, list]) => [key, list.map(indexOf)]);
  return {
    words: lists(matcher.words),
    compoundParts: lists(matcher.compoundParts),
    sequences: [...matcher.sequences].map(([stem, list]) => [
      stem,
      list.map((sequence) => [sequence.rest, sequence.refs.map(indexOf)]),
    ]),
    refs,
  };
}

export function unpackTermMatcher(packed: PackedTermMatcher, text: TextWords): TermMatcher {
  const refs = packed.refs.map(([topic, weight, sign, length]): TermRef => ({
    topic: topic!,
    weight: weight!,
    sign: sign as 1 | -1,
    length: length!,
  }));
  const lists = (entries: [string, number[]][]) =>
    new Map(entries.map(([key, list]) => [key, list.map((at) => refs[at]!)]));
  return {
    words: lists(packed.words),
    compoundParts: lists(packed.compoundParts),
    sequences: new Map(
      packed.sequences.map(([stem, list]) => [
        stem,
        list.map(([rest, refIndices]) => ({ rest, refs: refIndices.map((at) => refs[at]!) })),
      ]),
    ),
    textWords: text,
  };
}

/** Every term match in the document, in token order. */
export function matchTerms(doc: AnalysedText, matcher: TermMatcher): TermMatch[] {
  const view = doc.view;
  const matches: TermMatch[] = [];
  const sequences = view.answers.perToken(sequencesOfForm, view, matcher);
  for (let i = 0; i < view.count; i++) {
    const kind = view.kind[i];
    if (kind !== Kind.Word && kind !== Kind.Abbreviation && kind !== Kind.Hashtag) continue;
    const sequence = longestSequence(view, i, sequences[i]);
    if (sequence) {
      matches.push(sequence);
      i = sequence.last;
      continue;
    }
    const refs = wordRefs(view, i, matcher);
    if (refs.length > 0) matches.push({ first: i, last: i, refs });
  }
  return matches;
}

/** The multi-word terms that open with a word of this form (by its stem). */
function sequencesOfForm(view: TokenView, i: number, matcher: TermMatcher): Sequence[] | undefined {
  return matcher.sequences.get(view.stem[i]!);
}

function longestSequence(view: TokenView, i: number, candidates: Sequence[] | undefined): TermMatch | undefined {
  if (!candidates) return undefined;
  let best: TermMatch | undefined;
  for (const candidate of candidates) {
    let j = i;
    let matched = true;
    for (const stem of candidate.rest) {
      j = nextWord(view, j);
      if (j < 0 || view.stem[j] !== stem || view.sentence[j] !== view.sentence[i]) {
        matched = false;
        break;
      }
    }
    if (matched && (!best || j > best.last)) best = { first: i, last: j, refs: candidate.refs };
  }
  return best;
}

/** The next token that is no punctuation (`Bund, Länder und Kommunen`, `Ende-zu-Ende`), or -1. */
function nextWord(view: TokenView, j: number): number {
  for (let k = j + 1; k < view.count; k++) {
    const kind = view.kind[k];
    if (kind === Kind.Punctuation || kind === Kind.Quote) {
      if (view.surface[k] !== ',' && view.surface[k] !== '-') return -1;
      continue;
    }
    return k;
  }
  return -1;
}

/** The refs a single word carries: whole-word terms, then terms inside its compound parts; kept per word form. */
function wordRefs(view: TokenView, i: number, matcher: TermMatcher): readonly TermRef[] {
  return view.answers.answer(refsOfForm, view, i, matcher);
}

function refsOfForm(view: TokenView, i: number, matcher: TermMatcher): readonly TermRef[] {
  return computeWordRefs(view.norm[i]!, view.stem[i]!, view.flags[i]!, matcher);
}

/**
 * A stem match is an inflection only when the forms are about as long: Snowball
 * also strips derivations (`Wirtschaftlichkeit` and `Wirtschaft` share a stem).
 */
const MAX_INFLECTION_LENGTH = 3;

function computeWordRefs(norm: string, stem: string, flags: number, matcher: TermMatcher): readonly TermRef[] {
  if (flags & Flag.Suspended) return [];
  const found = new Set<TermRef>();
  for (const ref of exactRefs(norm, matcher)) found.add(ref);
  for (const ref of matcher.words.get(stem) ?? []) {
    if (Math.abs(ref.length - norm.length) <= MAX_INFLECTION_LENGTH) found.add(ref);
  }
  // Compound parts count too: `Cloud-Migration` is cloud and (against) migration.
  for (const ref of compoundRefs(norm, stem, matcher)) found.add(ref);
  if (norm.length > MIN_COMPOUND_PART && norm.endsWith('eln')) {
    // Snowball keeps the dative plural -n of nouns in -el (`Fördermitteln`): the singular's terms count too.
    const singular = norm.slice(0, -1);
    const singularStem = normalForms(singular, Kind.Word, 0, matcher.textWords).stem;
    for (const ref of matcher.words.get(singularStem) ?? []) found.add(ref);
    for (const ref of compoundRefs(singular, singularStem, matcher)) found.add(ref);
  }
  if (norm.includes('-')) {
    // `Cloud-Infrastruktur`, `KI-basiert`: each hyphenated part on its own.
    for (const part of norm.split('-')) {
      if (part.length === 0) continue;
      const partStem = normalForms(part, Kind.Word, 0, matcher.textWords).stem;
      for (const ref of exactRefs(part, matcher)) found.add(ref);
      for (const ref of matcher.words.get(partStem) ?? []) {
        if (Math.abs(ref.length - part.length) <= MAX_INFLECTION_LENGTH) found.add(ref);
      }
      for (const ref of compoundRefs(part, partStem, matcher)) found.add(ref);
    }
    // Hyphenated terms inside longer ones: `E-Rechnung` in `E-Rechnungs-Plattform`, `Open-Source` in `Open-Source-Community`.
    const parts = norm.split('-');
    if (parts.length >= 3 && parts.length <= MAX_HYPHEN_PARTS) {
      for (let first = 0; first < parts.length; first++) {
        for (let end = first + 2; end <= parts.length; end++) {
          if (end - first === parts.length) continue;
          const run = parts.slice(first, end).join('-');
          const runStem = normalForms(run, Kind.Word, 0, matcher.textWords).stem;
          for (const ref of exactRefs(run, matcher)) found.add(ref);
          for (const ref of matcher.words.get(runStem) ?? []) {
            if (Math.abs(ref.length - run.length) <= MAX_INFLECTION_LENGTH) found.add(ref);
          }
        }
      }
    }
  }
  return [...found];
}

/** `exact` terms match their form and its plural or genitive (`Akte`/`Akten`, `LLM`/`LLMs`). */
function exactRefs(norm: string, matcher: TermMatcher): TermRef[] {
  const refs = [...(matcher.words.get(`=${norm}`) ?? [])];
  for (const ending of ['s', 'n', 'en', 'e']) {
    if (norm.length > ending.length + 1 && norm.endsWith(ending))
      refs.push(...(matcher.words.get(`=${norm.slice(0, -ending.length)}`) ?? []));
  }
  return refs;
}

/** `Verwaltungscloud` (head `cloud`), `Datenschutzkonformität` (modifier `datenschutz`). */
function compoundRefs(norm: string, stem: string, matcher: TermMatcher): TermRef[] {
  const found: TermRef[] = [];
  if (norm.length < MIN_COMPOUND_PART + MIN_REMAINDER || norm.length > MAX_COMPOUND_LENGTH) return found;
  for (let cut = MIN_REMAINDER; cut <= norm.length - MIN_COMPOUND_PART; cut++) {
    const head = matcher.compoundParts.get(norm.slice(cut));
    if (head) found.push(...head);
    if (cut <= stem.length - MIN_COMPOUND_PART) {
      const stemHead = matcher.compoundParts.get(stem.slice(cut));
      if (stemHead) found.push(...stemHead);
    }
  }
  for (let cut = MIN_COMPOUND_PART; cut <= norm.length - MIN_REMAINDER; cut++) {
    const modifier = matcher.compoundParts.get(norm.slice(0, cut));
    if (modifier) found.push(...modifier);
  }
  return found;
}
