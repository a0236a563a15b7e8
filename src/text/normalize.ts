// Normalised forms of a token: lower case without invisible characters, and a
// German Snowball stem (natural's PorterStemmerDe), memoised per word form.

import PorterStemmerDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import { Flag, Kind } from './token-table.js';

const stemCache = new Map<string, string>();
/** Bounds the memo on endless streams of distinct words; cleared, never evicted piecemeal. */
const STEM_CACHE_LIMIT = 100_000;

/** The Snowball German stem of a lower-case word. */
export function stemGerman(lowerWord: string): string {
  let stem = stemCache.get(lowerWord);
  if (stem === undefined) {
    stem = PorterStemmerDe.stem(lowerWord);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(lowerWord, stem);
  }
  return stem;
}

interface NormalForms {
  norm: string;
  stem: string;
}

/** One memo per token kind: a surface form's stem depends on whether it is a word. */
const formCaches = new Map<number, Map<string, NormalForms>>();

/**
 * `norm` and `stem` of a token, memoised per kind and surface form; tokens with
 * gender signs or invisible characters are computed each time.
 */
export function normalForms(surface: string, kind: number, flags: number): NormalForms {
  const cacheable = (flags & (Flag.NeedsCleaning | Flag.Gender)) === 0;
  let cache = formCaches.get(kind);
  if (cacheable && cache !== undefined) {
    const cached = cache.get(surface);
    if (cached !== undefined) return cached;
  }
  const norm = normalizeSurface(surface, flags);
  const forms = { norm, stem: stemToken(surface, norm, kind, flags) };
  if (cacheable) {
    if (cache === undefined) formCaches.set(kind, (cache = new Map()));
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(surface, forms);
  }
  return forms;
}

const INVISIBLE = /[\u00AD\u200C\u200D\u2060\u180E]/g;
const LINE_BREAK_HYPHEN = /-\r?\n/g;
const TYPOGRAPHIC_APOSTROPHE = /\u2019/g;

/** Lower case, with soft hyphens, joiners and line-break hyphenation removed. */
export function normalizeSurface(surface: string, flags: number): string {
  let lower = surface.toLowerCase();
  if (flags & Flag.NeedsCleaning) lower = lower.replace(INVISIBLE, '').replace(LINE_BREAK_HYPHEN, '');
  if (lower.includes('\u2019')) lower = lower.replace(TYPOGRAPHIC_APOSTROPHE, "'");
  return lower;
}

// `Mitarbeiter:innen`, `Kolleg*innen`, `Bürger_innen`, `Lehrer/-innen`, `Lehrer(innen)`.
const GENDER_SIGN_FORM = /^(\p{Ll}+)[:*_·/(]-?(?:in|innen)\)?$/u;
// `MitarbeiterInnen`: a capitalised noun with a capital I before the plural `nen`.
const BINNEN_I_FORM = /^(\p{Lu}\p{Ll}{2,})Innen$/u;

/**
 * The stem of a word, with gender forms reduced to their base noun so that
 * `Mitarbeiter:innen`, `MitarbeiterInnen` and `Mitarbeitern` share one stem.
 */
export function stemToken(surface: string, norm: string, kind: number, flags: number): string {
  if (kind !== Kind.Word) return norm;
  if (flags & Flag.Gender) {
    const base = GENDER_SIGN_FORM.exec(norm) ?? BINNEN_I_FORM.exec(surface);
    if (base) return stemGerman(base[1]!.toLowerCase());
  }
  return stemGerman(norm);
}
