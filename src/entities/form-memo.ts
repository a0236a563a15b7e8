// Answers about word forms kept by form id (text/word-forms.ts): computed the
// first time a form is asked about, read back for every later token of it.
// Running text repeats its words, so the patterns stay fast on long documents.

import type { TokenView } from '../text/token-view.js';
import type { EntityLexicon } from './lexicon.js';

/** How a memo computes an answer: from the token's surface, norm, stem or shape alone. */
export type FormQuestion<T> = (view: TokenView, i: number, lexicon: EntityLexicon) => T;

export class FormMemo<T> {
  private answers: T[] = [];
  private known = new Uint8Array(256);
  private generation = -1;

  answer(view: TokenView, i: number, lexicon: EntityLexicon, question: FormQuestion<T>): T {
    if (this.generation !== view.formGeneration) this.reset(view.formGeneration);
    const form = view.form[i]!;
    if (form < this.answers.length && this.known[form] === 1) return this.answers[form]!;
    const answer = question(view, i, lexicon);
    while (this.answers.length <= form) this.answers.push(answer);
    if (form >= this.known.length) {
      const known = new Uint8Array(Math.max(form + 1, this.known.length * 2));
      known.set(this.known);
      this.known = known;
    }
    this.answers[form] = answer;
    this.known[form] = 1;
    return answer;
  }

  private reset(generation: number): void {
    this.generation = generation;
    this.answers = [];
    this.known.fill(0);
  }
}

/** The answer to `question` about token i's form, computed once per form and kept on the lexicon. */
export function memoised<T>(lexicon: EntityLexicon, name: string, view: TokenView, i: number, question: FormQuestion<T>): T {
  let memo = lexicon.answers[name] as FormMemo<T> | undefined;
  if (memo === undefined) lexicon.answers[name] = memo = new FormMemo<T>();
  return memo.answer(view, i, lexicon, question);
}
