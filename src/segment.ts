// The public text functions: tokens as objects and sentences as spans, built
// from the flat tables the pipeline uses internally, in German unless another
// language is given.

import { tokenObjects, sentenceSpans } from './assemble-record.js';
import { expectString } from './input.js';
import { germanLanguage } from './lang/de/index.js';
import type { Language } from './lang/language.js';
import type { Span, Token } from './record.js';
import { splitTokenTable } from './text/sentences.js';
import { scanTokens } from './text/tokenize.js';
import { WordFormTable } from './text/word-forms.js';

/** Splits German text into tokens with character offsets, kinds and normalised forms. */
export function tokenize(text: string, language: Language = germanLanguage()): Token[] {
  expectString('tokenize', text);
  return tokenObjects(scanTokens(text, language.text), new WordFormTable(language.text));
}

/** Splits German text into sentences: `{ start, end, text }` per sentence. */
export function splitSentences(text: string, language: Language = germanLanguage()): Span[] {
  expectString('splitSentences', text);
  const tokens = scanTokens(text, language.text);
  return sentenceSpans(tokens, splitTokenTable(tokens, language.text)).map((span) => ({
    ...span,
    text: text.slice(span.start, span.end),
  }));
}
