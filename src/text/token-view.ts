// Per-token facts the entity and topic stages read: surface, normalised forms, a
// few shape bits and the id of the token's word form, gathered once per document
// from the extractor's form table (word-forms.ts) and shared by every recogniser
// and tagger, with the answers kept per form (form-memo.ts).

import type { FormAnswers } from './form-memo.js';
import type { SentenceTable } from './sentences.js';
import type { TokenTable } from './token-table.js';

export { Shape, shapeOf } from './shape.js';

export interface TokenView {
  readonly text: string;
  readonly count: number;
  readonly surface: readonly string[];
  readonly norm: readonly string[];
  readonly stem: readonly string[];
  readonly shape: Uint8Array;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Index of the sentence each token belongs to. */
  readonly sentence: Int32Array;
  /** Id of each token's word form (word-forms.ts): answers about a form can be kept by it. */
  readonly form: Int32Array;
  /** Every id in `form` is below this: the size of an array indexed by form id. */
  readonly formLimit: number;
  /** The answers about word forms the extractor keeps (form-memo.ts), by question. */
  readonly answers: FormAnswers;
}

/** The view of a document's tokens, their forms interned in the table of `answers`. */
export function buildTokenView(tokens: TokenTable, sentences: SentenceTable, answers: FormAnswers): TokenView {
  const count = tokens.count;
  const form = new Int32Array(count);
  const forms = answers.forms;
  forms.intern(tokens, form);
  const surface = new Array<string>(count);
  const norm = new Array<string>(count);
  const stem = new Array<string>(count);
  const shape = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const id = form[i]!;
    surface[i] = forms.surface[id]!;
    norm[i] = forms.norm[id]!;
    stem[i] = forms.stem[id]!;
    shape[i] = forms.shape[id]!;
  }
  const sentence = new Int32Array(count);
  for (let s = 0; s < sentences.count; s++) {
    sentence.fill(s, sentences.firstToken[s]!, sentences.lastToken[s]! + 1);
  }
  return {
    text: tokens.text,
    count,
    surface,
    norm,
    stem,
    shape,
    kind: tokens.kinds.subarray(0, count),
    flags: tokens.flags.subarray(0, count),
    starts: tokens.starts.subarray(0, count),
    ends: tokens.ends.subarray(0, count),
    sentence,
    form,
    formLimit: forms.count,
    answers,
  };
}

/** The text of tokens `first..last` with each run of whitespace as one space: `Dr. Marco\nKuhn` → `Dr. Marco Kuhn`. */
export function spanText(view: TokenView, first: number, last: number): string {
  return collapseWhitespace(view.text.slice(view.starts[first], view.ends[last]));
}

/** Each run of whitespace as one space; most names have only single spaces, and are returned as they are. */
export function collapseWhitespace(text: string): string {
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text;
}
