// The coreference pass: names the document has introduced count wherever they
// recur. A surname names the person introduced earlier (`Kuhn` → `Marco Kuhn`,
// source `context:surname`), and vouches for an unlisted first name before it
// (`W. Buffet` … `Warren Buffet`, whose fuller name becomes the person's
// canonical name); a short form defined in brackets (source
// `context:definition`, bracketed-short-forms.ts) names its long form again.

import type { EntityMention, EntityType } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import type { TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import { mentionTokens } from '../mention-tokens.js';
import { isCapitalisedWord, isKnownNonPerson, isNameWord, isWord } from '../token-tests.js';
import { AddedMentions, mergeMentions, renameCanonicals } from './added-mentions.js';
import { surnamesOfPeople } from './listed-surnames.js';

interface ShortForm {
  type: EntityType;
  canonical: string;
}

export function linkRecurringNames(
  doc: AnalysedText,
  mentions: EntityMention[],
  lexicon: EntityLexicon,
): EntityMention[] {
  if (mentions.length === 0) return mentions;
  const { view } = doc;
  const people = surnamesOfPeople(view, mentions);
  const tokens = mentionTokens(view, mentions);
  const shortForms = definedShortForms(view, mentions, tokens.first, tokens.last);
  if (people.size === 0 && shortForms.size === 0) return mentions;

  const { covered, startingAt } = tokens;
  const added = new AddedMentions(doc, covered);
  const renamed = new Map<string, string>();
  const dropped = new Set<EntityMention>();
  /** `ZAC NRW`: the Land's own mention gives way to the two-token short form. */
  const releaseLand = (i: number): void => {
    const land = startingAt[i]! >= 0 ? mentions[startingAt[i]!] : undefined;
    if (land && land.end === view.ends[i]) {
      dropped.add(land);
      covered[i] = 0;
    }
  };
  const mayName = namesTheDocumentDefined(view, people, shortForms);
  for (let i = 0; i < view.count; i++) {
    if (covered[i] || !isWord(view, i) || !mayName(i)) continue;
    const surface = view.surface[i]!;
    const pair =
      i + 1 < view.count && lexicon.laender.has(view.surface[i + 1]!)
        ? shortForms.get(`${surface} ${view.surface[i + 1]!}`)
        : undefined;
    if (pair) {
      releaseLand(i + 1);
      added.add(i, i + 1, pair.type, pair.canonical, 0.8, 'context:definition');
      continue;
    }
    const shortForm = shortForms.get(surface);
    if (shortForm) {
      added.add(i, i, shortForm.type, shortForm.canonical, 0.8, 'context:definition');
      continue;
    }
    const person = people.get(surface) ?? (surface.endsWith('s') ? people.get(surface.slice(0, -1)) : undefined);
    if (person === undefined || !isCapitalisedWord(view, i)) continue;
    // `Warren Buffet` after `W. Buffet`: the known surname vouches for an unlisted first name.
    const before = i - 1;
    const withFirstName =
      before >= 0 &&
      !covered[before] &&
      view.sentence[before] === view.sentence[i] &&
      isNameWord(view, before, lexicon) &&
      !lexicon.commonWords.has(view.surface[before]!) &&
      !isKnownNonPerson(view, before, lexicon);
    const initial = /^(\p{Lu})\. /u.exec(person)?.[1];
    const fitsInitial = initial === undefined || view.surface[before]?.startsWith(initial) === true;
    if (withFirstName && fitsInitial && initial !== undefined) {
      // `W. Buffet` … `Warren Buffet`: the fuller name becomes the person's canonical name.
      const fuller = `${view.surface[before]!} ${surface}`;
      renamed.set(person, fuller);
      added.add(before, i, 'PER', fuller, 0.8, 'context:surname');
    } else added.add(withFirstName && fitsInitial ? before : i, i, 'PER', person, 0.8, 'context:surname');
  }
  fullerNamesOfInitials(mentions, renamed);
  return renameCanonicals(mergeMentions(mentions, added.list, dropped), renamed, 'context:surname');
}

/**
 * `W. Buffet` … `sagte Warren Buffet`: when a pattern found the fuller name itself, the initial's person takes it as
 * canonical name too, if only one first name fits the initial.
 */
function fullerNamesOfInitials(mentions: readonly EntityMention[], renamed: Map<string, string>): void {
  const fuller = new Map<string, string | null>();
  for (const mention of mentions) {
    if (mention.type !== 'PER' || !TWO_NAMES.test(mention.canonical)) continue;
    const key = `${mention.canonical[0]!}. ${mention.canonical.slice(mention.canonical.indexOf(' ') + 1)}`;
    const known = fuller.get(key);
    fuller.set(key, known === undefined || known === mention.canonical ? mention.canonical : null);
  }
  for (const mention of mentions) {
    if (mention.type !== 'PER' || !INITIAL_NAME.test(mention.canonical) || renamed.has(mention.canonical)) continue;
    const name = fuller.get(mention.canonical);
    if (name) renamed.set(mention.canonical, name);
  }
}

/** `Warren Buffet`: a first name and a surname. */
const TWO_NAMES = /^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}-]+$/u;
/** `W. Buffet`: an initial and a surname. */
const INITIAL_NAME = /^\p{Lu}\. \p{Lu}[\p{L}-]+$/u;

/**
 * The short forms defined in brackets (the `context:definition` mentions so
 * far), by their words joined with a space (`ZenDiS`, `ZAC NRW`).
 */
function definedShortForms(
  view: TokenView,
  mentions: readonly EntityMention[],
  firstToken: Int32Array,
  lastToken: Int32Array,
): Map<string, ShortForm> {
  const shortForms = new Map<string, ShortForm>();
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    if (mention.source !== 'context:definition' || firstToken[m]! < 0) continue;
    const words = view.surface.slice(firstToken[m]!, lastToken[m]! + 1).join(' ');
    shortForms.set(words, { type: mention.type, canonical: mention.canonical });
  }
  return shortForms;
}

/**
 * Whether token i may name a person or short form the document defined (a
 * surname, with or without a genitive `s`, a short form, the first word of a
 * two-word one): decided once per word form, as most words name neither.
 */
function namesTheDocumentDefined(
  view: TokenView,
  people: ReadonlyMap<string, string>,
  shortForms: ReadonlyMap<string, unknown>,
): (i: number) => boolean {
  const pairOpeners = new Set<string>();
  for (const key of shortForms.keys()) {
    const space = key.indexOf(' ');
    if (space > 0) pairOpeners.add(key.slice(0, space));
  }
  const answers = new Uint8Array(view.formLimit);
  return (i) => {
    const form = view.form[i]!;
    if (answers[form] === 0) {
      const surface = view.surface[i]!;
      const names =
        shortForms.has(surface) ||
        pairOpeners.has(surface) ||
        people.has(surface) ||
        (surface.endsWith('s') && people.has(surface.slice(0, -1)));
      answers[form] = names ? 2 : 1;
    }
    return answers[form] === 2;
  };
}
