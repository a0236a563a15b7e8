// What every stage after segmentation reads: the text with its token and
// sentence tables and the per-token view (token-view.ts), and lookups between
// characters, tokens and sentences.

import type { FormAnswers } from './form-memo.js';
import { type SentenceTable, splitTokenTable } from './sentences.js';
import type { TextWords } from './text-words.js';
import type { TokenTable } from './token-table.js';
import { scanTokens } from './tokenize.js';
import { type TokenView, buildTokenView } from './token-view.js';

export interface AnalysedText {
  readonly text: string;
  readonly tokens: TokenTable;
  readonly sentences: SentenceTable;
  /** Per-token facts (surface, norm, stem, shape, sentence, form id) the entity and topic stages read. */
  readonly view: TokenView;
}

/** Tokens, sentences and the token view of `text`, its word forms interned in the table of `answers`. */
export function analyseText(text: string, words: TextWords, answers: FormAnswers): AnalysedText {
  const tokens = scanTokens(text, words);
  const sentences = splitTokenTable(tokens, words);
  return { text, tokens, sentences, view: buildTokenView(tokens, sentences, answers) };
}

/**
 * The sentence that holds all of `start`..`end`, or -1 when the span crosses a
 * sentence boundary or lies outside every sentence: a mention, relation or
 * evidence span belongs to one sentence and names it.
 */
export function sentenceHolding(doc: AnalysedText, start: number, end: number): number {
  const { sentences, tokens } = doc;
  if (sentences.count === 0) return -1;
  const s = sentenceAt(doc, start);
  const first = tokens.starts[sentences.firstToken[s]!]!;
  const last = tokens.ends[sentences.lastToken[s]!]!;
  return start >= first && end <= last ? s : -1;
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
