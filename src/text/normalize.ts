// Normalised forms of a token: lower case without invisible characters, and the
// language's stem, with gender forms reduced to their base noun.

import { Flag, Kind } from './token-table.js';
import type { TextWords } from './text-words.js';

/**
 * A stemmer that remembers its answers: running text repeats its words. The
 * memo is cleared, never evicted piecemeal, when it reaches `limit` words, so
 * an endless stream of distinct words cannot exhaust memory.
 */
export function memoisedStemmer(stem: (lowerWord: string) => string, limit = 100_000): (lowerWord: string) => string {
  const memo = new Map<string, string>();
  return (lowerWord) => {
    let stemmed = memo.get(lowerWord);
    if (stemmed === undefined) {
      stemmed = stem(lowerWord);
      if (memo.size >= limit) memo.clear();
      memo.set(lowerWord, stemmed);
    }
    return stemmed;
  };
}

interface NormalForms {
  norm: string;
  stem: string;
}

/** `norm` and `stem` of a token given as text. */
export function normalForms(surface: string, kind: number, flags: number, words: TextWords): NormalForms {
  const norm = normalizeSurface(surface, flags);
  return { norm, stem: stemToken(surface, norm, kind, flags, words) };
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

/**
 * The stem of a word, with gender forms reduced to their base noun so that
 * `Mitarbeiter:innen`, `MitarbeiterInnen` and `Mitarbeitern` share one stem.
 */
export function stemToken(surface: string, norm: string, kind: number, flags: number, words: TextWords): string {
  if (kind !== Kind.Word) return norm;
  if (flags & Flag.Gender) {
    const base = genderSignBase(norm, words) ?? binnenIBase(surface, words);
    if (base !== undefined) return words.stem(base.toLowerCase());
  }
  return words.stem(norm);
}

const GENDER_SIGNS = ':*_·/(';
const LOWER_LETTERS = /^\p{Ll}+$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** `mitarbeiter:innen`, `kolleg*innen`, `lehrer/-innen`, `lehrer(innen)`: the lower-case letters before the sign. */
function genderSignBase(norm: string, words: TextWords): string | undefined {
  let sign = 0;
  while (sign < norm.length && !GENDER_SIGNS.includes(norm[sign]!)) sign++;
  if (sign === 0 || sign >= norm.length || !LOWER_LETTERS.test(norm.slice(0, sign))) return undefined;
  let rest = norm.slice(sign + 1);
  if (rest.startsWith('-')) rest = rest.slice(1);
  if (rest.endsWith(')')) rest = rest.slice(0, -1);
  return words.lowerGenderSuffixes.includes(rest) ? norm.slice(0, sign) : undefined;
}

/** `MitarbeiterInnen`: a capitalised noun before a Binnen-I suffix. */
function binnenIBase(surface: string, words: TextWords): string | undefined {
  for (const suffix of words.binnenISuffixes) {
    if (!surface.endsWith(suffix)) continue;
    const base = surface.slice(0, -suffix.length);
    if (CAPITALISED_WORD.test(base)) return base;
  }
  return undefined;
}
