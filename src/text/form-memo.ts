// Answers about word forms kept by form id (word-forms.ts): computed the first
// time a form is asked about, read back for every later token of it. Running
// text repeats its words, so what is asked per token is computed per word.
// FormAnswers holds one memo per question beside its word-form table, one per
// extractor; a question is a function of the token's form alone (its surface,
// norm, stem, shape, kind) and of a context that stays the same for the
// extractor (the language's word lists, a gazetteer).

import type { WordFormTable } from './word-forms.js';

/** What a question reads of a document: the form id of each token. */
export interface FormIndexed {
  readonly form: Int32Array;
}

/** How a memo computes an answer for token i from its form and the context. */
export type FormQuestion<V extends FormIndexed, T, C> = (view: V, i: number, context: C) => T;

class FormMemo<T> {
  answers: T[] = [];
  known = new Uint8Array(256);
  generation = -1;
  context: unknown = undefined;
}

export class FormAnswers {
  private readonly memos = new Map<FormQuestion<never, unknown, never>, FormMemo<unknown>>();

  constructor(readonly forms: WordFormTable) {}

  /** The answer to `question` for token i's form; `context` is what the question reads besides the token. */
  answer<V extends FormIndexed, T, C>(question: FormQuestion<V, T, C>, view: V, i: number, context: C): T {
    return answerFrom(this.memoOf(question, context), question, view, i, context);
  }

  /**
   * The answer to `question` for every token of `view`, in token order: what a stage asks of each token in turn, with
   * the memo looked up once rather than once per token.
   */
  perToken<V extends FormIndexed, T, C>(question: FormQuestion<V, T, C>, view: V, context: C): T[] {
    const memo = this.memoOf(question, context);
    const count = view.form.length;
    const answers = new Array<T>(count);
    for (let i = 0; i < count; i++) answers[i] = answerFrom(memo, question, view, i, context);
    return answers;
  }

  private memoOf<T, C>(question: FormQuestion<never, T, C>, context: C): FormMemo<T> {
    let memo = this.memos.get(question as FormQuestion<never, unknown, never>) as FormMemo<T> | undefined;
    if (memo === undefined) {
      memo = new FormMemo<T>();
      this.memos.set(question as FormQuestion<never, unknown, never>, memo as FormMemo<unknown>);
    }
    // The table was cleared (its ids name other forms now), or the question is asked in another context.
    if (memo.generation !== this.forms.generation || memo.context !== context) {
      memo.generation = this.forms.generation;
      memo.context = context;
      memo.answers = [];
      memo.known.fill(0);
    }
    return memo;
  }
}

function answerFrom<V extends FormIndexed, T, C>(
  memo: FormMemo<T>,
  question: FormQuestion<V, T, C>,
  view: V,
  i: number,
  context: C,
): T {
  const form = view.form[i]!;
  if (form < memo.answers.length && memo.known[form] === 1) return memo.answers[form]!;
  const answer = question(view, i, context);
  // Filled with real answers, not holes, so the array keeps one element kind.
  while (memo.answers.length <= form) memo.answers.push(answer);
  if (form >= memo.known.length) {
    const known = new Uint8Array(Math.max(form + 1, memo.known.length * 2));
    known.set(memo.known);
    memo.known = known;
  }
  memo.answers[form] = answer;
  memo.known[form] = 1;
  return answer;
}
