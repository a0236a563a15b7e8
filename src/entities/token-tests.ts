// Small questions the entity patterns, mention passes and relations ask about
// one token or a short run of tokens: is it a capitalised name word, a Land, a
// known place? What a word form is on its own is answered once per form
// (memoised) and kept with the extractor's word-form table.

import type { FormQuestion } from '../text/form-memo.js';
import { Flag, Kind } from '../text/token-table.js';
import { Shape, type TokenView } from '../text/token-view.js';
import type { EntityLexicon } from './entity-lexicon.js';
import { knownEntry } from './gazetteer.js';
import { keyOf } from './gazetteer-trie.js';

/** What a word form is on its own, for the questions below: bits, answered once per form. */
const enum WordClass {
  /** Two letters or more, no listed non-name, sentence starter or role; a dot only in an initial (`M.`). */
  NameForm = 1,
  ListedSurname = 2,
  CommonWord = 4,
  /** Hyphenated with a common word as a part: `Hochhuth-Stück`. */
  CommonWordPart = 8,
  /** A listed first name, or listed first names joined by hyphens: `Hans-Peter`. */
  FirstName = 16,
  /** The gazetteers know the form on its own (`Berlin`, `BSI`). */
  KnownToGazetteers = 32,
  Title = 64,
  Land = 128,
  /** Lower case with an adjective ending, no determiner: `öffentliche`. */
  LowerAdjective = 256,
  /** A noun of an office before a name (`Landesrätin`, `Bezirksamtsleiterin`, `Abg.`). */
  RoleNoun = 512,
}

function wordClasses(view: TokenView, i: number, lexicon: EntityLexicon): number {
  return memoised(view, i, classesOfForm, lexicon);
}

function classesOfForm(view: TokenView, i: number, lexicon: EntityLexicon): number {
  const surface = view.surface[i]!;
  const norm = view.norm[i]!;
  const kind = view.kind[i]!;
  let classes = 0;
  if (isRoleNounForm(surface, lexicon)) classes |= WordClass.RoleNoun;
  if (
    surface.length >= 2 &&
    !lexicon.notNames.has(surface) &&
    !lexicon.text.sentenceStarters.has(surface) &&
    !(classes & WordClass.RoleNoun) &&
    (!surface.includes('.') || /^\p{Lu}\.$/u.test(surface))
  ) {
    classes |= WordClass.NameForm;
  }
  if (lexicon.surnames.has(surface)) classes |= WordClass.ListedSurname;
  if (lexicon.commonWords.has(surface)) classes |= WordClass.CommonWord;
  if (surface.includes('-') && surface.split('-').some((part) => lexicon.commonWords.has(part)))
    classes |= WordClass.CommonWordPart;
  // `Hans-Peter`, `Anna-Lena`: every part a first name.
  if (
    lexicon.firstNames.has(surface) ||
    (surface.indexOf('-') > 0 && surface.split('-').every((part) => lexicon.firstNames.has(part)))
  ) {
    classes |= WordClass.FirstName;
  }
  const key = keyOf(norm, view.stem[i]!, kind, view.shape[i]!);
  const known = lexicon.gazetteer.entryForKey(key, norm);
  if (known !== undefined && (key === norm || inflects(norm, known.canonical, lexicon))) {
    classes |= WordClass.KnownToGazetteers;
  }
  if (
    (kind === Kind.Abbreviation || kind === Kind.Word) &&
    lexicon.personTitles.has(surface.replace(/[\s\u00A0\u202F]/g, ''))
  ) {
    classes |= WordClass.Title;
  }
  if (lexicon.laender.has(surface) || lexicon.landGenitives.has(surface)) classes |= WordClass.Land;
  if (norm.length > 3 && endsWithAny(norm, lexicon.lowerAdjectiveEndings) && !lexicon.determiners.has(norm)) {
    classes |= WordClass.LowerAdjective;
  }
  return classes;
}

/**
 * Whether a word matched by its stem is the one-word name `canonical` or an inflection of it (`Berlins`), not another
 * word that stems alike (`Marlene`, stem `marl`, is no `Marl`); a name of several words may have this word as an alias.
 */
function inflects(norm: string, canonical: string, lexicon: EntityLexicon): boolean {
  if (canonical.includes(' ')) return true;
  const name = canonical.toLowerCase();
  return norm === name || (norm.startsWith(name) && lexicon.nounEndings.has(norm.slice(name.length)));
}

/** `Landesrätin`, `Digitalisierungsstaatssekretär`, `Abg.`: a listed role noun, or a compound ending in one. */
function isRoleNounForm(surface: string, lexicon: EntityLexicon): boolean {
  if (lexicon.roleNouns.has(surface)) return true;
  // Only capitalised nouns: a first character without case is no noun's.
  if (surface.length < 4 || surface[0] === surface[0]!.toLowerCase()) return false;
  const lower = surface.toLowerCase();
  for (const tail of lexicon.roleNounTails) {
    if (lower === tail || (lower.endsWith(tail) && lower.length - tail.length >= 3)) return true;
  }
  return false;
}

/** A noun of an office before a person's name (`Landesrätin`, `Ratsmitglied`, `Abg.`): outside the name's span. */
export function isRoleNoun(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return i >= 0 && i < view.count && (wordClasses(view, i, lexicon) & WordClass.RoleNoun) !== 0;
}

export function isWord(view: TokenView, i: number): boolean {
  return i >= 0 && i < view.count && view.kind[i] === Kind.Word;
}

export function isCapitalisedWord(view: TokenView, i: number): boolean {
  return isWord(view, i) && (view.shape[i]! & Shape.Capitalised) !== 0 && !(view.flags[i]! & Flag.Suspended);
}

export function isLowerWord(view: TokenView, i: number): boolean {
  return isWord(view, i) && (view.shape[i]! & Shape.LowerInitial) !== 0;
}

/** `2025`: a four-digit year of the 20th or 21st century, the edition of an event. */
export function isYear(view: TokenView, i: number): boolean {
  if (i >= view.count || view.kind[i] !== Kind.Number) return false;
  const surface = view.surface[i]!;
  return surface.length === 4 && (surface.startsWith('19') || surface.startsWith('20'));
}

/** The next token continues the current line or paragraph (no blank line between). */
export function joinsPrevious(view: TokenView, i: number): boolean {
  return i < view.count && !(view.flags[i]! & Flag.BlankLineBefore) && view.sentence[i] === view.sentence[i - 1];
}

/** A capitalised word that may be part of a person's name (`Kuhn`, `Müller-Lüdenscheidt`). */
export function isNameWord(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & (Shape.AllCaps | Shape.HasDigit)) return false;
  return (wordClasses(view, i, lexicon) & WordClass.NameForm) !== 0;
}

/**
 * Whether a word of this form may be a person's first name or surname where nothing vouches for it: a capitalised
 * name form that is a listed first name or surname, or no common word (`Abbau` is none). What the token itself must
 * be besides (not suspended: isNameWord) is left to the caller; a question of the form alone, for a per-form gate.
 */
export function mayBePersonNameForm(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (
    view.kind[i] !== Kind.Word ||
    !(view.shape[i]! & Shape.Capitalised) ||
    view.shape[i]! & (Shape.AllCaps | Shape.HasDigit)
  )
    return false;
  const classes = wordClasses(view, i, lexicon);
  return (
    (classes & WordClass.NameForm) !== 0 &&
    ((classes & WordClass.CommonWord) === 0 || (classes & (WordClass.FirstName | WordClass.ListedSurname)) !== 0)
  );
}

/**
 * A name word that may be a surname: a listed surname, or no common word. Without
 * a first name or title before it (`vouched` false), no name the gazetteers know
 * as something else either.
 */
export function isSurname(view: TokenView, i: number, lexicon: EntityLexicon, vouched = false): boolean {
  if (!isNameWord(view, i, lexicon)) return false;
  const classes = wordClasses(view, i, lexicon);
  if (classes & WordClass.ListedSurname) return true;
  // `Müller-Lüdenscheidt`, but not `Hochhuth-Stück`: no part of a double name is a common word.
  if (classes & (WordClass.CommonWord | WordClass.CommonWordPart)) return false;
  if (isNamedCompound(view, i, lexicon)) return false;
  return vouched || !(classes & WordClass.KnownToGazetteers);
}

/** `Gutenberg-Universität`, `Fraunhofer-Instituts`: a hyphenated compound naming an institution after a name. */
export function isNamedCompound(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i)) return false;
  const surface = view.surface[i]!;
  const hyphen = surface.lastIndexOf('-');
  if (hyphen < 2) return false;
  const tail = surface.slice(hyphen + 1);
  return withoutGenitive(tail, lexicon, (form) => lexicon.namedCompoundTails.has(form)) !== undefined;
}

/**
 * A word that may name a place no list holds (`Eupen`, `Aue-Bad`, `Neckargartach`): a capitalised name form of three
 * letters or more, no common word or part of one, no first name, title or role, nothing the gazetteers know, no
 * ending of an abstract noun (`Digitalisierung`).
 */
export function isUnlistedPlaceWord(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & (Shape.AllCaps | Shape.HasDigit)) return false;
  const classes = wordClasses(view, i, lexicon);
  if ((classes & WordClass.NameForm) === 0) return false;
  if (classes & (UNLISTED_EXCLUDED as number)) return false;
  return memoised(view, i, hasPlaceShape, lexicon);
}

const UNLISTED_EXCLUDED =
  WordClass.CommonWord |
  WordClass.CommonWordPart |
  WordClass.FirstName |
  WordClass.KnownToGazetteers |
  WordClass.Title |
  WordClass.RoleNoun;

/** Longer words are no place names; the compound test below is quadratic in a word's length. */
const MAX_PLACE_WORD = 40;

function hasPlaceShape(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  return (
    surface.length >= 3 &&
    surface.length <= MAX_PLACE_WORD &&
    !surface.includes('.') &&
    !endsWithAny(view.norm[i]!, lexicon.notPlaceEndings) &&
    !looksLikeAdjective(surface, lexicon) &&
    !isCommonCompound(surface, lexicon)
  );
}

/** `Ratssaal`, `Gewerbeanmeldungen`: a compound whose last part is a common noun that ends no place name. */
function isCommonCompound(surface: string, lexicon: EntityLexicon): boolean {
  for (let k = 3; k <= surface.length - 3; k++) {
    const tail = surface[k]!.toUpperCase() + surface.slice(k + 1);
    if (lexicon.commonWords.has(tail)) return !lexicon.placeNameTails.has(tail);
  }
  return false;
}

/** A single token the gazetteers know as something other than a person. */
export function isKnownNonPerson(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return (wordClasses(view, i, lexicon) & WordClass.KnownToGazetteers) !== 0;
}

/** The type the gazetteers give a single token, if any. */
export function knownType(view: TokenView, i: number, lexicon: EntityLexicon): string | undefined {
  return knownEntry(lexicon.gazetteer, view, i, i)?.type;
}

/**
 * The lists know token i as a product, law or event: a head noun before it (`Netzwerk`, `Plattform`) stays outside its
 * name.
 */
export function isListedOtherThing(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const known = knownType(view, i, lexicon);
  return known === 'PRODUCT' || known === 'LAW' || known === 'EVENT';
}

export function isFirstName(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  if (!isNameWord(view, i, lexicon)) return false;
  // `Berlin`, `Paris` are first names too, but a place in these texts.
  return (wordClasses(view, i, lexicon) & (WordClass.FirstName | WordClass.KnownToGazetteers)) === WordClass.FirstName;
}

/** An initial: `M.` in `M. Kuhn`. */
export function isInitial(view: TokenView, i: number): boolean {
  return i < view.count && view.kind[i] === Kind.Abbreviation && /^\p{Lu}\.$/u.test(view.surface[i]!);
}

export function isTitle(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return i < view.count && (wordClasses(view, i, lexicon) & WordClass.Title) !== 0;
}

/** Tokens (1 or 2) naming a German Land at `i`, or 0: `NRW`, `Nordrhein-Westfalen`, `Bayerns`. */
export function landLength(view: TokenView, i: number, lexicon: EntityLexicon): number {
  return isWord(view, i) && wordClasses(view, i, lexicon) & WordClass.Land ? 1 : 0;
}

/** The Land's name in the nominative: `NRW` → `Nordrhein-Westfalen`, `Bayerns` → `Bayern`. */
export function landName(surface: string, lexicon: EntityLexicon): string {
  return lexicon.landAbbreviations.get(surface) ?? lexicon.landGenitives.get(surface) ?? surface;
}

/** Tokens (1–4) of a place the gazetteers know (city, district, Land, country) at `i`, or 0. */
export function placeLength(view: TokenView, i: number, lexicon: EntityLexicon): number {
  // A listed place may open with an abbreviation: `St. Ingbert`, `St. Gallen`.
  const opensName =
    isCapitalisedWord(view, i) ||
    (i < view.count && view.kind[i] === Kind.Abbreviation && (view.shape[i]! & Shape.Capitalised) !== 0);
  if (!opensName) return 0;
  for (let length = Math.min(4, view.count - i); length >= 1; length--) {
    const entry = knownEntry(lexicon.gazetteer, view, i, i + length - 1);
    if (entry?.type === 'LOC') return length;
  }
  return landLength(view, i, lexicon);
}

/**
 * The word, or the word without a genitive ending (`-es`, `-s`), whichever
 * `accepts` takes (tried in that order): `Ministeriums` → `Ministerium`,
 * `Onlinezugangsgesetzes` → `Onlinezugangsgesetz`; undefined when it takes none.
 */
export function withoutGenitive(
  surface: string,
  lexicon: EntityLexicon,
  accepts: (form: string) => boolean,
): string | undefined {
  if (accepts(surface)) return surface;
  for (const ending of lexicon.genitiveEndings) {
    if (surface.endsWith(ending) && accepts(surface.slice(0, -ending.length))) return surface.slice(0, -ending.length);
  }
  return undefined;
}

/** The word without its genitive ending, if it has one (`Landesamtes` → `Landesamt`). */
export function withoutGenitiveEnding(word: string, lexicon: EntityLexicon): string {
  const ending = lexicon.genitiveEndings.find((candidate) => word.endsWith(candidate));
  return ending === undefined ? word : word.slice(0, -ending.length);
}

/** The word without a genitive ending when the bare form is in `set`: `Ministeriums` → `Ministerium`. */
export function baseFormIn(surface: string, set: ReadonlySet<string>, lexicon: EntityLexicon): string | undefined {
  return withoutGenitive(surface, lexicon, (form) => set.has(form));
}

/** Lower-case adjectives inside names (`öffentliche Verwaltung`); articles and pronouns are not. */
export function isLowerAdjective(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return isLowerWord(view, i) && (wordClasses(view, i, lexicon) & WordClass.LowerAdjective) !== 0;
}

/** A capitalised adjective (`Digitale`, `Öffentlichen`, `Digitaler`). */
export function looksLikeAdjective(surface: string, lexicon: EntityLexicon): boolean {
  return endsWithAny(surface, lexicon.capitalisedAdjectiveEndings);
}

/** Whether `word` ends with one of `endings` with at least `before` characters before it. */
export function endsWithAny(word: string, endings: readonly string[], before = 0): boolean {
  for (const ending of endings) if (word.endsWith(ending) && word.length - ending.length >= before) return true;
  return false;
}

/**
 * `Hessisches`, `Deutscher`, `Thüringer`, `Kieler`: an adjective of a place before
 * a name; with `levels`, also of a level of government (`Kommunalen`, `Föderale`).
 */
export function isPlaceAdjective(view: TokenView, i: number, lexicon: EntityLexicon, levels = true): boolean {
  if (!isCapitalisedWord(view, i) || view.shape[i]! & Shape.AllCaps) return false;
  const kind = memoised(view, i, adjectiveKind, lexicon);
  return kind === 'place' || (levels && kind === 'level');
}

/** `Bayerischen` → `Bayerisch`, `Thüringer` → `Thüringer`: the listed place adjective stem of a word, if any. */
export function placeAdjectiveStem(
  surface: string,
  lexicon: EntityLexicon,
  stems = lexicon.placeAdjectiveStems,
): string | undefined {
  for (const ending of lexicon.placeAdjectiveEndings) {
    if (!surface.endsWith(ending)) continue;
    const stem = surface.slice(0, surface.length - ending.length);
    if (stems.has(stem)) return stem;
  }
  return undefined;
}

function adjectiveKind(view: TokenView, i: number, lexicon: EntityLexicon): 'place' | 'level' | undefined {
  const surface = view.surface[i]!;
  if (placeAdjectiveStem(surface, lexicon) !== undefined) return 'place';
  if (placeAdjectiveStem(surface, lexicon, lexicon.levelAdjectiveStems) !== undefined) return 'level';
  if (!surface.endsWith('er') || surface.length < 5) return undefined;
  const place = lexicon.gazetteer.entryForKey(
    spanKeyOfWord(surface.slice(0, -2), lexicon),
    surface.slice(0, -2).toLowerCase(),
  );
  return place?.type === 'LOC' ? 'place' : undefined;
}

/** A single word the gazetteers know as a place (`Berlin`, `Kiel`). */
export function isKnownPlaceWord(word: string, lexicon: EntityLexicon): boolean {
  return lexicon.gazetteer.entryForKey(spanKeyOfWord(word, lexicon), word.toLowerCase())?.type === 'LOC';
}

/** The gazetteer key of a single capitalised word given as text. */
function spanKeyOfWord(word: string, lexicon: EntityLexicon): string {
  return lexicon.text.stem(word.toLowerCase());
}

/**
 * The answer to `question` about token i's form, computed once per form and
 * kept with the extractor's word-form table (text/form-memo.ts).
 */
export function memoised<T>(
  view: TokenView,
  i: number,
  question: FormQuestion<TokenView, T, EntityLexicon>,
  lexicon: EntityLexicon,
): T {
  return view.answers.answer(question, view, i, lexicon);
}

/**
 * Could `abbreviation` stand for `words`? Its first letter opens them and its other capitals appear in them in order
 * (`ZenDiS` ← `Zentrum Digitale Souveränität`, `BZSt` ← `Bundeszentralamt für Steuern`), not `CAU` ← `Kiel`. An
 * umlaut counts as its vowel (`WKO` ← `Wirtschaftskammer Österreich`).
 */
export function abbreviates(abbreviation: string, words: string): boolean {
  const short = withoutDiacritics(abbreviation);
  const long = withoutDiacritics(words).toLowerCase();
  if (short.length === 0 || short[0]!.toLowerCase() !== long[0]) return false;
  let at = 1;
  for (const ch of short.slice(1)) {
    if (ch === ch.toLowerCase()) continue;
    const found = long.indexOf(ch.toLowerCase(), at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '');
}
