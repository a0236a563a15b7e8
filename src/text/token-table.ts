// The tokenizer's output as flat typed arrays: later stages read tokens by index
// and objects are built only when a caller asks for them (see tokenize()).

export const TOKEN_KINDS = [
  'word',
  'number',
  'ordinal',
  'date',
  'time',
  'punctuation',
  'quote',
  'abbreviation',
  'url',
  'email',
  'hashtag',
  'symbol',
] as const;

export type TokenKind = (typeof TOKEN_KINDS)[number];

export const enum Kind {
  Word = 0,
  Number = 1,
  Ordinal = 2,
  Date = 3,
  Time = 4,
  Punctuation = 5,
  Quote = 6,
  Abbreviation = 7,
  Url = 8,
  Email = 9,
  Hashtag = 10,
  Symbol = 11,
}

/** Bit flags stored per token. */
export const enum Flag {
  /** Whitespace precedes the token. */
  SpaceBefore = 1,
  /** Exactly one line break precedes the token. */
  NewlineBefore = 2,
  /** Two or more line breaks (a blank line) precede the token. */
  BlankLineBefore = 4,
  /** A word ending in a suspended hyphen: `Bundes-` in `Bundes- und Landesebene`. */
  Suspended = 8,
  /** A word with a gender sign: `Mitarbeiter:innen`, `Kolleg*innen`. */
  Gender = 16,
  /** An abbreviation that closes a sentence before a sentence starter (`Mio.`). */
  FinalAbbreviation = 32,
  /** Contains invisible characters or a line-break hyphenation to drop when normalising. */
  NeedsCleaning = 64,
  /** An abbreviation that closes a sentence before any capitalised word (`usw.`). */
  ClosingAbbreviation = 128,
}

export interface TokenTable {
  readonly text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  flags: Uint8Array;
  /** Counts of unusual input the scanner saw (control characters, lone surrogates). */
  controlChars: number;
  loneSurrogates: number;
}

export function createTokenTable(text: string): TokenTable {
  // One token per ~5 characters is typical German prose; arrays grow when needed.
  const capacity = Math.max(16, (text.length >> 2) + 16);
  return {
    text,
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    kinds: new Uint8Array(capacity),
    flags: new Uint8Array(capacity),
    controlChars: 0,
    loneSurrogates: 0,
  };
}

export function pushToken(table: TokenTable, start: number, end: number, kind: Kind, flags: number): void {
  if (table.count === table.starts.length) grow(table);
  const i = table.count++;
  table.starts[i] = start;
  table.ends[i] = end;
  table.kinds[i] = kind;
  table.flags[i] = flags;
}

function grow(table: TokenTable): void {
  const capacity = table.starts.length * 2;
  const starts = new Int32Array(capacity);
  starts.set(table.starts);
  const ends = new Int32Array(capacity);
  ends.set(table.ends);
  const kinds = new Uint8Array(capacity);
  kinds.set(table.kinds);
  const flags = new Uint8Array(capacity);
  flags.set(table.flags);
  table.starts = starts;
  table.ends = ends;
  table.kinds = kinds;
  table.flags = flags;
}
