// After the resolver: what one document teaches about its own names.
//   - a later surname names the person introduced earlier
//     (`Dr. Marco Kuhn` … `Kuhn` → canonical `Marco Kuhn`);
//   - an abbreviation defined in brackets names the same thing as its long form
//     (`Zentrum Digitale Souveränität (ZenDiS)`), here and wherever it recurs;
//   - capitalised names in brackets right after a person are organisations
//     (`Kerstin Krüger (Materna)`, `(Infora/Cassini)`); a river or region in
//     brackets after a place belongs to it (`Werder (Havel)`);
//   - a learned surname vouches for an unlisted first name (`W. Buffet` … `Warren Buffet`);
//   - a version number after a law or product belongs to it (`BITV 2.0`), a year
//     after an event names its edition (`Smart Country Convention 2025`), and a
//     company word after an organisation continues it (`Detecon International`).

import { type AnalysedText, sentenceAt } from '../text/analysed-text.js';
import type { EntityMention, EntityType } from '../record.js';
import { Kind } from '../text/token-table.js';
import type { EntityLexicon } from './entity-lexicon.js';
import { isCapitalisedWord, isKnownNonPerson, isNameWord, isWord, isYear } from './token-tests.js';
import { mentionTokens } from './mention-tokens.js';
import { Shape, type TokenView, spanText, tokenView } from '../text/token-view.js';

export function linkMentions(doc: AnalysedText, mentions: EntityMention[], lexicon: EntityLexicon): EntityMention[] {
  if (mentions.length === 0) return mentions;
  const view = tokenView(doc);
  const { covered, last: lastToken, startingAt } = mentionTokens(view, mentions);

  const added: EntityMention[] = [];
  const add = (
    first: number,
    last: number,
    type: EntityType,
    canonical: string,
    confidence: number,
    source: string,
  ): void => {
    for (let i = first; i <= last; i++) if (covered[i]) return;
    covered.fill(1, first, last + 1);
    const start = view.starts[first]!;
    const end = view.ends[last]!;
    added.push({
      text: doc.text.slice(start, end),
      type,
      start,
      end,
      canonical,
      sentence: sentenceAt(doc, start),
      source,
      confidence,
    });
  };

  const tokens: Extension = { doc, view, covered, lastToken };
  extendVersions(mentions, tokens);
  extendEventYears(mentions, tokens);
  extendOrganisationTails(mentions, tokens, lexicon);

  // Brackets after a mention: an abbreviation defined, or a person's organisations.
  const aliases = new Map<string, { type: EntityType; canonical: string }>();
  const renamed = new Map<string, string>();
  const dropped = new Set<EntityMention>();
  /** `ZAC NRW`: the Land's own mention gives way to the two-token abbreviation. */
  const releaseLand = (i: number): void => {
    const land = startingAt[i]! >= 0 ? mentions[startingAt[i]!] : undefined;
    if (land && land.end === view.ends[i]) {
      dropped.add(land);
      covered[i] = 0;
    }
  };
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const last = lastToken[m]!;
    if (last < 0 || view.surface[last + 1] !== '(') continue;
    const inner = last + 2;
    if (mention.type === 'PER') {
      for (let i = inner; i < view.count && i < inner + 12; i++) {
        const surface = view.surface[i]!;
        if (surface === ')') break;
        if (surface === '/' || surface === ',' || surface === '&' || surface === 'und') continue;
        if (!isCapitalisedWord(view, i) || lexicon.commonWords.has(surface) || lexicon.roles.has(surface)) break;
        let end = i;
        while (isCapitalisedWord(view, end + 1) && !lexicon.commonWords.has(view.surface[end + 1]!)) end++;
        if (!covered[i]) add(i, end, 'ORG', spanText(view, i, end), 0.6, 'context:affiliation');
        i = end;
      }
    } else if (
      mention.type === 'LOC' &&
      view.surface[inner + 1] === ')' &&
      lexicon.placeQualifiers.has(view.surface[inner]!) &&
      view.sentence[inner + 1] === view.sentence[last]
    ) {
      // `Werder (Havel)`: the river or region in brackets is part of the place's name.
      const river = startingAt[inner]! >= 0 ? mentions[startingAt[inner]!] : undefined;
      if (river) dropped.add(river);
      else if (covered[inner]) continue;
      covered.fill(1, last + 1, inner + 2);
      mention.end = view.ends[inner + 1]!;
      mention.text = doc.text.slice(mention.start, mention.end);
      if (!mention.canonical.includes(view.surface[inner]!))
        mention.canonical = `${mention.canonical} (${view.surface[inner]!})`;
      lastToken[m] = inner + 1;
    } else if (
      view.surface[inner + 1] === ')' &&
      looksLikeAbbreviation(view, inner) &&
      abbreviates(view.surface[inner]!, mention.text)
    ) {
      if (!covered[inner]) {
        aliases.set(view.surface[inner]!, { type: mention.type, canonical: mention.canonical });
        add(inner, inner, mention.type, mention.canonical, 0.85, 'context:definition');
      } else {
        // `Zentrum Digitale Souveränität (ZenDiS)` where the lists know `ZenDiS`: the list's name wins for both.
        const known = startingAt[inner]! >= 0 ? mentions[startingAt[inner]!] : undefined;
        if (known && known.type === mention.type && known.source.startsWith('gazetteer:'))
          renamed.set(mention.canonical, known.canonical);
      }
    } else if (
      view.surface[inner + 2] === ')' &&
      looksLikeAbbreviation(view, inner) &&
      lexicon.laender.has(view.surface[inner + 1]!) &&
      abbreviates(view.surface[inner]!, mention.text) &&
      !covered[inner]
    ) {
      // `… Cybercrime Nordrhein-Westfalen (ZAC NRW)`: the Land belongs to the abbreviation.
      releaseLand(inner + 1);
      aliases.set(`${view.surface[inner]!} ${view.surface[inner + 1]!}`, {
        type: mention.type,
        canonical: mention.canonical,
      });
      add(inner, inner + 1, mention.type, mention.canonical, 0.85, 'context:definition');
    }
  }

  // Surnames and defined abbreviations wherever they recur.
  const people = new Map<string, string>();
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    if (mention.type !== 'PER') continue;
    const last = lastToken[m]!;
    if (last < 0 || !isWord(view, last)) continue;
    const surname = view.surface[last]!;
    if (surname.length > 2 && surname !== mention.canonical && !people.has(surname))
      people.set(surname, mention.canonical);
  }
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const person = people.get(mention.type === 'PER' ? mention.canonical : mention.text);
    if (person === undefined) continue;
    if (mention.type === 'PER') {
      // `Herr Kuhn`, `Dr. Kuhn` after `Dr. Marco Kuhn`: one person.
      mention.canonical = person;
    } else if (mention.source.startsWith('gazetteer:')) {
      // A surname the place lists also know (`Oberhaus`) names the person the text introduced.
      mention.type = 'PER';
      mention.canonical = person;
      mention.source = 'context:surname';
    }
  }
  if (people.size > 0 || aliases.size > 0) {
    const mayName = namesTheDocumentDefined(view, people, aliases);
    for (let i = 0; i < view.count; i++) {
      if (covered[i] || !isWord(view, i) || !mayName(i)) continue;
      const surface = view.surface[i]!;
      const pair =
        i + 1 < view.count && lexicon.laender.has(view.surface[i + 1]!)
          ? aliases.get(`${surface} ${view.surface[i + 1]!}`)
          : undefined;
      if (pair) {
        releaseLand(i + 1);
        add(i, i + 1, pair.type, pair.canonical, 0.8, 'context:definition');
        continue;
      }
      const alias = aliases.get(surface);
      if (alias) {
        add(i, i, alias.type, alias.canonical, 0.8, 'context:definition');
        continue;
      }
      const person = people.get(surface) ?? (surface.endsWith('s') ? people.get(surface.slice(0, -1)) : undefined);
      if (person !== undefined && isCapitalisedWord(view, i)) {
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
          add(before, i, 'PER', fuller, 0.8, 'context:surname');
        } else add(withFirstName && fitsInitial ? before : i, i, 'PER', person, 0.8, 'context:surname');
      }
    }
  }
  if (renamed.size > 0) {
    for (const mention of [...mentions, ...added])
      mention.canonical = renamed.get(mention.canonical) ?? mention.canonical;
  }
  if (added.length === 0 && dropped.size === 0) return mentions;
  return [...mentions.filter((mention) => !dropped.has(mention)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * Whether token i may name a person or abbreviation the document defined (a
 * surname, with or without a genitive `s`, an abbreviation, the first word of a
 * two-word one): decided once per word form, as most words name neither.
 */
function namesTheDocumentDefined(
  view: TokenView,
  people: ReadonlyMap<string, string>,
  aliases: ReadonlyMap<string, unknown>,
): (i: number) => boolean {
  const pairOpeners = new Set<string>();
  for (const key of aliases.keys()) {
    const space = key.indexOf(' ');
    if (space > 0) pairOpeners.add(key.slice(0, space));
  }
  const answers = new Uint8Array(view.formLimit);
  return (i) => {
    const form = view.form[i]!;
    if (answers[form] === 0) {
      const surface = view.surface[i]!;
      const names =
        aliases.has(surface) ||
        pairOpeners.has(surface) ||
        people.has(surface) ||
        (surface.endsWith('s') && people.has(surface.slice(0, -1)));
      answers[form] = names ? 2 : 1;
    }
    return answers[form] === 2;
  };
}

/**
 * Could `abbreviation` stand for `name`? Its first letter opens the name and its
 * other capitals appear in order (`ZenDiS` ← `Zentrum Digitale Souveränität`,
 * `BZSt` ← `Bundeszentralamt für Steuern`), not `CAU` ← `Kiel`.
 */
export function abbreviates(abbreviation: string, name: string): boolean {
  if (abbreviation[0]!.toLowerCase() !== name[0]!.toLowerCase()) return false;
  const lowerName = name.toLowerCase();
  let at = 1;
  for (const ch of abbreviation.slice(1)) {
    if (ch === '.' || ch === '-' || ch === ' ' || ch !== ch.toUpperCase()) continue;
    const found = lowerName.indexOf(ch.toLowerCase(), at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/** `ZenDiS`, `BSI`, `WSP.NRW`: short, with capitals after the first letter. */
function looksLikeAbbreviation(view: TokenView, i: number): boolean {
  if (!isWord(view, i)) return false;
  const surface = view.surface[i]!;
  return surface.length >= 2 && surface.length <= 12 && (view.shape[i]! & (Shape.AllCaps | Shape.InnerCapitals)) !== 0;
}

interface Extension {
  doc: AnalysedText;
  view: TokenView;
  covered: Uint8Array;
  /** Each mention's last token, by its index (-1: none). */
  lastToken: Int32Array;
}

/**
 * Calls `extend` for each mention whose next token directly follows it (one
 * space, same sentence, not yet in a mention); when it returns true, the token
 * joins the mention's span.
 */
function extendByNextToken(
  mentions: EntityMention[],
  { doc, view, covered, lastToken }: Extension,
  extend: (mention: EntityMention, next: number) => boolean,
): void {
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const last = lastToken[m]!;
    if (last < 0) continue;
    const next = last + 1;
    if (next >= view.count || covered[next] || view.starts[next]! - view.ends[last]! !== 1) continue;
    if (view.sentence[next] !== view.sentence[last] || !extend(mention, next)) continue;
    covered[next] = 1;
    mention.end = view.ends[next]!;
    mention.text = doc.text.slice(mention.start, mention.end);
    lastToken[m] = next;
  }
}

/** `BITV 2.0`, `eIDAS 2.0`: a version number right after a law or product joins it. */
function extendVersions(mentions: EntityMention[], tokens: Extension): void {
  const { view } = tokens;
  extendByNextToken(mentions, tokens, (mention, next) => {
    if (mention.type !== 'LAW' && mention.type !== 'PRODUCT') return false;
    if (view.kind[next] !== Kind.Number || !/^\d{1,2}\.\d{1,2}$/.test(view.surface[next]!)) return false;
    if (!mention.canonical.endsWith(view.surface[next]!)) mention.canonical += ` ${view.surface[next]!}`;
    return true;
  });
}

/** `Smart Country Convention 2025`: a year right after an event names its edition. */
function extendEventYears(mentions: EntityMention[], tokens: Extension): void {
  const { view } = tokens;
  extendByNextToken(mentions, tokens, (mention, next) => {
    if (mention.type !== 'EVENT' || !isYear(view, next)) return false;
    const surface = view.surface[next]!;
    if (!mention.canonical.endsWith(surface)) mention.canonical += ` ${surface}`;
    return true;
  });
}

/**
 * `Detecon International`, `Disney Research`, `Sovereign Cloud Stack Community`:
 * a company word after an organisation or product continues an organisation.
 */
function extendOrganisationTails(mentions: EntityMention[], tokens: Extension, lexicon: EntityLexicon): void {
  const { view } = tokens;
  extendByNextToken(mentions, tokens, (mention, next) => {
    if ((mention.type !== 'ORG' && mention.type !== 'PRODUCT') || !lexicon.organisationTails.has(view.surface[next]!))
      return false;
    if (mention.type === 'PRODUCT') mention.canonical = `${mention.text} ${view.surface[next]!}`;
    mention.type = 'ORG';
    return true;
  });
}
