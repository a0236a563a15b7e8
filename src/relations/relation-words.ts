// What the relation stage knows about a language (src/lang/de/relation-words.json
// for German, described in its $comment), compiled once into the sets and maps
// the stage reads, with the learnt pair model beside it.

import type { PairModel } from './pair-model.js';

type Words = readonly string[];

/** The kinds of body an organisation can be; a role noun belongs to some of them. */
export const ORGANISATION_KINDS = [
  'party',
  'municipality',
  'district',
  'state',
  'ministry',
  'parliament',
  'agency',
  'association',
  'company',
  'university',
  'media',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The data file's shape. */
export interface RelationWordData {
  roles: {
    heads: Words;
    words: Words;
    notRoles: Words;
    bodyRoles: Words;
    modifiers: Words;
    skipped: Words;
    events: Words;
    innerWords: Words;
    links: Words;
    as: Words;
    adverbials: Words;
    compoundTopics: Words;
  };
  former: { words: Words; prefixes: Words; suffixes: Words; adverbials: Words; verbs: Words };
  parties: Words;
  organisationKinds: Record<OrganisationKind, { words: Words; endings: Words; roleStems: Words }>;
  backReferences: Readonly<Record<string, Words>>;
  referenceEndingKinds: readonly OrganisationKind[];
  bylines: Words;
  speakers: Words;
}

export interface RelationWords {
  /** Last compound parts of role nouns, longest first (`meisterin` before `meister`). */
  roleHeads: readonly string[];
  roleWords: ReadonlySet<string>;
  notRoles: ReadonlySet<string>;
  /** Nouns that name a body and a member of it (`Stadtrat`): a role before a name, a body elsewhere. */
  bodyRoles: ReadonlySet<string>;
  roleModifiers: ReadonlySet<string>;
  /** Adjectives before a role that are no part of it (`zuständige`). */
  skippedModifiers: ReadonlySet<string>;
  /** Roles at an event (`Moderatorin`): a person's role there, never at an organisation. */
  eventRoles: ReadonlySet<string>;
  roleInnerWords: ReadonlySet<string>;
  /** One- and two-word links between a role and its organisation, by their first word. */
  roleLinks: ReadonlyMap<string, readonly string[]>;
  roleIntroducers: ReadonlySet<string>;
  /** Adverbs of time before a role after a copula or comma (`ist seit 2021 Landrätin`), and those that mark it former (`bis 2025 CIO`). */
  roleAdverbials: ReadonlySet<string>;
  formerAdverbials: ReadonlySet<string>;
  /** Capitals before a hyphen that name a subject, not an organisation (`IT-Leiter`). */
  notOrganisations: ReadonlySet<string>;
  formerWords: ReadonlySet<string>;
  formerPrefixes: readonly string[];
  formerSuffixes: readonly string[];
  /** Parties by their words joined with a space (`Bündnis 90 / Die Grünen` as the tokenizer splits it). */
  parties: ReadonlySet<string>;
  /** Whole words (lower case) that make an organisation of a kind. */
  kindWords: ReadonlyMap<string, OrganisationKind>;
  /** Compound ends (lower case) that make an organisation of a kind, longest first. */
  kindEndings: readonly (readonly [string, OrganisationKind])[];
  /** Beginnings of role nouns (lower case) with the kinds of body they belong to. */
  roleStems: readonly (readonly [string, readonly OrganisationKind[]])[];
  /** `das Ministerium` → [ministry]: article (or preposition) and noun, joined with a space. */
  backReferences: ReadonlyMap<string, readonly OrganisationKind[]>;
  /** Compound ends that refer back after a link (`im Finanzministerium`), of the kinds whose ends name a whole body. */
  referenceEndings: readonly (readonly [string, OrganisationKind])[];
  bylines: ReadonlySet<string>;
  speakerLabels: ReadonlySet<string>;
  /** The learnt scorer of person–organisation candidates. */
  model: PairModel;
  /** First words of `backReferences` and of the links before a noun that names a kind: where a back reference may open. */
  referenceOpeners: ReadonlySet<string>;
  /** The last words of `backReferences` (`Ministerium`, `Hauses`). */
  referenceNouns: ReadonlySet<string>;
  /** Answers kept for the process: the kinds of a role noun, of an organisation's name (both grow with distinct names). */
  readonly cache: {
    roleKinds: Map<string, readonly OrganisationKind[]>;
    organisationKinds: Map<string, OrganisationKind | undefined>;
    roleNames: Map<string, boolean>;
    wordKinds: Map<string, OrganisationKind | undefined>;
    listedOrganisations: Map<string, boolean>;
  };
}

export function compileRelationWords(data: RelationWordData, model: PairModel): RelationWords {
  const roleLinks = new Map<string, string[]>();
  for (const link of data.roles.links) {
    const first = link.split(' ')[0]!;
    roleLinks.set(first, [...(roleLinks.get(first) ?? []), link]);
  }
  const kindWords = new Map<string, OrganisationKind>();
  const kindEndings: [string, OrganisationKind][] = [];
  const stems = new Map<string, OrganisationKind[]>();
  for (const [kind, entry] of Object.entries(data.organisationKinds) as [
    OrganisationKind,
    RelationWordData['organisationKinds'][OrganisationKind],
  ][]) {
    for (const word of entry.words) if (!kindWords.has(word)) kindWords.set(word, kind);
    for (const ending of entry.endings) kindEndings.push([ending, kind]);
    for (const stem of entry.roleStems) stems.set(stem, [...(stems.get(stem) ?? []), kind]);
  }
  const longestFirst = <T>(a: readonly [string, T], b: readonly [string, T]) =>
    b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return {
    roleHeads: [...data.roles.heads].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
    roleWords: new Set(data.roles.words),
    notRoles: new Set(data.roles.notRoles),
    bodyRoles: new Set(data.roles.bodyRoles),
    roleModifiers: new Set(data.roles.modifiers),
    skippedModifiers: new Set(data.roles.skipped),
    eventRoles: new Set(data.roles.events),
    roleInnerWords: new Set(data.roles.innerWords),
    roleLinks,
    roleIntroducers: new Set(data.roles.as),
    roleAdverbials: new Set(data.roles.adverbials),
    formerAdverbials: new Set(data.former.adverbials),
    notOrganisations: new Set(data.roles.compoundTopics),
    formerWords: new Set(data.former.words),
    formerPrefixes: data.former.prefixes,
    formerSuffixes: data.former.suffixes,
    parties: new Set(data.parties.map(spacedTokens)),
    kindWords,
    kindEndings: kindEndings.sort(longestFirst),
    roleStems: [...stems].sort(longestFirst),
    backReferences: new Map(Object.entries(data.backReferences) as [string, OrganisationKind[]][]),
    referenceEndings: kindEndings.filter(([, kind]) => data.referenceEndingKinds.includes(kind)),
    bylines: new Set(data.bylines),
    speakerLabels: new Set(data.speakers),
    model,
    referenceOpeners: new Set([
      ...Object.keys(data.backReferences).map((key) => key.split(' ')[0]!),
      ...data.roles.links.map((link) => link.split(' ')[0]!),
    ]),
    referenceNouns: new Set(Object.keys(data.backReferences).map((key) => key.split(' ').at(-1)!)),
    cache: {
      roleKinds: new Map(),
      organisationKinds: new Map(),
      roleNames: new Map(),
      wordKinds: new Map(),
      listedOrganisations: new Map(),
    },
  };
}

/** `Bündnis 90/Die Grünen` → `Bündnis 90 / Die Grünen`: the words as the token view joins them. */
export function spacedTokens(name: string): string {
  return name
    .replace(/([/&(),])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}
