// Answers about word forms kept by form id (word-forms.ts): computed the first
// time a form is asked about, read back for every later token of it. Running
// text repeats its words, so what is asked per token is computed per word.

import type { TokenView } from './token-view.js';

/** How a memo computes an answer, from what the token's form alone says (surface, norm, stem, shape, kind). */
export type FormQuestion<T, C> = (view: TokenView, i: number, context: C) => T;

export class FormMemo<T, C> {
  private readonly question: FormQuestion<T, C>;
  private answers: T[] = [];
  private known = new Uint8Array(256);
  private generation = -1;

  constructor(question: FormQuestion<T, C>) {
    this.question = question;
  }

  /** The answer for token i's form; `context` is what the question reads besides the token (the same for every call). */
  answer(view: TokenView, i: number, context: C): T {
    if (this.generation !== view.formGeneration) this.reset(view.formGeneration);
    const form = view.form[i]!;
    if (form < this.answers.length && this.known[form] === 1) return this.answers[form]!;
    const answer = this.question(view, i, context);
    // Filled with real answers, not holes, so the array keeps one element kind.
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
