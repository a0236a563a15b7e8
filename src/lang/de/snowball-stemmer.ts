// The German Snowball stemmer as natural 8.1.1's PorterStemmerDe computes it
// (Joder Illi's implementation, BSD licence; snowballstem.org/algorithms/german),
// ported to character tests without regular expressions or dependencies. It keeps
// natural's quirks, because the stems are part of every record and of the
// compiled gazetteers: u and y between vowels are marked in one left-to-right pass
// whose matches do not overlap (so "auaua" marks only the first u), ß becomes ss,
// ae/oe/ue are left alone, and umlauts are removed at the end. npm run
// verify:stemmer compares it with natural on every word type of the unlabeled
// corpora and on every short string over the letters the rules test.

const enum Char {
  a = 0x61,
  e = 0x65,
  i = 0x69,
  o = 0x6f,
  u = 0x75,
  y = 0x79,
  U = 0x55,
  Y = 0x59,
  aUmlaut = 0xe4,
  oUmlaut = 0xf6,
  uUmlaut = 0xfc,
  sharpS = 0xdf,
  lineFeed = 0x0a,
  carriageReturn = 0x0d,
  lineSeparator = 0x2028,
  paragraphSeparator = 0x2029,
}

function isVowel(code: number): boolean {
  return (
    code === Char.a ||
    code === Char.e ||
    code === Char.i ||
    code === Char.o ||
    code === Char.u ||
    code === Char.y ||
    code === Char.aUmlaut ||
    code === Char.oUmlaut ||
    code === Char.uUmlaut
  );
}

/** b, d, f, g, h, k, l, m, n, r, t: the letters a final s may follow to be removed. */
function isSEnding(code: number): boolean {
  return 'bdfghklmnrt'.includes(String.fromCharCode(code));
}

/** The same without r: the letters before a removable st. */
function isStEnding(code: number): boolean {
  return code !== 0x72 && isSEnding(code);
}

function isLineTerminator(code: number): boolean {
  return (
    code === Char.lineFeed ||
    code === Char.carriageReturn ||
    code === Char.lineSeparator ||
    code === Char.paragraphSeparator
  );
}

/** Upper-cases u (or y) between two vowels, left to right, a match consuming its right vowel. */
function markBetweenVowels(word: string, letter: number, marked: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i + 2 < word.length;) {
    if (isVowel(word.charCodeAt(i)) && word.charCodeAt(i + 1) === letter && isVowel(word.charCodeAt(i + 2))) {
      out += word.slice(copied, i + 1) + marked;
      copied = i + 2;
      i += 3;
    } else i++;
  }
  return copied === 0 ? word : out + word.slice(copied);
}

/** The position after the first vowel followed by a non-vowel at or after `from`, or -1. */
function regionStart(word: string, from: number): number {
  for (let i = from; i + 1 < word.length; i++) {
    if (isVowel(word.charCodeAt(i)) && !isVowel(word.charCodeAt(i + 1))) return i + 2;
  }
  return -1;
}

/** Step 1: em, ern, er (a); e, en, es (b); s after a valid s-ending (c), the longest, if in R1. */
function step1(word: string, r1: number): string {
  const n = word.length;
  let index = -1;
  let inGroupB = false;
  if (word.endsWith('ern')) index = n - 3;
  else if (word.endsWith('em') || word.endsWith('er')) index = n - 2;
  else if (word.endsWith('en') || word.endsWith('es')) {
    index = n - 2;
    inGroupB = true;
  } else if (word.endsWith('e')) {
    index = n - 1;
    inGroupB = true;
  } else if (n >= 2 && word.charCodeAt(n - 1) === 0x73 && isSEnding(word.charCodeAt(n - 2))) index = n - 1;
  if (index === -1 || r1 === -1 || index < r1) return word;
  const stemmed = word.slice(0, index);
  return inGroupB && stemmed.endsWith('niss') ? stemmed.slice(0, -1) : stemmed;
}

/** Step 2: en, er, est; st after a valid st-ending preceded by three characters; if in R1. */
function step2(word: string, r1: number): string {
  const n = word.length;
  let index = -1;
  if (word.endsWith('est')) index = n - 3;
  else if (word.endsWith('en') || word.endsWith('er')) index = n - 2;
  else if (
    n >= 6 &&
    word.endsWith('st') &&
    isStEnding(word.charCodeAt(n - 3)) &&
    !isLineTerminator(word.charCodeAt(n - 4)) &&
    !isLineTerminator(word.charCodeAt(n - 5)) &&
    !isLineTerminator(word.charCodeAt(n - 6))
  )
    index = n - 2;
  return index !== -1 && r1 !== -1 && index >= r1 ? word.slice(0, index) : word;
}

/** ig or ik (or isch) after a letter other than e: the position of the suffix, or -1. */
function igSuffix(word: string, suffixLength: number): number {
  const n = word.length;
  return n >= suffixLength + 1 && word.charCodeAt(n - suffixLength - 1) !== Char.e ? n - suffixLength : -1;
}

/** Step 3: the derivational suffixes end, ung; ig, ik, isch; lich, heit; keit, in R2, with their follow-ups. */
function step3(word: string, r1: number, r2: number): string {
  let index = -1;
  let suffix: 'end-ung' | 'ig-ik-isch' | 'lich-heit' | 'keit' | undefined;
  if (word.endsWith('end') || word.endsWith('ung')) {
    index = word.length - 3;
    suffix = 'end-ung';
  } else if (word.endsWith('lich') || word.endsWith('heit')) {
    index = word.length - 4;
    suffix = 'lich-heit';
  } else if (word.endsWith('keit')) {
    index = word.length - 4;
    suffix = 'keit';
  } else if (word.endsWith('isch')) {
    index = igSuffix(word, 4);
    if (index !== -1) suffix = 'ig-ik-isch';
  } else if (word.endsWith('ig') || word.endsWith('ik')) {
    index = igSuffix(word, 2);
    if (index !== -1) suffix = 'ig-ik-isch';
  }
  if (suffix === undefined || r2 === -1 || index < r2) return word;
  const stemmed = word.slice(0, index);
  if (suffix === 'end-ung') {
    const ig = stemmed.endsWith('ig') ? igSuffix(stemmed, 2) : -1;
    return ig !== -1 && ig >= r2 ? stemmed.slice(0, ig) : stemmed;
  }
  if (suffix === 'lich-heit') {
    const erEn = stemmed.endsWith('er') || stemmed.endsWith('en') ? stemmed.length - 2 : -1;
    return erEn !== -1 && erEn >= r1 ? stemmed.slice(0, erEn) : stemmed;
  }
  if (suffix === 'keit') {
    const lichIg = stemmed.endsWith('lich') ? stemmed.length - 4 : stemmed.endsWith('ig') ? stemmed.length - 2 : -1;
    return lichIg !== -1 && lichIg >= r2 ? stemmed.slice(0, lichIg) : stemmed;
  }
  return stemmed;
}

function unmarkAndRemoveUmlauts(word: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const plain =
      code === Char.U || code === Char.uUmlaut
        ? 'u'
        : code === Char.Y
          ? 'y'
          : code === Char.aUmlaut
            ? 'a'
            : code === Char.oUmlaut
              ? 'o'
              : undefined;
    if (plain === undefined) continue;
    out += word.slice(copied, i) + plain;
    copied = i + 1;
  }
  return copied === 0 ? word : out + word.slice(copied);
}

/** The German Snowball stem of a lower-case word, identical to natural's `PorterStemmerDe.stem(word)`. */
export function snowballStemGerman(lowerWord: string): string {
  let word = markBetweenVowels(lowerWord, Char.u, 'U');
  word = markBetweenVowels(word, Char.y, 'Y');
  if (word.includes('ß')) word = word.replaceAll('ß', 'ss');

  const firstRegion = regionStart(word, 0);
  const r2 = firstRegion === -1 ? -1 : regionStart(word, firstRegion);
  const r1 = firstRegion !== -1 && firstRegion < 3 ? 3 : firstRegion;

  word = step1(word, r1);
  word = step2(word, r1);
  word = step3(word, r1, r2);
  return unmarkAndRemoveUmlauts(word);
}
