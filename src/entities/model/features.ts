// The sequence model's features as 32-bit keys, shared by training
// (scripts/ner) and inference (emissions.ts). Every feature is a property of
// one word at one offset from the token being labelled (-3..+3), or of the
// sentence's first word, so inference adds up a word form's weights once per
// offset and reuses the sums. A word's distributional classes and frequency
// (learnt from unlabelled text, scripts/ner/word-vectors.ts, shipped in the
// model's word lexicon) are such properties.

import { Shape, shapeOf } from '../../text/token-view.js';

/**
 * How far the context window reaches on each side (3 rather than 2: LER dev F1 0.899 against 0.895, GermEval the same).
 */
export const WINDOW = 3;
/** Offsets -WINDOW..+WINDOW, stored at index offset + WINDOW. */
export const OFFSETS = 2 * WINDOW + 1;

const enum Template {
  Form = 1,
  Norm,
  Stem,
  Prefix,
  Suffix,
  ShortShape,
  Capitals,
  Length,
  Gazetteer,
  GazetteerCapitals,
  InitialNorm,
  InitialCapitals,
  InitialGazetteer,
  Bias,
  DomainCopy,
  WordClass,
  Frequency,
}

/** Membership of a word form in the name, place, organisation and law lists (gazetteer-features.ts). */
export const enum GazetteerBit {
  FirstName = 1,
  Surname = 2,
  Place = 4,
  OrganisationWord = 8,
  Law = 16,
}
const GAZETTEER_BITS = [
  GazetteerBit.FirstName,
  GazetteerBit.Surname,
  GazetteerBit.Place,
  GazetteerBit.OrganisationWord,
  GazetteerBit.Law,
];

const MAX_PREFIX = 4;
const MAX_SUFFIX = 5;

/** The forms of one word that features read. */
export interface WordForms {
  surface: string;
  /** Lower case, cleaned (TokenView.norm). */
  norm: string;
  /** Snowball stem (TokenView.stem). */
  stem: string;
  /** GazetteerBit flags. */
  gazetteers: number;
  /** The word's distributional facts (word-lexicon.ts): its class at each level, -1 when it has none. */
  classes: readonly number[];
  /** Its frequency bucket in the unlabelled text, 0 when unseen. */
  frequency: number;
}

/** Stands for the words before a sentence's first token and after its last. */
export const BEFORE_SENTENCE: WordForms = {
  surface: '<s>',
  norm: '<s>',
  stem: '<s>',
  gazetteers: 0,
  classes: [],
  frequency: 0,
};
export const AFTER_SENTENCE: WordForms = {
  surface: '</s>',
  norm: '</s>',
  stem: '</s>',
  gazetteers: 0,
  classes: [],
  frequency: 0,
};

/** FNV-1a over UTF-16 code units, seeded, then murmur3's finaliser. */
export function hashString(seed: number, text: string, from = 0, to = text.length): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return finalise(h ^ (to - from));
}

function finalise(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A key for a feature over several hashed values (word pairs, shape trigrams). */
export function combineKeys(template: number, a: number, b: number, c = 0): number {
  let h = Math.imul(template, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39) ^ c;
  return finalise(h);
}

const seedOf = (template: Template, offset: number, detail = 0): number =>
  (template << 8) | ((offset + WINDOW) << 5) | detail;

/** `Xx`, `X`, `d.`, `Xx-Xx`: character classes with runs collapsed. */
export function shortShape(surface: string): string {
  let shape = '';
  let previous = '';
  for (let i = 0; i < surface.length && shape.length < 12; i++) {
    const code = surface.charCodeAt(i);
    const ch = surface[i]!;
    let cls: string;
    if (code >= 0x30 && code <= 0x39) cls = 'd';
    else if (ch !== ch.toLowerCase()) cls = 'X';
    else if (ch !== ch.toUpperCase() || code === 0xdf) cls = 'x';
    else cls = ch;
    if (cls !== previous) shape += cls;
    previous = cls;
  }
  return shape;
}

function lengthBucket(length: number): number {
  if (length <= 5) return length;
  if (length <= 8) return 6;
  if (length <= 12) return 7;
  return 8;
}

/** Shape bits of token-view.ts (capitalised, all caps, inner capitals, digits) as one small number. */
export function capitalsOf(surface: string): number {
  return (
    shapeOf(surface) & (Shape.Capitalised | Shape.AllCaps | Shape.InnerCapitals | Shape.LowerInitial | Shape.HasDigit)
  );
}

/** Keys of the features word `w` fires when it stands at `offset` from the labelled token. */
export function wordFeatureKeys(w: WordForms, offset: number, keys: number[]): void {
  const capitals = capitalsOf(w.surface);
  keys.push(hashString(seedOf(Template.Norm, offset), w.norm));
  keys.push(hashString(seedOf(Template.Capitals, offset, capitals), ''));
  keys.push(hashString(seedOf(Template.ShortShape, offset), shortShape(w.surface)));
  if (w.gazetteers !== 0) {
    for (const bit of GAZETTEER_BITS)
      if (w.gazetteers & bit) keys.push(hashString(seedOf(Template.Gazetteer, offset, bit), ''));
  }
  for (let level = 0; level < w.classes.length; level++) {
    const wordClass = w.classes[level]!;
    if (wordClass < 0) continue;
    keys.push(combineKeys(Template.WordClass, ((level + 1) << 4) | (offset + WINDOW + 1), wordClass + 1));
    if (offset === 0)
      keys.push(
        combineKeys(Template.WordClass, (level + 1) << 4, wordClass + 1, 1 + (capitals & Shape.Capitalised ? 1 : 0)),
      );
  }
  if (offset === 0) {
    keys.push(hashString(seedOf(Template.Bias, 0), ''));
    keys.push(hashString(seedOf(Template.Form, 0), w.surface));
    keys.push(hashString(seedOf(Template.Stem, 0), w.stem));
    keys.push(hashString(seedOf(Template.Length, 0, lengthBucket(w.norm.length)), ''));
    keys.push(combineKeys(Template.GazetteerCapitals, capitals, w.gazetteers));
    keys.push(combineKeys(Template.Frequency, capitals, w.frequency));
    const norm = w.norm;
    for (let n = 1; n <= MAX_PREFIX && n < norm.length; n++)
      keys.push(hashString(seedOf(Template.Prefix, 0, n), norm, 0, n));
    for (let n = 1; n <= MAX_SUFFIX && n < norm.length; n++) {
      keys.push(hashString(seedOf(Template.Suffix, 0, n), norm, norm.length - n));
    }
  } else if (offset === -1 || offset === 1) {
    keys.push(hashString(seedOf(Template.Stem, offset), w.stem));
    const norm = w.norm;
    if (norm.length > 3) keys.push(hashString(seedOf(Template.Suffix, offset, 3), norm, norm.length - 3));
  }
}

/** Keys of the extra features a word fires as its sentence's first token. */
export function initialFeatureKeys(w: WordForms, keys: number[]): void {
  const capitals = capitalsOf(w.surface);
  keys.push(hashString(seedOf(Template.InitialNorm, 0), w.norm));
  keys.push(hashString(seedOf(Template.InitialCapitals, 0, capitals), ''));
  keys.push(combineKeys(Template.InitialGazetteer, capitals, w.gazetteers));
}

/**
 * The copy of a feature that fires only in one domain's sentences (Daumé's
 * feature augmentation): the shared key learns what GermEval and LER agree on,
 * the copies what each annotates its own way.
 */
export const domainKey = (key: number, domainId: number): number => combineKeys(Template.DomainCopy, key, domainId + 1);
