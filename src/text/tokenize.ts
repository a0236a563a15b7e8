// The German tokenizer: one left-to-right pass over the text with a character
// table and bounded look-ahead, so it runs in linear time on any input. German
// knowledge (abbreviations, months, gender suffixes) comes from the language's
// TextWords (text-words.ts).

import { Char, charClass, isInlineSpace, isLower, isUpper } from './char-class.js';
import { type TextWords, abbreviationKey } from './text-words.js';
import { Flag, Kind, type TokenTable, createTokenTable, pushToken } from './token-table.js';

const DOT = 0x2e;
const HYPHEN = 0x2d;
const SLASH = 0x2f;
const COLON = 0x3a;
const COMMA = 0x2c;
const AT = 0x40;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/** Longest single piece of a multi-part abbreviation (`rer` in `Dr. rer. nat.`). */
const MAX_ABBREVIATION_PART = 12;
/** Longest first-name-like run we look at after an ordinal to decide. */
const MAX_LOOKAHEAD_WORD = 40;

// The scanners below report the kind and flags of the token they end through
// these two variables, so the hot loop allocates nothing.
let scannedKind: Kind = Kind.Word;
let scannedFlags = 0;
// An e-mail scan that found no `@` at the end of a run of address characters
// rules out every start inside that run: remembering where the run ended keeps
// `a_a_a_…` linear.
let noEmailBefore = -1;

/** Splits `text` into tokens stored in flat arrays (see TokenTable). */
export function scanTokens(text: string, words: TextWords): TokenTable {
  const table = createTokenTable(text);
  const n = text.length;
  noEmailBefore = -1;
  let i = 0;
  let spaceBefore = false;
  let newlines = 0;
  let atLineStart = true;

  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);

    if (cls === Char.Space || cls === Char.Invisible) {
      spaceBefore = true;
      i++;
      continue;
    }
    if (cls === Char.Newline) {
      if (code === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
      newlines++;
      atLineStart = true;
      i++;
      continue;
    }
    if (cls === Char.Control) {
      table.controlChars++;
      spaceBefore = true;
      i++;
      continue;
    }
    if (isLoneSurrogate(text, i, cls)) {
      table.loneSurrogates++;
      spaceBefore = true;
      i++;
      continue;
    }

    const start = i;
    scannedFlags = 0;
    scannedKind = Kind.Symbol;
    switch (cls) {
      case Char.Letter:
        i = scanWordLike(text, start, start, words);
        break;
      case Char.Digit:
        i = scanNumberLike(text, start, atLineStart, words);
        break;
      case Char.Period:
        i = scanPeriods(text, start);
        break;
      case Char.Punct:
        i = scanPunctuation(text, start, code);
        scannedKind = Kind.Punctuation;
        break;
      case Char.Hyphen:
        i = start + 1;
        scannedKind = Kind.Punctuation;
        break;
      case Char.Quote:
        i = start + 1;
        scannedKind = Kind.Quote;
        break;
      case Char.HighSurrogate:
        if (isAstralLetter(text, i)) {
          i = scanWordLike(text, start, start, words);
        } else {
          scannedKind = Kind.Symbol;
          i = extendSymbol(text, i + 2);
        }
        break;
      default:
        i = scanSymbol(text, start, code);
    }

    if (i <= start) i = start + (cls === Char.HighSurrogate ? 2 : 1); // every token takes at least one character
    let flags = scannedFlags;
    if (spaceBefore || newlines > 0) flags |= Flag.SpaceBefore;
    if (newlines === 1) flags |= Flag.NewlineBefore;
    else if (newlines > 1) flags |= Flag.BlankLineBefore;
    pushToken(table, start, i, scannedKind, flags);
    spaceBefore = false;
    newlines = 0;
    atLineStart = false;
  }
  return table;
}

/** A high surrogate without its low half, or a low one without its high half. */
function isLoneSurrogate(text: string, i: number, cls: Char): boolean {
  if (cls === Char.LowSurrogate) return true;
  if (cls !== Char.HighSurrogate) return false;
  return i + 1 >= text.length || charClass(text.charCodeAt(i + 1)) !== Char.LowSurrogate;
}

function isWordChar(cls: Char): boolean {
  return cls === Char.Letter || cls === Char.Digit || cls === Char.Mark;
}

function isAstralLetter(text: string, i: number): boolean {
  return /^\p{L}/u.test(text.slice(i, i + 2));
}

function isWordCharAt(text: string, i: number): boolean {
  return i < text.length && isWordChar(charClass(text.charCodeAt(i)));
}

function isLetterAt(text: string, i: number): boolean {
  return i < text.length && charClass(text.charCodeAt(i)) === Char.Letter;
}

function isDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/**
 * Scans a word and what it may be glued to: hyphenated and dotted compounds
 * (`E-Akte`, `IT.NRW`), gender forms (`Mitarbeiter:innen`), apostrophes,
 * then decides whether it is an abbreviation, a URL or an e-mail address.
 * `wordStart` is where the letters began; `tokenStart` may be earlier (`5G`).
 */
function scanWordLike(text: string, tokenStart: number, wordStart: number, words: TextWords): number {
  const n = text.length;
  if (wordStart === tokenStart && startsUrl(text, tokenStart)) return scanUrl(text, tokenStart);

  let i = wordStart;
  let flags = 0;
  let dotted = false;
  scan: while (i < n) {
    const cls = charClass(text.charCodeAt(i));
    if (isWordChar(cls)) {
      i++;
      continue;
    }
    if (cls === Char.Invisible) {
      // A soft hyphen or joiner inside a word stays in it; at its end it is space.
      if (!isWordCharAt(text, i + 1)) break;
      flags |= Flag.NeedsCleaning;
      i++;
      continue;
    }
    if (cls === Char.HighSurrogate && i + 1 < n && isAstralLetter(text, i)) {
      i += 2;
      continue;
    }
    const code = text.charCodeAt(i);
    switch (cls) {
      case Char.Hyphen: {
        if (isWordCharAt(text, i + 1)) {
          i++;
          continue scan;
        }
        const joined = lineBreakHyphenation(text, i, words);
        if (joined > 0) {
          flags |= Flag.NeedsCleaning;
          i = joined;
          continue scan;
        }
        if (isSuspensionEnd(text, i + 1)) {
          flags |= Flag.Suspended;
          i++;
        }
        break scan;
      }
      case Char.Period:
        if (isLetterAt(text, i + 1)) {
          dotted = true;
          i++;
          continue scan;
        }
        break scan;
      case Char.Punct:
        if (code === COLON) {
          const end = genderSuffixEnd(text, i, i + 1, words);
          if (end > 0) {
            flags |= Flag.Gender;
            i = end;
            continue scan;
          }
          // Brand names written with an inner colon: `Next:Public`.
          if (i + 1 < n && isLower(text.charCodeAt(i - 1)) && isUpper(text.charCodeAt(i + 1))) {
            i++;
            continue scan;
          }
        } else if (code === SLASH) {
          const after = text.charCodeAt(i + 1) === HYPHEN ? i + 2 : i + 1;
          const end = genderSuffixEnd(text, i, after, words);
          if (end > 0) {
            flags |= Flag.Gender;
            i = end;
            continue scan;
          }
        } else if (code === OPEN_PAREN) {
          const end = genderSuffixEnd(text, i, i + 1, words);
          if (end > 0 && text.charCodeAt(end) === CLOSE_PAREN) {
            flags |= Flag.Gender;
            i = end + 1;
            continue scan;
          }
        }
        break scan;
      case Char.Quote:
        if ((code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) && isLetterAt(text, i + 1) && i > wordStart) {
          i++;
          continue scan;
        }
        break scan;
      case Char.Symbol: {
        if (code === 0x2a || code === 0x5f || code === 0xb7) {
          // `*`, `_`, `·` gender signs
          const end = genderSuffixEnd(text, i, i + 1, words);
          if (end > 0) {
            flags |= Flag.Gender;
            i = end;
            continue scan;
          }
        } else if (code === 0x26 && isLetterAt(text, i + 1)) {
          // `B&R`
          i++;
          continue scan;
        }
        break scan;
      }
      default:
        break scan;
    }
  }

  if (isBinnenIForm(text, wordStart, i, words)) flags |= Flag.Gender;

  // What follows the word may make it something else.
  const next = i < n ? text.charCodeAt(i) : -1;
  if (next === AT || next === 0x5f || next === 0x2b || next === 0x25 || (dotted && next === HYPHEN)) {
    const emailEnd = scanEmail(text, tokenStart);
    if (emailEnd > 0) {
      scannedKind = Kind.Email;
      scannedFlags = 0;
      return emailEnd;
    }
  }
  if (next === DOT && (flags & Flag.Suspended) === 0) {
    const abbreviationEnd = matchAbbreviation(text, tokenStart, i, words);
    if (abbreviationEnd > 0) {
      scannedKind = Kind.Abbreviation;
      scannedFlags = flags;
      const key = abbreviationKey(text.slice(tokenStart, abbreviationEnd));
      if (words.finalAbbreviations.has(key)) scannedFlags |= Flag.FinalAbbreviation;
      else if (words.closingAbbreviations.has(key)) scannedFlags |= Flag.ClosingAbbreviation;
      return abbreviationEnd;
    }
    if (i - tokenStart === 1 && isUpper(text.charCodeAt(tokenStart)) && continuesOnLine(text, i + 1)) {
      // An initial: `M. Kuhn`.
      scannedKind = Kind.Abbreviation;
      scannedFlags = flags;
      return i + 1;
    }
  }
  if (dotted && isDomainName(text, tokenStart, i, words)) {
    scannedKind = Kind.Url;
    scannedFlags = flags & Flag.NeedsCleaning;
    return next === SLASH ? scanUrl(text, tokenStart) : i;
  }
  scannedKind = Kind.Word;
  scannedFlags = flags;
  return i;
}

/** `MitarbeiterInnen`: a Binnen-I suffix (`Innen`) after at least three letters, the last lower case. */
function isBinnenIForm(text: string, start: number, end: number, words: TextWords): boolean {
  if (isLetterAt(text, end)) return false;
  for (const suffix of words.binnenISuffixes) {
    const at = end - suffix.length;
    if (at - start >= 3 && text.startsWith(suffix, at) && isLower(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** After `-` at `i`: `Digitali-\nsierung` continues the word; returns where, or 0. */
function lineBreakHyphenation(text: string, i: number, words: TextWords): number {
  let p = i + 1;
  if (p < text.length && text.charCodeAt(p) === 0x0d) p++;
  if (p >= text.length || text.charCodeAt(p) !== 0x0a) return 0;
  p++;
  if (p >= text.length || !isLower(text.charCodeAt(p))) return 0;
  let q = p;
  while (q < text.length && q - p <= MAX_LOOKAHEAD_WORD && charClass(text.charCodeAt(q)) === Char.Letter) q++;
  // `Bundes-\nund Landesebene` is a suspended hyphen, not a broken word.
  if (words.lineContinuers.has(text.slice(p, q))) return 0;
  return p;
}

/** A hyphen followed by space, `/`, `,` or the end is a suspended hyphen (`Bundes- und`). */
function isSuspensionEnd(text: string, p: number): boolean {
  if (p >= text.length) return true;
  const code = text.charCodeAt(p);
  const cls = charClass(code);
  return cls === Char.Space || cls === Char.Newline || code === SLASH || code === COMMA || code === CLOSE_PAREN;
}

/**
 * A gender sign at `sign` (`:`, `*`, `_`, `·`, `/`, `(`) after a lower-case
 * letter, followed from `suffixStart` by `in`/`innen` as a whole word: returns
 * the end of the suffix, else 0.
 */
function genderSuffixEnd(text: string, sign: number, suffixStart: number, words: TextWords): number {
  if (sign === 0 || !isLower(text.charCodeAt(sign - 1))) return 0;
  for (const suffix of words.genderSuffixes) {
    if (!text.startsWith(suffix, suffixStart)) continue;
    const end = suffixStart + suffix.length;
    if (end < text.length && charClass(text.charCodeAt(end)) === Char.Letter) continue;
    return end;
  }
  return 0;
}

/** True if the line goes on after `p` with something other than a line break. */
function continuesOnLine(text: string, p: number): boolean {
  while (p < text.length && isInlineSpace(text.charCodeAt(p))) p++;
  return p < text.length && charClass(text.charCodeAt(p)) !== Char.Newline;
}

/**
 * `wordEnd` points at a period. Returns the end of the longest known
 * abbreviation starting at `start` — `Dr.`, `z. B.`, `Dipl.-Ing.`, `i. d. R.` —
 * or 0. The loop is bounded by the longest abbreviation in the list.
 */
function matchAbbreviation(text: string, start: number, wordEnd: number, words: TextWords): number {
  const n = text.length;
  let key = text.slice(start, wordEnd + 1);
  let pos = wordEnd + 1;
  let best = words.abbreviations.has(key) ? pos : 0;
  while (words.abbreviationPrefixes.has(key)) {
    let p = pos;
    let separator = '';
    if (p < n && isInlineSpace(text.charCodeAt(p))) p++;
    else if (p < n && text.charCodeAt(p) === HYPHEN) {
      separator = '-';
      p++;
    }
    let q = p;
    while (q < n && q - p < MAX_ABBREVIATION_PART && charClass(text.charCodeAt(q)) === Char.Letter) q++;
    if (q === p || q >= n || text.charCodeAt(q) !== DOT) break;
    key += separator + text.slice(p, q) + '.';
    pos = q + 1;
    if (words.abbreviations.has(key)) best = pos;
  }
  return best;
}

function startsUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c !== 0x68 && c !== 0x77 && c !== 0x66) return false; // h, w, f
  const head = text.slice(i, i + 8).toLowerCase();
  if (head.startsWith('https://') || head.startsWith('http://') || head.startsWith('ftp://')) return true;
  return head.startsWith('www.') && isWordCharAt(text, i + 4);
}

const URL_STOPPERS = '<>"„“”«»‹›[]{}|\\^`';

/** A URL runs to whitespace; trailing punctuation and an unbalanced `)` stay outside. */
function scanUrl(text: string, start: number): number {
  const n = text.length;
  let i = start;
  let openParens = 0;
  let closeParens = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === Char.Space || cls === Char.Newline || cls === Char.Control || cls === Char.Invisible) break;
    if (cls === Char.LowSurrogate) break;
    if (cls === Char.HighSurrogate) {
      if (i + 1 < n && charClass(text.charCodeAt(i + 1)) === Char.LowSurrogate) {
        i += 2;
        continue;
      }
      break;
    }
    if (URL_STOPPERS.includes(text[i]!)) break;
    if (code === OPEN_PAREN) openParens++;
    else if (code === CLOSE_PAREN) closeParens++;
    i++;
  }
  while (i > start) {
    const last = text.charCodeAt(i - 1);
    if (last === CLOSE_PAREN && closeParens > openParens) {
      closeParens--;
      i--;
      continue;
    }
    if (".,;:!?'’".includes(text[i - 1]!)) {
      i--;
      continue;
    }
    break;
  }
  scannedKind = Kind.Url;
  scannedFlags = 0;
  return i;
}

function isEmailLocalChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === DOT ||
    code === 0x5f ||
    code === 0x25 ||
    code === 0x2b ||
    code === HYPHEN
  );
}

function isDomainChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === HYPHEN ||
    (code >= 0xc0 && charClass(code) === Char.Letter)
  );
}

/** `name@example.de`: returns the end of the address or 0. */
function scanEmail(text: string, start: number): number {
  const n = text.length;
  if (start < noEmailBefore) return 0;
  let i = start;
  while (i < n && isEmailLocalChar(text.charCodeAt(i))) i++;
  if (i === start || i >= n || text.charCodeAt(i) !== AT) {
    noEmailBefore = i;
    return 0;
  }
  i++;
  let labels = 0;
  let lastLabelStart = i;
  let end = 0;
  while (i < n) {
    const labelStart = i;
    while (i < n && isDomainChar(text.charCodeAt(i))) i++;
    if (i === labelStart) break;
    labels++;
    lastLabelStart = labelStart;
    end = i;
    if (i + 1 < n && text.charCodeAt(i) === DOT && isDomainChar(text.charCodeAt(i + 1))) i++;
    else break;
  }
  if (labels < 2 || end - lastLabelStart < 2) return 0;
  return end;
}

/** `bund.de`, `ov-symposium.nrw`: lower-case dotted words with a known top-level domain. */
function isDomainName(text: string, start: number, end: number, words: TextWords): boolean {
  const lastDot = text.lastIndexOf('.', end - 1);
  if (lastDot <= start) return false;
  const tld = text.slice(lastDot + 1, end);
  if (!words.topLevelDomains.has(tld)) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) return false;
  }
  return true;
}

/**
 * Numbers, dates, times and ordinals: `3,5`, `1.234`, `2.0`, `04.10.2023`,
 * `2024-09-11`, `18:30`, `24.` before `ÖV-Symposium`. Digits glued to letters
 * (`5G`, `24-Stunden-Service`) continue as a word.
 */
function scanNumberLike(text: string, start: number, atLineStart: boolean, words: TextWords): number {
  const n = text.length;
  let i = start;
  while (isDigitAt(text, i)) i++;
  const firstGroupLength = i - start;
  const next = i < n ? text.charCodeAt(i) : -1;

  if (next === COLON && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && !isDigitAt(text, i + 3)) {
    const hours = Number(text.slice(start, i));
    const minutes = Number(text.slice(i + 1, i + 3));
    if (firstGroupLength <= 2 && hours <= 24 && minutes <= 59) {
      i += 3;
      if (text.charCodeAt(i) === COLON && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && !isDigitAt(text, i + 3)) {
        i += 3;
      }
      scannedKind = Kind.Time;
      return i;
    }
  }

  if (next === HYPHEN && firstGroupLength === 4 && isIsoDateRest(text, i)) {
    scannedKind = Kind.Date;
    return i + 6;
  }

  if (next === DOT && isDigitAt(text, i + 1)) {
    const groupStarts = [start];
    const groupEnds = [i];
    while (i < n && text.charCodeAt(i) === DOT && isDigitAt(text, i + 1)) {
      i++;
      groupStarts.push(i);
      while (isDigitAt(text, i)) i++;
      groupEnds.push(i);
      if (groupStarts.length > 64) break;
    }
    const groups = groupStarts.length;
    if (groups === 3 && isDayMonth(text, groupStarts, groupEnds) && isYear(groupEnds[2]! - groupStarts[2]!)) {
      scannedKind = Kind.Date;
      return i;
    }
    if (
      groups === 2 &&
      text.charCodeAt(i) === DOT &&
      !isDigitAt(text, i + 1) &&
      isDayMonth(text, groupStarts, groupEnds)
    ) {
      scannedKind = Kind.Date;
      return i + 1;
    }
    scannedKind = Kind.Number;
    return scanDecimalPart(text, i);
  }

  if (next === COMMA && isDigitAt(text, i + 1)) {
    scannedKind = Kind.Number;
    return scanDecimalPart(text, i);
  }

  if (next === DOT && firstGroupLength <= 3 && isOrdinalPeriod(text, start, i, atLineStart, words)) {
    scannedKind = Kind.Ordinal;
    return i + 1;
  }

  if (i < n) {
    const cls = charClass(next);
    if (cls === Char.Letter || (next === HYPHEN && isLetterAt(text, i + 1))) {
      return scanWordLike(text, start, i, words);
    }
  }
  scannedKind = Kind.Number;
  return i;
}

function isIsoDateRest(text: string, i: number): boolean {
  return (
    isDigitAt(text, i + 1) &&
    isDigitAt(text, i + 2) &&
    text.charCodeAt(i + 3) === HYPHEN &&
    isDigitAt(text, i + 4) &&
    isDigitAt(text, i + 5) &&
    !isDigitAt(text, i + 6)
  );
}

function isDayMonth(text: string, starts: number[], ends: number[]): boolean {
  const dayLength = ends[0]! - starts[0]!;
  const monthLength = ends[1]! - starts[1]!;
  if (dayLength > 2 || monthLength > 2) return false;
  const day = Number(text.slice(starts[0], ends[0]));
  const month = Number(text.slice(starts[1], ends[1]));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function isYear(length: number): boolean {
  return length === 2 || length === 4;
}

/** A decimal comma part: `3,5`, `1.234,56`. */
function scanDecimalPart(text: string, i: number): number {
  if (text.charCodeAt(i) === COMMA && isDigitAt(text, i + 1)) {
    i++;
    while (isDigitAt(text, i)) i++;
  }
  return i;
}

/**
 * Digits from `start` followed by a period at `dot`: an ordinal (`24.
 * ÖV-Symposium`, `am 11. September`, `16./17.11.`, a date written with spaces
 * `am 11. 8. 2015`, a list marker `1. ` at a line start) or a number that ends a
 * sentence (`… stieg auf 24. Die …`)?
 */
function isOrdinalPeriod(text: string, start: number, dot: number, atLineStart: boolean, words: TextWords): boolean {
  const n = text.length;
  const p = dot + 1;
  if (p >= n) return false;
  const next = text.charCodeAt(p);
  if (next === SLASH || next === HYPHEN || next === 0x2013 || next === COMMA) return true;
  const nextClass = charClass(next);
  if (nextClass === Char.Letter) return true;
  if (!isInlineSpace(next) && next !== 0x09 && nextClass !== Char.Newline) return false;
  let q = p;
  while (q < n && q - p < 8 && (isInlineSpace(text.charCodeAt(q)) || text.charCodeAt(q) === 0x09)) q++;
  if (q >= n) return false;
  const code = text.charCodeAt(q);
  const cls = charClass(code);
  // At a line end only a month on the next line makes it a date (`am 3.⏎März`).
  if (cls === Char.Newline) return monthFollowsLineBreak(text, q, words);
  if (cls === Char.Digit) return isSpacedDatePart(text, start, dot, q);
  if (atLineStart) return true;
  if (cls === Char.Quote) return code === 0x201e || code === 0xbb; // „ or » opens a title
  if (cls !== Char.Letter) return false;
  if (!isUpper(code)) return true;
  const word = letterRun(text, q);
  if (isMonthAt(text, q, word, words)) return true;
  return !words.sentenceStarters.has(word);
}

/**
 * `11. 8. 2015`: the day before a month number with its period, or the month
 * before a year of four digits; `q` is where the digits after the space begin.
 */
function isSpacedDatePart(text: string, start: number, dot: number, q: number): boolean {
  const value = Number(text.slice(start, dot));
  if (dot - start > 2 || value < 1) return false;
  let end = q;
  while (isDigitAt(text, end) && end - q < 5) end++;
  const digits = end - q;
  const following = text.charCodeAt(end);
  if (value <= 31 && digits <= 2 && following === DOT && !isDigitAt(text, end + 1)) {
    const month = Number(text.slice(q, end));
    return month >= 1 && month <= 12;
  }
  const century = text.charCodeAt(q);
  return (
    value <= 12 &&
    digits === 4 &&
    (century === 0x31 || century === 0x32) &&
    !isDigitAt(text, end) &&
    !((following === DOT || following === COMMA) && isDigitAt(text, end + 1))
  );
}

function letterRun(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < MAX_LOOKAHEAD_WORD && charClass(text.charCodeAt(end)) === Char.Letter)
    end++;
  return text.slice(start, end);
}

function isMonthAt(text: string, start: number, word: string, words: TextWords): boolean {
  return words.months.has(word) || (text.charCodeAt(start + word.length) === DOT && words.months.has(word + '.'));
}

/** `newline` is a line break: does the next line begin with a month name? */
function monthFollowsLineBreak(text: string, newline: number, words: TextWords): boolean {
  let p = newline + (text.charCodeAt(newline) === 0x0d && text.charCodeAt(newline + 1) === 0x0a ? 2 : 1);
  while (p < text.length && p - newline < 8 && isInlineSpace(text.charCodeAt(p))) p++;
  if (p >= text.length || !isUpper(text.charCodeAt(p))) return false;
  return isMonthAt(text, p, letterRun(text, p), words);
}

/** Periods: a single `.` or an ellipsis `...`. */
function scanPeriods(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text.charCodeAt(i) === DOT) i++;
  scannedKind = Kind.Punctuation;
  return i;
}

/** Runs of `?` and `!` form one token (`?!`); every other mark stands alone. */
function scanPunctuation(text: string, start: number, code: number): number {
  if (code !== 0x3f && code !== 0x21) return start + 1;
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x3f && c !== 0x21) break;
    i++;
  }
  return i;
}

const SECTION_SIGN = 0xa7;

function scanSymbol(text: string, start: number, code: number): number {
  // `§§ 119, 124`: the sign doubled for several sections is one token.
  if (code === SECTION_SIGN && text.charCodeAt(start + 1) === SECTION_SIGN) {
    scannedKind = Kind.Symbol;
    return start + 2;
  }
  if (code === 0x23 && isLetterAt(text, start + 1)) {
    // `#OZG2024`
    let i = start + 1;
    while (i < text.length && (isWordCharAt(text, i) || text.charCodeAt(i) === 0x5f)) i++;
    scannedKind = Kind.Hashtag;
    return i;
  }
  scannedKind = Kind.Symbol;
  return extendSymbol(text, start + 1);
}

const ZERO_WIDTH_JOINER = 0x200d;

/**
 * A symbol keeps what modifies it: combining marks and variation selectors
 * (`❤️`), and further symbols joined by a zero-width joiner (`👩‍💻`).
 */
function extendSymbol(text: string, i: number): number {
  const n = text.length;
  let pairedFlag = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === Char.Mark) {
      i++;
    } else if (cls === Char.HighSurrogate && i + 1 < n && isEmojiModifier(text, i)) {
      i += 2;
    } else if (
      cls === Char.HighSurrogate &&
      isRegionalIndicator(text, i) &&
      isRegionalIndicator(text, i - 2) &&
      !pairedFlag
    ) {
      // `🇩🇪`: two regional indicators form one flag.
      pairedFlag = true;
      i += 2;
    } else if (code === ZERO_WIDTH_JOINER && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      const nextClass = charClass(next);
      if (nextClass === Char.Symbol) i += 2;
      else if (nextClass === Char.HighSurrogate && i + 2 < n && charClass(text.charCodeAt(i + 2)) === Char.LowSurrogate)
        i += 3;
      else break;
    } else {
      break;
    }
  }
  return i;
}

function isRegionalIndicator(text: string, i: number): boolean {
  if (i < 0) return false;
  const codePoint = text.codePointAt(i) ?? 0;
  return codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
}

/** Skin-tone modifiers U+1F3FB..U+1F3FF (a surrogate pair starting at `i`). */
function isEmojiModifier(text: string, i: number): boolean {
  const codePoint = text.codePointAt(i) ?? 0;
  return codePoint >= 0x1f3fb && codePoint <= 0x1f3ff;
}
