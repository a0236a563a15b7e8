// Who holds which role for which organisation, read from the ways German
// reports introduce people:
//   `Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW`   apposition: role + organisation
//   `…, Referentin im Programmbereich X der KGSt`           role phrase up to the organisation
//   `Kerstin Krüger (Materna)`, `(Infora/Cassini)`          organisations in brackets
//   `Jasmin Deling vom Ministerium des Innern NRW`          `von`/`vom`/`bei` + organisation
//   `Moderatorin Svenja Harms`                              role word before the name
// A relation is stated within one sentence: its stretch of text lies in the
// person's sentence, or there is no relation.

import type { EntityMention, Relation } from '../record.js';
import { type AnalysedText, sentenceHolding } from '../text/analysed-text.js';
import { Flag } from '../text/token-table.js';
import type { EntityLexicon } from './entity-lexicon.js';
import { mentionTokens } from './mention-tokens.js';
import { endsWithAny, isCapitalisedWord, isWord, looksLikeAdjective } from './token-tests.js';
import { Shape, type TokenView, spanText } from '../text/token-view.js';

const MAX_ROLE_TOKENS = 10;
const MAX_BRACKET_TOKENS = 16;

export function extractRelations(
  doc: AnalysedText,
  mentions: readonly EntityMention[],
  lexicon: EntityLexicon,
): Relation[] {
  if (!mentions.some((mention) => mention.type === 'PER')) return [];
  const view = doc.view;
  const tokens = mentionTokens(view, mentions);
  /** The index of the organisation mention starting at token i, or -1. */
  const organisationAt = (i: number): number => {
    const at = i < view.count ? tokens.startingAt[i]! : -1;
    return at >= 0 && mentions[at]!.type === 'ORG' ? at : -1;
  };
  const relations: Relation[] = [];
  const push = (
    personMention: number,
    role: string | undefined,
    organisationMention: number,
    start: number,
    end: number,
  ) => {
    const person = mentions[personMention]!;
    if (sentenceHolding(doc, start, end) !== person.sentence) return;
    relations.push({
      person: person.canonical,
      personMention,
      ...(role !== undefined && { role }),
      ...(organisationMention >= 0 && {
        organisation: mentions[organisationMention]!.canonical,
        organisationMention,
      }),
      start,
      end,
      sentence: person.sentence,
    });
  };

  for (let p = 0; p < mentions.length; p++) {
    const person = mentions[p]!;
    const first = tokens.first[p]!;
    if (person.type !== 'PER' || first < 0) continue;
    const next = tokens.last[p]! + 1;
    const following = view.surface[next];
    // `Oberbürgermeister Marco Kuhn (Stadt Köln)`, `Moderation: Lea Brückner`: a role word right before the name.
    const inSentence = (i: number): boolean => view.sentence[i] === view.sentence[first];
    let roleBefore =
      first > 0 && lexicon.roles.has(view.surface[first - 1]!) && inSentence(first - 1) ? first - 1 : undefined;
    // `Moderation: Lea Brückner`, `Geschäftsführerin ist Dr. Sabine Oelkers`.
    const link = view.surface[first - 1];
    if (
      roleBefore === undefined &&
      first > 1 &&
      (link === ':' || lexicon.copulas.has(link ?? '')) &&
      lexicon.roles.has(view.surface[first - 2]!) &&
      inSentence(first - 2)
    ) {
      roleBefore = first - 2;
    }
    const evidenceStart = roleBefore === undefined ? person.start : view.starts[roleBefore]!;
    const defaultRole = roleBefore === undefined ? undefined : view.surface[roleBefore]!;

    if (following === '(') {
      // `(Materna)`, `(Infora/Cassini)`, `(CDO, Landeshauptstadt Düsseldorf)`.
      let i = next + 1;
      let role = defaultRole;
      const roleLast = roleSpan(view, i, lexicon, tokens.startingAt);
      if (roleLast !== undefined && (view.surface[roleLast + 1] === ',' || view.surface[roleLast + 1] === ')')) {
        role = spanText(view, i, roleLast);
        i = roleLast + 1;
      }
      let found = false;
      for (; i < view.count && i < next + MAX_BRACKET_TOKENS && view.surface[i] !== ')' && inSentence(i); i++) {
        const organisation = organisationAt(i);
        if (organisation < 0) continue;
        push(p, role, organisation, evidenceStart, mentions[organisation]!.end);
        found = true;
        i = tokens.last[organisation]!;
      }
      if (!found && role !== undefined)
        push(p, role, -1, evidenceStart, roleLast === undefined ? person.end : view.ends[roleLast]!);
      continue;
    }

    if (following === ',') {
      // Speaker lists: `Dr. Timo Haberkorn, ekom21`, `Kai-Uwe Brandl, Agile Coach, Komm.ONE`.
      const listed = organisationAt(next + 1);
      if (listed >= 0) {
        push(p, defaultRole, listed, evidenceStart, mentions[listed]!.end);
        continue;
      }
      // `…, Beigeordneter des Landkreistags NRW`, `…, CDO der Landeshauptstadt Düsseldorf`.
      const roleFirst = next + 1;
      const roleLast = roleSpan(view, roleFirst, lexicon, tokens.startingAt);
      if (roleLast !== undefined) {
        const role = spanText(view, roleFirst, roleLast);
        let organisation = organisationAfter(view, roleLast + 1, organisationAt);
        if (organisation < 0 && view.surface[roleLast + 1] === ',') organisation = organisationAt(roleLast + 2);
        if (organisation >= 0) {
          push(p, role, organisation, evidenceStart, mentions[organisation]!.end);
          continue;
        }
        if (isListedRole(view.surface[roleFirst]!, lexicon) || view.surface[roleLast + 1] === ',') {
          push(p, role, -1, evidenceStart, view.ends[roleLast]!);
          continue;
        }
      }
    }

    if (following !== undefined && lexicon.affiliationPrepositions.has(following)) {
      const organisation = organisationAfter(view, next, organisationAt);
      if (organisation >= 0) push(p, defaultRole, organisation, evidenceStart, mentions[organisation]!.end);
      continue;
    }

    if (defaultRole !== undefined) push(p, defaultRole, -1, evidenceStart, person.end);
  }
  return relations;
}

/** The organisation mention at `i`, after at most two lower-case words (`des`, `bei der`, `im`), or -1. */
function organisationAfter(view: TokenView, i: number, organisationAt: (i: number) => number): number {
  for (let hops = 0; hops <= 2 && i < view.count; hops++, i++) {
    const organisation = organisationAt(i);
    if (organisation >= 0) return organisation;
    if (!isWord(view, i) || !(view.shape[i]! & Shape.LowerInitial)) return -1;
  }
  return -1;
}

function isListedRole(word: string, lexicon: EntityLexicon): boolean {
  return lexicon.roles.has(word) || lexicon.roleModifiers.has(word);
}

/**
 * The last token of a role phrase opening at `first` (a listed role, a role
 * modifier, or a capitalised noun with a role ending), running over capitalised
 * words and `im`/`für`/`des` until an entity mention, punctuation or the
 * sentence end; undefined when no role opens there.
 */
function roleSpan(
  view: TokenView,
  first: number,
  lexicon: EntityLexicon,
  mentionStarts: Int32Array,
): number | undefined {
  const opener = view.surface[first];
  if (opener === undefined || mentionStarts[first]! >= 0) return undefined;
  const isRoleNoun = (i: number) =>
    isListedRole(view.surface[i]!, lexicon) ||
    (isCapitalisedWord(view, i) && endsWithAny(view.surface[i]!, lexicon.roleEndings));
  // `Agile Coach`, `Leitender Regierungsdirektor`: a capitalised adjective before a role noun opens it too.
  const opens =
    isRoleNoun(first) ||
    (isCapitalisedWord(view, first) &&
      looksLikeAdjective(opener, lexicon) &&
      first + 1 < view.count &&
      isRoleNoun(first + 1));
  if (!opens) return undefined;
  let last = first;
  let pendingConnectors = 0;
  for (let i = first + 1; i < view.count && i - first < MAX_ROLE_TOKENS; i++) {
    if (mentionStarts[i]! >= 0 || view.sentence[i] !== view.sentence[first]) break;
    const surface = view.surface[i]!;
    if (
      isCapitalisedWord(view, i) ||
      lexicon.roles.has(surface) ||
      (isWord(view, i) && view.shape[i]! & Shape.AllCaps)
    ) {
      last = i;
      pendingConnectors = 0;
      continue;
    }
    if (isWord(view, i) && lexicon.roleInnerWords.has(surface) && pendingConnectors < 2) {
      pendingConnectors++;
      continue;
    }
    // `Referentin für Presse- und Öffentlichkeitsarbeit`: a suspended compound before `und`.
    if (isWord(view, i) && view.flags[i]! & Flag.Suspended && view.surface[i + 1] === lexicon.and) {
      pendingConnectors = 1;
      i++;
      continue;
    }
    break;
  }
  return last;
}
