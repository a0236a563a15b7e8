// People: academic titles before capitalised names (`Prof. Dr. Moreen Heine`),
// a known first name before a surname (`Marco Kuhn`, `Ulrike Margit Wahl`),
// a form of address before a surname (`Frau Korb` → `Korb`), and an initial
// before a surname (`W. Buffet`). Later surname-only mentions are linked to
// the full name afterwards (passes/listed-surnames.ts, passes/recurring-names.ts).

import type { AnalysedText } from '../../text/analysed-text.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { type TokenView, spanText } from '../../text/token-view.js';
import {
  isCapitalisedWord,
  isFirstName,
  isInitial,
  isKnownNonPerson,
  isNamedCompound,
  isNameWord,
  isRoleNoun,
  isSurname,
  isTitle,
  joinsPrevious,
  knownType,
  looksLikeAdjective,
  mayBePersonNameForm,
} from '../token-tests.js';

export function personNameRecognizer(): EntityRecognizer {
  return { name: 'pattern:person', recognize: (doc, lexicon) => findPersonNames(doc, lexicon) };
}

export function findPersonNames(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[] {
  const view = doc.view;
  const found: EntityCandidate[] = [];
  const mayOpen = view.answers.perToken(mayOpenName, view, lexicon);
  for (let i = 0; i < view.count;) {
    const match = mayOpen[i] ? personAt(view, i, lexicon) : undefined;
    if (match) {
      found.push({
        start: view.starts[match.first]!,
        end: view.ends[match.last]!,
        type: 'PER',
        canonical: spanText(view, match.nameFirst, match.last),
        confidence: match.confidence,
      });
      i = match.last + 1;
    } else i++;
  }
  return found;
}

/**
 * Whether a person's name can open at a token of this form: every match of personAt starts with a form of address, a
 * title, an initial, or a name word that is a listed first name or surname or no common word (mayBePersonNameForm).
 * Asked once per form, so that the many questions of personAt are left for the few tokens that pass.
 */
function mayOpenName(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  return (
    mayBePersonNameForm(view, i, lexicon) ||
    isInitial(view, i) ||
    lexicon.honorifics.has(view.surface[i]!) ||
    isTitle(view, i, lexicon)
  );
}

interface PersonMatch {
  first: number;
  /** First token after the titles: where the canonical name starts. */
  nameFirst: number;
  last: number;
  confidence: number;
}

/** `Prof. Dr. Dr. h.c. mult.`: more titles than this in a row are no person's. */
const MAX_TITLES = 5;

function personAt(view: TokenView, i: number, lexicon: EntityLexicon): PersonMatch | undefined {
  if (lexicon.honorifics.has(view.surface[i]!) && joinsPrevious(view, i + 1)) {
    // `Frau Ministerin Kuhn`, `Herr Bürgermeister Kuhn`: the role stays outside the span too.
    let name = i + 1;
    if (isRoleNoun(view, name, lexicon) && joinsPrevious(view, name + 1)) name++;
    const afterAddress = titledOrPlainName(view, name, lexicon, true);
    if (afterAddress) return afterAddress;
  }
  return titledOrPlainName(view, i, lexicon, false) ?? quotedSpeaker(view, i, lexicon);
}

/** `…“, sagte Dobrindt.`, `so Hirsch`: an unlisted surname right after a speech verb. */
function quotedSpeaker(view: TokenView, i: number, lexicon: EntityLexicon): PersonMatch | undefined {
  if (i === 0 || !lexicon.speechVerbs.has(view.surface[i - 1]!) || !joinsPrevious(view, i)) return undefined;
  if (!isSurname(view, i, lexicon) || lexicon.firstNames.has(view.surface[i]!)) return undefined;
  // `sagte Bundesminister Wissing`: a following capitalised word means this one is no surname.
  if (joinsPrevious(view, i + 1) && isCapitalisedWord(view, i + 1)) return undefined;
  return { first: i, nameFirst: i, last: i, confidence: 0.6 };
}

function titledOrPlainName(
  view: TokenView,
  i: number,
  lexicon: EntityLexicon,
  addressed: boolean,
): PersonMatch | undefined {
  let j = i;
  while (j - i < MAX_TITLES && isTitle(view, j, lexicon) && (j === i || joinsPrevious(view, j))) j++;
  const titled = j > i;
  if (j > i && !joinsPrevious(view, j)) return undefined;

  // First names, initials, particles, then a surname.
  let k = j;
  let firstNames = 0;
  while (k < view.count && (k === j || joinsPrevious(view, k)) && isFirstName(view, k, lexicon)) {
    k++;
    firstNames++;
  }
  while (k < view.count && (k === j || joinsPrevious(view, k)) && isInitial(view, k)) k++;
  const initials = k - j - firstNames;
  let p = k;
  // `Ursula von der Leyen`, `Dr. von Weizsäcker`; but after two names `von` is a preposition (`Anna Maria von
  // Materna`).
  if (firstNames + initials <= 1) {
    while (
      p < view.count &&
      joinsPrevious(view, p) &&
      isParticle(view, p, p === k && firstNames === 1, lexicon) &&
      p - k < 3
    )
      p++;
    if (p > k && !(isSurname(view, p, lexicon) && joinsPrevious(view, p))) p = k;
  }
  const vouched = titled || firstNames > 0 || initials > 0;
  // After a title or a role and a first name, any name word is a surname, even a
  // common word (`Dr. Anna Richter`, `Bürgermeisterin Jana Beispiel`).
  const introduced = titled || (i > 0 && isRoleNoun(view, i - 1, lexicon) && joinsPrevious(view, i));
  const hasSurname =
    (p === j || joinsPrevious(view, p)) &&
    (isSurname(view, p, lexicon, vouched) || (introduced && firstNames > 0 && isNameWord(view, p, lexicon)));

  if (hasSurname && firstNames > 0) {
    // `Sandra Ferreira da Silva`: a particle joins a second surname.
    const particle = p + 1;
    if (
      joinsPrevious(view, particle) &&
      lexicon.surnameParticles.has(view.surface[particle]!) &&
      joinsPrevious(view, particle + 1)
    ) {
      if (isSurname(view, particle + 1, lexicon, true)) p = particle + 1;
    }
    return {
      first: i,
      nameFirst: j,
      last: p,
      confidence: titled ? 0.95 : lexicon.surnames.has(view.surface[p]!) ? 0.9 : 0.85,
    };
  }
  if (firstNames >= 2 && p === k) {
    // `Christian Frank`: the last of several first names is the surname.
    return { first: i, nameFirst: j, last: k - 1, confidence: titled ? 0.9 : 0.7 };
  }
  if (hasSurname && initials > 0) return { first: i, nameFirst: j, last: p, confidence: titled ? 0.9 : 0.75 };
  if (!titled && introduced && firstNames === 0 && initials === 0) {
    // `Bezirksamtsleiterin Şule Hamdorf`, `Ratsmitglied Benali`: after a role noun, a name no list knows.
    const roled = nameAfterRole(view, j, lexicon);
    if (roled) return roled;
  }
  if (!titled && !addressed && firstNames <= 1 && initials === 0) {
    // `Birte Hoyer-Mbeki, Personalamtsleiterin`, `Reinhild Aschenbrenner (CSU)`, `sagt Gerold Brunsmann`: a first name
    // no list holds, vouched for by what stands around the two words.
    const vouchedByContext = nameWithContext(view, j, lexicon);
    if (vouchedByContext) return vouchedByContext;
  }
  if ((titled || addressed) && firstNames === 0 && initials === 0) {
    // `Dr. Kuhn`, `Prof. Dr. Theodoros Moutsokapas`, `Frau Korb`: up to three name words.
    let last = j - 1;
    while (last + 1 < view.count && last + 1 - j < 3 && (last + 1 === j || joinsPrevious(view, last + 1))) {
      const next = last + 1;
      if (next === j ? !isNameWord(view, next, lexicon) : !isSurname(view, next, lexicon, true)) break;
      last = next;
    }
    if (last >= j && (titled || isSurname(view, last, lexicon))) {
      return { first: i, nameFirst: j, last, confidence: titled ? 0.9 : 0.8 };
    }
  }
  return undefined;
}

/**
 * A particle inside a name (`von`, `van der`); right after one first name also one written with a capital (`Jan De
 * Smedt`, `Mehdi El Khatib`) or a title of nobility before `von` or `zu` (`Ferdinand Graf von Lützow`).
 */
function isParticle(view: TokenView, i: number, afterOneFirstName: boolean, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  if (lexicon.nameParticles.has(surface)) return true;
  if (!afterOneFirstName) return false;
  return (
    lexicon.capitalisedParticles.has(surface) ||
    (lexicon.nobilityTitles.has(surface) && lexicon.nameParticles.has(view.surface[i + 1] ?? ''))
  );
}

/**
 * Two name words no list knows as something else that their context marks as a person's name: a comma and a role noun
 * after them (`Oksana Melnyk, Schriftführerin`), a party or other listed organisation in brackets after them
 * (`Reinhild Aschenbrenner (CSU)`), or a speech verb before them (`sagt Birte Hoyer-Mbeki`).
 */
function nameWithContext(view: TokenView, j: number, lexicon: EntityLexicon): PersonMatch | undefined {
  const second = j + 1;
  const after = second + 1;
  // The context first, as it is cheap to test and rare.
  const spoken = j > 0 && lexicon.speechVerbs.has(view.surface[j - 1]!) && joinsPrevious(view, j);
  const bracketOrComma = view.surface[after] === ',' || view.surface[after] === '(';
  if (!spoken && !bracketOrComma) return undefined;
  if (!(isFirstName(view, j, lexicon) || isUnknownNameWord(view, j, lexicon)) || !joinsPrevious(view, second))
    return undefined;
  // The context vouches for a double name even with a common word in it (`Karahan-Pfeil`).
  const surname =
    isSurname(view, second, lexicon, true) ||
    (isNameWord(view, second, lexicon) &&
      DOUBLE_NAME.test(view.surface[second]!) &&
      !isNamedCompound(view, second, lexicon));
  if (!surname || isRoleNoun(view, second, lexicon)) return undefined;
  if (joinsPrevious(view, after) && isCapitalisedWord(view, after) && view.starts[after] !== view.ends[second])
    return undefined;
  const roleAfter =
    view.surface[after] === ',' && joinsPrevious(view, after + 1) && isRoleNoun(view, after + 1, lexicon);
  const partyAfter =
    view.surface[after] === '(' && view.surface[after + 2] === ')' && knownType(view, after + 1, lexicon) === 'ORG';
  return spoken || roleAfter || partyAfter ? { first: j, nameFirst: j, last: second, confidence: 0.7 } : undefined;
}

const DOUBLE_NAME = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** A capitalised name word that is no common word, no listed other thing, no adjective and no role noun. */
function isUnknownNameWord(view: TokenView, i: number, lexicon: EntityLexicon): boolean {
  const surface = view.surface[i]!;
  return (
    isNameWord(view, i, lexicon) &&
    !lexicon.commonWords.has(surface) &&
    !isKnownNonPerson(view, i, lexicon) &&
    !looksLikeAdjective(surface, lexicon) &&
    !isRoleNoun(view, i, lexicon)
  );
}

/**
 * After a role noun (`sagt Bezirksamtsleiterin Şule Hamdorf`, `Ratsmitglied Benali fragt`): a name word no list knows as
 * something else and no common word, then a surname; or a surname alone.
 */
function nameAfterRole(view: TokenView, j: number, lexicon: EntityLexicon): PersonMatch | undefined {
  const surface = view.surface[j]!;
  if (
    !isNameWord(view, j, lexicon) ||
    lexicon.commonWords.has(surface) ||
    isKnownNonPerson(view, j, lexicon) ||
    looksLikeAdjective(surface, lexicon)
  )
    return undefined;
  const second = j + 1;
  if (joinsPrevious(view, second) && isSurname(view, second, lexicon, true)) {
    // Three capitalised words in a row are rather a name and what follows it.
    return { first: j, nameFirst: j, last: second, confidence: 0.75 };
  }
  if (joinsPrevious(view, second) && isCapitalisedWord(view, second)) return undefined;
  // Alone, only what reads as a surname (`Benali`, `Heinen-Kessler`), not a field (`Leiterin Cloud`, `Referentin Migration`).
  const namelike = lexicon.surnames.has(surface) || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(surface);
  return namelike && isSurname(view, j, lexicon) ? { first: j, nameFirst: j, last: j, confidence: 0.7 } : undefined;
}
