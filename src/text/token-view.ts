// Per-token facts the entity and topic stages read: surface, normalised forms and a
// few shape bits, computed once per document and shared by every recogniser and tagger.

import type { AnalysedText } from '../analysed-text.js';
import { isLower, isUpper } from './char-class.js';
import { normalForms } from './normalize.js';
import { Kind } from './token-table.js';

export const enum Shape {
  /** First character is an upper-case letter. */
  Capitalised = 1,
  /** Two or more letters, none lower case: `OZG`, `NRW`, `ELSTER`. */
  AllCaps = 2,
  /** Upper-case letters after the first character: `XRechnung`, `EGovG`, `BundID`. */
  InnerCapitals = 4,
  /** First character is a lower-case letter. */
  LowerInitial = 8,
  /** Contains a digit. */
  HasDigit = 16,
}

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
}

const views = new WeakMap<AnalysedText, TokenView>();

export function tokenView(doc: AnalysedText): TokenView {
  let view = views.get(doc);
  if (view === undefined) {
    view = buildView(doc);
    views.set(doc, view);
  }
  return view;
}

function buildView(doc: AnalysedText): TokenView {
  const { tokens, sentences } = doc;
  const count = tokens.count;
  const surface = new Array<string>(count);
  const norm = new Array<string>(count);
  const stem = new Array<string>(count);
  const shape = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const text = doc.text.slice(tokens.starts[i], tokens.ends[i]);
    const forms = normalForms(text, tokens.kinds[i]!, tokens.flags[i]!);
    surface[i] = text;
    norm[i] = forms.norm;
    stem[i] = forms.stem;
    shape[i] = shapeOf(text);
  }
  const sentence = new Int32Array(count);
  for (let s = 0; s < sentences.count; s++) {
    sentence.fill(s, sentences.firstToken[s]!, sentences.lastToken[s]! + 1);
  }
  return {
    text: doc.text,
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
  };
}

export function shapeOf(text: string): number {
  let shape = 0;
  let letters = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) shape |= Shape.HasDigit;
    else if (isUpper(code)) {
      letters++;
      if (i === 0) shape |= Shape.Capitalised;
      else shape |= Shape.InnerCapitals;
    } else if (isLower(code)) {
      letters++;
      lower++;
      if (i === 0) shape |= Shape.LowerInitial;
    }
  }
  if (letters >= 2 && lower === 0) shape |= Shape.AllCaps;
  return shape;
}

export function isWordLike(view: TokenView, i: number): boolean {
  const kind = view.kind[i];
  return kind === Kind.Word || kind === Kind.Abbreviation;
}

/** The text of tokens `first..last` with each run of whitespace as one space: `Dr. Marco\nKuhn` → `Dr. Marco Kuhn`. */
export function spanText(view: TokenView, first: number, last: number): string {
  return view.text.slice(view.starts[first], view.ends[last]).replace(/\s+/g, ' ');
}
