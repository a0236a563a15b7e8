// Organisations by their shape:
//   municipal heads before a place       `Stadt Köln`, `Landkreises Osnabrück`, `Land NRW`
//   official heads with a complement     `Bundesamt für Sicherheit in der Informationstechnik`,
//                                        `Ministerium des Innern NRW`, `Zentrum Digitale Souveränität`
//   compounds qualified by a Land        `Landkreistag NRW`, `Städte- und Gemeindebund NRW`
//   Land compounds                       `NRW-Wirtschaftsministerium`
//   names closed by a legal form         `Next:Public GmbH`, `Initiative D21 e.V.`

import type { AnalysedText } from '../../text/analysed-text.js';
import { abbreviationKey } from '../../text/text-words.js';
import { Flag, Kind } from '../../text/token-table.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import { knownEntry } from '../gazetteer.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { Shape, type TokenView, spanText } from '../../text/token-view.js';
import {
  baseFormIn,
  endsWithAny,
  isCapitalisedWord,
  isFirstName,
  isListedOtherThing,
  isLowerAdjective,
  isNamedCompound,
  isPlaceAdjective,
  isRoleNoun,
  isWord,
  joinsPrevious,
  landLength,
  landName,
  looksLikeAdjective,
  memoised,
  placeLength,
  withoutGenitive,
  withoutGenitiveEnding,
} from '../token-tests.js';

export function organisationNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:organisation', recognize: (doc, lexicon) => findOrganisationNames(doc, lexicon) };
}

const MAX_NAME_TOKENS = 24;

export function findOrganisationNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  const push = (first: number, last: number, confidence: number, canonical?: string): void => {
    found.push({ start: view.starts[first]!, end: view.ends[last]!, type: 'ORG', confidence, canonical });
  };
  const mayOpen = view.answers.perToken(mayOpenName, view, lexicon);
  for (let i = 0; i < view.count; i++) {
    if (view.kind[i] === Kind.Abbreviation) {
      // `Initiative D21 e.V.`, `Beispiel Inc.`: legal forms written as abbreviations.
      const company = companyEndingAt(view, i, lexicon);
      if (company) push(company.first, company.last, 0.85);
      else {
        const lowerCase = lowerCaseCompanyAt(view, i, lexicon);
        if (lowerCase) found.push(lowerCaseCompany(view, lowerCase));
      }
      continue;
    }
    if (!isWord(view, i) || !mayOpen[i]) continue;
    const municipal = municipalityAt(view, i, lexicon);
    if (municipal) push(i, municipal.last, 0.85, municipal.canonical);
    // `Hessisches Ministerium für …`, `Thüringischen Landkreistag`: a place adjective opens the name.
    // `Freien Universität Bozen`, `Autonome Hochschule Ostbelgien`: inside a sentence, a capitalised adjective before
    // an institution's head opens its name too.
    const opener =
      i > 0 &&
      joinsPrevious(view, i) &&
      (isPlaceAdjective(view, i - 1, lexicon) ||
        (isInstitutionHead(view, i, lexicon) && isNameOpeningAdjective(view, i - 1, lexicon)))
        ? i - 1
        : i;
    const official = officialNameAt(view, i, lexicon);
    if (official !== undefined) {
      const first = opener === i ? suspendedOpening(view, i, lexicon) : opener;
      push(first, official, 0.8, nominativeHead(view, first, i, official, lexicon));
    } else if (isAuthorityCompound(view, i, lexicon)) {
      push(i, i, 0.7, nominativeAuthority(view.surface[i]!, lexicon));
    }
    const qualified = placeQualifiedAt(view, i, lexicon);
    if (qualified) {
      const first = Math.min(opener, qualified.first);
      push(first, qualified.last, 0.8, placeQualifiedCanonical(view, first, i, qualified.last, lexicon));
    } else if (opener < i && hasPlaceQualifiedSuffix(view, i, lexicon)) {
      push(opener, i, 0.75);
    }
    if (isLandCompound(view, i, lexicon)) push(i, i, 0.75);
    const owned = official === undefined ? ownedBodyAt(view, i, lexicon) : undefined;
    if (owned !== undefined) {
      const first = opener < i ? opener : i;
      push(first, owned, 0.75, nominativeBody(view, first, i, owned, lexicon));
    } else if (
      opener < i &&
      official === undefined &&
      !qualified &&
      isPlaceAdjective(view, opener, lexicon, false) &&
      isBodyCompound(view, i, lexicon)
    ) {
      // `Tiroler Landesregierung`, `Thüringer Verwaltungsschule`: a place adjective before a body names it.
      push(opener, i, 0.7, nominativeBody(view, opener, i, i, lexicon));
    }
    const named = namedInstitutionAt(view, i, lexicon);
    if (named) push(named.first, named.last, 0.75);
    const company = companyEndingAt(view, i, lexicon);
    if (company) push(company.first, company.last, 0.85);
    else {
      const lowerCase = lowerCaseCompanyAt(view, i, lexicon);
      if (lowerCase) found.push(lowerCaseCompany(view, lowerCase));
    }
  }
  return found;
}

/**
 * Whether a word of this form can be where the loop above finds a name. Each rule there asks first what the word is
 * on its own: a listed municipal head (`Stadt`, `Landkreises`), an organisation's head or a compound ending in one
 * (`Ministerium`, `Landeszentrum`), an authority compound (`Landesverwaltungsamt`), a head a place qualifies
 * (`Landkreistag`), a body noun (`Landesregierung`), a hyphenated compound (`NRW-Wirtschaftsministerium`,
 * `Gutenberg-Universität`) or a legal form (`GmbH`). Asked once per form, so that the rest of the words, most of them,
 * skip the rules' questions.
 */
function mayOpenName(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  return (
    memoised(view, i, municipalHeadsOfForm, lexicon) !== undefined ||
    organisationHead(view, i, lexicon) !== undefined ||
    memoised(view, i, compoundHeadOfWord, lexicon) !== undefined ||
    memoised(view, i, isAuthorityCompoundForm, lexicon) ||
    memoised(view, i, hasPlaceQualifiedSuffixForm, lexicon) ||
    memoised(view, i, isBodyNounForm, lexicon) ||
    surface.lastIndexOf('-') > 0 ||
    lexicon.companySuffixes.has(surface)
  );
}

/** `Freien`, `Autonome`, `Unabhängige`: a capitalised adjective inside a sentence, no article. */
function isNameOpeningAdjective(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps || i === 0) return false;
  if (view.sentence[i - 1] !== view.sentence[i] || !joinsPrevious(view, i)) return false;
  const surface = view.surface[i]!;
  if (lexicon.determiners.has(view.norm[i]!) || lexicon.commonWords.has(surface)) return false;
  // `Kepler Universität`, `Bereichsleiter Rechenzentrum`: a word ending in `er` is rather a name or a role; `Freien`,
  // `Autonome`, `Unabhängige` are adjectives.
  return /(?:e|en)$/u.test(surface) && !isRoleNoun(view, i, lexicon);
}

/** `Universität`, `Hochschule`, `Landeszentrum`: a head that opens an institution's name. */
function isInstitutionHead(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return isCapitalisedWord(view, i) && memoised(view, i, isInstitutionHeadForm, lexicon);
}

function isInstitutionHeadForm(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return endsWithAny(withoutGenitiveEnding(view.norm[i]!, lexicon), lexicon.organisationCompoundTails);
}

/** The listed heads a word can open (`Stadt`, `Landkreises`, `Freien`): asked of most tokens, so once per form. */
function municipalHeadsOfForm(
  view: TokenView,
  i: number,
  lexicon: EntityLexicon,
): readonly (readonly string[])[] | undefined {
  const surface = view.surface[i]!;
  let candidates = lexicon.municipalHeads.get(surface);
  if (candidates === undefined && surface.endsWith('s')) {
    // `Landkreises`, `Landes`: genitive heads.
    candidates = lexicon.municipalHeads.get(surface.slice(0, -1)) ?? lexicon.municipalHeads.get(surface.slice(0, -2));
  }
  // `der Freien Hansestadt`, `der Großen Kreisstadt`: an inflected adjective opening the head.
  if (candidates === undefined && surface.endsWith('n')) candidates = lexicon.municipalHeads.get(surface.slice(0, -1));
  return candidates;
}

/** `Stadt Köln`, `Landeshauptstadt Düsseldorf`, `Gemeinde Leopoldshöhe`, `Land NRW`. */
function municipalityAt(
  view: TokenView,
  i: number,
  lexicon: EntityLexicon,
): { last: number; canonical: string; head: string } | undefined {
  const candidates = memoised(view, i, municipalHeadsOfForm, lexicon);
  if (candidates === undefined) return undefined;
  for (const head of candidates) {
    const headLast = i + head.length - 1;
    if (headLast >= view.count) continue;
    let matches = true;
    for (let j = 0; j < head.length && matches; j++) {
      const surface = view.surface[i + j]!;
      const word = head[j]!;
      const isLast = j === head.length - 1;
      matches =
        surface === word ||
        (isLast ? surface === `${word}s` || surface === `${word}es` : word.endsWith('e') && surface === `${word}n`);
      if (j > 0 && !joinsPrevious(view, i + j)) matches = false;
    }
    if (!matches) continue;
    const name = headLast + 1;
    if (!joinsPrevious(view, name)) return undefined;
    const landOnly = lexicon.landOnlyHeads.has(head[head.length - 1]!);
    let length = landLength(view, name, lexicon);
    if (!landOnly && length === 0) length = placeLength(view, name, lexicon) || unknownPlaceLength(view, name, lexicon);
    if (length === 0) return undefined;
    const last = name + length - 1;
    const place = length === 1 ? landName(view.surface[name]!, lexicon) : spanText(view, name, last);
    return { last, canonical: `${head.join(' ')} ${place}`, head: head.join(' ') };
  }
  return undefined;
}

/** Capitalised words that are no common word: `Leopoldshöhe`, `Bergisch Gladbach`, `Minden-Lübbecke`. */
function unknownPlaceLength(view: TokenView, i: number, lexicon: EntityLexicon): number {
  let length = 0;
  while (
    length < 3 &&
    (length === 0 || joinsPrevious(view, i + length)) &&
    isCapitalisedWord(view, i + length) &&
    !(view.shape[i + length]! & (Shape.AllCaps | Shape.HasDigit)) &&
    !lexicon.commonWords.has(view.surface[i + length]!) &&
    !endsWithAny(view.norm[i + length]!, lexicon.notPlaceEndings)
  ) {
    length++;
  }
  return length;
}

/**
 * An official head and its complement: `für`/`des`/`der` and a chain of
 * capitalised words joined by `und`, commas (in an enumeration closed by `und`),
 * `in der`, lower-case adjectives; then optionally `des Landes X` or a Land.
 * Returns the last token of the name, or undefined.
 */
function officialNameAt(view: TokenView, i: number, lexicon: EntityLexicon): number | undefined {
  let j = i + 1;
  if (!joinsPrevious(view, j)) return undefined;
  const opensWithConnector = lexicon.organisationConnectors.has(view.surface[j]!);
  const head = organisationHead(view, i, lexicon) ?? (opensWithConnector ? compoundHead(view, i, lexicon) : undefined);
  if (head === undefined) return undefined;
  if (!opensWithConnector && !lexicon.nameFollowsHeads.has(head)) return undefined;
  // `Rechenzentrum der Stadt Bremerhaven`, `Rechenzentrum von Dataport`: a unit or site named by its owner.
  if (lexicon.ownerConnectors.has(view.surface[j]!) && isFacility(view.surface[i]!, lexicon)) return undefined;
  // `Netzwerk Peppol`: a listed product, law or event after the head is named by itself.
  if (!opensWithConnector && isListedOtherThing(view, j, lexicon)) return undefined;

  let last = -1;
  let lastBeforeComma = -1;
  let sawComma = false;
  let enumerationClosed = true;
  let previousWasName = false;
  let previousWasAdjective = false;
  /** The name's end before the last `und`: where a conjunct that goes wrong is cut back to. */
  let lastBeforeConjunction = -1;
  for (; j < view.count && j - i < MAX_NAME_TOKENS && joinsPrevious(view, j); j++) {
    const surface = view.surface[j]!;
    if (lexicon.articlePairs.get(surface)?.has(view.surface[j + 1] ?? '')) {
      previousWasName = false;
      continue;
    }
    if (lexicon.roles.has(surface)) {
      // `… für Arbeit und wissenschaftlicher Direktor`: a role ends the name before its conjunct.
      if (lastBeforeConjunction >= 0) last = lastBeforeConjunction;
      break;
    }
    if (surface === ',') {
      if (!previousWasName || !isCapitalisedWord(view, j + 1)) break;
      if (!sawComma) lastBeforeComma = last;
      sawComma = true;
      enumerationClosed = false;
      previousWasName = false;
      continue;
    }
    if (isWord(view, j) && lexicon.organisationConnectors.has(surface)) {
      if (lexicon.nameConjunctions.has(surface)) {
        const next = j + 1;
        const continues =
          isCapitalisedWord(view, next) ||
          (isWord(view, next) && (view.flags[next]! & Flag.Suspended) !== 0) ||
          isLowerAdjective(view, next, lexicon) ||
          lexicon.complementPrepositions.has(view.surface[next] ?? '');
        if (!continues) break;
        enumerationClosed = true;
        lastBeforeConjunction = last;
      }
      previousWasName = false;
      previousWasAdjective = false;
      continue;
    }
    if (view.flags[j]! & Flag.Suspended && isWord(view, j + 1) && view.surface[j + 1] === lexicon.and) {
      previousWasName = false;
      continue;
    }
    if (isCapitalisedWord(view, j) || (isWord(view, j) && view.shape[j]! & Shape.AllCaps)) {
      if (previousWasName && !previousWasAdjective && landLength(view, j, lexicon) === 0) {
        // `Hochschule für Technik und Wirtschaft Dresden`: a place closes the name.
        const place = placeLength(view, j, lexicon);
        if (place > 0) last = j + place - 1;
        else if (lastBeforeConjunction >= 0 && view.surface[j - 2] === lexicon.and) last = lastBeforeConjunction;
        break;
      }
      last = j;
      previousWasName = true;
      previousWasAdjective = looksLikeAdjective(surface, lexicon);
      continue;
    }
    // `für öffentliche Verwaltung`: a lower-case adjective only after a connector, not after a name word (`… und
    // Staatsmodernisierung geänderten Fassung`).
    if (
      !previousWasName &&
      isLowerAdjective(view, j, lexicon) &&
      isCapitalisedWord(view, j + 1) &&
      !lexicon.roles.has(view.surface[j + 1]!)
    ) {
      previousWasName = false;
      continue;
    }
    if (isLowerAdjective(view, j, lexicon) && lastBeforeConjunction >= 0 && view.surface[j - 1] === lexicon.and) {
      last = lastBeforeConjunction;
    }
    break;
  }
  if (sawComma && !enumerationClosed) last = lastBeforeComma;
  if (last < 0) return undefined;
  // `… des Landes Nordrhein-Westfalen`, `… NRW`.
  const ofTheLand = lexicon.ofTheLand;
  if (
    ofTheLand.every((word, k) => view.surface[last + 1 + k] === word && joinsPrevious(view, last + 1 + k)) &&
    joinsPrevious(view, last + 1 + ofTheLand.length) &&
    landLength(view, last + 1 + ofTheLand.length, lexicon)
  ) {
    last += ofTheLand.length + 1;
  } else if (joinsPrevious(view, last + 1) && landLength(view, last + 1, lexicon) && !landLength(view, last, lexicon)) {
    last += 1;
  }
  return last;
}

/**
 * `Regierungsrat des Kantons Bern`, `Finanzdirektion des Kantons Bern`, `Haushaltsausschuss des Deutschen Bundestages`:
 * a body noun, then its owner; the last token of the owner, or undefined.
 */
function ownedBodyAt(view: TokenView, i: number, lexicon: EntityLexicon): number | undefined {
  // `Open-Data-Beauftragter des Kreises`: a compound role is a person's; `Regierungsrat`, `Kantonsrat` name both.
  if (!isBodyNoun(view, i, lexicon) || (isRoleNoun(view, i, lexicon) && !lexicon.roleNouns.has(view.surface[i]!)))
    return undefined;
  return ownerAfter(view, i + 1, lexicon, true);
}

/**
 * The owner after a body at `article`: `des`/`der` and an administration (`des Kantons Bern`, `der Freien Hansestadt
 * Bremen`), an organisation the lists know (`des Deutschen Bundestages`), a Land's government (`der Oö.
 * Landesregierung`) or a known place (`des Fürstentums Liechtenstein`); its last token, or undefined.
 */
export function ownerAfter(
  view: TokenView,
  article: number,
  lexicon: EntityLexicon,
  statesOnly = false,
): number | undefined {
  if (!lexicon.ownerArticles.has(view.surface[article] ?? '') || !joinsPrevious(view, article)) return undefined;
  const owner = article + 1;
  if (!joinsPrevious(view, owner)) return undefined;
  const municipal = municipalityAt(view, owner, lexicon);
  // `Standesamt der Stadt Fulda` is the city's office: with `statesOnly`, only a state owns a body by name.
  if (municipal) return !statesOnly || lexicon.stateHeads.has(municipal.head) ? municipal.last : undefined;
  for (let length = Math.min(5, view.count - owner); length >= 1; length--) {
    const known = knownEntry(lexicon.gazetteer, view, owner, owner + length - 1);
    if (known?.type !== 'ORG') continue;
    // A listed city or county (`StädteRegion Aachen`) owns its offices as a city does.
    return statesOnly && isLocalAdministration(known.canonical, lexicon) ? undefined : owner + length - 1;
  }
  const qualified = placeQualifiedAt(view, owner, lexicon);
  if (qualified && qualified.first === owner) return qualified.last;
  // `der Oö. Landesregierung`, `der Vorarlberger Landesregierung`.
  const government = owner + 1;
  if (
    (lexicon.landAbbreviations.has(view.surface[owner]!) || isPlaceAdjective(view, owner, lexicon, false)) &&
    joinsPrevious(view, government) &&
    isCapitalisedWord(view, government) &&
    endsWithAny(view.norm[government]!, lexicon.governmentWords)
  ) {
    return government;
  }
  const place = placeLength(view, owner, lexicon);
  return place > 0 ? owner + place - 1 : undefined;
}

/**
 * A state after a law at `connector`: `des Kantons Bern`, `des Landes Brandenburg`, `für das Land
 * Mecklenburg-Vorpommern` (`Gemeindegesetz des Kantons Bern`); its last token, or undefined.
 */
export function stateOwnerAfter(view: TokenView, connector: number, lexicon: EntityLexicon): number | undefined {
  let owner = connector + 1;
  if (view.surface[connector] === 'für' && view.surface[owner] === 'das') owner++;
  else if (!lexicon.ownerArticles.has(view.surface[connector] ?? '')) return undefined;
  for (let i = connector; i <= owner; i++) if (!joinsPrevious(view, i)) return undefined;
  const municipal = municipalityAt(view, owner, lexicon);
  return municipal && lexicon.stateHeads.has(municipal.head) ? municipal.last : undefined;
}

/** `StädteRegion Aachen`, `Landkreis Hof`: a name opening with a municipal head below a state's. */
function isLocalAdministration(canonical: string, lexicon: EntityLexicon): boolean {
  const opening = canonical.slice(0, canonical.indexOf(' ') >>> 0).toLowerCase();
  for (const heads of lexicon.municipalHeads.values()) {
    for (const head of heads) {
      if (head.length === 1 && head[0]!.toLowerCase() === opening) return !lexicon.stateHeads.has(head[0]!);
    }
  }
  return false;
}

/** `Regierungsrat`, `Finanzdirektion`, `Datenschutzbeauftragten`: a noun naming a body (not a role or a site). */
function isBodyNoun(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return false;
  return memoised(view, i, isBodyNounForm, lexicon);
}

function isBodyNounForm(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  if (lexicon.roles.has(surface) || isFacility(surface, lexicon)) return false;
  const lower = withoutGenitiveEnding(surface.toLowerCase(), lexicon);
  if (endsWithAny(lower, lexicon.notBodies) || endsWithAny(surface.toLowerCase(), lexicon.notBodies)) return false;
  return (
    endsWithAny(lower, lexicon.bodyTails) ||
    endsWithAny(surface.toLowerCase(), lexicon.bodyTails) ||
    endsWithAny(lower, lexicon.organisationCompoundTails)
  );
}

/** `Landesregierung`, `Verwaltungsschule`: a body noun that is a compound, not the bare noun (`Behörde`). */
function isBodyCompound(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isBodyNoun(view, i, lexicon)) return false;
  const lower = withoutGenitiveEnding(view.surface[i]!.toLowerCase(), lexicon);
  const tail = [...lexicon.bodyTails, ...lexicon.organisationCompoundTails].find((candidate) =>
    lower.endsWith(candidate),
  );
  return tail !== undefined && lower.length > tail.length + 2;
}

/** The body in the nominative: `Regierungsrates des Kantons Bern` → `Regierungsrat des Kantons Bern`. */
function nominativeBody(view: TokenView, first: number, body: number, last: number, lexicon: EntityLexicon): string {
  const surface = view.surface[body]!;
  const nominative =
    withoutGenitive(surface, lexicon, (form) => {
      const lower = form.toLowerCase();
      return endsWithAny(lower, lexicon.bodyTails) || endsWithAny(lower, lexicon.organisationCompoundTails);
    }) ?? surface;
  const before = first < body ? `${spanText(view, first, body - 1)} ` : '';
  const after = body < last ? ` ${spanText(view, body + 1, last)}` : '';
  return before + nominative + after;
}

/** `Rechenzentrum`, `Rechenzentrums`, `Blockchain-Kompetenzzentrum`: a unit or site of an organisation. */
function isFacility(surface: string, lexicon: EntityLexicon): boolean {
  const tail = surface.slice(surface.lastIndexOf('-') + 1);
  return baseFormIn(tail, lexicon.facilityHeads, lexicon) !== undefined;
}

/**
 * An organisation head, alone or ending a hyphenated compound (`Christian-Albrechts-Universität`), in the nominative.
 */
function organisationHead(view: TokenView, i: number, lexicon: EntityLexicon): string | undefined {
  return memoised(view, i, organisationHeadOfWord, lexicon);
}

function organisationHeadOfWord(view: TokenView, i: number, lexicon: EntityLexicon): string | undefined {
  const surface = view.surface[i]!;
  const head = baseFormIn(surface, lexicon.organisationHeads, lexicon);
  if (head !== undefined) return head;
  const hyphen = surface.lastIndexOf('-');
  if (hyphen <= 0) return undefined;
  const tail = baseFormIn(surface.slice(hyphen + 1), lexicon.organisationHeads, lexicon);
  return tail === undefined ? undefined : surface.slice(0, hyphen + 1) + tail;
}

/** `Landesinstitut`, `Forschungszentrums`: a compound ending in an organisation noun, in the nominative. */
function compoundHead(view: TokenView, i: number, lexicon: EntityLexicon): string | undefined {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return undefined;
  return memoised(view, i, compoundHeadOfWord, lexicon);
}

function compoundHeadOfWord(view: TokenView, i: number, lexicon: EntityLexicon): string | undefined {
  return withoutGenitive(view.surface[i]!, lexicon, (form) => {
    const lower = form.toLowerCase();
    return lexicon.organisationCompoundTails.some((tail) => lower.endsWith(tail) && lower.length > tail.length + 2);
  });
}

/** `Landesverwaltungsamt`, `Bundeszentralamtes`: prefix, modifier, authority noun in one word. */
function isAuthorityCompound(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & (Shape.AllCaps | Shape.InnerCapitals)) return false;
  return memoised(view, i, isAuthorityCompoundForm, lexicon);
}

function isAuthorityCompoundForm(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  const prefix = lexicon.authorityPrefixes.find((candidate) => surface.startsWith(candidate));
  if (prefix === undefined) return false;
  const rest = withoutGenitiveEnding(surface.slice(prefix.length).toLowerCase(), lexicon);
  return lexicon.authorityHeads.some((head) => rest.endsWith(head) && rest.length >= head.length + 4);
}

/** `Landesverwaltungsamtes` → `Landesverwaltungsamt`: without a genitive ending after the authority noun. */
function nominativeAuthority(surface: string, lexicon: EntityLexicon): string {
  return (
    withoutGenitive(surface, lexicon, (form) => endsWithAny(form.toLowerCase(), lexicon.authorityHeads)) ?? surface
  );
}

/** The name with its head in the nominative: `Bundesamtes für …` → `Bundesamt für …`. */
function nominativeHead(
  view: TokenView,
  first: number,
  headIndex: number,
  last: number,
  lexicon: EntityLexicon,
): string {
  const head = organisationHead(view, headIndex, lexicon) ?? view.surface[headIndex]!;
  const before = first < headIndex ? `${spanText(view, first, headIndex - 1)} ` : '';
  const after = headIndex < last ? ` ${spanText(view, headIndex + 1, last)}` : '';
  return before + head + after;
}

/** `Landkreistags NRW` → `Landkreistag NRW`, `Städtetages Bayerns` → `Städtetag Bayern`. */
function placeQualifiedCanonical(
  view: TokenView,
  first: number,
  head: number,
  last: number,
  lexicon: EntityLexicon,
): string {
  const surface = view.surface[head]!;
  const nominative =
    withoutGenitive(surface, lexicon, (form) => endsWithAny(form.toLowerCase(), lexicon.placeQualifiedSuffixes)) ??
    surface;
  const before = first < head ? `${spanText(view, first, head - 1)} ` : '';
  const place = last === head + 1 ? landName(view.surface[last]!, lexicon) : spanText(view, head + 1, last);
  return `${before}${nominative} ${place}`;
}

function hasPlaceQualifiedSuffix(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i)) return false;
  return memoised(view, i, hasPlaceQualifiedSuffixForm, lexicon);
}

function hasPlaceQualifiedSuffixForm(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return (
    lexicon.placeQualifiedAbbreviations.has(view.surface[i]!) ||
    withoutGenitive(view.norm[i]!, lexicon, (form) => endsWithAny(form, lexicon.placeQualifiedSuffixes)) !== undefined
  );
}

/** `Landkreistag NRW`, `IT-Verbund Schleswig-Holstein`, `Städte- und Gemeindebund NRW`. */
function placeQualifiedAt(
  view: TokenView,
  i: number,
  lexicon: EntityLexicon,
): { first: number; last: number } | undefined {
  if (!joinsPrevious(view, i + 1) || !hasPlaceQualifiedSuffix(view, i, lexicon)) return undefined;
  // `Kongresszentrum Leipzig`, `Rathaus Köln`: a venue before a place is a place (place-names.ts).
  if (lexicon.venuePlaceHeads.has(view.surface[i]!)) return undefined;
  const length = landLength(view, i + 1, lexicon) || placeLength(view, i + 1, lexicon);
  if (length === 0) return undefined;
  return { first: suspendedOpening(view, i, lexicon), last: i + length };
}

/**
 * Where a name opens when a suspended compound joined by `und` stands before its
 * head word at `i` (`Städte- und Gemeindebund`, `Zentral- und Ansprechstelle`): i - 2, else i.
 */
function suspendedOpening(view: TokenView, i: number, lexicon: EntityLexicon): number {
  const suspended = i - 2;
  if (suspended < 0 || view.surface[i - 1] !== lexicon.and || !isWord(view, suspended)) return i;
  return view.flags[suspended]! & Flag.Suspended && view.shape[suspended]! & Shape.Capitalised ? suspended : i;
}

/** `NRW-Wirtschaftsministerium`: a Land, a hyphen, an organisation noun. */
function isLandCompound(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i)) return false;
  const surface = view.surface[i]!;
  const hyphen = surface.indexOf('-');
  if (hyphen <= 0) return false;
  const land = surface.slice(0, hyphen);
  if (!lexicon.laender.has(land)) return false;
  const rest = surface.slice(hyphen + 1).toLowerCase();
  return (
    endsWithAny(rest, lexicon.landCompoundSuffixes) ||
    endsWithAny(withoutGenitiveEnding(rest, lexicon), lexicon.landCompoundSuffixes)
  );
}

/** A legal form (`GmbH`, `e.V.`, `GmbH & Co. KG`) closing up to four capitalised name tokens. */
function companyEndingAt(
  view: TokenView,
  i: number,
  lexicon: EntityLexicon,
): { first: number; last: number } | undefined {
  const singleToken =
    view.kind[i] === Kind.Abbreviation && lexicon.companySuffixKeys.has(abbreviationKey(view.surface[i]!));
  const forms = singleToken ? [[view.surface[i]!]] : lexicon.companySuffixes.get(view.surface[i]!);
  if (forms === undefined) return undefined;
  for (const form of forms) {
    const last = i + form.length - 1;
    if (last >= view.count) continue;
    let matches = true;
    for (let j = 0; j < form.length && matches; j++) matches = view.surface[i + j] === form[j];
    if (!matches || !joinsPrevious(view, i)) continue;
    let first = i;
    for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
      if (!joinsPrevious(view, j + 1)) break;
      const surface = view.surface[j]!;
      const nameToken =
        (isWord(view, j) &&
          (view.shape[j]! & (Shape.Capitalised | Shape.AllCaps)) !== 0 &&
          !lexicon.determiners.has(surface.toLowerCase()) &&
          !lexicon.text.sentenceStarters.has(surface) &&
          !lexicon.roles.has(surface)) ||
        ((surface === '&' || view.kind[j] === Kind.Number) && first < i);
      if (!nameToken) break;
      first = j;
    }
    // The name starts after the last common noun for a company (`Firma`, `Softwareanbieter`), and not with `&` or a
    // number.
    for (let j = i - 1; j >= first; j--) {
      if (isCompanyOpener(view.surface[j]!, lexicon)) {
        first = j + 1;
        break;
      }
    }
    while (first < i && !isWord(view, first)) first++;
    if (first === i) return undefined;
    return { first, last };
  }
  return undefined;
}

/**
 * `amtsklar GmbH`, `govlab.ruhr GmbH`, `ekom21 GmbH`: one or two lower-case, dotted or digit-bearing words directly
 * before a legal form, where no capitalised name stands (companyEndingAt found none).
 */
function lowerCaseCompanyAt(
  view: TokenView,
  i: number,
  lexicon: EntityLexicon,
): { first: number; last: number } | undefined {
  const form = legalFormAt(view, i, lexicon);
  if (form === undefined || !joinsPrevious(view, i)) return undefined;
  let first = i;
  for (let j = i - 1; j >= 0 && i - j <= 2; j--) {
    if (!joinsPrevious(view, j + 1) || !isLowerCaseNameToken(view, j, lexicon)) break;
    first = j;
  }
  return first < i ? { first, last: form } : undefined;
}

/** The last token of the legal form that begins at `i` (`GmbH`, `GmbH & Co. KG`), if one does. */
function legalFormAt(view: TokenView, i: number, lexicon: EntityLexicon): number | undefined {
  if (view.kind[i] === Kind.Abbreviation && lexicon.companySuffixKeys.has(abbreviationKey(view.surface[i]!))) return i;
  for (const form of lexicon.companySuffixes.get(view.surface[i]!) ?? []) {
    const last = i + form.length - 1;
    if (last >= view.count) continue;
    let matches = true;
    for (let j = 0; j < form.length && matches; j++) matches = view.surface[i + j] === form[j];
    if (matches) return last;
  }
  return undefined;
}

function isLowerCaseNameToken(view: TokenView, j: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[j]!;
  if (surface.length < 2) return false;
  if (view.kind[j] === Kind.Url)
    return !surface.includes('/') && !surface.includes('@') && !surface.includes(':') && !surface.startsWith('www.');
  if (view.kind[j] !== Kind.Word || view.shape[j]! & Shape.Capitalised || view.flags[j]! & Flag.Suspended) return false;
  const lower = surface.toLowerCase();
  if (!(view.shape[j]! & Shape.HasDigit) && surface !== lower) return false;
  return !(
    lexicon.determiners.has(lower) ||
    lexicon.nameConjunctions.has(lower) ||
    lexicon.copulas.has(lower) ||
    isCommonWord(lower, lexicon) ||
    // `‑verwaltungs GmbH`: the linking form of a common noun ends a suspended compound.
    (lower.endsWith('s') && isCommonWord(lower.slice(0, -1), lexicon)) ||
    endsWithAny(lower, lexicon.notLowerCompanyNameEndings)
  );
}

/** Whether the capitalised form of a lower-case word is a listed common word (`mit` → `Mit`, `neue` → `Neue`). */
function isCommonWord(lower: string, lexicon: EntityLexicon): boolean {
  return lower.length > 0 && lexicon.commonWords.has(lower[0]!.toUpperCase() + lower.slice(1));
}

function lowerCaseCompany(view: TokenView, span: { first: number; last: number }): EntityCandidate {
  return {
    start: view.starts[span.first]!,
    end: view.ends[span.last]!,
    type: 'ORG',
    confidence: 0.75,
    source: 'pattern:organisation:lower-case-before-legal-form',
  };
}

function isCompanyOpener(surface: string, lexicon: EntityLexicon): boolean {
  return lexicon.companyOpeners.has(surface) || endsWithAny(surface.toLowerCase(), lexicon.companyOpenerEndings);
}

/**
 * `Johannes Gutenberg-Universität Mainz`, `Europa-Universität Viadrina`,
 * `Fraunhofer-Institut`: a compound naming an institution after a person or
 * place, with a first name before it and a place or name after it.
 */
function namedInstitutionAt(
  view: TokenView,
  i: number,
  lexicon: EntityLexicon,
): { first: number; last: number } | undefined {
  if (!isNamedCompound(view, i, lexicon)) return undefined;
  const first = i > 0 && joinsPrevious(view, i) && isFirstName(view, i - 1, lexicon) ? i - 1 : i;
  let last = i;
  if (joinsPrevious(view, i + 1)) {
    const place = placeLength(view, i + 1, lexicon);
    if (place > 0) last = i + place;
    else if (
      isCapitalisedWord(view, i + 1) &&
      !(view.shape[i + 1]! & (Shape.AllCaps | Shape.HasDigit)) &&
      !lexicon.commonWords.has(view.surface[i + 1]!) &&
      !isFirstName(view, i + 1, lexicon)
    ) {
      last = i + 1;
    }
  }
  return { first, last };
}
