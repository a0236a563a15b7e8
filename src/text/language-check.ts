// A cheap check that a text is in the language the extractor expects: counts
// the word tokens that are function words of each language the profiles know
// (lang/de/language-check.json). A text long enough to tell whose words are
// far more often another language's gets that language's code, and the
// record a warning; a short or mixed text keeps the extractor's language.

import type { AnalysedText } from './analysed-text.js';
import { Kind } from './token-table.js';

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
  const { norm, kind, count } = doc.view;
  let words = 0;
  const hits = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (kind[i] !== Kind.Word) continue;
    words++;
    for (const code of profiles.functionWords.get(norm[i]!) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
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
