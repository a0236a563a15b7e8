import { describe, it, expect } from 'vitest';
import { tokenize, type Token, type TokenKind } from '../../src/index.js';
import { callWithTimeLimit } from '../helpers.js';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const KINDS: readonly TokenKind[] = [
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
];

/** The surfaces of the tokens of `text`. */
function texts(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

/** `[surface, kind]` for every token of `text`. */
function kinds(text: string): [string, TokenKind][] {
  return tokenize(text).map((t) => [t.text, t.kind]);
}

/** The one token of `text` whose surface is `surface`. */
function tokenOf(text: string, surface: string): Token {
  const found = tokenize(text).filter((t) => t.text === surface);
  expect(found, `exactly one token ${JSON.stringify(surface)} in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
}

function stemOf(word: string): string {
  const tokens = tokenize(word);
  expect(tokens).toHaveLength(1);
  return tokens[0]!.stem;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * What the tokenizer may leave outside every token (src/text/char-class.ts):
 * - white space: tab, space, every other Unicode space separator (Zs, which
 *   includes U+00A0 and U+202F), zero-width space U+200B and the BOM U+FEFF;
 * - line breaks: \n \r \v \f U+0085 U+2028 U+2029;
 * - invisibles (soft hyphen U+00AD, ZWNJ U+200C, ZWJ U+200D, word joiner U+2060,
 *   U+180E) — they stay in a token only when they sit inside a word;
 * - control characters: U+0000–U+001F and U+007F–U+009F;
 * - lone surrogates (a high surrogate not followed by a low one, a low
 *   surrogate not preceded by a high one).
 * Everything else — letters, digits, punctuation, quotes, symbols, emoji —
 * must be inside some token.
 */
const SKIPPABLE =
  /^[\p{Zs}\t\u200B\uFEFF\n\r\u000B\u000C\u0085\u2028\u2029\u00AD\u200C\u200D\u2060\u180E\u0000-\u001F\u007F-\u009F]$/u;

function mayBeSkipped(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isHigh(c)) return !(i + 1 < text.length && isLow(text.charCodeAt(i + 1)));
  if (isLow(c)) return !(i > 0 && isHigh(text.charCodeAt(i - 1)));
  return SKIPPABLE.test(text[i]!);
}

function describeChar(text: string, i: number): string {
  return `U+${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')} at ${i}`;
}

/**
 * The invariants every tokenization must satisfy: true offsets, non-empty
 * tokens in order without overlap, no visible character lost, no surrogate
 * pair split, a known kind, and a lower-case norm without soft hyphens.
 */
function expectWellFormed(text: string, tokens: Token[] = tokenize(text)): void {
  const label = JSON.stringify(text);
  const covered = new Uint8Array(text.length);
  let previousEnd = 0;
  for (const t of tokens) {
    expect(text.slice(t.start, t.end), `offsets of ${JSON.stringify(t)} in ${label}`).toBe(t.text);
    expect(t.start, `non-empty token in ${label}`).toBeLessThan(t.end);
    expect(t.start, `tokens ordered and non-overlapping in ${label}`).toBeGreaterThanOrEqual(previousEnd);
    expect(KINDS, `kind of ${JSON.stringify(t.text)}`).toContain(t.kind);
    expect(t.norm, `norm of ${JSON.stringify(t.text)} is lower case`).toBe(t.norm.toLowerCase());
    expect(t.norm.includes('\u00AD'), `norm of ${JSON.stringify(t.text)} has no soft hyphen`).toBe(false);
    const splitsPairAtStart = t.start > 0 && isLow(text.charCodeAt(t.start)) && isHigh(text.charCodeAt(t.start - 1));
    const splitsPairAtEnd = t.end < text.length && isHigh(text.charCodeAt(t.end - 1)) && isLow(text.charCodeAt(t.end));
    expect(splitsPairAtStart || splitsPairAtEnd, `${JSON.stringify(t.text)} splits a surrogate pair in ${label}`).toBe(
      false,
    );
    covered.fill(1, t.start, t.end);
    previousEnd = t.end;
  }
  const lost: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !mayBeSkipped(text, i)) lost.push(describeChar(text, i));
  }
  expect(lost, `characters outside every token in ${label}`).toEqual([]);
}

/** mulberry32: a small deterministic PRNG so the random inputs are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

describe('gender forms are kept whole', () => {
  it('keeps "Mitarbeiter:innen" (gender colon) as one word', () => {
    expect(kinds('Alle Mitarbeiter:innen kamen.')).toEqual([
      ['Alle', 'word'],
      ['Mitarbeiter:innen', 'word'],
      ['kamen', 'word'],
      ['.', 'punctuation'],
    ]);
    expect(tokenOf('Alle Mitarbeiter:innen kamen.', 'Mitarbeiter:innen').gender).toBe(true);
  });

  it('keeps "Kolleg*innen" (gender star) as one word', () => {
    expect(texts('die Kolleg*innen im Amt')).toEqual(['die', 'Kolleg*innen', 'im', 'Amt']);
    const token = tokenOf('die Kolleg*innen im Amt', 'Kolleg*innen');
    expect(token.kind).toBe('word');
    expect(token.gender).toBe(true);
  });

  it('keeps "MitarbeiterInnen" (Binnen-I) as one word', () => {
    expect(kinds('Die MitarbeiterInnen der Stadt')).toEqual([
      ['Die', 'word'],
      ['MitarbeiterInnen', 'word'],
      ['der', 'word'],
      ['Stadt', 'word'],
    ]);
  });

  it('keeps "Bürger_innen" (gender gap) as one word', () => {
    expect(texts('für Bürger_innen und Unternehmen')).toEqual(['für', 'Bürger_innen', 'und', 'Unternehmen']);
    const token = tokenOf('für Bürger_innen und Unternehmen', 'Bürger_innen');
    expect(token.kind).toBe('word');
    expect(token.gender).toBe(true);
  });

  it('keeps "Lehrer/-innen" (slash and hyphen) as one word', () => {
    expect(texts('Lehrer/-innen an Schulen')).toEqual(['Lehrer/-innen', 'an', 'Schulen']);
    const token = tokenOf('Lehrer/-innen an Schulen', 'Lehrer/-innen');
    expect(token.kind).toBe('word');
    expect(token.gender).toBe(true);
  });
});

describe('hyphenated and dotted names', () => {
  it('keeps "ÖV-Symposium" as one word', () => {
    expect(kinds('beim ÖV-Symposium')).toEqual([
      ['beim', 'word'],
      ['ÖV-Symposium', 'word'],
    ]);
  });

  it('keeps "Wirtschafts-Service-Portal.NRW" as one word', () => {
    expect(kinds('über das Wirtschafts-Service-Portal.NRW beantragen')).toEqual([
      ['über', 'word'],
      ['das', 'word'],
      ['Wirtschafts-Service-Portal.NRW', 'word'],
      ['beantragen', 'word'],
    ]);
  });

  it('keeps "IT.NRW" as one word', () => {
    expect(kinds('Der Landesbetrieb IT.NRW betreibt es.')).toEqual([
      ['Der', 'word'],
      ['Landesbetrieb', 'word'],
      ['IT.NRW', 'word'],
      ['betreibt', 'word'],
      ['es', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps "Komm.ONE" as one word', () => {
    expect(kinds('Die Komm.ONE ist Dienstleister.')).toEqual([
      ['Die', 'word'],
      ['Komm.ONE', 'word'],
      ['ist', 'word'],
      ['Dienstleister', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps "E-Akte" as one word', () => {
    expect(kinds('Die E-Akte kommt.')).toEqual([
      ['Die', 'word'],
      ['E-Akte', 'word'],
      ['kommt', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps "eGovernment-Gesetz" as one word', () => {
    expect(kinds('Das eGovernment-Gesetz gilt.')).toEqual([
      ['Das', 'word'],
      ['eGovernment-Gesetz', 'word'],
      ['gilt', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps "Ende-zu-Ende-Prozesse" as one word', () => {
    expect(kinds('durchgängige Ende-zu-Ende-Prozesse')).toEqual([
      ['durchgängige', 'word'],
      ['Ende-zu-Ende-Prozesse', 'word'],
    ]);
  });

  it('keeps "Covid-19-Pandemie" (digits inside) as one word', () => {
    expect(kinds('seit der Covid-19-Pandemie')).toEqual([
      ['seit', 'word'],
      ['der', 'word'],
      ['Covid-19-Pandemie', 'word'],
    ]);
  });
});

// ---------------------------------------------------------------------------
// Numbers, times, dates, ordinals
// ---------------------------------------------------------------------------

describe('numbers', () => {
  it('reads "3,5" with a decimal comma as one number', () => {
    expect(kinds('rund 3,5 Prozent')).toEqual([
      ['rund', 'word'],
      ['3,5', 'number'],
      ['Prozent', 'word'],
    ]);
  });

  it('reads "1.234" with a thousands point as one number', () => {
    expect(kinds('bereits 1.234 Vorgänge')).toEqual([
      ['bereits', 'word'],
      ['1.234', 'number'],
      ['Vorgänge', 'word'],
    ]);
  });

  it('reads "1.234,56" as one number', () => {
    expect(kinds('kostet 1.234,56 Euro')).toEqual([
      ['kostet', 'word'],
      ['1.234,56', 'number'],
      ['Euro', 'word'],
    ]);
  });

  it('reads "2.0" in "OZG 2.0" as one number', () => {
    expect(kinds('Das OZG 2.0 kommt.')).toEqual([
      ['Das', 'word'],
      ['OZG', 'word'],
      ['2.0', 'number'],
      ['kommt', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps a slash between numbers with spaces around it a token of its own ("3 / 4")', () => {
    expect(texts('Punkte 3 / 4')).toEqual(['Punkte', '3', '/', '4']);
  });

  it('keeps a comma after a number outside it ("3, 4")', () => {
    expect(kinds('Punkte 3, 4 und 5')).toEqual([
      ['Punkte', 'word'],
      ['3', 'number'],
      [',', 'punctuation'],
      ['4', 'number'],
      ['und', 'word'],
      ['5', 'number'],
    ]);
  });
});

describe('times', () => {
  it('reads "18:30" as a time', () => {
    expect(kinds('bis 18:30 geöffnet')).toEqual([
      ['bis', 'word'],
      ['18:30', 'time'],
      ['geöffnet', 'word'],
    ]);
  });

  it('reads "09:30 Uhr" as a time followed by the word "Uhr"', () => {
    expect(kinds('09:30 Uhr')).toEqual([
      ['09:30', 'time'],
      ['Uhr', 'word'],
    ]);
  });
});

describe('dates', () => {
  it('reads "04.10.2023" as a date', () => {
    expect(kinds('am 04.10.2023 beschlossen')).toEqual([
      ['am', 'word'],
      ['04.10.2023', 'date'],
      ['beschlossen', 'word'],
    ]);
  });

  it('reads "4.10.23" with a two-digit year as a date', () => {
    expect(kinds('am 4.10.23 beschlossen')).toEqual([
      ['am', 'word'],
      ['4.10.23', 'date'],
      ['beschlossen', 'word'],
    ]);
  });

  it('reads the ISO date "2024-09-11" as a date', () => {
    expect(kinds('Stand: 2024-09-11')).toEqual([
      ['Stand', 'word'],
      [':', 'punctuation'],
      ['2024-09-11', 'date'],
    ]);
  });

  it('reads "16./17.11.2020" as ordinal, slash, date', () => {
    expect(kinds('am 16./17.11.2020 in Berlin')).toEqual([
      ['am', 'word'],
      ['16.', 'ordinal'],
      ['/', 'punctuation'],
      ['17.11.2020', 'date'],
      ['in', 'word'],
      ['Berlin', 'word'],
    ]);
  });

  it('reads a date written with spaces, "am 11. 8. 2015", as two ordinals and a year', () => {
    expect(kinds('Urteil vom 11. 8. 2015 und vom 06. 08. 2015.')).toEqual([
      ['Urteil', 'word'],
      ['vom', 'word'],
      ['11.', 'ordinal'],
      ['8.', 'ordinal'],
      ['2015', 'number'],
      ['und', 'word'],
      ['vom', 'word'],
      ['06.', 'ordinal'],
      ['08.', 'ordinal'],
      ['2015', 'number'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps the sentence period after a date at the end of a sentence outside it', () => {
    expect(kinds('Er tagte am 04.10.2023.')).toEqual([
      ['Er', 'word'],
      ['tagte', 'word'],
      ['am', 'word'],
      ['04.10.2023', 'date'],
      ['.', 'punctuation'],
    ]);
  });
});

describe('ordinals versus a number ending a sentence', () => {
  it('reads "24." in "24. ÖV-Symposium" as an ordinal', () => {
    expect(kinds('Das 24. ÖV-Symposium beginnt.')).toEqual([
      ['Das', 'word'],
      ['24.', 'ordinal'],
      ['ÖV-Symposium', 'word'],
      ['beginnt', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('reads "11." in "am 11. September 2024" as an ordinal', () => {
    expect(kinds('am 11. September 2024')).toEqual([
      ['am', 'word'],
      ['11.', 'ordinal'],
      ['September', 'word'],
      ['2024', 'number'],
    ]);
  });

  it('reads a list marker "1. " at the start of a line as an ordinal, even before "Die"', () => {
    expect(kinds('Ablauf:\n1. Die Anmeldung\n2. Der Antrag')).toEqual([
      ['Ablauf', 'word'],
      [':', 'punctuation'],
      ['1.', 'ordinal'],
      ['Die', 'word'],
      ['Anmeldung', 'word'],
      ['2.', 'ordinal'],
      ['Der', 'word'],
      ['Antrag', 'word'],
    ]);
  });

  it('reads "stieg auf 24. Die …" as a number followed by a sentence period', () => {
    expect(kinds('Die Zahl stieg auf 24. Die Kommunen freuen sich.')).toEqual([
      ['Die', 'word'],
      ['Zahl', 'word'],
      ['stieg', 'word'],
      ['auf', 'word'],
      ['24', 'number'],
      ['.', 'punctuation'],
      ['Die', 'word'],
      ['Kommunen', 'word'],
      ['freuen', 'word'],
      ['sich', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('reads a number before a period at the end of the text as number and punctuation', () => {
    expect(kinds('Es waren 24.')).toEqual([
      ['Es', 'word'],
      ['waren', 'word'],
      ['24', 'number'],
      ['.', 'punctuation'],
    ]);
  });
});

// ---------------------------------------------------------------------------
// URLs and e-mail addresses
// ---------------------------------------------------------------------------

describe('URLs', () => {
  it('keeps an https URL with path and query whole', () => {
    const url = 'https://www.onlinezugangsgesetz.de/Webs/OZG/DE/themen/ozg-2-0/ozg-2-0-node.html?nn=1&sort=datum';
    expect(kinds(`Infos unter ${url} lesen`)).toEqual([
      ['Infos', 'word'],
      ['unter', 'word'],
      [url, 'url'],
      ['lesen', 'word'],
    ]);
  });

  it('reads "www.bund.de" as a URL', () => {
    expect(kinds('Mehr auf www.bund.de heute')).toEqual([
      ['Mehr', 'word'],
      ['auf', 'word'],
      ['www.bund.de', 'url'],
      ['heute', 'word'],
    ]);
  });

  it('keeps the sentence period after a URL outside it', () => {
    expect(kinds('Siehe https://www.it.nrw/service/formulare.')).toEqual([
      ['Siehe', 'word'],
      ['https://www.it.nrw/service/formulare', 'url'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps the closing bracket after a URL outside it', () => {
    expect(kinds('(siehe https://ozg.de/info)')).toEqual([
      ['(', 'punctuation'],
      ['siehe', 'word'],
      ['https://ozg.de/info', 'url'],
      [')', 'punctuation'],
    ]);
  });

  it('keeps a balanced bracket inside a URL and the closing one outside', () => {
    expect(kinds('(vgl. https://de.wikipedia.org/wiki/Onlinezugangsgesetz_(OZG))')).toEqual([
      ['(', 'punctuation'],
      ['vgl.', 'abbreviation'],
      ['https://de.wikipedia.org/wiki/Onlinezugangsgesetz_(OZG)', 'url'],
      [')', 'punctuation'],
    ]);
  });
});

describe('e-mail addresses', () => {
  it('reads "poststelle@it.nrw.de" as one e-mail address', () => {
    expect(kinds('Schreiben Sie an poststelle@it.nrw.de bis Freitag')).toEqual([
      ['Schreiben', 'word'],
      ['Sie', 'word'],
      ['an', 'word'],
      ['poststelle@it.nrw.de', 'email'],
      ['bis', 'word'],
      ['Freitag', 'word'],
    ]);
  });

  it('reads a dotted local part and hyphenated domain, leaving the final period outside', () => {
    expect(kinds('Kontakt: max.mustermann@stadt-koeln.de.')).toEqual([
      ['Kontakt', 'word'],
      [':', 'punctuation'],
      ['max.mustermann@stadt-koeln.de', 'email'],
      ['.', 'punctuation'],
    ]);
  });
});

// ---------------------------------------------------------------------------
// Abbreviations
// ---------------------------------------------------------------------------

describe('abbreviations from the data list', () => {
  it.each([
    ['Dr.', 'Es sprach Dr. Kuhn.'],
    ['Prof.', 'Es sprach Prof. Kuhn.'],
    ['Dipl.-Ing.', 'Es sprach Dipl.-Ing. Lübbers.'],
    ['z. B.', 'Das gilt z. B. für Akten.'],
    ['z.B.', 'Das gilt z.B. für Akten.'],
    ['u. a.', 'Dabei waren u. a. die Länder.'],
    ['bzw.', 'Bund bzw. Länder zahlen.'],
    ['ca.', 'Es kamen ca. 350 Gäste.'],
    ['Mio.', 'Es kostet 3,5 Mio. Euro.'],
    ['Mrd.', 'Es kostet 2 Mrd. Euro.'],
    ['Nr.', 'Siehe Vorlage Nr. 187 dazu.'],
    ['Abs.', 'Nach § 3 Abs. 2 gilt das.'],
    ['Art.', 'Nach Art. 91c GG gilt das.'],
    ['Tel.', 'Erreichbar unter Tel. 0221 12345.'],
    ['St.', 'Die Stadt St. Augustin lädt ein.'],
    ['usw.', 'Akten, Register usw. werden digital.'],
    ['i. d. R.', 'Das dauert i. d. R. zwei Wochen.'],
    ['Okt.', 'Am 3. Okt. 2024 war Feiertag.'],
    ['a. a. O.', 'So auch Kühne, a. a. O., § 37 Rn. 11.'],
    ['m. w. N.', 'So der BFH, jeweils m. w. N. zur Rechtsprechung.'],
    ['i. S. v.', 'Arbeitnehmer i. S. v. § 5 ArbGG.'],
    ['iVm.', 'Nach § 22 iVm. § 1 TV gilt das.'],
    ['st. Rspr.', 'So die st. Rspr. des Senats.'],
  ])('reads "%s" as one abbreviation token', (abbreviation, sentence) => {
    const token = tokenOf(sentence, abbreviation);
    expect(token.kind).toBe('abbreviation');
    expect(token.norm).toBe(abbreviation.toLowerCase());
    // Nothing of the abbreviation is left as a separate period.
    const tokens = tokenize(sentence);
    const index = tokens.indexOf(tokens.find((t) => t.text === abbreviation)!);
    expect(tokens[index + 1]!.text).not.toBe('.');
  });

  it('reads a multi-part abbreviation with non-breaking spaces ("z.\\u00A0B.", "i.\\u202Fd.\\u202FR.") as one token', () => {
    expect(kinds('etwa z.\u00A0B. so')).toEqual([
      ['etwa', 'word'],
      ['z.\u00A0B.', 'abbreviation'],
      ['so', 'word'],
    ]);
    expect(kinds('das dauert i.\u202Fd.\u202FR. lange')).toEqual([
      ['das', 'word'],
      ['dauert', 'word'],
      ['i.\u202Fd.\u202FR.', 'abbreviation'],
      ['lange', 'word'],
    ]);
  });

  it('reads "Z. B." capitalised at the start of a sentence as one abbreviation', () => {
    expect(kinds('Z. B. die E-Akte.')).toEqual([
      ['Z. B.', 'abbreviation'],
      ['die', 'word'],
      ['E-Akte', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('reads the month abbreviation in "am 3. Okt. 2024" after an ordinal', () => {
    expect(kinds('am 3. Okt. 2024')).toEqual([
      ['am', 'word'],
      ['3.', 'ordinal'],
      ['Okt.', 'abbreviation'],
      ['2024', 'number'],
    ]);
  });

  it('reads the initial in "M. Kuhn" as an abbreviation', () => {
    expect(kinds('Das sagte M. Kuhn gestern.')).toEqual([
      ['Das', 'word'],
      ['sagte', 'word'],
      ['M.', 'abbreviation'],
      ['Kuhn', 'word'],
      ['gestern', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('does not take an ordinary word before a period for an abbreviation', () => {
    expect(kinds('Das ist gut. Die Akte')).toEqual([
      ['Das', 'word'],
      ['ist', 'word'],
      ['gut', 'word'],
      ['.', 'punctuation'],
      ['Die', 'word'],
      ['Akte', 'word'],
    ]);
  });
});

// ---------------------------------------------------------------------------
// Suspended hyphens
// ---------------------------------------------------------------------------

describe('suspended hyphens', () => {
  it('reads "EfA-/OZG-Umsetzung" as "EfA-" (suspended), "/", "OZG-Umsetzung"', () => {
    const tokens = tokenize('die EfA-/OZG-Umsetzung');
    expect(tokens.map((t) => [t.text, t.kind, t.suspended ?? false])).toEqual([
      ['die', 'word', false],
      ['EfA-', 'word', true],
      ['/', 'punctuation', false],
      ['OZG-Umsetzung', 'word', false],
    ]);
  });

  it('reads "Bundes- und Landesebene" with "Bundes-" suspended', () => {
    const tokens = tokenize('auf Bundes- und Landesebene');
    expect(tokens.map((t) => [t.text, t.kind, t.suspended ?? false])).toEqual([
      ['auf', 'word', false],
      ['Bundes-', 'word', true],
      ['und', 'word', false],
      ['Landesebene', 'word', false],
    ]);
  });

  it('reads "Bundes-\\nund Landesebene" across a line break as a suspended hyphen, not a broken word', () => {
    const tokens = tokenize('auf Bundes-\nund Landesebene');
    expect(tokens.map((t) => [t.text, t.suspended ?? false])).toEqual([
      ['auf', false],
      ['Bundes-', true],
      ['und', false],
      ['Landesebene', false],
    ]);
  });

  it('joins a word hyphenated at a line break ("Digitali-\\nsierung") in norm', () => {
    const token = tokenOf('die Digitali-\nsierung der Verwaltung', 'Digitali-\nsierung');
    expect(token.kind).toBe('word');
    expect(token.norm).toBe('digitalisierung');
  });
});

// ---------------------------------------------------------------------------
// Quotes, punctuation, hashtags, symbols
// ---------------------------------------------------------------------------

describe('quotes and punctuation', () => {
  it('reads the typographic quotes „ “ ‚ ‘ » « as quote tokens', () => {
    expect(kinds('„Das ist ‚gut‘“ und »schön«')).toEqual([
      ['„', 'quote'],
      ['Das', 'word'],
      ['ist', 'word'],
      ['‚', 'quote'],
      ['gut', 'word'],
      ['‘', 'quote'],
      ['“', 'quote'],
      ['und', 'word'],
      ['»', 'quote'],
      ['schön', 'word'],
      ['«', 'quote'],
    ]);
  });

  it('groups "?!" into one punctuation token', () => {
    expect(kinds('Wirklich?! Ja.')).toEqual([
      ['Wirklich', 'word'],
      ['?!', 'punctuation'],
      ['Ja', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps "..." as one punctuation token', () => {
    expect(kinds('Na ja... gut')).toEqual([
      ['Na', 'word'],
      ['ja', 'word'],
      ['...', 'punctuation'],
      ['gut', 'word'],
    ]);
  });

  it('reads "…" as one punctuation token', () => {
    expect(kinds('Und dann… gut')).toEqual([
      ['Und', 'word'],
      ['dann', 'word'],
      ['…', 'punctuation'],
      ['gut', 'word'],
    ]);
  });
});

describe('hashtags and symbols', () => {
  it('reads the doubled section sign in "§§ 119, 124" as one token', () => {
    expect(kinds('Gemäß §§ 119, 124 ZPO')).toEqual([
      ['Gemäß', 'word'],
      ['§§', 'symbol'],
      ['119', 'number'],
      [',', 'punctuation'],
      ['124', 'number'],
      ['ZPO', 'word'],
    ]);
  });

  it('reads "#OZG2024" and "#DigitaleVerwaltung" as hashtags', () => {
    expect(kinds('Heute #OZG2024 und #DigitaleVerwaltung')).toEqual([
      ['Heute', 'word'],
      ['#OZG2024', 'hashtag'],
      ['und', 'word'],
      ['#DigitaleVerwaltung', 'hashtag'],
    ]);
  });

  it('reads "€", "%" and "§" as symbols', () => {
    expect(kinds('5 € und 3 % nach § 5')).toEqual([
      ['5', 'number'],
      ['€', 'symbol'],
      ['und', 'word'],
      ['3', 'number'],
      ['%', 'symbol'],
      ['nach', 'word'],
      ['§', 'symbol'],
      ['5', 'number'],
    ]);
  });

  it('reads an emoji as ONE symbol token of two UTF-16 code units', () => {
    const tokens = tokenize('Super 👍 gemacht');
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Super', 'word'],
      ['👍', 'symbol'],
      ['gemacht', 'word'],
    ]);
    const emoji = tokens[1]!;
    expect(emoji.end - emoji.start).toBe(2);
    expect([emoji.start, emoji.end]).toEqual([6, 8]);
  });

  it('reads an emoji written with a variation selector ("❤️", two code units) as ONE symbol token', () => {
    const tokens = tokenize('Wir ❤️ Open Data');
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Wir', 'word'],
      ['❤️', 'symbol'],
      ['Open', 'word'],
      ['Data', 'word'],
    ]);
    expect(tokens[1]!.end - tokens[1]!.start).toBe(2);
  });
});

// ---------------------------------------------------------------------------
// Normalised forms
// ---------------------------------------------------------------------------

describe('normalised forms', () => {
  it('gives every token a lower-case norm', () => {
    const tokens = tokenize('Das ÖV-Symposium von IT.NRW: HTTPS://WWW.BUND.DE, Dr. Kuhn!');
    expect(tokens.length).toBeGreaterThan(5);
    for (const t of tokens) expect(t.norm).toBe(t.text.toLowerCase());
    expect(tokenOf('Das ÖV-Symposium', 'ÖV-Symposium').norm).toBe('öv-symposium');
  });

  it('keeps a soft hyphen inside a word in text but drops it from norm', () => {
    const input = 'die Digi\u00ADtali\u00ADsierung läuft';
    expect(texts(input)).toEqual(['die', 'Digi\u00ADtali\u00ADsierung', 'läuft']);
    const token = tokenOf(input, 'Digi\u00ADtali\u00ADsierung');
    expect(token.norm).toBe('digitalisierung');
    expect(token.stem).toBe(stemOf('Digitalisierung'));
  });

  it('drops a soft hyphen from the norm of a dotted lower-case name too ("onlinezugangs\\u00ADgesetz.de")', () => {
    const surface = 'onlinezugangs\u00ADgesetz.de';
    const token = tokenOf(`Siehe ${surface} heute`, surface);
    expect(token.norm).toBe('onlinezugangsgesetz.de');
  });

  it('gives "Mitarbeitern", "Mitarbeiter:innen" and "MitarbeiterInnen" the same stem', () => {
    const stem = stemOf('Mitarbeitern');
    expect(stem.length).toBeGreaterThan(0);
    expect(stemOf('Mitarbeiter:innen')).toBe(stem);
    expect(stemOf('MitarbeiterInnen')).toBe(stem);
  });

  it('stems "Landkreistags" like "Landkreistag"', () => {
    expect(stemOf('Landkreistags')).toBe(stemOf('Landkreistag'));
  });
});

// ---------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------

describe('bad input does not throw and keeps offsets true', () => {
  it('skips NUL between words', () => {
    const input = 'Akte\u0000Nummer \u0000 fünf';
    expect(() => tokenize(input)).not.toThrow();
    expectWellFormed(input);
    expect(texts(input)).toEqual(['Akte', 'Nummer', 'fünf']);
  });

  it('skips other control characters (BEL, ESC, DEL, C1)', () => {
    const input = 'Die\u0007Akte\u001B[0m ist\u007F da\u0090.';
    expect(() => tokenize(input)).not.toThrow();
    expectWellFormed(input);
    const surfaces = texts(input);
    expect(surfaces).toContain('Die');
    expect(surfaces).toContain('Akte');
    expect(surfaces).toContain('ist');
    expect(surfaces).toContain('da');
    for (const s of surfaces) expect(s).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });

  it('survives lone high and low surrogates and a reversed pair', () => {
    const input = 'Akte\uD800Nummer \uDC00 und \uDC4D\uD83D Ende\uD83D';
    expect(() => tokenize(input)).not.toThrow();
    expectWellFormed(input);
    expect(texts(input)).toEqual(['Akte', 'Nummer', 'und', 'Ende']);
  });

  it('treats "\\r\\n" line ends as line breaks, never inside a token', () => {
    const input = 'Zeile eins.\r\nZeile zwei\r\n\r\nDigitali-\r\nsierung';
    expectWellFormed(input);
    const tokens = tokenize(input);
    expect(tokens.slice(0, 5).map((t) => t.text)).toEqual(['Zeile', 'eins', '.', 'Zeile', 'zwei']);
    for (const t of tokens.slice(0, 5)) expect(t.text).not.toMatch(/[\r\n]/);
    expect(tokens[5]!.norm).toBe('digitalisierung');
  });

  it('treats non-breaking spaces U+00A0 and U+202F as spaces', () => {
    const input = '5\u00A0Mio.\u202FEuro für 3\u202F%';
    expectWellFormed(input);
    expect(kinds(input)).toEqual([
      ['5', 'number'],
      ['Mio.', 'abbreviation'],
      ['Euro', 'word'],
      ['für', 'word'],
      ['3', 'number'],
      ['%', 'symbol'],
    ]);
  });

  it('treats a zero-width space U+200B as a separator', () => {
    const input = 'Verwaltungs\u200Bdigitalisierung \u200B jetzt';
    expectWellFormed(input);
    expect(texts(input)).toEqual(['Verwaltungs', 'digitalisierung', 'jetzt']);
  });

  it('skips a BOM at the start and inside the text', () => {
    const input = '\uFEFFDas Amt\uFEFF tagt.';
    expectWellFormed(input);
    const tokens = tokenize(input);
    expect(tokens.map((t) => t.text)).toEqual(['Das', 'Amt', 'tagt', '.']);
    expect(tokens[0]!.start).toBe(1);
  });

  it('returns no tokens for empty and whitespace-only input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \t\n\r\n\u00A0\u200B\uFEFF')).toEqual([]);
  });

  it('keeps every offset true on a mixture of all of the above', () => {
    const input =
      '\uFEFF„Mitarbeiter:innen“\u0000 am 04.10.2023\r\n\u00A0– z.\u202FB. 3,5\u00A0Mio. € \uD800\u200B' +
      'Digi\u00ADtali-\r\nsierung, https://ozg.de/a?b=c. \uDC00 info@it.nrw.de 👍🇩🇪';
    expect(() => tokenize(input)).not.toThrow();
    expectWellFormed(input);
  });
});

describe('input that must not make the tokenizer loop forever', () => {
  // Run in a child process with a time limit on the call: an endless loop in the
  // engine would otherwise block the whole test run instead of failing one test.
  it.each([
    ['bold "fancy text" letters before a path', 'Siehe 𝗯𝘂𝗻𝗱.de/ozg heute'],
    ['a capital mathematical letter before a path', '𝐀.de/x'],
    ['an astral letter after an ASCII letter', 'a𐁍.de/x'],
  ])(
    'terminates on a dotted name with %s',
    async (_label, input) => {
      expectWellFormed(input, (await callWithTimeLimit('tokenize', input)) as Token[]);
    },
    120_000,
  );
});

describe('non-string arguments', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number'],
    [['Text'], 'array'],
    [{ text: 'Text' }, 'object'],
    [Buffer.from('Text'), 'Uint8Array'],
  ])('throws a TypeError naming %s', (value, named) => {
    expect(() => tokenize(value as unknown as string)).toThrow(TypeError);
    expect(() => tokenize(value as unknown as string)).toThrow(named);
  });
});

// ---------------------------------------------------------------------------
// Property-style test
// ---------------------------------------------------------------------------

describe('properties on pseudo-random input', () => {
  // Single characters and short pieces that exercise the tokenizer's special paths.
  const ALPHABET: readonly string[] = [
    'a',
    'e',
    'i',
    'n',
    'r',
    's',
    't',
    'A',
    'D',
    'M',
    'Z',
    'ä',
    'Ö',
    'ü',
    'ß',
    '0',
    '1',
    '2',
    '4',
    '9',
    '.',
    ',',
    ':',
    '-',
    '/',
    '*',
    '_',
    '„',
    '“',
    "'",
    '@',
    '#',
    '(',
    ')',
    '?',
    '!',
    '…',
    '€',
    '%',
    '§',
    ' ',
    ' ',
    ' ',
    '\n',
    '\r',
    '\r\n',
    '\t',
    '\u00A0',
    '\u202F',
    '\u200B',
    '\u00AD',
    '\uFEFF',
    '\u0000',
    '\u0007',
    '\u200D',
    '\uFE0F',
    '\u0301',
    '\uD83D',
    '\uDC4D',
    '\uD800',
    '\uDFFF',
    '👍',
    '🏽',
    '❤️',
    '🇩🇪',
    '𝐀',
    'innen',
    'In',
    'Dr.',
    'z. B.',
    'usw.',
    'www.',
    'https://',
    '.de',
    'NRW',
    'Akte',
    'Die ',
    '24. ',
    '11:30',
  ];

  function randomText(next: () => number): string {
    const length = 1 + Math.floor(next() * 60);
    let text = '';
    for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
    return text;
  }

  const next = mulberry32(0x5eed_2024);
  const inputs = Array.from({ length: 400 }, () => randomText(next));

  it('generates varied input including lone surrogates and emoji', () => {
    expect(new Set(inputs).size).toBe(inputs.length);
    expect(inputs.some((s) => /\uD800(?![\uDC00-\uDFFF])/.test(s))).toBe(true);
    expect(inputs.some((s) => s.includes('👍'))).toBe(true);
  });

  it('keeps offsets true, ordered and non-overlapping, and loses no visible character', () => {
    for (const input of inputs) {
      let tokens: Token[] = [];
      expect(
        () => {
          tokens = tokenize(input);
        },
        `tokenize(${JSON.stringify(input)})`,
      ).not.toThrow();
      expectWellFormed(input, tokens);
    }
  });

  it('is deterministic: the same input gives the same tokens', () => {
    for (const input of inputs.slice(0, 50)) expect(tokenize(input)).toEqual(tokenize(input));
  });
});
