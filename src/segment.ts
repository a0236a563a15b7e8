// The public text functions: tokens as objects and sentences as spans, built
// from the flat tables the pipeline uses internally.

import type { Span, Token } from './record.js';
import { expectString } from './input.js';
import { type SentenceTable, splitTokenTable } from './text/sentences.js';
import { Flag, TOKEN_KINDS, type TokenTable } from './text/token-table.js';
import { scanTokens } from './text/tokenize.js';
import { internForms, wordForms } from './text/word-forms.js';

/** Splits German text into tokens with character offsets, kinds and normalised forms. */
export function tokenize(text: string): Token[] {
  expectString('tokenize', text);
  return tokenObjects(scanTokens(text));
}

/** Splits German text into sentences: `{ start, end, text }` per sentence. */
export function splitSentences(text: string): Span[] {
  expectString('splitSentences', text);
  const tokens = scanTokens(text);
  return sentenceSpans(tokens, splitTokenTable(tokens)).map((span) => ({
    ...span,
    text: text.slice(span.start, span.end),
  }));
}

export function tokenObjects(table: TokenTable): Token[] {
  const { starts, ends, kinds, flags } = table;
  const tokens: Token[] = new Array(table.count);
  const ids = new Int32Array(table.count);
  internForms(table, ids);
  const forms = wordForms();
  for (let i = 0; i < table.count; i++) {
    const form = ids[i]!;
    const flag = flags[i]!;
    const token: Token = {
      text: forms.surface[form]!,
      start: starts[i]!,
      end: ends[i]!,
      kind: TOKEN_KINDS[kinds[i]!]!,
      norm: forms.norm[form]!,
      stem: forms.stem[form]!,
    };
    if (flag & Flag.Suspended) token.suspended = true;
    if (flag & Flag.Gender) token.gender = true;
    tokens[i] = token;
  }
  return tokens;
}

export function sentenceSpans(table: TokenTable, sentences: SentenceTable): { start: number; end: number }[] {
  const spans = new Array<{ start: number; end: number }>(sentences.count);
  for (let s = 0; s < sentences.count; s++) {
    spans[s] = { start: table.starts[sentences.firstToken[s]!]!, end: table.ends[sentences.lastToken[s]!]! };
  }
  return spans;
}
