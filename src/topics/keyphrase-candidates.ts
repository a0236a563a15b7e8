// The candidates for keyphrases: noun phrases only. Within a sentence:
// - adjectives and nouns: lower-case adjectives (an adjective ending, and the
//   background knows the stem as an attributive adjective or an article,
//   preposition or numeral stands before it: `digitale Souveränität`,
//   `der geplanten Reform`), then up to three nouns (`ÖV-Symposium NRW`,
//   `Chatbot Frida`); each noun of a run alone too;
// - genitive phrases: such a phrase, `der`/`des`, and another
//   (`Modernisierung der Register`, `Umsetzung des Onlinezugangsgesetzes`);
// - names: the mentions of organisations, products, laws, programmes, events
//   and places, all mentions of one canonical name counted together.
// A capitalised word at the start of a sentence is a noun only when the
// background does not write it in lower case (`Gemeinsam`, `Zudem`, `Stellte`);
// verbs never join a phrase (`stellte Bürgermeisterin`
// is no candidate). People's names, numbers and fragments (`Bundes-`) are left out.

import type { EntityMention } from '../record.js';
import type { AnalysedText } from '../text/analysed-text.js';
import { Flag, Kind } from '../text/token-table.js';
import { Shape, type TokenView } from '../text/token-view.js';
import { type KeyphraseWords, inverseDocumentFrequency } from './keyphrase-words.js';

const MAX_NOUNS = 3;
const MAX_ADJECTIVES = 2;
const MAX_NAME_TOKENS = 8;
const MIN_WORD_LENGTH = 3;

export interface Candidate {
  /** Stems of its words, genitive articles left out: the identity of the phrase. */
  key: string;
  /** First and last token of its first occurrence. */
  first: number;
  last: number;
  count: number;
  firstSentence: number;
  lastSentence: number;
  /** Content words (adjectives, nouns, name tokens). */
  words: number;
  /** Mean idf of its content words against the background. */
  idf: number;
  /** A name the entity recognisers found, and its type. */
  entity: EntityMention['type'] | undefined;
  /** A genitive phrase. */
  genitive: boolean;
  /** Made only of words too general for the domain (`Verwaltung`) or roles (`Landrätin`): kept out unless it is a name. */
  generic: boolean;
  /** One capitalised adjective (`Hessische`): kept out unless it is a name. */
  capitalisedAdjective: boolean;
  /** Its content stems, for the diversity of the choice. */
  stems: string[];
  /** Its score before the choice (keyphrases.ts). */
  score: number;
}

/** What the candidate rules ask about a word form, answered once per form. */
interface WordFacts {
  stop: boolean;
  /** Long enough (or an acronym), no stop word, no digit. */
  content: boolean;
  adjectiveEnding: boolean;
  /** An adjective that adds nothing (`neuen`, `weitere`): never part of a phrase. */
  vague: boolean;
  /** The background knows the stem as an attributive adjective. */
  knownAdjective: boolean;
  /** Capitalised with an adjective ending (`Hessische`): no keyphrase alone. */
  capitalisedAdjective: boolean;
  /** Never a noun, even capitalised at a sentence start (`Gemeinsam`). */
  notNoun: boolean;
  /** A hyphenated word whose last part is lower case (`KI-gestützten`, `DSGVO-konforme`): an adjective. */
  hyphenatedAdjective: boolean;
  generic: boolean;
  /** A role or office noun (`Landrätin`). */
  role: boolean;
  attributiveContext: boolean;
  genitiveLink: boolean;
  idf: number;
}

function factsOfForm(view: TokenView, i: number, words: KeyphraseWords): WordFacts {
  const norm = view.norm[i]!;
  const stem = view.stem[i]!;
  const shape = view.shape[i]!;
  const acronym = (shape & Shape.AllCaps) !== 0;
  const stop = words.stopwords.has(norm);
  return {
    stop,
    content: !stop && (norm.length >= MIN_WORD_LENGTH || acronym) && (shape & Shape.HasDigit) === 0,
    adjectiveEnding: words.adjectiveEndings.some((ending) => norm.endsWith(ending)),
    vague: words.vagueAdjectives.has(stem),
    knownAdjective: words.adjectives.has(stem),
    capitalisedAdjective: words.capitalisedAdjectiveEndings.some((ending) => norm.endsWith(ending)),
    notNoun: words.notNouns.has(norm),
    hyphenatedAdjective: /-\p{Ll}[^-]*$/u.test(view.surface[i]!),
    generic: words.generic.has(norm),
    role: words.roles.has(norm),
    attributiveContext: words.attributiveContext.has(norm),
    genitiveLink: words.genitiveLinks.has(norm),
    idf: inverseDocumentFrequency(words, stem),
  };
}

/** The facts of a word's form; none for other tokens (numbers, punctuation). */
function wordFactsOf(view: TokenView, i: number, words: KeyphraseWords): WordFacts | undefined {
  return view.kind[i] === Kind.Word ? factsOfForm(view, i, words) : undefined;
}

/** Per-token classes, computed in one pass: what the phrase scan reads. */
const enum Role {
  None = 0,
  Noun = 1,
  Adjective = 2,
}

export function findCandidates(
  doc: AnalysedText,
  entities: readonly EntityMention[],
  words: KeyphraseWords,
): Map<string, Candidate> {
  const view = doc.view;
  const count = view.count;
  const person = personTokens(view, entities);
  // One answer per token, read from arrays below.
  const facts = view.answers.perToken(wordFactsOf, view, words);
  const role = new Uint8Array(count);
  const sentenceStarts = doc.sentences.firstToken;
  for (let i = 0; i < count; i++) {
    const f = facts[i];
    if (f === undefined || !f.content || person[i] || view.flags[i]! & Flag.Suspended) continue;
    const shape = view.shape[i]!;
    if (shape & Shape.Capitalised && !f.hyphenatedAdjective) {
      // At a sentence start a capitalised word is a noun unless the background writes it in lower case (`Gemeinsam`).
      if (i !== sentenceStarts[view.sentence[i]!] || !f.notNoun) role[i] = Role.Noun;
    }
  }
  for (let i = 0; i < count; i++) {
    const f = facts[i];
    if (f === undefined || !f.content || !f.adjectiveEnding || f.vague || person[i] || view.flags[i]! & Flag.Suspended)
      continue;
    if (f.hyphenatedAdjective) role[i] = Role.Adjective;
    else if (view.shape[i]! & Shape.LowerInitial) {
      if (f.knownAdjective || facts[i - 1]?.attributiveContext) role[i] = Role.Adjective;
    } else if (f.knownAdjective && role[i + 1] === Role.Noun && view.sentence[i + 1] === view.sentence[i]) {
      // A capitalised adjective opens a name or a title (`Digitale Souveränität`) when the background knows it.
      role[i] = Role.Adjective;
    }
  }

  const candidates = new Map<string, Candidate>();
  const keyOf = (first: number, last: number): string => {
    let key = '';
    for (let i = first; i <= last; i++) {
      const f = facts[i];
      if (f !== undefined && !f.stop) key += (key ? ' ' : '') + view.stem[i]!;
    }
    return key;
  };
  const add = (first: number, last: number, linkAt = -1): Candidate | undefined => {
    let allGeneric = true;
    let key = '';
    let idfSum = 0;
    let content = 0;
    let contentFacts: WordFacts | undefined;
    for (let i = first; i <= last; i++) {
      const f = facts[i];
      if (i === linkAt || f === undefined || f.stop) continue;
      contentFacts = f;
      allGeneric &&= f.generic || f.role;
      key += (key ? ' ' : '') + view.stem[i]!;
      idfSum += f.idf;
      content++;
    }
    if (content === 0) return undefined;
    const sentence = view.sentence[first]!;
    const existing = candidates.get(key);
    if (existing) {
      existing.count++;
      existing.lastSentence = sentence;
      return existing;
    }
    const stems: string[] = [];
    for (let i = first; i <= last; i++)
      if (i !== linkAt && facts[i] !== undefined && !facts[i]!.stop) stems.push(view.stem[i]!);
    const candidate: Candidate = {
      key,
      first,
      last,
      count: 1,
      firstSentence: sentence,
      lastSentence: sentence,
      words: content,
      idf: idfSum / content,
      entity: undefined,
      genitive: linkAt >= 0,
      generic: allGeneric,
      // A name's last token may be no word (`St .`): the one content word decides.
      capitalisedAdjective: content === 1 && contentFacts!.capitalisedAdjective,
      stems,
      score: Number.NaN,
    };
    candidates.set(key, candidate);
    return candidate;
  };

  // Noun phrases, and genitive phrases joining two of them.
  let previousFirst = -1;
  let previousLast = -2;
  let previousNouns = 0;
  for (let i = 0; i < count; i++) {
    if (role[i] === Role.None) continue;
    const sentence = view.sentence[i]!;
    let j = i;
    while (j - i < MAX_ADJECTIVES && j < count && role[j] === Role.Adjective && view.sentence[j] === sentence) j++;
    const nounStart = j;
    while (j - nounStart < MAX_NOUNS && j < count && role[j] === Role.Noun && view.sentence[j] === sentence) j++;
    if (j === nounStart) {
      previousLast = -2;
      continue;
    }
    const last = j - 1;
    for (let first = i; first <= last; first++)
      if (first >= nounStart || role[first] === Role.Adjective) add(first, last);
    for (let noun = nounStart; noun < last; noun++) add(noun, noun);
    // `Einführung der elektronischen Akte`: a one-noun head, a genitive article, this phrase.
    const link = i - 1;
    if (
      previousLast === link - 1 &&
      previousNouns === 1 &&
      facts[link]?.genitiveLink &&
      view.sentence[previousLast] === sentence
    )
      add(previousFirst, last, link);
    previousFirst = i;
    previousLast = last;
    previousNouns = j - nounStart;
    i = last;
  }

  // Names: all mentions of one canonical name count for the name as first written.
  const names = new Map<
    string,
    { first: number; last: number; type: EntityMention['type']; mentions: number; lastSentence: number }
  >();
  for (const mention of entities) {
    if (mention.type === 'PER') continue;
    const first = tokenAt(view, mention.start);
    const last = tokenAt(view, mention.end - 1);
    if (first < 0 || last < first || last - first >= MAX_NAME_TOKENS) continue;
    const name = `${mention.type}\t${mention.canonical}`;
    const group = names.get(name);
    if (group) {
      group.mentions++;
      group.lastSentence = view.sentence[first]!;
    } else names.set(name, { first, last, type: mention.type, mentions: 1, lastSentence: view.sentence[first]! });
  }
  for (const group of names.values()) {
    const known = candidates.get(keyOf(group.first, group.last));
    // The noun-phrase pass may have counted the same words already: the larger count stands.
    const candidate = known ?? add(group.first, group.last);
    if (candidate === undefined) continue;
    candidate.count = known ? Math.max(known.count, group.mentions) : group.mentions;
    candidate.lastSentence = Math.max(candidate.lastSentence, group.lastSentence);
    candidate.entity = group.type;
  }
  return candidates;
}

/** The first token whose span contains offset, or −1 (binary search over the token starts). */
function tokenAt(view: TokenView, offset: number): number {
  let low = 0;
  let high = view.count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (view.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return view.count > 0 && view.starts[low]! <= offset && offset < view.ends[low]! ? low : -1;
}

/** Tokens inside a person's name: never part of a keyphrase. */
function personTokens(view: TokenView, entities: readonly EntityMention[]): Uint8Array {
  const person = new Uint8Array(view.count);
  for (const mention of entities) {
    if (mention.type !== 'PER') continue;
    for (let i = Math.max(0, tokenAt(view, mention.start)); i < view.count && view.starts[i]! < mention.end; i++)
      person[i] = 1;
  }
  return person;
}
