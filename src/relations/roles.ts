// The role phrases around a person's name, as German reports write them:
//   `Landrätin Dr. Kirsten Valentin-Ahlers`, `der frühere CIO des Landes, X`   before the name
//   `X, Leiterin des Fachbereichs Bürger und Ordnung der Stadt Osnabrück`       an apposition up to its organisation
//   `X, Chef der Staatskanzlei`                                                  … or to a noun referring back to one
//   `X (CDO, Stadt Y)`, `X (SPD)`                                                brackets
//   `X ist Geschäftsführerin der Y`, `X, die als Projektleiterin …`              a copula or `als`
//   `AKDB-Vorstandsmitglied X`, `SPD-Fraktionsvorsitzender`                      an organisation inside a compound role
// Each phrase keeps its tokens, the role as written (without `ehemalige`,
// articles or the organisation complement), whether it marks a former post,
// and the kinds of body its role noun belongs to.

import type { EntityMention } from '../record.js';
import { keyOf } from '../entities/gazetteer-trie.js';
import { Shape, type TokenView, shapeOf, spanText } from '../text/token-view.js';
import { Flag, Kind } from '../text/token-table.js';
import type { EntityLexicon } from '../entities/entity-lexicon.js';
import type { MentionTokens } from '../entities/mention-tokens.js';
import { kindOfReferenceNoun, roleKinds } from './organisation-kinds.js';
import { ORGANISATION_KINDS, type OrganisationKind, type RelationWords } from './relation-words.js';

/** Possessives that refer a role back to an organisation named before (`Deren Geschäftsführer`). */
const POSSESSIVES = new Set(['dessen', 'deren', 'sein', 'seine', 'seiner', 'ihr', 'ihre', 'ihrer', 'unser', 'unsere']);
/** Tokens a role phrase may run over. */
const MAX_ROLE_TOKENS = 12;
/** Capitalised words between a role noun and the name it stands before (`Fachdienstleiterin Digitalisierung und IT X`). */
const MAX_SPECIFIER_TOKENS = 4;
const MAX_BRACKET_TOKENS = 16;

export interface RolePhrase {
  /** First and last token of the role as written. */
  first: number;
  last: number;
  text: string;
  kinds: readonly OrganisationKind[];
  former: boolean;
  /** The organisation mention the phrase names as its complement (`Leiterin des Y`), or -1. */
  organisation: number;
  /** Kinds meant by a complement that refers back (`Chef der Staatskanzlei`, `Leiterin im Haus`); empty when none. */
  backReference: readonly OrganisationKind[];
  /** That complement's noun in lower case (`staatskanzlei`), or undefined. */
  backReferenceNoun?: string;
  /** A role at an event (`Moderatorin`), not at an organisation. */
  event: boolean;
  /** Opened by a possessive that refers back to an organisation named before (`Deren Vertriebsleiter, X`). */
  possessive?: boolean;
  /** The phrase runs into a person's name: it is that person's role (`…, Erster Kreisrat Malte Fuhrhop`). */
  beforeName: boolean;
  /** First and last token of the whole phrase with its complement: the evidence it gives. */
  spanFirst: number;
  spanLast: number;
}

/** `AKDB-Vorstandsmitglied`: an organisation and a role in one word. */
export interface CompoundRole {
  token: number;
  organisation: string;
  role: string;
  kinds: readonly OrganisationKind[];
  former: boolean;
}

export interface PersonContext {
  mention: number;
  first: number;
  last: number;
  before?: RolePhrase;
  /** A second role noun before the first (`Präsident Bürgermeister X`). */
  beforeOuter?: RolePhrase;
  after?: RolePhrase;
  /** A second role joined to the first with `und` (`…, Bürgermeisterin der Stadt X und Vizepräsidentin des Y`). */
  afterMore?: RolePhrase;
  /** Brackets right after the name: the tokens of `(` and `)`, or -1. */
  bracketOpen: number;
  bracketClose: number;
  /** `(CDO, Stadt Y)`: a role opening the brackets. */
  bracketRole?: RolePhrase;
  compound?: CompoundRole;
  /**
   * An organisation right after the name and a comma, perhaps past brackets (`Anh Dao Pham, ekom21, und …`,
   * `Oberbürgermeisterin X (SPD), Stadt Hameln`): a programme's or caption's layout. -1 when none.
   */
  listed: number;
  /** A programme's label before the name (`Moderation:`), which is no role. */
  label?: string;
  /** The name opens an author, interviewer or photo credit line. */
  byline: boolean;
}

interface Scan {
  view: TokenView;
  words: RelationWords;
  lexicon: EntityLexicon;
  mentions: readonly EntityMention[];
  tokens: MentionTokens;
}

export function personContext(
  view: TokenView,
  mentions: readonly EntityMention[],
  tokens: MentionTokens,
  m: number,
  words: RelationWords,
  lexicon: EntityLexicon,
): PersonContext {
  const scan: Scan = { view, words, lexicon, mentions, tokens };
  const first = tokens.first[m]!;
  const last = tokens.last[m]!;
  const context: PersonContext = {
    mention: m,
    first,
    last,
    bracketOpen: -1,
    bracketClose: -1,
    listed: -1,
    byline: false,
  };
  if (first < 0) return context;

  let next = last + 1;
  if (view.surface[next] === '(' && view.sentence[next] === view.sentence[last]) {
    let close = next + 1;
    while (close < view.count && close <= next + MAX_BRACKET_TOKENS && view.surface[close] !== ')') close++;
    if (view.surface[close] === ')') {
      context.bracketOpen = next;
      context.bracketClose = close;
      const role = rolePhraseAt(scan, next + 1, close);
      if (role) context.bracketRole = role;
      next = close + 1;
    }
  }
  context.listed = organisationAfterComma(scan, next);
  context.after = roleAfter(scan, next, first);
  // `Bürgermeisterin der Stadt X und Vizepräsidentin des Y`: a second role after the first's organisation.
  const joined = context.after ? context.after.spanLast + 1 : -1;
  // `…, bis 2025 CIO der Stadt Wetzlar, heute Berater bei der Lahnwerk Consulting GmbH`: after a comma, a time adverb.
  const separator = view.surface[joined];
  if (context.after && (separator === 'und' || separator === 'sowie' || separator === ',')) {
    const more = separator === ',' ? roleAfterAdverbial(scan, joined + 1) : rolePhraseAt(scan, joined + 1, view.count);
    if (more && !more.beforeName && view.sentence[joined + 1] === view.sentence[last])
      context.afterMore = separator === ',' ? withListedOrganisation(scan, more) : more;
  }
  const before = roleBefore(scan, first);
  if (before.role) context.before = before.role;
  if (before.outer) context.beforeOuter = before.outer;
  if (before.compound) context.compound = before.compound;
  if (before.label) context.label = before.label;
  context.byline = before.byline;
  // `X, AKDB-Vorstandsmitglied, sagte`, `X, HSGB-Referent für Digitalisierung`: a compound role in the apposition,
  // whose role is the compound's part with the words after it.
  if (!context.compound && context.after && context.after.organisation < 0) {
    const compound = compoundRole(scan, context.after.first, context.after.former);
    if (compound && context.after.last > context.after.first)
      compound.role = `${compound.role} ${spanText(view, context.after.first + 1, context.after.last)}`;
    if (compound) context.compound = compound;
  }
  return context;
}

/** The organisation mention after a comma at token i, in the same sentence and line, or -1. */
function organisationAfterComma(scan: Scan, i: number): number {
  const { view, tokens, mentions } = scan;
  if (i + 1 >= view.count || view.surface[i] !== ',' || view.sentence[i + 1] !== view.sentence[i]) return -1;
  if (view.flags[i + 1]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) return -1;
  const m = tokens.startingAt[i + 1]!;
  return m >= 0 && mentions[m]!.type === 'ORG' ? m : -1;
}

/**
 * A role phrase after the name: `, ROLE …`, `, die als ROLE …`, ` ist ROLE der …`, `, ROLE, ORG`; in a
 * signature, the name alone on its line and the role on the next (`Dr. Konstantin Hrabal⏎Geschäftsführer der …`).
 */
function roleAfter(scan: Scan, i: number, name: number): RolePhrase | undefined {
  const { view, words, lexicon } = scan;
  if (i >= view.count) return undefined;
  if (view.sentence[i] !== view.sentence[i - 1]) {
    const signature =
      view.flags[i]! & Flag.NewlineBefore &&
      !(view.flags[i]! & Flag.BlankLineBefore) &&
      opensLine(view, name) &&
      isRoleNoun(view, i, words);
    if (!signature) return undefined;
    const role = rolePhraseAt(scan, i, view.count);
    return role?.beforeName ? undefined : role && withListedOrganisation(scan, role);
  }
  if (view.surface[i] === ',') {
    i++;
    // `…, die als Projektleiterin …`, `…, der seit 2020 Leiter …` are left to the model; `…, die als` is read here.
    if (isArticle(view.norm[i]) && words.roleIntroducers.has(view.surface[i + 1] ?? '')) i += 2;
  } else if (lexicon.copulas.has(view.surface[i]!) || words.roleIntroducers.has(view.surface[i]!)) i++;
  else return undefined;
  if (isArticle(view.norm[i]) && view.sentence[i] === view.sentence[i - 1]) i++;
  const role = rolePhraseAt(scan, i, view.count) ?? roleAfterAdverbial(scan, i);
  if (role?.beforeName) return undefined;
  return role && withListedOrganisation(scan, role);
}

/** Tokens an adverbial of time may run over before its role (`seit drei Jahren`). */
const MAX_ADVERBIAL_TOKENS = 3;

/**
 * A role after an adverb of time: `ist seit 2021 Landrätin des …`, `, heute Berater bei der …`; one after `bis`,
 * `zuvor`, `früher` is a former post (`, bis 2025 CIO der Stadt Wetzlar`).
 */
function roleAfterAdverbial(scan: Scan, i: number): RolePhrase | undefined {
  const { view, words, tokens } = scan;
  if (i >= view.count || !isWordToken(view, i)) return undefined;
  const former = words.formerAdverbials.has(view.norm[i]!);
  if (!former && !words.roleAdverbials.has(view.norm[i]!)) return undefined;
  for (let j = i + 1; j <= i + MAX_ADVERBIAL_TOKENS && j < view.count && view.sentence[j] === view.sentence[i]; j++) {
    if (tokens.startingAt[j]! >= 0 || view.surface[j] === ',') return undefined;
    const role = rolePhraseAt(scan, j, view.count);
    if (role) return { ...role, former: role.former || former, spanFirst: i };
  }
  return undefined;
}

/** Whether at most two tokens stand before token `name` on its line (`Ihr Dr. X`, `i. A. X`). */
function opensLine(view: TokenView, name: number): boolean {
  for (let i = name; i >= 0 && i >= name - 2; i--)
    if (i === 0 || view.flags[i]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) return true;
  return false;
}

/**
 * `Kai-Uwe Brandl, Agile Coach, Komm.ONE`: the organisation after the role's comma belongs to the role; so does
 * one that opens the next line of a signature.
 */
function withListedOrganisation(scan: Scan, role: RolePhrase): RolePhrase {
  const { view, tokens, mentions } = scan;
  if (role.organisation >= 0 || role.backReference.length > 0) return role;
  const next = role.spanLast + 1;
  let organisation = view.surface[next] === ',' ? tokens.startingAt[next + 1]! : -1;
  if (organisation >= 0 && view.sentence[next + 1] !== view.sentence[role.last]) organisation = -1;
  // A signature: `Jana Pfeiffer, Referentin für Presse- und Öffentlichkeitsarbeit⏎Bundesverband Digitale Kommune e. V.`
  const newLine =
    next < view.count && view.flags[next]! & Flag.NewlineBefore && !(view.flags[next]! & Flag.BlankLineBefore);
  if (organisation < 0 && newLine) organisation = tokens.startingAt[next]!;
  if (organisation >= 0 && mentions[organisation]!.type === 'ORG')
    return { ...role, organisation, spanLast: tokens.last[organisation]! };
  return role;
}

/**
 * The role phrase opening at token i, which ends before token `limit`: former
 * marker, modifiers, a role noun, then capitalised words and inner words up to
 * an organisation (its complement), a noun referring back to one, or the end
 * of the phrase.
 */
function rolePhraseAt(scan: Scan, i: number, limit: number): RolePhrase | undefined {
  const { view, words, tokens, mentions } = scan;
  const sentence = view.sentence[i];
  let former = false;
  if (i < limit && isFormerWord(view.surface[i]!, words)) {
    former = true;
    i++;
  }
  const skippedFrom = i;
  while (i < limit && words.skippedModifiers.has(view.surface[i]!)) i++;
  const spanFirst = i;
  let head = -1;
  let j = i;
  for (; j < limit && j < i + 4 && tokens.startingAt[j]! < 0 && view.sentence[j] === sentence; j++) {
    if (isRoleNoun(view, j, words)) {
      head = j;
      break;
    }
    if (!words.roleModifiers.has(view.surface[j]!) && !isCapitalisedAdjective(view, j, scan.lexicon)) break;
  }
  if (head < 0) return undefined;
  let last = head;
  let pending = 0;
  let organisation = -1;
  let backReference: readonly OrganisationKind[] = [];
  let backReferenceNoun: string | undefined;
  let beforeName = false;
  let spanLast = head;
  for (let k = head + 1; k < limit && k - spanFirst < MAX_ROLE_TOKENS && view.sentence[k] === sentence; k++) {
    if (view.flags[k]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) break;
    const surface = view.surface[k]!;
    const startsMention = tokens.startingAt[k]!;
    if (startsMention >= 0) {
      // An organisation after a link word (`des`, `im`, `bei der`) is the role's organisation.
      if (pending > 0 && mentions[startsMention]!.type === 'ORG' && isLinkBefore(view, k, pending, words)) {
        organisation = startsMention;
        spanLast = tokens.last[startsMention]!;
      }
      if (pending === 0 && mentions[startsMention]!.type === 'PER') beforeName = true;
      break;
    }
    const reference = pending === 0 ? backReferenceAt(view, k, words) : undefined;
    if (reference) {
      backReference = reference.kinds;
      backReferenceNoun = reference.noun;
      spanLast = reference.last;
      break;
    }
    // `Geschäftsführerin der Nürnberger Formwerk Franken GmbH`: capitalised words between the link and the organisation.
    const complement = pending > 0 ? organisationAfterWords(scan, k) : -1;
    if (complement >= 0 && isLinkBefore(view, k, pending, words)) {
      organisation = complement;
      spanLast = tokens.last[complement]!;
      break;
    }
    if (
      isWordToken(view, k) &&
      (view.shape[k]! & (Shape.Capitalised | Shape.AllCaps) || words.roleWords.has(surface))
    ) {
      if (tokens.covered[k]) break;
      last = k;
      pending = 0;
      continue;
    }
    // `HSGB-Vizepräsidentin und Bürgermeisterin der Gemeinde Lahnau`: two roles, the second read on its own.
    if ((surface === 'und' || surface === 'sowie') && pending === 0 && isRoleNoun(view, k + 1, words)) break;
    if (isWordToken(view, k) && words.roleInnerWords.has(surface) && pending < 2) {
      pending++;
      continue;
    }
    // `Referentin für Presse- und Öffentlichkeitsarbeit`: a suspended compound before `und`.
    if (view.flags[k]! & Flag.Suspended && view.surface[k + 1] === 'und') {
      pending = 1;
      k++;
      continue;
    }
    break;
  }
  if (organisation < 0 && backReference.length === 0) spanLast = last;
  return {
    first: spanFirst,
    last,
    text: spanText(view, spanFirst, last),
    kinds: roleKinds(view.surface[head]!, words),
    former: former || endsWithFormerSuffix(view, last, words),
    organisation,
    backReference,
    ...(backReferenceNoun !== undefined && { backReferenceNoun }),
    event: words.eventRoles.has(view.surface[head]!),
    beforeName,
    spanFirst: former ? skippedFrom - 1 : skippedFrom,
    spanLast,
  };
}

/** The organisation mention after one or two capitalised words at token k (`Nürnberger Formwerk …`), or -1. */
function organisationAfterWords(scan: Scan, k: number): number {
  const { view, tokens, mentions } = scan;
  for (let j = k; j <= k + 1 && j + 1 < view.count; j++) {
    if (
      !isWordToken(view, j) ||
      !(view.shape[j]! & Shape.Capitalised) ||
      tokens.covered[j] ||
      isRoleNoun(view, j, scan.words)
    )
      return -1;
    const next = tokens.startingAt[j + 1]!;
    if (next >= 0) return mentions[next]!.type === 'ORG' && view.sentence[j + 1] === view.sentence[k] ? next : -1;
  }
  return -1;
}

interface Before {
  role?: RolePhrase;
  outer?: RolePhrase;
  compound?: CompoundRole;
  label?: string;
  byline: boolean;
}

/** What stands before the name: a role (`Landrätin X`, `Erster Kreisrat X`), a compound role, a label, a byline. */
function roleBefore(scan: Scan, name: number): Before {
  const { view, words, tokens, mentions } = scan;
  const sentence = view.sentence[name];
  const before: Before = { byline: isByline(view, name, words) };
  let i = name - 1;
  if (i < 0 || view.sentence[i] !== sentence) return before;
  // `Moderation: Lea Brückner`; `Geschäftsführerin ist Dr. Sabine Oelkers`.
  if (view.surface[i] === ':') {
    const label = view.surface[i - 1];
    if (label !== undefined && words.speakerLabels.has(label)) {
      before.label = label;
      return before;
    }
    i--;
  } else if (scan.lexicon.copulas.has(view.surface[i]!)) i--;
  // `Der Präsident des BSI, Claudia Plattner`: a role with its organisation before the name;
  // `Die zuständige Dezernentin des Landkreises, X`, `Deren Vertriebsleiter für Oberbayern, X`: one that refers back.
  if (view.surface[i] === ',') {
    const organisation = mentionEndingAt(scan, i - 1);
    const role =
      organisation >= 0 && mentions[organisation]!.type === 'ORG'
        ? roleBeforeOrganisation(scan, tokens.first[organisation]!, organisation)
        : roleBeforeComma(scan, i);
    if (role) before.role = role;
    return before;
  }
  // The role noun, perhaps with capitalised words between it and the name.
  let head = -1;
  for (let k = i; k >= 0 && k >= i - MAX_SPECIFIER_TOKENS && view.sentence[k] === sentence; k--) {
    if (tokens.covered[k] || view.flags[k + 1]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) break;
    if (isRoleNoun(view, k, words)) {
      head = k;
      break;
    }
    const surface = view.surface[k]!;
    if (scan.lexicon.personTitles.has(surface.replace(/\s/g, ''))) break;
    if (!(isWordToken(view, k) && (view.shape[k]! & Shape.Capitalised || surface === 'und' || surface === 'für')))
      break;
  }
  if (head < 0) return before;
  const compound = compoundRole(scan, head, false);
  let first = head;
  while (
    first > 0 &&
    view.sentence[first - 1] === sentence &&
    !tokens.covered[first - 1] &&
    !(view.flags[first]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) &&
    (words.roleModifiers.has(view.surface[first - 1]!) || isCapitalisedAdjective(view, first - 1, scan.lexicon))
  )
    first--;
  let outer = first;
  while (outer > 0 && view.sentence[outer - 1] === sentence && words.skippedModifiers.has(view.surface[outer - 1]!))
    outer--;
  const former = outer > 0 && view.sentence[outer - 1] === sentence && isFormerWord(view.surface[outer - 1]!, words);
  // `Ihr Geschäftsführer Dr. Matteo Crivelli`: a possessive refers back to the organisation named before.
  const opener = outer - (former ? 2 : 1);
  const possessive = opener >= 0 && view.sentence[opener] === sentence && POSSESSIVES.has(view.norm[opener]!);
  // `Präsident Bürgermeister Franz X`: a second role noun before the first.
  const outerHead = outer - 1;
  if (
    outerHead >= 0 &&
    view.sentence[outerHead] === sentence &&
    !tokens.covered[outerHead] &&
    !(view.flags[outer]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) &&
    isRoleNoun(view, outerHead, words)
  ) {
    before.outer = {
      first: outerHead,
      last: outerHead,
      text: view.surface[outerHead]!,
      kinds: roleKinds(view.surface[outerHead]!, words),
      former: false,
      organisation: -1,
      backReference: [],
      event: words.eventRoles.has(view.surface[outerHead]!),
      beforeName: true,
      spanFirst: outerHead,
      spanLast: outerHead,
    };
  }
  // `Ex-Landrat`: the prefix marks the former post and is no part of the role.
  const prefix = words.formerPrefixes.find(
    (p) => view.surface[first]!.startsWith(p) && view.surface[first]!.length > p.length + 2,
  );
  const role: RolePhrase = {
    first,
    last: i,
    text: spanText(view, first, i).slice(prefix?.length ?? 0),
    kinds: roleKinds(view.surface[head]!.slice(first === head ? (prefix?.length ?? 0) : 0), words),
    former: former || prefix !== undefined,
    organisation: -1,
    backReference: possessive ? ORGANISATION_KINDS : [],
    ...(possessive && { possessive }),
    event: words.eventRoles.has(view.surface[head]!),
    beforeName: true,
    spanFirst: possessive ? opener : former ? outer - 1 : outer,
    spanLast: i,
  };
  if (compound) {
    compound.former ||= role.former;
    before.compound = compound;
  }
  // `SPD-Abgeordnete X`: for any other organisation the role is the compound's role part.
  before.role = compound && first === head ? { ...role, text: compound.role, kinds: compound.kinds } : role;
  return before;
}

/** `Präsidentin des BSI` before a name: a role noun, a link word, the organisation. */
function roleBeforeOrganisation(scan: Scan, organisationFirst: number, organisation: number): RolePhrase | undefined {
  const { view, words } = scan;
  let i = organisationFirst - 1;
  let links = 0;
  while (i >= 0 && links < 2 && isWordToken(view, i) && words.roleLinks.has(view.norm[i]!)) {
    i--;
    links++;
  }
  if (links === 0 || i < 0 || !isRoleNoun(view, i, words)) return undefined;
  let first = i;
  while (first > 0 && words.roleModifiers.has(view.surface[first - 1]!)) first--;
  const former = first > 0 && isFormerWord(view.surface[first - 1]!, words);
  return {
    first,
    last: i,
    text: spanText(view, first, i),
    kinds: roleKinds(view.surface[i]!, words),
    former,
    organisation,
    backReference: [],
    event: words.eventRoles.has(view.surface[i]!),
    beforeName: true,
    spanFirst: former ? first - 1 : first,
    spanLast: scan.tokens.last[organisation]!,
  };
}

/**
 * A role phrase that ends at the comma before a name and refers back: by a
 * noun (`Dezernentin des Landkreises, X`) or a possessive before it (`Deren
 * Vertriebsleiter für Oberbayern, X`, `Dessen Vorsitzende, X`).
 */
function roleBeforeComma(scan: Scan, comma: number): RolePhrase | undefined {
  const { view, words, tokens } = scan;
  const sentence = view.sentence[comma];
  for (let k = comma - 1; k >= 0 && k >= comma - MAX_ROLE_TOKENS && view.sentence[k] === sentence; k--) {
    if (tokens.covered[k] || !isRoleNoun(view, k, words)) continue;
    let start = k;
    while (
      start > 0 &&
      (words.roleModifiers.has(view.surface[start - 1]!) || words.skippedModifiers.has(view.surface[start - 1]!))
    )
      start--;
    const role = rolePhraseAt(scan, start, comma);
    if (!role || role.spanLast !== comma - 1) continue;
    const opener = view.sentence[start - 1] === sentence ? view.norm[start - 1] : undefined;
    if (opener !== undefined && POSSESSIVES.has(opener))
      return {
        ...role,
        backReference: role.backReference.length > 0 ? role.backReference : ORGANISATION_KINDS,
        possessive: true,
        spanFirst: start - 1,
      };
    // `Der zuständige Minister, Dr. X (CDU), …`: a role with its article before the name.
    return role.backReference.length > 0 || isArticle(opener) ? role : undefined;
  }
  return undefined;
}

/** `AKDB-Vorstandsmitglied` → AKDB and `Vorstandsmitglied`; `SPD-Fraktionsvorsitzender` → SPD and `Fraktionsvorsitzender`. */
function compoundRole(scan: Scan, i: number, former: boolean): CompoundRole | undefined {
  const { view, words, lexicon } = scan;
  const surface = view.surface[i]!;
  const hyphen = surface.indexOf('-');
  if (hyphen <= 0 || hyphen >= surface.length - 2) return undefined;
  const organisation = surface.slice(0, hyphen);
  const role = surface.slice(hyphen + 1);
  if (words.formerPrefixes.some((prefix) => surface.startsWith(prefix))) return undefined;
  // `Open-Data-Beauftragter`, `IT-Leiter`: no organisation in front.
  if (!/^\p{Lu}/u.test(role) || !isRoleWord(role, words)) return undefined;
  // A party, an abbreviation (`AKDB`, `BITKOM`), or a name the document gives an organisation elsewhere
  // (`Gemeindebund-Präsident`, `Quellwerk-Geschäftsführer`).
  const named =
    words.parties.has(organisation) ||
    (/^\p{Lu}[\p{Lu}\d]+$/u.test(organisation) &&
      !lexicon.commonWords.has(organisation) &&
      !words.notOrganisations.has(organisation)) ||
    scan.mentions.some(
      (m) =>
        m.type === 'ORG' &&
        (m.text === organisation || m.canonical === organisation || m.text.startsWith(`${organisation} `)),
    ) ||
    isListedOrganisation(organisation, lexicon, words);
  if (!named) return undefined;
  return { token: i, organisation, role, kinds: roleKinds(role, words), former };
}

/** A name the gazetteers list as an organisation (`Bitkom` in `Bitkom-Referentin`). */
function isListedOrganisation(name: string, lexicon: EntityLexicon, words: RelationWords): boolean {
  const cache = words.cache.listedOrganisations;
  let listed = cache.get(name);
  if (listed === undefined) {
    if (cache.size >= 50_000) cache.clear();
    cache.set(name, (listed = listsOrganisation(name, lexicon)));
  }
  return listed;
}

function listsOrganisation(name: string, lexicon: EntityLexicon): boolean {
  if (!/^\p{Lu}[\p{L}\d.]+$/u.test(name) || lexicon.commonWords.has(name)) return false;
  const norm = name.toLowerCase();
  const shape = shapeOf(name);
  const key = keyOf(norm, lexicon.text.stem(norm), Kind.Word, shape);
  return lexicon.gazetteer.entryForKey(key, norm)?.type === 'ORG';
}

/** The mention that ends at token i, or -1. */
function mentionEndingAt(scan: Scan, i: number): number {
  if (i < 0 || !scan.tokens.covered[i]) return -1;
  let k = i;
  while (k > 0 && scan.tokens.startingAt[k]! < 0) k--;
  const m = scan.tokens.startingAt[k]!;
  return m >= 0 && scan.tokens.last[m] === i ? m : -1;
}

/** Whether the `pending` words before token k form a link (`des`, `im`, `bei der`, `von der`). */
function isLinkBefore(view: TokenView, k: number, pending: number, words: RelationWords): boolean {
  const links = words.roleLinks.get(view.norm[k - pending]!);
  if (!links) return false;
  const written = view.norm.slice(k - pending, k).join(' ');
  return links.includes(written) || (pending === 2 && links.includes(view.norm[k - 2]!) && isArticle(view.norm[k - 1]));
}

/** `der Staatskanzlei`, `im Haus`, `in der Senatskanzlei` at token k: the kinds it refers back to. */
export function backReferenceAt(
  view: TokenView,
  k: number,
  words: RelationWords,
): { kinds: readonly OrganisationKind[]; noun: string; last: number } | undefined {
  if (!isWordToken(view, k) || !(view.shape[k]! & Shape.LowerInitial) || !words.referenceOpeners.has(view.surface[k]!))
    return undefined;
  // `in der Staatskanzlei`, then `des Hauses`: the listed phrases, looked up only where their noun stands.
  for (let length = 3; length >= 2; length--) {
    const noun = k + length - 1;
    if (noun >= view.count || !words.referenceNouns.has(view.surface[noun]!)) continue;
    const key =
      length === 3
        ? `${view.surface[k]} ${view.surface[k + 1]} ${view.surface[noun]}`
        : `${view.surface[k]} ${view.surface[noun]}`;
    const kinds = words.backReferences.get(key);
    // Only where the noun ends the phrase: `der Stadt` is no back reference in `der Stadt Osnabrück`.
    if (kinds && !isCapitalisedName(view, noun + 1)) return { kinds, noun: view.norm[noun]!, last: noun };
  }
  // `der Stadtgemeinde`, `des Landratsamts`, `im Bezirksamt`: a link, perhaps an article, and a noun that names a
  // kind of body, with no name after it.
  if (!words.roleLinks.has(view.norm[k]!)) return undefined;
  const noun = isArticle(view.norm[k + 1]) ? k + 2 : k + 1;
  if (noun >= view.count || !isWordToken(view, noun) || !(view.shape[noun]! & Shape.Capitalised)) return undefined;
  const kind = kindOfReferenceNoun(view.norm[noun]!, words);
  if (kind === undefined || kind === 'party' || kind === 'company' || isCapitalisedName(view, noun + 1))
    return undefined;
  return { kinds: [kind], noun: view.norm[noun]!, last: noun };
}

function isCapitalisedName(view: TokenView, i: number): boolean {
  return (
    i < view.count &&
    isWordToken(view, i) &&
    (view.shape[i]! & Shape.Capitalised) !== 0 &&
    !(view.flags[i]! & (Flag.NewlineBefore | Flag.BlankLineBefore))
  );
}

/** A role noun: listed, or a capitalised word ending in a role's head (`Oberbürgermeisterin`, `IT-Leiter`). */
export function isRoleNoun(view: TokenView, i: number, words: RelationWords): boolean {
  if (!isWordToken(view, i)) return false;
  return view.answers.answer(roleNounQuestion, view, i, words);
}

const roleNounQuestion = (view: TokenView, i: number, words: RelationWords): boolean => {
  const surface = view.surface[i]!;
  if (words.roleWords.has(surface) || words.bodyRoles.has(surface)) return true;
  if (!(view.shape[i]! & Shape.Capitalised) || words.notRoles.has(surface)) return false;
  return isRoleWord(surface, words);
};

/** Whether a name is a role noun (`Bundesminister` taken for an organisation), kept per name. */
export function isRoleName(name: string, words: RelationWords): boolean {
  const cache = words.cache.roleNames;
  let answer = cache.get(name);
  if (answer === undefined) {
    if (cache.size >= 50_000) cache.clear();
    cache.set(name, (answer = isRoleWord(name, words)));
  }
  return answer;
}

function isRoleWord(surface: string, words: RelationWords): boolean {
  if (words.roleWords.has(surface) || words.bodyRoles.has(surface)) return true;
  if (words.notRoles.has(surface)) return false;
  const lower = surface.toLowerCase();
  for (const head of words.roleHeads) {
    if (!lower.endsWith(head)) continue;
    const before = lower.length - head.length;
    // `Rat` and `Lead` alone are no roles; `Landrat`, `Stadträtin` are.
    if (before === 0 && (head === 'rat' || head === 'rätin' || head === 'lead' || head === 'master')) return false;
    return true;
  }
  return false;
}

function isCapitalisedAdjective(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  return (
    isWordToken(view, i) &&
    (view.shape[i]! & Shape.Capitalised) !== 0 &&
    !(view.shape[i]! & Shape.AllCaps) &&
    lexicon.capitalisedAdjectiveEndings.some((ending) => surface.endsWith(ending))
  );
}

function isWordToken(view: TokenView, i: number): boolean {
  const kind = view.kind[i];
  return i >= 0 && i < view.count && (kind === Kind.Word || kind === Kind.Abbreviation);
}

export function isArticle(norm: string | undefined): boolean {
  return norm === 'der' || norm === 'die' || norm === 'das' || norm === 'den' || norm === 'dem' || norm === 'des';
}

function isFormerWord(surface: string, words: RelationWords): boolean {
  return words.formerWords.has(surface);
}

function endsWithFormerSuffix(view: TokenView, last: number, words: RelationWords): boolean {
  const next = view.surface[last + 1];
  return next !== undefined && words.formerSuffixes.includes(next);
}

/** The name opens an author, interviewer or credit line: `Von X`, `Text: X`, `Interview: X`. */
function isByline(view: TokenView, first: number, words: RelationWords): boolean {
  let i = first - 1;
  if (view.surface[i] === ':') i--;
  if (i < 0 || !words.bylines.has(view.surface[i]!)) return false;
  return (
    i === 0 || (view.flags[i]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) !== 0 || /[·|]/.test(view.surface[i - 1]!)
  );
}
