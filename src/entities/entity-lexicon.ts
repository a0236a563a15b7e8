// The language knowledge the entity patterns read, compiled once per process
// from the data files in src/lang/de: pattern words (entity-patterns.json), the
// name lists and common-word list derived from open data (gazetteers/derived),
// and the gazetteers, read in their compiled form (compiled/gazetteers.json).

import patterns from '../lang/de/entity-patterns.json';
import compiledGazetteers from '../lang/de/compiled/gazetteers.json';
import commonWordData from '../lang/de/gazetteers/derived/common-words.json';
import firstNameData from '../lang/de/gazetteers/derived/first-names.json';
import surnameData from '../lang/de/gazetteers/derived/surnames.json';
import type { FormMemo } from '../text/form-memo.js';
import { abbreviationKey } from '../text/text-words.js';
import type { Gazetteer } from './gazetteer.js';
import { GazetteerTrie, type PackedGazetteer } from './gazetteer-trie.js';

export interface EntityLexicon {
  gazetteer: Gazetteer;
  /** Answers about word forms, by question (see memoised() in patterns/token-tests.ts). */
  answers: Record<string, FormMemo<unknown, EntityLexicon>>;
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  /** Title keys without spaces (`Dr.`, `Prof.`, `Dr.h.c.`). */
  personTitles: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  /** Particles joining a second surname (`Ferreira da Silva`). */
  surnameParticles: ReadonlySet<string>;
  /** Municipal heads (word lists), by their first word: `Freie` → [[Freie, und, Hansestadt], [Freie, Hansestadt]]. */
  municipalHeads: ReadonlyMap<string, readonly string[][]>;
  /** Endings of abstract nouns that an unlisted place name never has (`Digitalisierung`). */
  notPlaceEndings: readonly string[];
  /** Rivers and regions in brackets after a place name (`Werder (Havel)`). */
  placeQualifiers: ReadonlySet<string>;
  landOnlyHeads: ReadonlySet<string>;
  organisationHeads: ReadonlySet<string>;
  nameFollowsHeads: ReadonlySet<string>;
  organisationConnectors: ReadonlySet<string>;
  organisationCompoundTails: readonly string[];
  /** Ends of a hyphenated compound naming an institution after a person or place (`Gutenberg-Universität`). */
  namedCompoundTails: ReadonlySet<string>;
  authorityPrefixes: readonly string[];
  authorityHeads: readonly string[];
  placeQualifiedSuffixes: readonly string[];
  landCompoundSuffixes: readonly string[];
  /** Legal forms (word lists), by their first word. */
  companySuffixes: ReadonlyMap<string, readonly string[][]>;
  /** Legal forms written as one abbreviation token, without spaces: `e.V.`, `Inc.`. */
  companySuffixKeys: ReadonlySet<string>;
  /** Nouns before a company name that are not part of it (`Vereins`, `Firma`). */
  companyOpeners: ReadonlySet<string>;
  companyOpenerEndings: readonly string[];
  lawSuffixes: readonly string[];
  /** Law word endings that need a Land's adjective before them (`Bayerische Haushaltsordnung`). */
  landLawSuffixes: readonly string[];
  /** `Verordnung (EG) Nr. 883/2004`: act words and communities of European acts cited by number. */
  europeanActWords: ReadonlySet<string>;
  europeanCommunities: ReadonlySet<string>;
  /** Nominative ending of a place adjective by the law word's ending (`gesetz` → `es`). */
  lawAdjectiveEndings: Readonly<Record<string, string>>;
  genericLawWords: ReadonlySet<string>;
  lawAbbreviationEndings: readonly string[];
  lawAbbreviationExclusions: ReadonlySet<string>;
  /** Event nouns that name an event in a hyphenated or closed compound (`ÖV-Symposium`, `Zukunftskongress`). */
  strongEventHeads: ReadonlySet<string>;
  /** Event nouns that need an ordinal before or a year after them (`5. Digitaltag`, `Fachtag 2024`). */
  weakEventHeads: ReadonlySet<string>;
  /** The event nouns in lower case, as the endings of an event name's head (`symposiums` → `symposium`). */
  eventHeadEndings: readonly string[];
  closedEventCompoundTails: readonly string[];
  genericEventModifiers: ReadonlySet<string>;
  laender: ReadonlySet<string>;
  /** `NRW` → `Nordrhein-Westfalen`. */
  landAbbreviations: ReadonlyMap<string, string>;
  placeAdjectiveStems: ReadonlySet<string>;
  levelAdjectiveStems: ReadonlySet<string>;
  placeAdjectiveEndings: readonly string[];
  landGenitives: ReadonlyMap<string, string>;
  roleModifiers: ReadonlySet<string>;
  lowerAdjectiveEndings: readonly string[];
  capitalisedAdjectiveEndings: readonly string[];
  determiners: ReadonlySet<string>;
  productHeads: ReadonlySet<string>;
  portalSuffixes: readonly string[];
  contextWords: ReadonlySet<string>;
  placeListWords: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  organisationTails: ReadonlySet<string>;
  productQualifiedSuffixes: readonly string[];
  venueAdjectiveHeads: ReadonlySet<string>;
  venuePlaceHeads: ReadonlyMap<string, readonly string[][]>;
  roles: ReadonlySet<string>;
  roleEndings: readonly string[];
  roleInnerWords: ReadonlySet<string>;
  affiliationPrepositions: ReadonlySet<string>;
}

let shared: EntityLexicon | undefined;

/** Compiled on first use and kept for the process: gazetteers load once, not per call. */
export function entityLexicon(): EntityLexicon {
  shared ??= compileLexicon(new GazetteerTrie(compiledGazetteers as PackedGazetteer));
  return shared;
}

/** Forms split into tokens as the tokenizer writes them: at spaces, brackets apart (`UG (haftungsbeschränkt)`). */
const words = (list: readonly string[]): string[][] =>
  list.map((form) => form.replace(/[()]/g, ' $& ').trim().split(/ +/));

/** Multi-word forms grouped by first word, longest first within a group. */
function byFirstWord(forms: string[][]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const group = groups.get(form[0]!) ?? [];
    group.push(form);
    groups.set(form[0]!, group);
  }
  return groups;
}

export function compileLexicon(gazetteer: Gazetteer): EntityLexicon {
  return {
    gazetteer,
    answers: {},
    firstNames: new Set(firstNameData.names),
    surnames: new Set(surnameData.names),
    commonWords: new Set(commonWordData.words),
    notNames: new Set(patterns.notNames.words),
    personTitles: new Set(patterns.personTitles.titles.map(abbreviationKey)),
    honorifics: new Set(patterns.honorifics.words),
    nameParticles: new Set(patterns.nameParticles.words),
    surnameParticles: new Set(patterns.nameParticles.afterSurname),
    notPlaceEndings: patterns.municipalities.notPlaceEndings.endings,
    placeQualifiers: new Set(patterns.placeQualifiers.words),
    municipalHeads: byFirstWord(words([...patterns.municipalities.heads, ...patterns.municipalities.landOnly])),
    landOnlyHeads: new Set(patterns.municipalities.landOnly),
    organisationHeads: new Set(patterns.organisationHeads.heads),
    nameFollowsHeads: new Set(patterns.organisationHeads.nameFollows),
    organisationConnectors: new Set(patterns.organisationHeads.connectors),
    organisationCompoundTails: patterns.organisationHeads.compoundTails,
    namedCompoundTails: new Set(patterns.organisationHeads.namedCompoundTails),
    authorityPrefixes: patterns.authorityCompounds.prefixes,
    authorityHeads: patterns.authorityCompounds.heads,
    placeQualifiedSuffixes: patterns.placeQualifiedSuffixes.suffixes,
    landCompoundSuffixes: patterns.landCompoundHeads.suffixes,
    companySuffixes: byFirstWord(words(patterns.companySuffixes.forms)),
    companyOpeners: new Set(patterns.companySuffixes.genericOpeners.words),
    companyOpenerEndings: patterns.companySuffixes.genericOpeners.endings,
    companySuffixKeys: new Set(
      patterns.companySuffixes.forms.filter((form) => form.includes('.')).map(abbreviationKey),
    ),
    lawSuffixes: patterns.laws.suffixes,
    landLawSuffixes: patterns.laws.afterLandAdjective.suffixes,
    europeanActWords: new Set(patterns.laws.europeanActs.words),
    europeanCommunities: new Set(patterns.laws.europeanActs.communities),
    lawAdjectiveEndings: Object.fromEntries(
      Object.entries(patterns.laws.nominativeAdjectiveEndings).filter(([key]) => key !== '$comment'),
    ),
    genericLawWords: new Set(patterns.laws.generic),
    lawAbbreviationEndings: patterns.laws.abbreviationEndings,
    lawAbbreviationExclusions: new Set(patterns.laws.abbreviationExclusions),
    strongEventHeads: new Set(patterns.events.standaloneHeads),
    weakEventHeads: new Set(patterns.events.weakHeads),
    eventHeadEndings: [...patterns.events.standaloneHeads, ...patterns.events.weakHeads].map((head) =>
      head.toLowerCase(),
    ),
    closedEventCompoundTails: patterns.events.closedCompoundTails,
    genericEventModifiers: new Set(patterns.events.genericModifiers),
    laender: new Set([...patterns.laender.names, ...Object.keys(patterns.laender.abbreviations)]),
    landAbbreviations: new Map(Object.entries(patterns.laender.abbreviations)),
    placeAdjectiveStems: new Set(patterns.placeAdjectives.stems),
    levelAdjectiveStems: new Set(patterns.placeAdjectives.levelStems),
    placeAdjectiveEndings: patterns.placeAdjectives.endings,
    landGenitives: new Map(Object.entries(patterns.laender.genitives)),
    roleModifiers: new Set(patterns.roles.modifiers),
    lowerAdjectiveEndings: patterns.adjectives.lowerEndings,
    capitalisedAdjectiveEndings: patterns.adjectives.capitalisedEndings,
    determiners: new Set(patterns.adjectives.determiners),
    productHeads: new Set(patterns.productHeads.heads),
    portalSuffixes: patterns.productPortalSuffixes.suffixes,
    contextWords: new Set(patterns.contextWords.words),
    placeListWords: new Set(patterns.placeListWords.words),
    speechVerbs: new Set(patterns.speechVerbs.words),
    organisationTails: new Set(patterns.organisationTails.words),
    productQualifiedSuffixes: patterns.productQualifiedSuffixes.suffixes,
    venueAdjectiveHeads: new Set(patterns.venues.adjectiveHeads),
    venuePlaceHeads: byFirstWord(words(patterns.venues.placeHeads)),
    roles: new Set(patterns.roles.words),
    roleEndings: patterns.roles.endings,
    roleInnerWords: new Set(patterns.roles.innerWords),
    affiliationPrepositions: new Set(patterns.roles.affiliationPrepositions),
  };
}
