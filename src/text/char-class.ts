// Classifies UTF-16 code units for the tokenizer: one table lookup per character,
// filled lazily from Unicode properties so start-up stays cheap.

export const enum Char {
  Unknown = 0,
  Space = 1,
  Newline = 2,
  Letter = 3,
  Digit = 4,
  Hyphen = 5,
  Period = 6,
  Punct = 7,
  Quote = 8,
  Symbol = 9,
  /** Soft hyphen, zero-width joiners, word joiner: invisible inside a word. */
  Invisible = 10,
  /** C0/C1 control characters other than tab and line breaks, and NUL. */
  Control = 11,
  HighSurrogate = 12,
  LowSurrogate = 13,
  /** Combining marks: part of the preceding letter. */
  Mark = 14,
}

const table = new Uint8Array(0x10000);

const QUOTES = '"\'„“”‚‘’»«‹›';
const PUNCT = ',;:!?()[]{}/\\–—‒―…';
const HYPHENS = '-\u2010\u2011';
const INVISIBLES = '\u00AD\u200C\u200D\u2060\u180E';
// Zero-width space and BOM separate tokens like a space but take no room.
const SPACES =
  '\t \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u202F\u205F\u3000\uFEFF';
const NEWLINES = '\n\r\u000B\u000C\u0085\u2028\u2029';

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const PUNCTUATION = /\p{P}/u;
const SPACE_SEPARATOR = /\p{Zs}/u;

function classify(code: number): Char {
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdbff) return Char.HighSurrogate;
  if (code >= 0xdc00 && code <= 0xdfff) return Char.LowSurrogate;
  if (NEWLINES.includes(ch)) return Char.Newline;
  if (SPACES.includes(ch)) return Char.Space;
  if (INVISIBLES.includes(ch)) return Char.Invisible;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return Char.Control;
  if (code >= 0x30 && code <= 0x39) return Char.Digit;
  if (ch === '.') return Char.Period;
  if (HYPHENS.includes(ch)) return Char.Hyphen;
  if (QUOTES.includes(ch)) return Char.Quote;
  if (PUNCT.includes(ch)) return Char.Punct;
  if (LETTER.test(ch)) return Char.Letter;
  if (MARK.test(ch)) return Char.Mark;
  if (DIGIT.test(ch)) return Char.Digit;
  if (SPACE_SEPARATOR.test(ch)) return Char.Space;
  if (
    PUNCTUATION.test(ch) &&
    ch !== '_' &&
    ch !== '*' &&
    ch !== '@' &&
    ch !== '#' &&
    ch !== '&' &&
    ch !== '%' &&
    ch !== '§' &&
    ch !== '·'
  ) {
    return Char.Punct;
  }
  return Char.Symbol;
}

/** The class of the UTF-16 code unit `code` (0..0xFFFF). */
export function charClass(code: number): Char {
  const known = table[code];
  if (known !== Char.Unknown) return known as Char;
  const computed = classify(code);
  table[code] = computed;
  return computed;
}

/** True for a letter outside the surrogate range that is upper case. */
export function isUpper(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0xc0) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

/** True for a letter that is lower case (ASCII fast path, Unicode otherwise). */
export function isLower(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true;
  if (code < 0xc0) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() || code === 0xdf;
}

/** Spaces that may stand inside one token: `z. B.` with a normal, non-breaking, narrow or thin space. */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;
}
