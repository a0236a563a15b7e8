// Which of the model's mentions extract() trusts in reports: the model learned
// from news and court decisions and knows nothing of the report genre, where
// headings, role acronyms and topic words stand capitalised on their own. The
// library's word lists know them (src/lang/de), so they veto the model here.

import { Flag } from '../../text/token-table.js';
import { Shape, type TokenView } from '../../text/token-view.js';
import type { EntityLexicon } from '../lexicon.js';

const SHORT_ACRONYM = 4;

/** True unless the word lists say that tokens first..last of a sentence first..last are no name. */
export function isPlausibleMention(
  view: TokenView,
  first: number,
  last: number,
  sentenceFirst: number,
  sentenceLast: number,
  lexicon: EntityLexicon,
): boolean {
  // A heading or list item that is nothing but the candidate (`Ausblick`, `AKTUELLES`).
  if (first === sentenceFirst && last === sentenceLast) return false;
  for (let i = first; i <= last; i++) if (view.flags[i]! & Flag.Suspended) return false;
  if (first !== last) return true;
  const word = view.surface[first]!;
  if (lexicon.commonWords.has(word) || lexicon.notNames.has(word) || lexicon.roles.has(word)) return false;
  // Unlisted short acronyms are topics and roles in this genre (`KI`, `IT`, `CDO`, `DMS`); listed ones the gazetteers find.
  return !(view.shape[first]! & Shape.AllCaps && word.length <= SHORT_ACRONYM);
}
