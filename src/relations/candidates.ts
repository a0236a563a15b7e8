// The person–organisation candidates of a document and what the pair model
// reads about each: for every person mention, the organisations in its
// sentence, in the sentences just before and after it, and, further back, the
// first and the nearest mention of every organisation named before (where a
// role refers back: `der Landrat`, the minutes' header, `das Ministerium`);
// and an organisation inside a compound role (`AKDB-Vorstandsmitglied`).
// Features name the layout between the two (`Name (ORG)`, `Name, Role, ORG`,
// a role running up to the organisation), the distance, the role and whether
// its kind fits the organisation's, where the organisation stands in the
// document, and the words between.

import type { EntityLexicon } from '../entities/entity-lexicon.js';
import { type MentionTokens, mentionTokens } from '../entities/mention-tokens.js';
import type { EntityMention } from '../record.js';
import type { AnalysedText } from '../text/analysed-text.js';
import { Flag } from '../text/token-table.js';
import { Shape, type TokenView } from '../text/token-view.js';
import { organisationKind } from './organisation-kinds.js';
import type { FeatureSink } from './pair-model.js';
import type { OrganisationKind, RelationWords } from './relation-words.js';
import {
  type PersonContext,
  type RolePhrase,
  backReferenceAt,
  isArticle,
  isRoleName,
  isRoleNoun,
  personContext,
} from './roles.js';

/** Sentences before a person whose organisations are candidates whatever they are. */
const SENTENCES_BEFORE = 3;
/** Organisations of that window, on each side of the person: the nearest so many (a list of a thousand names is long). */
const MAX_NEAR = 12;
/** Organisations named further back: the so many named most recently, beside those of the header. */
const MAX_FAR = 24;
/** Tokens on each side of a name searched for nouns that refer back. */
const REFERENCE_TOKENS = 40;
/** Organisations of the header that stay candidates for every person. */
const MAX_HEADER = 8;
/** Sentences at the start of a document that make its header (title, dateline, issuing body). */
const HEADER_SENTENCES = 3;
/** Tokens between a person and an organisation whose layout is a feature of its own. */
const MAX_PATTERN_TOKENS = 7;
/** Tokens between them whose lower-case words are features. */
const MAX_WORD_TOKENS = 10;

export interface Candidate<S extends FeatureSink = FeatureSink> {
  /** Index of the person mention. */
  person: number;
  /** Index of the organisation mention, or -1 for an organisation named only inside a compound role. */
  organisation: number;
  /** The organisation as written: the mention's text or the compound's first part. */
  organisationText: string;
  /** The organisation's canonical name (the compound's part where no mention names it). */
  organisationCanonical: string;
  /** The role this pair states, as written, or undefined. */
  role: string | undefined;
  /** How that role's kind fits the organisation's (`yes1`, `yesN`, `yesRef`, `no`, `unknown`, `noRole`). */
  roleFit: string;
  /** The organisation's kind, where its name tells it. */
  kind: OrganisationKind | undefined;
  /** What the model reads about the person mention alone, shared by all its candidates. */
  personFeatures: S;
  former: boolean;
  /** The tokens of the person's sentence that state it: name, role and the organisation when it is there. */
  evidenceFirst: number;
  evidenceLast: number;
  /** What the model reads about the pair. */
  features: S;
}

interface Organisation {
  mention: number;
  kind: OrganisationKind | undefined;
  /** Position among the mentions of its entity (0: the first). */
  nth: number;
  /** Mentions of its entity in the document. */
  mentions: number;
  /** Its entity's first mention stands in the document's header. */
  inHeader: boolean;
}

/** The candidates of a document, and each person's roles as written (canonical name → roles in text order). */
export function relationCandidates<S extends FeatureSink>(
  doc: AnalysedText,
  mentions: readonly EntityMention[],
  words: RelationWords,
  lexicon: EntityLexicon,
  newSink: () => S,
): { candidates: Candidate<S>[]; roles: Map<string, string[]> } {
  const { view } = doc;
  const tokens = mentionTokens(view, mentions);
  const tallies = talliesOf(view, mentions, tokens);
  const organisations = organisationsOf(mentions, words);
  const bySentence = new Map<number, Organisation[]>();
  for (const organisation of organisations) {
    const sentence = mentions[organisation.mention]!.sentence;
    const list = bySentence.get(sentence);
    if (list) list.push(organisation);
    else bySentence.set(sentence, [organisation]);
  }
  let mostMentioned = 0;
  for (const organisation of organisations) mostMentioned = Math.max(mostMentioned, organisation.mentions);
  const organisationOf = new Map(organisations.map((organisation) => [organisation.mention, organisation]));
  const firstMention = new Map<string, number>();
  const header: Organisation[] = [];
  const frequent: Organisation[] = [];
  const kinds: KindTally = { entities: new Map(), latest: new Map() };
  for (const organisation of organisations) {
    if (organisation.nth !== 0) continue;
    firstMention.set(mentions[organisation.mention]!.canonical, organisation.mention);
    if (organisation.inHeader && header.length < MAX_HEADER) header.push(organisation);
    if (organisation.mentions === mostMentioned && frequent.length < MAX_HEADER) frequent.push(organisation);
    if (organisation.kind !== undefined)
      kinds.entities.set(organisation.kind, (kinds.entities.get(organisation.kind) ?? 0) + 1);
  }
  const personSeen = new Map<string, number>();
  const longestAlias = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.type !== 'PER') continue;
    longestAlias.set(mention.canonical, Math.max(longestAlias.get(mention.canonical) ?? 0, mention.text.length));
  }

  const candidates: Candidate<S>[] = [];
  const roles = new Map<string, string[]>();
  const referencesBySentence = new Map<number, Reference[]>();
  let passed = 0;
  /** The organisations named most recently before the person, one per entity, oldest first, at most MAX_FAR. */
  const recent: Organisation[] = [];
  const recentNames = new Set<string>();
  for (let p = 0; p < mentions.length; p++) {
    const person = mentions[p]!;
    if (person.type !== 'PER' || tokens.first[p]! < 0) continue;
    const nth = personSeen.get(person.canonical) ?? 0;
    personSeen.set(person.canonical, nth + 1);
    const context = personContext(view, mentions, tokens, p, words, lexicon);
    addRoles(roles, person.canonical, context);
    const personFeatures = newSink();
    featuresOfPerson(personFeatures, context, person, nth, longestAlias.get(person.canonical) ?? 0);
    // A sentence of ordinary length is searched once for all its people; a long one around each name.
    const { firstToken, lastToken } = doc.sentences;
    const short = lastToken[person.sentence]! - firstToken[person.sentence]! <= 2 * REFERENCE_TOKENS;
    let references = short ? referencesBySentence.get(person.sentence) : undefined;
    if (references === undefined) {
      references = short
        ? sentenceReferences(view, tokens, person.sentence, doc, words, 0, view.count)
        : sentenceReferences(view, tokens, person.sentence, doc, words, context.first, context.last);
      if (short) referencesBySentence.set(person.sentence, references);
    }
    // The organisations named before the person, walked once along the document: the latest mention of each.
    while (passed < organisations.length && mentions[organisations[passed]!.mention]!.start < person.start) {
      const organisation = organisations[passed]!;
      const canonical = mentions[organisation.mention]!.canonical;
      if (recentNames.has(canonical))
        recent.splice(
          recent.findIndex((other) => mentions[other.mention]!.canonical === canonical),
          1,
        );
      else if (recent.length === MAX_FAR) recentNames.delete(mentions[recent.shift()!.mention]!.canonical);
      recent.push(organisation);
      recentNames.add(canonical);
      if (organisation.kind !== undefined) kinds.latest.set(organisation.kind, { canonical, index: passed });
      passed++;
    }
    const nearestBefore = passed > 0 ? organisations[passed - 1]!.mention : -1;
    const named = new Set<string>();
    for (const phrase of [context.before, context.after, context.afterMore, context.bracketRole])
      if (phrase && phrase.organisation >= 0) named.add(mentions[phrase.organisation]!.canonical);
    // A party in brackets names the person's party, not the office's organisation (`Landrätin X (CDU)`).
    for (let k = context.bracketOpen + 1; context.bracketOpen >= 0 && k < context.bracketClose; k++) {
      const m = tokens.startingAt[k]!;
      if (m >= 0 && mentions[m]!.type === 'ORG' && organisationOf.get(m)?.kind !== 'party')
        named.add(mentions[m]!.canonical);
    }
    if (context.listed >= 0) named.add(mentions[context.listed]!.canonical);
    const around: Around = {
      references,
      nearestBefore: nearestBefore >= 0 ? mentions[nearestBefore]!.canonical : undefined,
      kinds,
      fits: new Map(),
      named,
      nearestNaming: new Map(),
      organisations,
      passed,
    };

    const considered = new Set<number>();
    const pair: Pairing<S> = {
      view,
      mentions,
      tokens,
      tallies,
      context,
      personFeatures,
      mostMentioned,
      words,
      bySentence,
      firstMention,
      around,
      newSink,
    };
    // The window: the sentences before and after the person, the nearest organisations on each side.
    const firstInWindow = firstOrganisationFrom(organisations, mentions, person.sentence - SENTENCES_BEFORE);
    const pastWindow = firstOrganisationFrom(organisations, mentions, person.sentence + 2);
    for (let o = Math.max(firstInWindow, passed - MAX_NEAR); o < Math.min(pastWindow, passed + MAX_NEAR); o++)
      consider(candidates, considered, pair, organisations[o]!);
    // The organisations the person's own phrases name, wherever they stand (a signature's next lines).
    for (const phrase of [context.before, context.after, context.afterMore, context.bracketRole]) {
      const named = phrase && phrase.organisation >= 0 ? organisationOf.get(phrase.organisation) : undefined;
      if (named) consider(candidates, considered, pair, named);
    }
    // Further back: the organisations named most recently before, by their latest mention (related under their
    // first), and the document's own (its header's, the most mentioned) wherever they were named.
    for (const organisation of recent) consider(candidates, considered, pair, organisation);
    for (const organisation of [...header, ...frequent]) {
      const canonical = mentions[organisation.mention]!.canonical;
      if (mentions[organisation.mention]!.start < person.start && !recentNames.has(canonical))
        consider(candidates, considered, pair, organisation);
    }
    if (context.compound) candidates.push(compoundCandidate(view, mentions, context, personFeatures, newSink()));
  }
  return { candidates, roles };
}

function addRoles(roles: Map<string, string[]>, person: string, context: PersonContext): void {
  const found = [context.before, context.beforeOuter, context.bracketRole, context.after, context.afterMore]
    .filter((phrase): phrase is RolePhrase => phrase !== undefined)
    .sort((a, b) => a.first - b.first)
    .map((phrase) => phrase.text);
  if (found.length === 0) return;
  const list = roles.get(person) ?? [];
  for (const role of found) if (!list.includes(role)) list.push(role);
  roles.set(person, list);
}

interface Reference {
  kinds: readonly OrganisationKind[];
  noun: string;
}

interface KindTally {
  entities: Map<OrganisationKind, number>;
  latest: Map<OrganisationKind, { canonical: string; index: number }>;
}

/** The index of the first organisation named in sentence `sentence` or later (organisations are in text order). */
function firstOrganisationFrom(
  organisations: readonly Organisation[],
  mentions: readonly EntityMention[],
  sentence: number,
): number {
  let low = 0;
  let high = organisations.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[organisations[mid]!.mention]!.sentence < sentence) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What is known around a person: the nouns of its sentence that refer back, the organisation named last before it. */
interface Around {
  references: readonly Reference[];
  nearestBefore: string | undefined;
  /** The organisations of the document by kind: how many entities of each, which was named last before the person. */
  kinds: KindTally;
  /** Per role phrase and fit: the organisations that fit it as well (computed on first use). */
  fits: Map<RolePhrase | undefined, Map<string, { count: number; latest: string | undefined }>>;
  /** Organisations the person's own phrases name (`…, Leiterin des Y`, brackets), by canonical name. */
  named: ReadonlySet<string>;
  /** Per noun that refers back: the organisation named last before the person whose name holds it (on first use). */
  nearestNaming: Map<string, string | undefined>;
  /** The organisations named before the person: the first `passed` of `organisations`. */
  organisations: readonly Organisation[];
  passed: number;
}

/**
 * The nouns that refer back to an organisation in the person's sentence (`das Ministerium`, `in der
 * Landesregierung`), within REFERENCE_TOKENS of the name: a long sentence's far end says nothing about it.
 */
function sentenceReferences(
  view: TokenView,
  tokens: MentionTokens,
  s: number,
  doc: AnalysedText,
  words: RelationWords,
  first: number,
  last: number,
): Reference[] {
  const references: Reference[] = [];
  const { sentences } = doc;
  const from = Math.max(sentences.firstToken[s]!, first - REFERENCE_TOKENS);
  const to = Math.min(sentences.lastToken[s]!, last + REFERENCE_TOKENS);
  for (let k = from; k <= to; k++) {
    if (tokens.covered[k] || !(view.shape[k]! & Shape.LowerInitial)) continue;
    const reference = backReferenceAt(view, k, words);
    if (reference) {
      references.push({ kinds: reference.kinds, noun: reference.noun });
      k = reference.last;
    }
  }
  return references;
}

function organisationsOf(mentions: readonly EntityMention[], words: RelationWords): Organisation[] {
  const counts = new Map<string, number>();
  for (const mention of mentions)
    if (mention.type === 'ORG') counts.set(mention.canonical, (counts.get(mention.canonical) ?? 0) + 1);
  const seen = new Map<string, number>();
  const headed = new Map<string, boolean>();
  const organisations: Organisation[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    // `Bundesminister`, `Digitalminister` taken for an organisation: a role is no organisation.
    if (mention.type !== 'ORG' || (isRoleName(mention.text, words) && !words.bodyRoles.has(mention.text))) continue;
    const nth = seen.get(mention.canonical) ?? 0;
    seen.set(mention.canonical, nth + 1);
    if (nth === 0) headed.set(mention.canonical, mention.sentence < HEADER_SENTENCES);
    organisations.push({
      mention: m,
      kind: organisationKind(mention.text, mention.canonical, words),
      nth,
      mentions: counts.get(mention.canonical)!,
      inHeader: headed.get(mention.canonical)!,
    });
  }
  return organisations;
}

function featuresOfPerson(
  sink: FeatureSink,
  context: PersonContext,
  person: EntityMention,
  nth: number,
  longest: number,
): void {
  sink.add(nth === 0 ? 'pFirst' : 'pLater');
  if (person.text.length >= longest) sink.add('pFullest');
  if (context.byline) sink.add('byline');
  if (context.label !== undefined) sink.add('label', context.label);
  if (context.before) sink.add('roleBefore');
  if (context.after) sink.add('roleAfter');
  if (!context.before && !context.after && !context.bracketRole) sink.add('noRole');
}

/** Where people, organisations and line breaks stand: token indices in text order, for counts between two tokens. */
interface Tallies {
  people: Int32Array;
  organisations: Int32Array;
  /** Tokens after a line break. */
  lineBreaks: Int32Array;
}

const LINE_BREAK = Flag.NewlineBefore | Flag.BlankLineBefore;

function talliesOf(view: TokenView, mentions: readonly EntityMention[], tokens: MentionTokens): Tallies {
  const people: number[] = [];
  const organisations: number[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const first = tokens.first[m]!;
    if (first < 0) continue;
    if (mentions[m]!.type === 'PER') people.push(first);
    else if (mentions[m]!.type === 'ORG') organisations.push(first);
  }
  const lineBreaks: number[] = [];
  const { flags } = view;
  for (let i = 0; i < view.count; i++) if (flags[i]! & LINE_BREAK) lineBreaks.push(i);
  return {
    people: Int32Array.from(people),
    organisations: Int32Array.from(organisations),
    lineBreaks: Int32Array.from(lineBreaks),
  };
}

/** How many of the sorted token indices lie in from..to. */
function countBetween(sorted: Int32Array, from: number, to: number): number {
  return firstAtLeast(sorted, to + 1) - firstAtLeast(sorted, from);
}

function firstAtLeast(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What a person mention's candidates share. */
interface Pairing<S extends FeatureSink> {
  view: TokenView;
  mentions: readonly EntityMention[];
  tokens: MentionTokens;
  tallies: Tallies;
  context: PersonContext;
  personFeatures: S;
  newSink: () => S;
  mostMentioned: number;
  words: RelationWords;
  bySentence: ReadonlyMap<number, Organisation[]>;
  firstMention: ReadonlyMap<string, number>;
  around: Around;
}

/** Adds the candidate of the person and `organisation` unless that mention was considered for the person already. */
function consider<S extends FeatureSink>(
  candidates: Candidate<S>[],
  considered: Set<number>,
  pair: Pairing<S>,
  organisation: Organisation,
): void {
  if (considered.has(organisation.mention)) return;
  considered.add(organisation.mention);
  candidates.push(candidate(pair, organisation));
}

function candidate<S extends FeatureSink>(pair: Pairing<S>, organisation: Organisation): Candidate<S> {
  const {
    view,
    mentions,
    tokens,
    tallies,
    context,
    personFeatures,
    mostMentioned,
    words,
    bySentence,
    firstMention,
    around,
  } = pair;
  const person = mentions[context.mention]!;
  const o = organisation.mention;
  const target = mentions[o]!;
  const features = pair.newSink();
  const kind = organisation.kind ?? 'none';
  features.add('kind', kind);
  const distance = target.sentence - person.sentence;
  const where =
    distance === 0
      ? 's0'
      : distance > 0
        ? distance === 1
          ? 'a1'
          : 'a2+'
        : distance >= -2
          ? `b${-distance}`
          : distance >= -5
            ? 'b3-5'
            : 'b6+';
  features.add('d', where);
  if (organisation.inHeader) {
    features.add('header');
    features.add('header×kind', kind);
  }
  features.add(organisation.nth === 0 ? 'oFirst' : 'oLater');
  if (organisation.mentions === mostMentioned) features.add('oMost');
  features.add('oCount', Math.min(organisation.mentions, 4));

  // The role this pair would carry and how the role's kind fits the organisation's.
  const chosen = roleFor(context, o, organisation.kind, tokens);
  const role = chosen?.phrase;
  // A possessive (`Deren Geschäftsführer`) refers to the organisation named last before the person.
  const fit = role?.possessive
    ? target.canonical === around.nearestBefore
      ? 'yesRef'
      : 'unknown'
    : roleFit(role?.kinds, role?.backReference, organisation.kind);
  features.add('fit', fit);
  features.add('fit×d', fit, where);
  features.add('fit×first', fit, organisation.nth === 0);
  if (organisation.inHeader) features.add('fit×header', fit);
  if (role) {
    features.add('via', chosen.via);
    features.add('via×kind', chosen.via, kind);
    features.add('via×d', chosen.via, where);
  }
  if (role?.possessive) features.add('possessive×d', where);
  // `Kantonsrat X` and the `Kantonsrat des Kantons Solothurn`, `Ausschussvorsitzende` and the `Ausschuss für …`.
  if (role && roleNamesOrganisation(role.text, target.text)) features.add('roleNamesOrg');
  if (role?.backReference.length) {
    features.add('backRef');
    features.add('backRef×fit', fit);
    if (role.backReferenceNoun !== undefined && namesWord(target, role.backReferenceNoun)) features.add('backRefWord');
  }
  // `Landesrätin X (ÖVP), die in der Landesregierung …`: a noun in the person's sentence that refers back.
  for (const reference of around.references) {
    if (namesWord(target, reference.noun)) {
      features.add('sentRefWord');
      features.add('sentRefWord×d', where);
      break;
    }
    if (organisation.kind !== undefined && reference.kinds.includes(organisation.kind)) {
      features.add('sentRefKind');
      break;
    }
  }
  if (around.named.size > 0) features.add(around.named.has(target.canonical) ? 'namedByPhrase' : 'otherNamedByPhrase');
  if (context.listed === o) features.add('listedAfterName');
  // Is it the only organisation of the document whose kind fits the role as well?
  const fitting = fit.startsWith('yes') && role && !role.possessive ? fitOf(around, role, fit) : undefined;
  if (fitting) features.add(fitting.count === 1 ? 'fitUnique' : fitting.count === 2 ? 'fitOneOfTwo' : 'fitOneOfMany');
  const eventRole = [context.before, context.after, context.bracketRole].some((phrase) => phrase?.event);
  if (eventRole) features.add('eventRole');

  if (distance === 0) {
    sameSentenceFeatures(view, mentions, tokens, tallies, context, o, features, words);
    features.add('same×kind', kind);
  } else {
    // Is it the nearest organisation of a kind that fits as well, named before the person?
    // `Der Bürgermeister der Marktgemeinde` after three Gemeinden: the nearest whose name holds the noun, where one does.
    if (distance < 0 && fit.startsWith('yes')) {
      const noun = role?.backReferenceNoun;
      const latest =
        (noun !== undefined ? nearestNaming(around, mentions, noun) : undefined) ??
        (fitting ?? fitOf(around, role, fit)).latest;
      const nearer = latest !== target.canonical;
      features.add(nearer ? 'fitNearer' : 'fitNearest');
      features.add('fitNearest×d', !nearer, where);
    }
    if ((bySentence.get(person.sentence) ?? []).length > 0) features.add('orgInSentence');
  }

  const evidence = evidenceOf(view, context, role, o, tokens);
  // An organisation named in another sentence is related under its first name in the document (`Landkreis X`, not a
  // later `Landkreises X`), as the gold writes a back reference.
  const named = distance === 0 ? o : (firstMention.get(target.canonical) ?? o);
  return {
    person: context.mention,
    organisation: named,
    organisationText: mentions[named]!.text,
    organisationCanonical: target.canonical,
    kind: organisation.kind,
    role: role?.text,
    roleFit: fit,
    personFeatures,
    former: role?.former ?? false,
    evidenceFirst: evidence[0],
    evidenceLast: evidence[1],
    features,
  };
}

function compoundCandidate<S extends FeatureSink>(
  view: TokenView,
  mentions: readonly EntityMention[],
  context: PersonContext,
  personFeatures: S,
  features: S,
): Candidate<S> {
  const compound = context.compound!;
  // Where the document names the organisation, the relation points to that mention.
  // `Okertal-Vertriebsleiter …, die Okertal Secure Operations SE, …`: the name it opens in the same sentence (named
  // elsewhere, the relation keeps the compound's part, as the sentence that states it writes it).
  const sentence = view.sentence[compound.token];
  let named = mentions.findIndex((m) => m.type === 'ORG' && m.text === compound.organisation);
  if (named < 0)
    named = mentions.findIndex(
      (m) => m.type === 'ORG' && m.sentence === sentence && m.text.startsWith(`${compound.organisation} `),
    );
  const inSentence = sentence === view.sentence[context.first];
  features.add('compound');
  features.add('compound×named', named >= 0);
  features.add('d', 's0');
  return {
    person: context.mention,
    organisation: named,
    organisationText: compound.organisation,
    organisationCanonical: named >= 0 ? mentions[named]!.canonical : compound.organisation,
    kind: undefined,
    role: compound.role,
    roleFit: 'compound',
    personFeatures,
    former: compound.former,
    evidenceFirst: inSentence ? Math.min(compound.token, context.first) : context.first,
    evidenceLast: inSentence ? Math.max(compound.token, context.last) : context.last,
    features,
  };
}

type Via = 'before' | 'after' | 'bracket' | 'reference' | 'fitting' | 'attached';

const FIT_RANK: Readonly<Record<string, number>> = { yesRef: 3, yes1: 2, yesN: 1, unknown: 0, no: -1, noRole: 0 };

/**
 * The role a pair carries: the phrase that names this organisation; else the
 * person's own role (before the name, then after it) where its kind fits, best
 * fit first; else, where nothing tells, the role before the name. A party
 * named in brackets gets none unless the role is a party's (`Fraktionssprecher`).
 */
function roleFor(
  context: PersonContext,
  o: number,
  kind: OrganisationKind | undefined,
  tokens: MentionTokens,
): { phrase: RolePhrase; via: Via } | undefined {
  const { before, after, afterMore, bracketRole } = context;
  if (after?.organisation === o && !after.event) return { phrase: after, via: 'after' };
  if (afterMore?.organisation === o && !afterMore.event) return { phrase: afterMore, via: 'after' };
  if (before?.organisation === o && !before.event) return { phrase: before, via: 'before' };
  // The person's own roles (no organisation of their own), best fit first; the earlier listed wins a tie.
  let best: RolePhrase | undefined;
  let bestRank = 0;
  let first: RolePhrase | undefined;
  for (const phrase of [before, context.beforeOuter, after, afterMore]) {
    if (phrase === undefined || phrase.organisation >= 0 || phrase.event) continue;
    // `X, HSGB-Referent für Digitalisierung`: the apposition's role is the compound's organisation's.
    if (phrase === after && context.compound?.token === after.first) continue;
    first ??= phrase;
    const rank = FIT_RANK[roleFit(phrase.kinds, phrase.backReference, kind)]!;
    if (rank > bestRank) {
      best = phrase;
      bestRank = rank;
    }
  }
  if (isInBracketTokens(context, tokens, o)) {
    if (bracketRole && !bracketRole.event) return { phrase: bracketRole, via: 'bracket' };
    // `Bürgermeisterin Anna Schulz (SPD)`: the office is not the party's; `Fraktionssprecher X (Die Mitte)` is.
    return best ? { phrase: best, via: 'fitting' } : undefined;
  }
  if (best) return { phrase: best, via: bestRank === 3 ? 'reference' : 'fitting' };
  // A party, or a role named by a compound (`SPD-Abgeordnete`), which belongs to the compound's organisation.
  if (kind === 'party' || context.compound) return undefined;
  return first ? { phrase: first, via: 'attached' } : undefined;
}

/**
 * For a role and a fit: how many organisations of the document (distinct entities) fit the role at least as well,
 * and which of them was named last before the person.
 */
function fitOf(
  around: Around,
  role: RolePhrase | undefined,
  fit: string,
): { count: number; latest: string | undefined } {
  let byFit = around.fits.get(role);
  if (byFit === undefined) around.fits.set(role, (byFit = new Map()));
  let known = byFit.get(fit);
  if (known === undefined) {
    // The kinds that fit as well: those a reference names, and for a plain fit also the role's own.
    const kinds = new Set<OrganisationKind>([
      ...(role?.backReference ?? []),
      ...(fit === 'yesRef' ? [] : (role?.kinds ?? [])),
    ]);
    let count = 0;
    let latest: { canonical: string; index: number } | undefined;
    for (const kind of kinds) {
      count += around.kinds.entities.get(kind) ?? 0;
      const last = around.kinds.latest.get(kind);
      if (last && (latest === undefined || last.index > latest.index)) latest = last;
    }
    byFit.set(fit, (known = { count, latest: latest?.canonical }));
  }
  return known;
}

/** The organisation named last before the person whose name holds `noun` as a word, kept per noun. */
function nearestNaming(around: Around, mentions: readonly EntityMention[], noun: string): string | undefined {
  if (around.nearestNaming.has(noun)) return around.nearestNaming.get(noun);
  let found: string | undefined;
  for (let o = around.passed - 1; o >= 0 && found === undefined; o--) {
    const mention = mentions[around.organisations[o]!.mention]!;
    if (namesWord(mention, noun)) found = mention.canonical;
  }
  around.nearestNaming.set(noun, found);
  return found;
}

/** Words of an organisation's name shorter than this are not matched against a role (`Land` in `Landrat`). */
const MIN_NAMING_WORD = 6;
const NAME_WORD_BREAKS = /[\s-]+/;

/**
 * Whether a word of the role begins with a word of the organisation's name (`Kantonsrat`, `Ausschussvorsitzende`) or
 * with the end of one (`Verbandspräsident` of the `Salzburger Gemeindeverband`).
 */
function roleNamesOrganisation(role: string, organisation: string): boolean {
  const roleWords = role.toLowerCase().split(' ');
  for (const word of organisation.toLowerCase().split(NAME_WORD_BREAKS))
    for (let from = 0; from + MIN_NAMING_WORD <= word.length; from++) {
      const part = from === 0 ? word : word.slice(from);
      if (roleWords.some((roleWord) => roleWord.startsWith(part))) return true;
    }
  return false;
}

/** Whether the organisation's name holds `noun` as a word (`Staatskanzlei` in `Staatskanzlei Schleswig-Holstein`). */
function namesWord(organisation: EntityMention, noun: string): boolean {
  const lower = organisation.text.toLowerCase();
  const at = lower.indexOf(noun);
  return at >= 0 && (at === 0 || !/\p{L}/u.test(lower[at - 1]!));
}

/** How the kinds of a role fit an organisation's kind: `yes1` for a role of one kind, `yesN`, `no`, `unknown`. */
function roleFit(
  kinds: readonly OrganisationKind[] | undefined,
  backReference: readonly OrganisationKind[] | undefined,
  kind: OrganisationKind | undefined,
): string {
  if (kind !== undefined && backReference && backReference.includes(kind)) return 'yesRef';
  if (kinds === undefined) return 'noRole';
  if (kinds.length === 0 || kind === undefined) return 'unknown';
  if (!kinds.includes(kind)) return 'no';
  return kinds.length === 1 ? 'yes1' : 'yesN';
}

function sameSentenceFeatures(
  view: TokenView,
  mentions: readonly EntityMention[],
  tokens: MentionTokens,
  tallies: Tallies,
  context: PersonContext,
  o: number,
  features: FeatureSink,
  words: RelationWords,
): void {
  const after = o > context.mention;
  // The word before the organisation: `vom`, `bei der`, `für` (`Für ver.di sprach …`), `des`; past an article to its
  // preposition (`Für den Sächsischen Städte- und Gemeindetag gab Referent X …`).
  let before = tokens.first[o]! - 1;
  if (
    before > 0 &&
    isArticle(view.norm[before]) &&
    words.roleLinks.has(view.norm[before - 1]!) &&
    !isArticle(view.norm[before - 1])
  )
    before--;
  if (
    before >= 0 &&
    view.shape[before]! & (Shape.LowerInitial | Shape.Capitalised) &&
    words.roleLinks.has(view.norm[before]!)
  ) {
    features.add('oPrep', view.norm[before]);
    features.add('oPrep×order', view.norm[before], after);
  }
  const from = after ? context.last + 1 : tokens.last[o]! + 1;
  const to = after ? tokens.first[o]! - 1 : context.first - 1;
  const gap = to - from + 1;
  features.add(after ? 'oAfter' : 'oBefore');
  features.add('gap', after ? 'a' : 'b', gap <= 3 ? gap : gap <= 6 ? '4-6' : gap <= 12 ? '7-12' : '13+');
  // Counted from the document's sorted positions, so that a long sentence costs no more per pair than a short one.
  const people = countBetween(tallies.people, from, to);
  // `Für das Bundesministerium für … (BMDS) stellte Staatssekretärin X …`: the short form in brackets after the
  // organisation is itself, not another one between.
  const organisations =
    countBetween(tallies.organisations, from, to) - (after ? 0 : bracketedShortForm(view, mentions, tokens, o));
  const newline = countBetween(tallies.lineBreaks, from, to + 1) > 0;
  features.add('people', Math.min(people, 2));
  features.add('orgs', Math.min(organisations, 2));
  if (newline) features.add('newline');
  if (gap <= Math.max(MAX_WORD_TOKENS, MAX_PATTERN_TOKENS)) {
    const signature: string[] = [];
    for (let i = from; i <= to; i++) {
      const m = tokens.startingAt[i]!;
      if (m >= 0) {
        const type = mentions[m]!.type;
        signature.push(type === 'PER' ? 'P' : type === 'ORG' ? 'O' : 'M');
        i = tokens.last[m]!;
        continue;
      }
      if (gap <= MAX_WORD_TOKENS && view.shape[i]! & Shape.LowerInitial)
        features.add(after ? 'wa' : 'wb', view.norm[i]);
      signature.push(tokenClass(view, i, words));
    }
    if (gap <= MAX_PATTERN_TOKENS) features.add('sig', after ? 'a' : 'b', collapse(signature));
  }
  if (organisations === 0) features.add(after ? 'nearestAfter' : 'nearestBefore');
  if (after && isInBracketTokens(context, tokens, o)) {
    features.add('inBracket');
    features.add('inBracket×orgs', organisations);
  }
}

/** 1 when an organisation in brackets follows organisation `o` right after its name (`… (BMDS)`), else 0. */
function bracketedShortForm(
  view: TokenView,
  mentions: readonly EntityMention[],
  tokens: MentionTokens,
  o: number,
): number {
  const open = tokens.last[o]! + 1;
  if (open + 2 >= view.count || view.surface[open] !== '(') return 0;
  const inside = tokens.startingAt[open + 1]!;
  return inside >= 0 && mentions[inside]!.type === 'ORG' && view.surface[tokens.last[inside]! + 1] === ')' ? 1 : 0;
}

function isInBracketTokens(context: PersonContext, tokens: MentionTokens, o: number): boolean {
  const first = tokens.first[o]!;
  return context.bracketOpen >= 0 && first > context.bracketOpen && first < context.bracketClose;
}

function tokenClass(view: TokenView, i: number, words: RelationWords): string {
  const surface = view.surface[i]!;
  if (isRoleNoun(view, i, words)) return 'R';
  if (words.roleLinks.has(view.norm[i]!)) return 'L';
  if (view.shape[i]! & Shape.LowerInitial) return 'w';
  if (view.shape[i]! & (Shape.Capitalised | Shape.AllCaps)) return 'C';
  if (surface === ',' || surface === '(' || surface === ')' || surface === ':' || surface === ';' || surface === '/')
    return surface;
  if (surface === '–' || surface === '-' || surface === '|' || surface === '·') return '-';
  return '.';
}

function collapse(signature: readonly string[]): string {
  const out: string[] = [];
  for (const part of signature) if (out.at(-1) !== part || (part !== 'C' && part !== 'w')) out.push(part);
  return out.join('');
}

/** The tokens that state a pair: the name, its role and the organisation where they are in the name's sentence. */
function evidenceOf(
  view: TokenView,
  context: PersonContext,
  role: RolePhrase | undefined,
  o: number,
  tokens: MentionTokens,
): [number, number] {
  const span: [number, number] = [context.first, context.last];
  if (role) extendWithin(view, span, role.spanFirst, role.spanLast);
  if (o >= 0) extendWithin(view, span, tokens.first[o]!, tokens.last[o]!);
  return span;
}

/** Widens `span` by tokens from..to as far as they lie in its sentence (a signature's next line is another). */
function extendWithin(view: TokenView, span: [number, number], from: number, to: number): void {
  const sentence = view.sentence[span[0]];
  if (view.sentence[from] === sentence) span[0] = Math.min(span[0], from);
  while (to > span[1] && view.sentence[to] !== sentence) to--;
  span[1] = Math.max(span[1], to);
}
