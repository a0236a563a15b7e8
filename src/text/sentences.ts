// The sentence splitter: decides after which tokens a sentence ends, from
// terminal punctuation, abbreviations that may close a sentence, and the
// document's line structure (headings, list items, blank lines, wrapped text).
// The conventions it follows are those of corpus/README.md.

import { Char, charClass, isLower, isUpper } from './char-class.js';
import type { TextWords } from './text-words.js';
import { Flag, Kind, type TokenTable } from './token-table.js';

/** Sentences as inclusive token index ranges into a TokenTable. */
export interface SentenceTable {
  count: number;
  firstToken: Int32Array;
  lastToken: Int32Array;
}

const LIST_BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪', '►', '→', '✓', '○', '◦', '■', '□', '➢', '>']);
const TERMINALS = new Set(['.', '!', '?', '…']);
const CONTINUING_PUNCTUATION = new Set([',', ';', ':', ')', ']', '/']);
const DASHES = new Set(['-', '–', '—']);
const CLOSING_BRACKETS = new Set([')', ']', '}']);
const OPENING_QUOTES = new Set(['„', '‚', '»', '«', '"', '“']);
const OMISSION_OPENERS = new Set(['[', '(']);

export function splitTokenTable(table: TokenTable, words: TextWords): SentenceTable {
  const { count } = table;
  const firstToken = new Int32Array(Math.max(1, count >> 2));
  const lastToken = new Int32Array(firstToken.length);
  const sentences: SentenceTable = { count: 0, firstToken, lastToken };
  if (count === 0) return sentences;

  const reader = new TokenReader(table, words);
  let sentenceStart = 0;
  let lineStart = 0;
  for (let i = 0; i < count; i++) {
    let last = i;
    let closes = false;
    if (reader.isTerminal(i)) {
      last = reader.absorbClosers(i);
      closes = last + 1 >= count || reader.sentenceEndsAfterTerminal(i, last);
    } else if (i + 1 >= count) {
      closes = true;
    } else if (table.flags[i + 1]! & Flag.BlankLineBefore) {
      closes = true;
    } else {
      closes =
        reader.abbreviationClosesSentence(i) ||
        ((table.flags[i + 1]! & Flag.NewlineBefore) !== 0 && reader.lineEndsSentence(i, lineStart));
    }
    if (closes) {
      pushSentence(sentences, sentenceStart, last);
      sentenceStart = last + 1;
    }
    // Tokens absorbed after a terminal may still be followed by a line break.
    if (!closes && last > i) {
      i = last - 1;
      continue;
    }
    i = last;
    if (i + 1 < count && table.flags[i + 1]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) lineStart = i + 1;
  }
  return sentences;
}

function pushSentence(sentences: SentenceTable, first: number, last: number): void {
  if (sentences.count === sentences.firstToken.length) {
    const firstToken = new Int32Array(sentences.count * 2);
    firstToken.set(sentences.firstToken);
    const lastToken = new Int32Array(sentences.count * 2);
    lastToken.set(sentences.lastToken);
    sentences.firstToken = firstToken;
    sentences.lastToken = lastToken;
  }
  sentences.firstToken[sentences.count] = first;
  sentences.lastToken[sentences.count] = last;
  sentences.count++;
}

/** Questions the splitter asks about tokens; reads the table, allocates little. */
class TokenReader {
  private layout: WrapLayout | undefined;

  constructor(
    private readonly table: TokenTable,
    private readonly words: TextWords,
  ) {}

  private textOf(i: number): string {
    return this.table.text.slice(this.table.starts[i], this.table.ends[i]);
  }

  private firstCode(i: number): number {
    return this.table.text.charCodeAt(this.table.starts[i]!);
  }

  private singleChar(i: number): string | undefined {
    const { starts, ends, text } = this.table;
    return ends[i]! - starts[i]! === 1 ? text[starts[i]!] : undefined;
  }

  isTerminal(i: number): boolean {
    if (this.table.kinds[i] !== Kind.Punctuation) return false;
    if (!TERMINALS.has(this.table.text[this.table.starts[i]!]!)) return false;
    // `[…]` and `(...)` mark an omission inside a sentence.
    return !(
      i > 0 &&
      (this.table.flags[i]! & Flag.SpaceBefore) === 0 &&
      OMISSION_OPENERS.has(this.singleChar(i - 1) ?? '')
    );
  }

  /** `usw.` before any capitalised word, `Mio.` before a sentence starter. */
  abbreviationClosesSentence(i: number): boolean {
    const flags = this.table.flags[i]!;
    if (flags & Flag.FinalAbbreviation) return this.isSentenceStarter(i + 1);
    if (flags & Flag.ClosingAbbreviation) {
      return !this.startsLowerCase(i + 1) && this.table.kinds[i + 1] !== Kind.Punctuation;
    }
    return false;
  }

  /** Closing quotes and brackets glued to a terminal belong to its sentence. */
  absorbClosers(i: number): number {
    const { kinds, flags, count } = this.table;
    let j = i;
    while (j + 1 < count && (flags[j + 1]! & Flag.SpaceBefore) === 0) {
      const next = j + 1;
      const char = this.singleChar(next);
      if (kinds[next] === Kind.Quote || (char !== undefined && CLOSING_BRACKETS.has(char))) j = next;
      else if (this.isTerminal(next)) j = next;
      else break;
    }
    return j;
  }

  sentenceEndsAfterTerminal(terminal: number, last: number): boolean {
    const { flags } = this.table;
    const next = last + 1;
    if (flags[next]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) return true;
    const char = this.singleChar(next);
    if (char !== undefined && CONTINUING_PUNCTUATION.has(char)) return false;
    if (char !== undefined && DASHES.has(char) && last > terminal) return false;
    return !this.startsLowerCase(next);
  }

  /** A word that begins lower case and has no capital inside (`und`, not `eAkte`). */
  startsLowerCase(i: number): boolean {
    const { text, starts, ends, kinds } = this.table;
    if (kinds[i] === Kind.Url || kinds[i] === Kind.Email) return false;
    if (!isLower(this.firstCode(i))) return false;
    for (let p = starts[i]! + 1; p < ends[i]!; p++) {
      if (isUpper(text.charCodeAt(p))) return false;
    }
    return true;
  }

  /** A word that typically opens a German sentence (`Die`, `Wir`, `Dabei`). */
  isSentenceStarter(i: number): boolean {
    if (this.table.kinds[i] !== Kind.Word) return false;
    return this.words.sentenceStarters.has(this.textOf(i));
  }

  /** A line break follows token `last`; does the sentence end with the line? */
  lineEndsSentence(last: number, lineStart: number): boolean {
    const next = last + 1;
    const { kinds, flags } = this.table;
    const char = this.singleChar(last);
    if (char === ',' || char === ';' || char === '(' || char === '[') return false;
    if (kinds[last] === Kind.Quote && OPENING_QUOTES.has(char ?? '') && flags[last]! & Flag.SpaceBefore) return false;
    if (flags[last]! & Flag.Suspended) return false;
    if (kinds[last] === Kind.Word && this.words.lineContinuers.has(this.textOf(last))) return false;
    if (this.isListMarker(next)) return true;
    if (char === ':') return true;
    if (this.startsLowerCase(next)) return false;
    if (this.isListMarker(lineStart)) return true;
    const layout = (this.layout ??= measureWrapLayout(this.table.text));
    if (layout.wrapped) {
      // A wrapping program breaks a line only where the next word would not
      // fit; where it would have fitted, the author broke the line.
      const lineLength = this.table.ends[last]! - this.table.starts[lineStart]!;
      return lineLength + 1 + this.firstWordLength(next) <= layout.width;
    }
    return true;
  }

  /** Length of the text from token `i` to the next space: what a wrapper moves as one. */
  private firstWordLength(i: number): number {
    const { flags, starts, ends, count } = this.table;
    let j = i;
    while (j + 1 < count && (flags[j + 1]! & Flag.SpaceBefore) === 0) j++;
    return ends[j]! - starts[i]!;
  }

  /** `- `, `• `, `1. `, `a) ` at the start of a line. */
  isListMarker(i: number): boolean {
    const { kinds, flags, count } = this.table;
    if (i >= count) return false;
    if (i > 0 && (flags[i]! & (Flag.NewlineBefore | Flag.BlankLineBefore)) === 0) return false;
    const followedBySpace = i + 1 < count && (flags[i + 1]! & Flag.SpaceBefore) !== 0;
    if (kinds[i] === Kind.Ordinal) return followedBySpace;
    const char = this.singleChar(i);
    if (char !== undefined && LIST_BULLETS.has(char)) return followedBySpace;
    if (i + 1 < count && this.singleChar(i + 1) === ')' && (flags[i + 1]! & Flag.SpaceBefore) === 0) {
      const length = this.table.ends[i]! - this.table.starts[i]!;
      return length <= 2 && (kinds[i] === Kind.Number || kinds[i] === Kind.Word);
    }
    return false;
  }
}

interface WrapLayout {
  wrapped: boolean;
  width: number;
}

/**
 * Detects hard-wrapped text (e-mails, exports at a fixed column): most lines
 * inside paragraphs have nearly the same length and do not end a sentence.
 */
export function measureWrapLayout(text: string): WrapLayout {
  const innerLineLengths: number[] = [];
  let openLines = 0;
  let lineStart = 0;
  let previousLength = -1;
  let previousEndsOpen = false;
  for (let i = 0; i <= text.length; i++) {
    const atEnd = i === text.length;
    if (!atEnd && charClass(text.charCodeAt(i)) !== Char.Newline) continue;
    const line = text.slice(lineStart, i).trim();
    if (!atEnd && text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (line.length > 0 && previousLength > 0) {
      innerLineLengths.push(previousLength);
      if (previousEndsOpen) openLines++;
    }
    previousLength = line.length;
    previousEndsOpen = line.length > 0 && !TERMINALS.has(line[line.length - 1]!);
    lineStart = i + 1;
  }
  if (innerLineLengths.length < 3) return { wrapped: false, width: 0 };
  const sorted = [...innerLineLengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < 40 || width > 100) return { wrapped: false, width };
  const nearWidth = innerLineLengths.filter((length) => length >= width * 0.75 && length <= width + 5).length;
  const wrapped = nearWidth >= innerLineLengths.length * 0.6 && openLines >= innerLineLengths.length * 0.5;
  return { wrapped, width };
}
