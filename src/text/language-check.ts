// A cheap check that a text is in the language the extractor expects: counts
// the word tokens that are function words of each language the profiles know
// (lang/de/language-check.json). A text long enough to tell whose words are
// far more often another language's gets that language's code, and the
// record a warning; a short or mixed text keeps the extractor's language.

import type { AnalysedText } from './analysed-text.js';
import { Kind } from './token-table.js';
import type { TokenView } from './token-view.js';

export interface LanguageProfiles {
  /** The extractor's own language. */
  readonly own: string;
  /** Texts with fewer word tokens are not checked. */
  readonly minWords: number;
  /** The languages' names in English, by code, for the warning. */
  readonly names: ReadonlyMap<string, string>;
  /** Each function word with the languages it belongs to. */
  readonly functionWords: ReadonlyMap<string, readonly string[]>;
}

export interface LanguageCheck {
  /** The language the text is in: `own`, or another when the check says so. */
  code: string;
  /** Its name in English. */
  name: string;
  /** Function words of `code` among the text's words (when it is not `own`). */
  evidence: number;
}

/** Another language's function words must outnumber the own language's this many times. */
const MARGIN = 3;
/** And make up at least this share of the words. */
const MIN_SHARE = 0.1;

export function checkLanguage(doc: AnalysedText, profiles: LanguageProfiles): LanguageCheck {
  const { view } = doc;
  const languages = view.answers.perToken(languagesOfForm, view, profiles);
  let words = 0;
  // Counted per function word's list of languages first, then per language: the counts, not their order, decide.
  const perList = new Map<readonly string[], number>();
  for (let i = 0; i < view.count; i++) {
    if (view.kind[i] !== Kind.Word) continue;
    words++;
    const codes = languages[i];
    if (codes !== undefined) perList.set(codes, (perList.get(codes) ?? 0) + 1);
  }
  const hits = new Map<string, number>();
  for (const [codes, n] of perList) for (const code of codes) hits.set(code, (hits.get(code) ?? 0) + n);
  const own = { code: profiles.own, name: profiles.names.get(profiles.own) ?? profiles.own, evidence: 0 };
  if (words < profiles.minWords) return own;
  let best = profiles.own;
  let bestHits = 0;
  for (const [code, n] of hits) {
    if (n > bestHits || (n === bestHits && code < best)) [best, bestHits] = [code, n];
  }
  const ownHits = hits.get(profiles.own) ?? 0;
  if (best === profiles.own || bestHits < MARGIN * ownHits || bestHits < MIN_SHARE * words) return own;
  return { code: best, name: profiles.names.get(best) ?? best, evidence: bestHits };
}

/** The languages a word of this form is a function word of. */
function languagesOfForm(view: TokenView, i: number, profiles: LanguageProfiles): readonly string[] | undefined {
  return profiles.functionWords.get(view.norm[i]!);
}
