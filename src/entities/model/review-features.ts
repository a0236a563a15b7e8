// Features of the reports reviewer (review-model.ts), shared by training
// (scripts/ner/train-review.ts) and inference: what the word is (features.ts's
// word features at offsets -2..+2, without the news model's word classes) and
// what the gazetteers, patterns and mention passes said about it: the
// position and type of the rule mention that covers each token of the window,
// the list or rule that found it, and whether the word is part of a mention
// elsewhere in the document. The reviewer learns from these when to keep,
// extend, retype or drop a rule mention and where to add one.

import type { EntityMention, EntityType } from '../../record.js';
import type { TokenView } from '../../text/token-view.js';
import { combineKeys, capitalsOf, hashString, initialFeatureKeys, wordFeatureKeys } from './features.js';
import type { GazetteerBitsOf } from './gazetteer-features.js';
import { classIndex, MODEL_CLASSES } from './labels.js';
import type { SentenceTagger } from './sentence-tagger.js';
import { EMPTY_LEXICON, type WordLexicon, wordFacts } from './word-lexicon.js';

/** The reviewer's classes; tag 0 is O, class k has B = 1 + 2k and I = 2 + 2k. */
export const REVIEW_CLASSES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'LAW', 'EVENT', 'PRODUCT'];
export const REVIEW_TAGS = 1 + 2 * REVIEW_CLASSES.length;
const CLASS_OF = new Map<string, number>(REVIEW_CLASSES.map((type, k) => [type, k]));

/** How far the reviewer's window reaches on each side. */
export const REVIEW_WINDOW = 2;

const enum Template {
  RuleCode = 101,
  RuleFamily,
  RuleSource,
  RuleCapitals,
  RuleNorm,
  RuleLength,
  DocumentTypes,
  DocumentTypesCapitals,
  RuleCodePair,
  NewsCode,
  NewsRule,
}

/** What the reviewer may know of a word beyond its letters: the news model's word classes and name and list bits. */
export interface ReviewWords {
  lexicon: WordLexicon;
  gazetteers: GazetteerBitsOf;
}
export const LETTERS_ONLY: ReviewWords = { lexicon: EMPTY_LEXICON, gazetteers: () => 0 };

/** The rule mentions of one sentence projected onto its tokens. */
export interface RuleTokens {
  /** 0 outside a mention, else 1 + 4 × class + 2 × (inside) + (last token of the mention). */
  code: Uint8Array;
  /** Index into `sources` of the covering mention's first source (`pattern:person`), -1 outside. */
  source: Int32Array;
  /** Tokens in the covering mention, 0 outside. */
  length: Uint8Array;
  sources: string[];
  /** Per token: bits (1 << class) of the types under which its word form is part of a rule mention in the document. */
  documentTypes: Uint8Array;
  /**
   * The news model's labels when the reviewer reads them: 0 outside its mentions, else 1 + 4 × class (PER, ORG,
   * LOC, OTH, a -deriv or -part label) + 2 × (inside) + (confidence at least 0.5).
   */
  news?: Uint8Array;
}

const NEWS_CLASS: readonly number[] = MODEL_CLASSES.map((name) =>
  name === 'PER' ? 0 : name === 'ORG' ? 1 : name === 'LOC' ? 2 : name === 'OTH' ? 3 : 4,
);

/** The news model's mentions in every sentence as per-token codes (RuleTokens.news). */
export function newsTokens(
  view: TokenView,
  sentences: { count: number; firstToken: Int32Array; lastToken: Int32Array },
  tagger: SentenceTagger,
): Uint8Array {
  const codes = new Uint8Array(view.count);
  for (let s = 0; s < sentences.count; s++) {
    tagger.tagSentence(view, sentences.firstToken[s]!, sentences.lastToken[s]!, (span) => {
      const cls = NEWS_CLASS[classIndex(span.label)]!;
      const sure = span.confidence >= 0.5 ? 1 : 0;
      for (let i = span.first; i <= span.last; i++) codes[i] = 1 + 4 * cls + (i > span.first ? 2 : 0) + sure;
    });
  }
  return codes;
}

/** The index of the first token of `view` that starts at or after `offset`. */
function tokenFrom(view: TokenView, offset: number): number {
  let lo = 0;
  let hi = view.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Projects a document's rule mentions onto its tokens. */
export function ruleTokens(view: TokenView, mentions: readonly EntityMention[]): RuleTokens {
  const n = view.count;
  const code = new Uint8Array(n);
  const source = new Int32Array(n).fill(-1);
  const length = new Uint8Array(n);
  const documentTypes = new Uint8Array(n);
  const sources: string[] = [];
  const sourceIds = new Map<string, number>();
  const formTypes = new Map<string, number>();
  for (const mention of mentions) {
    const cls = CLASS_OF.get(mention.type);
    if (cls === undefined) continue;
    const first = tokenFrom(view, mention.start);
    let last = first;
    while (last + 1 < n && view.ends[last + 1]! <= mention.end) last++;
    if (first >= n || view.ends[last]! > mention.end) continue;
    const name = mention.source.split('+')[0]!;
    let id = sourceIds.get(name);
    if (id === undefined) {
      id = sources.length;
      sources.push(name);
      sourceIds.set(name, id);
    }
    for (let i = first; i <= last; i++) {
      code[i] = 1 + 4 * cls + (i > first ? 2 : 0) + (i === last ? 1 : 0);
      source[i] = id;
      length[i] = Math.min(255, last - first + 1);
      formTypes.set(view.surface[i]!, (formTypes.get(view.surface[i]!) ?? 0) | (1 << cls));
    }
  }
  for (let i = 0; i < n; i++) documentTypes[i] = formTypes.get(view.surface[i]!) ?? 0;
  return { code, source, length, sources, documentTypes };
}

const lengthBucket = (length: number): number => (length <= 4 ? length : length <= 6 ? 5 : 6);

/** Keys of the word features of the token at `i` seen from offset `offset` (memoisable per word form). */
export function reviewWordKeys(view: TokenView, i: number, offset: number, keys: number[], words: ReviewWords): void {
  const surface = view.surface[i]!;
  const norm = view.norm[i]!;
  const facts = wordFacts(words.lexicon, surface, norm);
  wordFeatureKeys(
    {
      surface,
      norm,
      stem: view.stem[i]!,
      gazetteers: words.gazetteers(surface),
      classes: facts.classes,
      frequency: facts.frequency,
    },
    offset,
    keys,
  );
}

/** Keys of the extra word features of a sentence's first token. */
export function reviewInitialKeys(view: TokenView, i: number, keys: number[], words: ReviewWords): void {
  const surface = view.surface[i]!;
  initialFeatureKeys(
    {
      surface,
      norm: view.norm[i]!,
      stem: view.stem[i]!,
      gazetteers: words.gazetteers(surface),
      classes: [],
      frequency: 0,
    },
    keys,
  );
}

/** Keys of the rule features of token `i` in a sentence of tokens first..last. */
export function reviewRuleKeys(
  view: TokenView,
  rules: RuleTokens,
  i: number,
  first: number,
  last: number,
  keys: number[],
): void {
  for (let offset = -REVIEW_WINDOW; offset <= REVIEW_WINDOW; offset++) {
    const k = i + offset;
    const inside = k >= first && k <= last;
    const code = inside ? rules.code[k]! : 255;
    keys.push(combineKeys(Template.RuleCode, offset + REVIEW_WINDOW, code));
    if (inside && code !== 0 && offset >= -1 && offset <= 1) {
      keys.push(
        combineKeys(
          Template.RuleFamily,
          offset + REVIEW_WINDOW,
          code,
          hashString(7, familyOf(rules.sources[rules.source[k]!]!)),
        ),
      );
    }
  }
  const code = rules.code[i]!;
  const before = i > first ? rules.code[i - 1]! : 255;
  const after = i < last ? rules.code[i + 1]! : 255;
  keys.push(combineKeys(Template.RuleCodePair, before, code, after));
  keys.push(combineKeys(Template.RuleCapitals, code, capitalsOf(view.surface[i]!)));
  keys.push(ruleNormKey(code, view.norm[i]!));
  if (code !== 0) {
    const source = hashString(13, rules.sources[rules.source[i]!]!);
    keys.push(combineKeys(Template.RuleSource, code, source));
    keys.push(combineKeys(Template.RuleLength, code, lengthBucket(rules.length[i]!), source));
  }
  const news = rules.news;
  if (news !== undefined) {
    for (let offset = -1; offset <= 1; offset++) {
      const k = i + offset;
      keys.push(combineKeys(Template.NewsCode, offset + 2, k >= first && k <= last ? news[k]! : 255));
    }
    keys.push(combineKeys(Template.NewsRule, news[i]!, code));
  }
  const types = rules.documentTypes[i]!;
  keys.push(combineKeys(Template.DocumentTypes, code === 0 ? 0 : 1, types));
  keys.push(combineKeys(Template.DocumentTypesCapitals, types, capitalsOf(view.surface[i]!)));
}

/** The key of a token's rule code paired with its lower-case form. */
export const ruleNormKey = (code: number, norm: string): number =>
  combineKeys(Template.RuleNorm, code, hashString(11, norm));

/**
 * Whether no rule mention reaches token `i`'s window: its rule features then depend on its capitals, its word's
 * document types, the news labels at -1..+1, where the sentence ends and its form (ruleNormKey) only.
 */
export function ruleFreeWindow(rules: RuleTokens, i: number, first: number, last: number): boolean {
  const from = Math.max(first, i - REVIEW_WINDOW);
  const to = Math.min(last, i + REVIEW_WINDOW);
  for (let k = from; k <= to; k++) if (rules.code[k] !== 0) return false;
  return true;
}

/** What the rule features of a token in a rule-free window depend on besides its form, as one number. */
export function ruleFreeSignature(view: TokenView, rules: RuleTokens, i: number, first: number, last: number): number {
  let edges = 0;
  for (let offset = -REVIEW_WINDOW; offset <= REVIEW_WINDOW; offset++) {
    const k = i + offset;
    if (k < first || k > last) edges |= 1 << (offset + REVIEW_WINDOW);
  }
  const news = rules.news;
  const newsAt = (k: number) => (news === undefined ? 0 : k >= first && k <= last ? news[k]! : 255);
  return (
    ((((edges * 256 + capitalsOf(view.surface[i]!)) * 64 + rules.documentTypes[i]!) * 256 + newsAt(i - 1)) * 256 +
      newsAt(i)) *
      256 +
    newsAt(i + 1)
  );
}

/** `pattern:person` → `pattern`. */
const familyOf = (source: string): string => {
  const colon = source.indexOf(':');
  return colon < 0 ? source : source.slice(0, colon);
};

export const reviewBeginTag = (cls: number): number => 1 + 2 * cls;
export const reviewClassOfTag = (tag: number): number => (tag === 0 ? -1 : (tag - 1) >> 1);
export const isReviewInsideTag = (tag: number): boolean => tag !== 0 && (tag & 1) === 0;
