// Which of the model's mentions extract() trusts in reports: the model learned
// from news and court decisions and knows nothing of the report genre, where
// headings, role acronyms and topic words stand capitalised on their own. The
// library's word lists, and the document itself, veto the model here. The
// rules are general ones about German nouns and names, chosen on corpus/,
// eval/challenge/ and eval/holdout/ (npm run calibrate:ner), never on the seeds.

import { Flag } from '../../text/token-table.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../entity-lexicon.js';

const SHORT_ACRONYM = 4;
/** The shortest head of a hyphenated compound that is read as a common noun. */
const MIN_HEAD = 3;

export interface PlausibilityRules {
  /**
   * A single word the same document also writes with a lower-case initial (`Digital` / `digital`) is an adjective,
   * adverb or verb there.
   */
  lowerCaseInDocument: boolean;
  /**
   * A single hyphenated word whose last part is a common noun of the word list (`Bürgerservice-Portal`) is a compound
   * of that noun.
   */
  hyphenatedCommonHead: boolean;
}

export const NO_EXTRA_RULES: PlausibilityRules = { lowerCaseInDocument: false, hyphenatedCommonHead: false };

/** Norms of the document's words written with a lower-case initial (for PlausibilityRules.lowerCaseInDocument). */
export function lowerCaseForms(view: TokenView): Set<string> {
  const forms = new Set<string>();
  for (let i = 0; i < view.count; i++) if (view.shape[i]! & Shape.LowerInitial) forms.add(view.norm[i]!);
  return forms;
}

/** True unless the word lists say that tokens first..last of a sentence first..last are no name. */
export function isPlausibleMention(
  view: TokenView,
  first: number,
  last: number,
  sentenceFirst: number,
  sentenceLast: number,
  lexicon: EntityLexicon,
  rules: PlausibilityRules = NO_EXTRA_RULES,
  lowerForms: () => ReadonlySet<string> = () => new Set(),
): boolean {
  // A heading or list item that is nothing but the candidate (`Ausblick`, `AKTUELLES`).
  if (first === sentenceFirst && last === sentenceLast) return false;
  for (let i = first; i <= last; i++) if (view.flags[i]! & Flag.Suspended) return false;
  if (first !== last) return true;
  const word = view.surface[first]!;
  if (lexicon.commonWords.has(word) || lexicon.notNames.has(word) || lexicon.roles.has(word)) return false;
  // Unlisted short acronyms are topics and roles in this genre (`KI`, `IT`, `CDO`, `DMS`); listed ones the gazetteers
  // find.
  if (view.shape[first]! & Shape.AllCaps && word.length <= SHORT_ACRONYM) return false;
  if (rules.lowerCaseInDocument && lowerForms().has(view.norm[first]!)) return false;
  if (rules.hyphenatedCommonHead) {
    const hyphen = word.lastIndexOf('-');
    if (hyphen > 0 && word.length - hyphen - 1 >= MIN_HEAD) {
      const head = word.slice(hyphen + 1);
      if (lexicon.commonWords.has(head) || lexicon.notNames.has(head) || lexicon.roles.has(head)) return false;
    }
  }
  return true;
}
