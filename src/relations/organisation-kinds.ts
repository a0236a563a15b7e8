// What kind of body an organisation is (a party, a Stadt, a Landkreis, a
// ministry …), read from its name's words, and which kinds a role noun belongs
// to: a `Landrätin` to a Landkreis, an `Oberbürgermeister` to a Stadt. The
// relation model weighs whether the two fit.

import type { OrganisationKind, RelationWords } from './relation-words.js';
import { spacedTokens } from './relation-words.js';

const NAME_PARTS = /[\s/()]+/;
/** Names kept per cache before it starts afresh: a stream of distinct names must not grow it without end. */
const MAX_CACHED = 50_000;

/**
 * The kind of the organisation named `text` (its canonical name as a second
 * guess: `BSI` → `Bundesamt für Sicherheit …`), or undefined when its words do
 * not say (`Dataport`, `ekom21`).
 */
export function organisationKind(text: string, canonical: string, words: RelationWords): OrganisationKind | undefined {
  const key = `${text}\u0000${canonical}`;
  const cache = words.cache.organisationKinds;
  if (cache.has(key)) return cache.get(key);
  const kind =
    words.parties.has(spacedTokens(text)) || words.parties.has(spacedTokens(canonical))
      ? 'party'
      : (kindOfName(text, words) ?? (canonical === text ? undefined : kindOfName(canonical, words)));
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, kind);
  return kind;
}

function kindOfName(name: string, words: RelationWords): OrganisationKind | undefined {
  const parts = name.toLowerCase().split(NAME_PARTS).filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const pair = i + 1 < parts.length ? words.kindWords.get(`${parts[i]} ${parts[i + 1]}`) : undefined;
    const kind = pair ?? kindOfWord(parts[i]!, words);
    if (kind !== undefined) return kind;
  }
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    for (const [ending, kind] of words.kindEndings)
      if (part.length > ending.length && part.endsWith(ending)) return kind;
  }
  return undefined;
}

/** The kind a word names (lower case), also in the genitive (`gemeindeverbandes`, `landratsamts`). */
export function kindOfWord(lower: string, words: RelationWords): OrganisationKind | undefined {
  const cache = words.cache.wordKinds;
  if (cache.has(lower)) return cache.get(lower);
  let kind = words.kindWords.get(lower);
  if (kind === undefined && lower.length >= 5) {
    if (lower.endsWith('es')) kind = words.kindWords.get(lower.slice(0, -2)) ?? words.kindWords.get(lower.slice(0, -1));
    else if (lower.endsWith('s')) kind = words.kindWords.get(lower.slice(0, -1));
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(lower, kind);
  return kind;
}

/**
 * The kind a noun after a link refers back to: a whole word (`Landratsamts`), or a compound whose end names a whole
 * body (`Finanzministerium`, `Haushaltsausschusses`), not a unit of one (`Bürgeramts`).
 */
export function kindOfReferenceNoun(lower: string, words: RelationWords): OrganisationKind | undefined {
  const kind = kindOfWord(lower, words);
  if (kind !== undefined) return kind;
  for (const [ending, endingKind] of words.referenceEndings)
    if (lower.length > ending.length && lower.endsWith(ending)) return endingKind;
  return undefined;
}

/**
 * The kinds of body a role belongs to, by the beginnings of its role noun
 * (`Landrätin` → district; `Kreistagsmitglied` → district and parliament), or
 * of the part after its last hyphen (`IT-Leiter`).
 */
export function roleKinds(roleNoun: string, words: RelationWords): readonly OrganisationKind[] {
  const cache = words.cache.roleKinds;
  let kinds = cache.get(roleNoun);
  if (kinds === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(roleNoun, (kinds = kindsOfRole(roleNoun, words)));
  }
  return kinds;
}

function kindsOfRole(roleNoun: string, words: RelationWords): readonly OrganisationKind[] {
  let lower = roleNoun.toLowerCase();
  let kinds = kindsByStem(lower, words);
  const hyphen = lower.lastIndexOf('-');
  if (kinds.length === 0 && hyphen > 0 && hyphen < lower.length - 1) {
    lower = lower.slice(hyphen + 1);
    kinds = kindsByStem(lower, words);
  }
  return kinds;
}

/** The kinds of every stem that begins the role noun or ends one of its compound parts (`Verbandsgemeindebürgermeister`). */
function kindsByStem(lower: string, words: RelationWords): OrganisationKind[] {
  const kinds: OrganisationKind[] = [];
  for (const [stem, stemKinds] of words.roleStems) {
    const at = lower.indexOf(stem);
    if (at < 0 || (at > 0 && at < 3)) continue;
    for (const kind of stemKinds) if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}
