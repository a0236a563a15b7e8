// What every stage after segmentation reads: the text with its token and
// sentence tables, and lookups between characters, tokens and sentences.

import type { SentenceTable } from './sentences.js';
import type { TokenTable } from './token-table.js';

export interface AnalysedText {
  readonly text: string;
  readonly tokens: TokenTable;
  readonly sentences: SentenceTable;
}

/** Index of the sentence that contains character offset `offset` (binary search). */
export function sentenceAt(doc: AnalysedText, offset: number): number {
  const { sentences, tokens } = doc;
  let low = 0;
  let high = sentences.count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (tokens.starts[sentences.firstToken[mid]!]! <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
