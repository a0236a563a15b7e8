// What the entity stages know about a language: the pattern words
// (a language's entity-patterns.json, in the shape of EntityPatternData), the
// first names, surnames and capitalised common words derived from open data,
// and the gazetteers. A language (src/lang/de) compiles them once with
// compileEntityLexicon; recognisers, mention passes and relations read only
// this value, which the extractor hands them.

import type { EntityType } from '../record.js';
import { type TextWords, abbreviationKey } from '../text/text-words.js';
import type { GazetteerTrie } from './gazetteer-trie.js';

type Words = readonly string[];

/**
 * The pattern words as a language's data file holds them (src/lang/de/entity-patterns.json says what each list is for).
 */
export interface EntityPatternData {
  personTitles: { titles: Words };
  honorifics: { words: Words };
  nameParticles: { words: Words; capitalised: Words; nobility: Words; afterSurname: Words };
  notNames: { words: Words };
  municipalities: { heads: Words; landOnly: Words; notPlaceEndings: { endings: Words } };
  organisationHeads: {
    heads: Words;
    facilities: Words;
    ownerConnectors: Words;
    bodies: Words;
    ownerArticles: Words;
    governmentWords: Words;
    stateHeads: Words;
    notBodies: Words;
    nameFollows: Words;
    connectors: Words;
    compoundTails: Words;
    namedCompoundTails: Words;
  };
  placeQualifiedSuffixes: { suffixes: Words; abbreviations: Words };
  associationShortForms: { heads: Words };
  landCompoundHeads: { suffixes: Words };
  companySuffixes: {
    forms: Words;
    genericOpeners: { words: Words; endings: Words };
    lowerCaseNames: { notEndings: Words };
  };
  laws: {
    suffixes: Words;
    afterLandAdjective: { suffixes: Words };
    nominativeAdjectiveEndings: Readonly<Record<string, string>>;
    europeanActs: { words: Words; communities: Words; numberWords: Words };
    generic: Words;
    abbreviationEndings: Words;
    abbreviationExclusions: Words;
  };
  events: {
    standaloneHeads: Words;
    weakHeads: Words;
    closedCompoundTails: Words;
    genericModifiers: Words;
    nameClosers: Words;
    subtitleClosers: Words;
  };
  quotedNames: {
    heads: Readonly<Record<'PRODUCT' | 'LAW' | 'EVENT', Words>>;
    exactHeads: Readonly<Record<'ORG', Words>>;
    namePhrases: Words;
  };
  definedLongForms: { innerWords: Words; lawWords: Words; productWords: Words };
  productHeads: { heads: Words; headTails: Words; headsInside: Words };
  cityDistricts: { prepositions: Words; notCities: Words; cityStates: Words };
  newspapers: { nouns: Words; compoundTails: Words };
  mastheads: { marks: Words; publicationEndings: Words; issueWords: Words; articles: Words; genreWords: Words };
  productShapes: { terms: Words; genderEndings: Words };
  productPortalSuffixes: { suffixes: Words };
  contextWords: { words: Words };
  placeListWords: { words: Words };
  contextPlaces: {
    classNouns: Words;
    placeNameTails: Words;
    classNounTails: Words;
    classNounBridges: Words;
    pairPrepositions: Words;
    pairConjunctions: Words;
    regionSuffixes: Words;
    notRegionEndings: Words;
    regionArticles: Words;
    datelineMarks: Words;
  };
  roleNouns: { words: Words; tails: Words };
  roles: { words: Words; modifiers: Words; endings: Words; innerWords: Words; affiliationPrepositions: Words };
  laender: {
    names: Words;
    genitives: Readonly<Record<string, string>>;
    abbreviations: Readonly<Record<string, string>>;
  };
  adjectives: { lowerEndings: Words; determiners: Words; capitalisedEndings: Words };
  placeAdjectives: { stems: Words; endings: Words; levelStems: Words };
  authorityCompounds: { prefixes: Words; heads: Words };
  organisationTails: { words: Words };
  productQualifiedSuffixes: { suffixes: Words };
  venues: {
    adjectiveHeads: Words;
    placeHeads: Words;
    compoundHeads: Words;
    nameAdjectives: Words;
    houses: Words;
    locatives: Words;
    prepositions: Words;
    articles: Words;
  };
  streets: { suffixes: Words; prepositions: Words };
  inflection: { endings: Words; nounEndings: Words; genitiveEndings: Words };
  speechVerbs: { words: Words };
  placeQualifiers: { words: Words; affixes: Words };
  functionWords: {
    and: string;
    lawCoordinators: Words;
    nameConjunctions: Words;
    complementPrepositions: Words;
    articlePairs: Words;
    ofTheLand: Words;
    copulas: Words;
  };
}

/** The name lists derived from open data (src/lang/de/gazetteers/derived). */
export interface NameListData {
  firstNames: Words;
  surnames: Words;
  /** Capitalised common words: they keep names apart from nouns. */
  commonWords: Words;
}

export interface EntityLexicon {
  /** The built-in gazetteers, compiled. */
  gazetteer: GazetteerTrie;
  /** The language's tokenizer and sentence words: a caller's name lists are tokenised with them. */
  text: TextWords;
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  /** Title keys without spaces (`Dr.`, `Prof.`, `Dr.h.c.`). */
  personTitles: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  /** Particles written with a capital after one first name (`Jan De Smedt`). */
  capitalisedParticles: ReadonlySet<string>;
  /** Titles of nobility before `von` or `zu` inside a name (`Ferdinand Graf von Lützow`). */
  nobilityTitles: ReadonlySet<string>;
  /** Particles joining a second surname (`Ferreira da Silva`). */
  surnameParticles: ReadonlySet<string>;
  /** Municipal heads (word lists), by their first word: `Freie` → [[Freie, und, Hansestadt], [Freie, Hansestadt]]. */
  municipalHeads: ReadonlyMap<string, readonly string[][]>;
  /** Endings of abstract nouns that an unlisted place name never has (`Digitalisierung`). */
  notPlaceEndings: readonly string[];
  /** Rivers and regions in brackets after a place name (`Werder (Havel)`). */
  placeQualifiers: ReadonlySet<string>;
  /** `an der`, `am` before a river or region that belongs to a place's name, by first word. */
  placeAffixes: ReadonlyMap<string, readonly string[][]>;
  landOnlyHeads: ReadonlySet<string>;
  organisationHeads: ReadonlySet<string>;
  /** Units and sites named by their owner (`Rechenzentrum der Stadt X`): no organisation name of their own. */
  facilityHeads: ReadonlySet<string>;
  /** Words between such a unit and its owner (`der`, `von`). */
  ownerConnectors: ReadonlySet<string>;
  /** Lower-case ends of nouns naming a body that its owner completes (`…rat des Kantons Bern`). */
  bodyTails: readonly string[];
  notBodies: readonly string[];
  /** The articles between a body and its owner (`des`, `der`). */
  ownerArticles: ReadonlySet<string>;
  /** Lower-case ends of a government's name after a Land's adjective (`Vorarlberger Landesregierung`). */
  governmentWords: readonly string[];
  /** Heads of states among the municipal heads (`Kanton`, `Land`): the owners that name a body with it. */
  stateHeads: ReadonlySet<string>;
  nameFollowsHeads: ReadonlySet<string>;
  organisationConnectors: ReadonlySet<string>;
  organisationCompoundTails: readonly string[];
  /** Ends of a hyphenated compound naming an institution after a person or place (`Gutenberg-Universität`). */
  namedCompoundTails: ReadonlySet<string>;
  authorityPrefixes: readonly string[];
  authorityHeads: readonly string[];
  placeQualifiedSuffixes: readonly string[];
  /** `TU`, `FH`, `IHK`: short forms that name an organisation before a place (`TU Wien`). */
  placeQualifiedAbbreviations: ReadonlySet<string>;
  landCompoundSuffixes: readonly string[];
  /** Ends of association heads a text may name alone after the full name (`Landkreistag`). */
  associationHeads: readonly string[];
  /** Legal forms (word lists), by their first word. */
  companySuffixes: ReadonlyMap<string, readonly string[][]>;
  /** Legal forms written as one abbreviation token, without spaces: `e.V.`, `Inc.`. */
  companySuffixKeys: ReadonlySet<string>;
  /** Nouns before a company name that are not part of it (`Vereins`, `Firma`). */
  companyOpeners: ReadonlySet<string>;
  companyOpenerEndings: readonly string[];
  /** Endings of lower-case words before a legal form that are no company name (`gemeinnützige`, `gegründete`). */
  notLowerCompanyNameEndings: readonly string[];
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
  /** Lower-case words closing an event series' name (`… Migration digital`). */
  eventNameClosers: ReadonlySet<string>;
  /** `statt` in `… findet der 3. E-Rechnungstag: Vom Posteingang bis zur Zahlung statt.`, lower case. */
  subtitleClosers: ReadonlySet<string>;
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
  /** Nouns before a quoted name that give its type (`App „Wartefix“`): lower-case compound ends, by type. */
  quotedNameHeads: readonly (readonly [tail: string, type: EntityType])[];
  /** Such nouns that count only as written (`Projekt`, not `Pilotprojekt`). */
  quotedNameExactHeads: ReadonlyMap<string, EntityType>;
  /** Words between such a noun and the quote (`mit dem Namen`), as word lists. */
  quotedNamePhrases: readonly string[][];
  /** Lower-case words inside a long form that a bracketed abbreviation defines (`über`, `den`). */
  longFormInnerWords: ReadonlySet<string>;
  /** Word ends that make such a long form a LAW, besides the law suffixes. */
  longFormLawWords: readonly string[];
  /** Word ends that make a long form ending in them a PRODUCT (`Adressdienst`). */
  longFormProductWords: readonly string[];
  productHeads: ReadonlySet<string>;
  /** Lower-case ends of compound product nouns (`Vergabeplattform`), and the nouns a product's span takes in (`Chatbot`). */
  productHeadTails: readonly string[];
  productHeadsInside: ReadonlySet<string>;
  /** Prepositions before a city and its unlisted district (`in Berlin-Wedding`). */
  districtPrepositions: ReadonlySet<string>;
  /** Places that are no city before a district: countries, regions and the Länder that are no city-states. */
  notCities: ReadonlySet<string>;
  /** Nouns that, after a capitalised or place adjective, name a newspaper (`Freie Presse`). */
  newspaperNouns: ReadonlySet<string>;
  /** Ends of a hyphenated compound that names a newspaper (`Nordsee-Zeitung`). */
  newspaperCompoundTails: readonly string[];
  /** Marks between a masthead's name and what follows on its line (`–`, `|`, `·`). */
  mastheadMarks: ReadonlySet<string>;
  /** Lower-case ends of a publication's noun (`…magazin`, `Newsletter`), the words of an issue (`Ausgabe`), articles. */
  publicationEndings: readonly string[];
  issueWords: ReadonlySet<string>;
  publicationArticles: ReadonlySet<string>;
  /** `Pressemitteilung`, `Interview`: what heads an article, no publication's name. */
  genreWords: ReadonlySet<string>;
  /** Words with capitals inside that name no product (`DevOps`, `eGovernment`). */
  camelCaseTerms: ReadonlySet<string>;
  /** Endings that a capital opens in a gender form (`MitarbeiterInnen`). */
  genderEndings: readonly string[];
  portalSuffixes: readonly string[];
  contextWords: ReadonlySet<string>;
  placeListWords: ReadonlySet<string>;
  /** Nouns of a kind of place before an unlisted place (`Gemeinden`, `Ortsteil`), and compound ends of them. */
  placeClassNouns: ReadonlySet<string>;
  placeClassNounTails: readonly string[];
  /** `wie` in `Gemeinden wie Brixen`. */
  placeClassNounBridges: ReadonlySet<string>;
  /** `in` of `in Urfahr und Ebelsberg`, lower case, and the conjunctions of such a pair. */
  placePairPrepositions: ReadonlySet<string>;
  placePairConjunctions: ReadonlySet<string>;
  /** Lower-case ends of a region's name (`…gau`, `…tal`) and the words before it (`im`). */
  regionSuffixes: readonly string[];
  /** `Portal` ends in `tal` but names no region. */
  notRegionEndings: readonly string[];
  /** Common nouns that end place names (`Sonnenberg`, `Langwasser`): a compound ending in one may be a place. */
  placeNameTails: ReadonlySet<string>;
  regionArticles: ReadonlySet<string>;
  /** Marks a dateline may follow on its line (`NÖN · Interview St. Pölten, 3. März 2025`). */
  datelineMarks: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  organisationTails: ReadonlySet<string>;
  productQualifiedSuffixes: readonly string[];
  venueAdjectiveHeads: ReadonlySet<string>;
  venuePlaceHeads: ReadonlyMap<string, readonly string[][]>;
  /** Lower-case ends of a building's noun before a place or name (`Kreishaus`, `Weser-Ems-Halle`). */
  venueCompoundHeads: readonly string[];
  /** Adjective stems that make a building's name after a preposition (`im Alten Rathaus`). */
  venueNameAdjectives: readonly string[];
  /** `Haus` in `Haus der Kantone`. */
  houses: ReadonlySet<string>;
  /** Prepositions holding their article before a building's name (`im`, `zum`), lower case. */
  venueLocatives: ReadonlySet<string>;
  /** Prepositions and the articles after them before a building's or street's name (`in der`), lower case. */
  venuePrepositions: ReadonlySet<string>;
  venueArticles: ReadonlySet<string>;
  /** Lower-case ends of street and square names (`…straße`, `…platz`). */
  streetSuffixes: readonly string[];
  streetPrepositions: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  /** Nouns of an office before a person's name, never a name themselves: the roles and more (`Abg.`, `Ratsmitglied`). */
  roleNouns: ReadonlySet<string>;
  /** Lower-case ends of compound role nouns (`…staatssekretär`, `…leiterin`). */
  roleNounTails: readonly string[];
  roleEndings: readonly string[];
  roleInnerWords: ReadonlySet<string>;
  affiliationPrepositions: ReadonlySet<string>;
  /** Endings that inflect a noun or adjective, longest first (`Digitaler`/`Digitalen Aufbruch`). */
  inflectionEndings: readonly string[];
  /** What a name may add in the genitive or plural (`Landkreistags`, `Bundesamtes`). */
  nounEndings: ReadonlySet<string>;
  /** Genitive endings, tried in order: `Ministeriums` → `Ministerium`, `Gesetzes` → `Gesetz`. */
  genitiveEndings: readonly string[];
  /** `Nr.` in `Verordnung (EG) Nr. 883/2004`. */
  europeanActNumberWords: ReadonlySet<string>;
  /** The conjunction after a suspended compound (`Städte- und Gemeindebund`). */
  and: string;
  lawCoordinators: ReadonlySet<string>;
  nameConjunctions: ReadonlySet<string>;
  complementPrepositions: ReadonlySet<string>;
  /** Preposition → the articles after it that an official name passes over (`in der`). */
  articlePairs: ReadonlyMap<string, ReadonlySet<string>>;
  /** `des Landes` before a Land that closes an official name. */
  ofTheLand: readonly string[];
  copulas: ReadonlySet<string>;
}

/** Forms split into tokens as the tokenizer writes them: at spaces, brackets apart (`UG (haftungsbeschränkt)`). */
const splitForms = (list: readonly string[]): string[][] =>
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

export function compileEntityLexicon(
  patterns: EntityPatternData,
  names: NameListData,
  gazetteer: GazetteerTrie,
  text: TextWords,
): EntityLexicon {
  const { functionWords } = patterns;
  const articlePairs = new Map<string, Set<string>>();
  for (const [preposition, article] of splitForms(functionWords.articlePairs)) {
    const articles = articlePairs.get(preposition!) ?? new Set();
    articles.add(article!);
    articlePairs.set(preposition!, articles);
  }
  return {
    gazetteer,
    text,
    firstNames: new Set(names.firstNames),
    surnames: new Set(names.surnames),
    commonWords: new Set(names.commonWords),
    notNames: new Set(patterns.notNames.words),
    personTitles: new Set(patterns.personTitles.titles.map(abbreviationKey)),
    honorifics: new Set(patterns.honorifics.words),
    nameParticles: new Set(patterns.nameParticles.words),
    capitalisedParticles: new Set(patterns.nameParticles.capitalised),
    nobilityTitles: new Set(patterns.nameParticles.nobility),
    surnameParticles: new Set(patterns.nameParticles.afterSurname),
    notPlaceEndings: patterns.municipalities.notPlaceEndings.endings,
    placeQualifiers: new Set(patterns.placeQualifiers.words),
    placeAffixes: byFirstWord(splitForms(patterns.placeQualifiers.affixes)),
    municipalHeads: byFirstWord(splitForms([...patterns.municipalities.heads, ...patterns.municipalities.landOnly])),
    landOnlyHeads: new Set(patterns.municipalities.landOnly),
    organisationHeads: new Set(patterns.organisationHeads.heads),
    facilityHeads: new Set(patterns.organisationHeads.facilities),
    ownerConnectors: new Set(patterns.organisationHeads.ownerConnectors),
    bodyTails: patterns.organisationHeads.bodies,
    notBodies: patterns.organisationHeads.notBodies,
    ownerArticles: new Set(patterns.organisationHeads.ownerArticles),
    governmentWords: patterns.organisationHeads.governmentWords,
    stateHeads: new Set(patterns.organisationHeads.stateHeads),
    nameFollowsHeads: new Set(patterns.organisationHeads.nameFollows),
    organisationConnectors: new Set(patterns.organisationHeads.connectors),
    organisationCompoundTails: patterns.organisationHeads.compoundTails,
    namedCompoundTails: new Set(patterns.organisationHeads.namedCompoundTails),
    authorityPrefixes: patterns.authorityCompounds.prefixes,
    authorityHeads: patterns.authorityCompounds.heads,
    placeQualifiedSuffixes: patterns.placeQualifiedSuffixes.suffixes,
    placeQualifiedAbbreviations: new Set(patterns.placeQualifiedSuffixes.abbreviations),
    landCompoundSuffixes: patterns.landCompoundHeads.suffixes,
    associationHeads: patterns.associationShortForms.heads,
    companySuffixes: byFirstWord(splitForms(patterns.companySuffixes.forms)),
    companyOpeners: new Set(patterns.companySuffixes.genericOpeners.words),
    companyOpenerEndings: patterns.companySuffixes.genericOpeners.endings,
    notLowerCompanyNameEndings: patterns.companySuffixes.lowerCaseNames.notEndings,
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
    eventNameClosers: new Set(patterns.events.nameClosers),
    subtitleClosers: new Set(patterns.events.subtitleClosers),
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
    quotedNameHeads: Object.entries(patterns.quotedNames.heads)
      .filter(([type]) => type !== '$comment')
      .flatMap(([type, tails]) => (tails as Words).map((tail) => [tail, type as EntityType] as const)),
    quotedNameExactHeads: new Map(
      Object.entries(patterns.quotedNames.exactHeads).flatMap(([type, words]) =>
        (words as Words).map((word) => [word, type as EntityType] as const),
      ),
    ),
    quotedNamePhrases: splitForms(patterns.quotedNames.namePhrases),
    longFormInnerWords: new Set(patterns.definedLongForms.innerWords),
    longFormLawWords: patterns.definedLongForms.lawWords,
    longFormProductWords: patterns.definedLongForms.productWords,
    productHeads: new Set(patterns.productHeads.heads),
    productHeadTails: patterns.productHeads.headTails,
    productHeadsInside: new Set(patterns.productHeads.headsInside),
    districtPrepositions: new Set(patterns.cityDistricts.prepositions),
    notCities: new Set([
      ...patterns.cityDistricts.notCities,
      ...patterns.laender.names.filter((land) => !patterns.cityDistricts.cityStates.includes(land)),
    ]),
    newspaperNouns: new Set(patterns.newspapers.nouns),
    newspaperCompoundTails: patterns.newspapers.compoundTails,
    mastheadMarks: new Set(patterns.mastheads.marks),
    publicationEndings: patterns.mastheads.publicationEndings,
    issueWords: new Set(patterns.mastheads.issueWords),
    publicationArticles: new Set(patterns.mastheads.articles),
    genreWords: new Set(patterns.mastheads.genreWords),
    camelCaseTerms: new Set(patterns.productShapes.terms),
    genderEndings: patterns.productShapes.genderEndings,
    portalSuffixes: patterns.productPortalSuffixes.suffixes,
    contextWords: new Set(patterns.contextWords.words),
    placeListWords: new Set(patterns.placeListWords.words),
    placeClassNouns: new Set(patterns.contextPlaces.classNouns),
    placeClassNounTails: patterns.contextPlaces.classNounTails,
    placeClassNounBridges: new Set(patterns.contextPlaces.classNounBridges),
    placePairPrepositions: new Set(patterns.contextPlaces.pairPrepositions),
    placePairConjunctions: new Set(patterns.contextPlaces.pairConjunctions),
    regionSuffixes: patterns.contextPlaces.regionSuffixes,
    notRegionEndings: patterns.contextPlaces.notRegionEndings,
    placeNameTails: new Set(patterns.contextPlaces.placeNameTails),
    regionArticles: new Set(patterns.contextPlaces.regionArticles),
    datelineMarks: new Set(patterns.contextPlaces.datelineMarks),
    speechVerbs: new Set(patterns.speechVerbs.words),
    organisationTails: new Set(patterns.organisationTails.words),
    productQualifiedSuffixes: patterns.productQualifiedSuffixes.suffixes,
    venueAdjectiveHeads: new Set(patterns.venues.adjectiveHeads),
    venuePlaceHeads: byFirstWord(splitForms(patterns.venues.placeHeads)),
    venueCompoundHeads: patterns.venues.compoundHeads,
    venueNameAdjectives: patterns.venues.nameAdjectives,
    houses: new Set(patterns.venues.houses),
    venueLocatives: new Set(patterns.venues.locatives),
    venuePrepositions: new Set(patterns.venues.prepositions),
    venueArticles: new Set(patterns.venues.articles),
    streetSuffixes: patterns.streets.suffixes,
    streetPrepositions: new Set(patterns.streets.prepositions),
    roles: new Set(patterns.roles.words),
    roleNouns: new Set([...patterns.roles.words, ...patterns.roleNouns.words]),
    roleNounTails: patterns.roleNouns.tails,
    roleEndings: patterns.roles.endings,
    roleInnerWords: new Set(patterns.roles.innerWords),
    affiliationPrepositions: new Set(patterns.roles.affiliationPrepositions),
    inflectionEndings: patterns.inflection.endings,
    nounEndings: new Set(patterns.inflection.nounEndings),
    genitiveEndings: patterns.inflection.genitiveEndings,
    europeanActNumberWords: new Set(patterns.laws.europeanActs.numberWords),
    and: functionWords.and,
    lawCoordinators: new Set(functionWords.lawCoordinators),
    nameConjunctions: new Set(functionWords.nameConjunctions),
    complementPrepositions: new Set(functionWords.complementPrepositions),
    articlePairs,
    ofTheLand: functionWords.ofTheLand,
    copulas: new Set(functionWords.copulas),
  };
}
