// Turns labelled sentences into the trainer's flat arrays: each sentence is
// tokenised by the library's own tokenizer (the tokens the model will see in
// extract()), or taken in the corpus's own tokens, gold spans are projected
// onto those tokens as BIO tags, and every distinct word form gets its feature
// keys once (features.ts), per offset.

import {
  AFTER_SENTENCE,
  BEFORE_SENTENCE,
  OFFSETS,
  WINDOW,
  type WordForms,
  initialFeatureKeys,
  wordFeatureKeys,
} from '../../src/entities/model/features.js';
import type { GazetteerBitsOf } from '../../src/entities/model/gazetteer-features.js';
import { DOMAIN_IDS, beginTag, classIndex, insideTag } from '../../src/entities/model/labels.js';
import { EMPTY_LEXICON, type WordLexicon, wordFacts } from '../../src/entities/model/word-lexicon.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import { FormAnswers } from '../../src/text/form-memo.js';
import type { SentenceTable } from '../../src/text/sentences.js';
import { Flag, createTokenTable, pushToken } from '../../src/text/token-table.js';
import { type TokenView, buildTokenView } from '../../src/text/token-view.js';
import { scanTokens } from '../../src/text/tokenize.js';
import { WordFormTable } from '../../src/text/word-forms.js';
import { type LabelledSentence, joinTokens } from './corpora.js';

export { DOMAIN_IDS };

/** Feature blocks per word: one per offset, then the sentence-initial block. */
export const BLOCKS = OFFSETS + 1;
export const INITIAL_BLOCK = OFFSETS;
/** Word ids of the padding words before and after a sentence. */
export const BEFORE_WORD = 0;
export const AFTER_WORD = 1;

export interface Dataset {
  sentences: LabelledSentence[];
  tokenization: Tokenization;
  /** Token range of sentence s: sentenceStarts[s] .. sentenceStarts[s + 1] - 1. */
  sentenceStarts: Int32Array;
  domains: Uint8Array;
  tokenCount: number;
  words: Int32Array;
  /** Full-space gold tag per token. */
  gold: Uint8Array;
  /** Keys of word w's block b: wordKeys[wordKeyStarts[w * BLOCKS + b] .. wordKeyStarts[w * BLOCKS + b + 1]). */
  wordKeyStarts: Int32Array;
  wordKeys: Uint32Array;
  wordCount: number;
  /** Gold spans that do not fall on token boundaries of the library's tokenizer (trained as O). */
  unaligned: number;
  spans: number;
}

/** The German tokenizer's words, and one word-form table for the training run, as one extractor has. */
export const germanWords = germanLanguage().text;
const formAnswers = new FormAnswers(new WordFormTable(germanWords));

/** A sentence as the library tokenises it, read as one sentence. */
export function sentenceView(text: string): TokenView {
  const tokens = scanTokens(text, germanWords);
  const sentences: SentenceTable = {
    count: tokens.count > 0 ? 1 : 0,
    firstToken: Int32Array.of(0),
    lastToken: Int32Array.of(tokens.count - 1),
  };
  return buildTokenView(tokens, sentences, formAnswers);
}

/**
 * A sentence in the corpus's own tokens (joined by single spaces); each token's kind as the library would scan it
 * alone.
 */
export function corpusTokenView(tokens: readonly string[]): TokenView {
  const { text, starts } = joinTokens(tokens);
  const table = createTokenTable(text);
  tokens.forEach((token, i) => {
    const alone = scanTokens(token, germanWords);
    const kind = alone.count === 1 ? alone.kinds[0]! : 0;
    pushToken(table, starts[i]!, starts[i]! + token.length, kind, i > 0 ? Flag.SpaceBefore : 0);
  });
  const sentences: SentenceTable = {
    count: table.count > 0 ? 1 : 0,
    firstToken: Int32Array.of(0),
    lastToken: Int32Array.of(table.count - 1),
  };
  return buildTokenView(table, sentences, formAnswers);
}

/** Which tokens the model learns from: the library's (as in extract()) or the corpus's own. */
export type Tokenization = 'library' | 'corpus';

export function viewOf(sentence: LabelledSentence, tokenization: Tokenization): TokenView {
  return tokenization === 'library' ? sentenceView(sentence.text) : corpusTokenView(sentence.tokens);
}

class Growable {
  data: Uint32Array | Int32Array;
  length = 0;
  constructor(private readonly signed: boolean) {
    this.data = signed ? new Int32Array(1024) : new Uint32Array(1024);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.signed ? new Int32Array(this.length * 2) : new Uint32Array(this.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  toArray(): Uint32Array | Int32Array {
    return this.data.slice(0, this.length);
  }
}

export function buildDataset(
  sentences: LabelledSentence[],
  gazetteersOf: GazetteerBitsOf,
  lexicon: WordLexicon = EMPTY_LEXICON,
  tokenization: Tokenization = 'library',
): Dataset {
  const wordIds = new Map<string, number>();
  const wordKeyStarts = new Growable(true);
  const wordKeys = new Growable(false);
  const keys: number[] = [];
  const addWord = (forms: WordForms): void => {
    for (let block = 0; block < BLOCKS; block++) {
      wordKeyStarts.push(wordKeys.length);
      keys.length = 0;
      if (block < OFFSETS) wordFeatureKeys(forms, block - WINDOW, keys);
      else initialFeatureKeys(forms, keys);
      for (const key of keys) wordKeys.push(key);
    }
  };
  addWord(BEFORE_SENTENCE);
  addWord(AFTER_SENTENCE);
  let wordCount = 2;

  const sentenceStarts = new Int32Array(sentences.length + 1);
  const domains = new Uint8Array(sentences.length);
  const words = new Growable(true);
  const gold: number[] = [];
  let unaligned = 0;
  let spanCount = 0;
  sentences.forEach((sentence, s) => {
    sentenceStarts[s] = words.length;
    domains[s] = DOMAIN_IDS[sentence.domain];
    const view = viewOf(sentence, tokenization);
    const tags = new Uint8Array(view.count);
    for (const span of sentence.spans) {
      spanCount++;
      let first = -1;
      let last = -1;
      for (let i = 0; i < view.count; i++) {
        if (view.starts[i] === span.start) first = i;
        if (view.ends[i] === span.end) last = i;
      }
      if (first < 0 || last < first) {
        unaligned++;
        continue;
      }
      const cls = classIndex(span.label);
      tags[first] = beginTag(cls);
      for (let i = first + 1; i <= last; i++) tags[i] = insideTag(cls);
    }
    for (let i = 0; i < view.count; i++) {
      const surface = view.surface[i]!;
      const id = `${view.kind[i]}\u0001${surface}`;
      let word = wordIds.get(id);
      if (word === undefined) {
        word = wordCount++;
        wordIds.set(id, word);
        const norm = view.norm[i]!;
        const facts = wordFacts(lexicon, surface, norm);
        addWord({
          surface,
          norm,
          stem: view.stem[i]!,
          gazetteers: gazetteersOf(surface),
          classes: facts.classes,
          frequency: facts.frequency,
        });
      }
      words.push(word);
      gold.push(tags[i]!);
    }
  });
  sentenceStarts[sentences.length] = words.length;
  wordKeyStarts.push(wordKeys.length);
  return {
    sentences,
    tokenization,
    sentenceStarts,
    domains,
    tokenCount: words.length,
    words: words.toArray() as Int32Array,
    gold: Uint8Array.from(gold),
    wordKeyStarts: wordKeyStarts.toArray() as Int32Array,
    wordKeys: wordKeys.toArray() as Uint32Array,
    wordCount,
    unaligned,
    spans: spanCount,
  };
}
