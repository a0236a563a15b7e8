// The statistical model as an entity recogniser: labels each sentence of the
// document and proposes the mentions of classes the library reports (PER, ORG,
// LOC, LAW) at or above a confidence threshold that the word lists find
// plausible (plausible.ts). The resolver places them only where no rule-based
// mention was chosen (resolve.ts), so they add recall without displacing the
// gazetteers and patterns.

import type { EntityType } from '../../record.js';
import type { AnalysedText } from '../../text/analysed-text.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
import { gazetteerBits } from './gazetteer-features.js';
import { type Domain, LIBRARY_TYPES, type ModelClass } from './labels.js';
import type { NerModel } from './model.js';
import { NO_EXTRA_RULES, type PlausibilityRules, isPlausibleMention, lowerCaseForms } from './plausible.js';
import { type SentenceTagger, sentenceTagger } from './sentence-tagger.js';

export interface ModelMention {
  start: number;
  end: number;
  text: string;
  /** The model's class: PER, ORG, LOC, OTH (news) or PER, ORG, LOC, LAW, REG, RS, LIT (legal). */
  label: ModelClass;
  confidence: number;
  sentence: number;
}

/** Labels every sentence of a document; reuses one tagger (and its word memo) per model and domain. */
export function modelMentions(doc: AnalysedText, tagger: SentenceTagger): ModelMention[] {
  const view = doc.view;
  const { sentences } = doc;
  const mentions: ModelMention[] = [];
  for (let s = 0; s < sentences.count; s++) {
    tagger.tagSentence(view, sentences.firstToken[s]!, sentences.lastToken[s]!, (span) => {
      const start = view.starts[span.first]!;
      const end = view.ends[span.last]!;
      mentions.push({
        start,
        end,
        text: doc.text.slice(start, end),
        label: span.label,
        confidence: span.confidence,
        sentence: s,
      });
    });
  }
  return mentions;
}

const taggers = new WeakMap<NerModel, Map<Domain, SentenceTagger>>();

/**
 * One tagger per model and domain for the process: its word memo is shared by
 * every document. `listWords` are the place, organisation and law words its
 * gazetteer features read (the model's companions: src/lang/de/ner.ts).
 */
export function taggerFor(model: NerModel, domain: Domain, listWords: ReadonlyMap<string, number>): SentenceTagger {
  let byDomain = taggers.get(model);
  if (byDomain === undefined) taggers.set(model, (byDomain = new Map()));
  let tagger = byDomain.get(domain);
  if (tagger === undefined) {
    tagger = sentenceTagger(model, domain, gazetteerBits(model.names, listWords));
    byDomain.set(domain, tagger);
  }
  return tagger;
}

export interface NerRecognizerOptions {
  /** Which corpus's label set to decode with; default: the model's library setting (news). */
  domain?: Domain;
  /** Mentions below this confidence are dropped; default: the model's calibrated threshold. */
  threshold?: number;
  /** Entity types to propose; default PER, ORG, LOC. */
  types?: readonly EntityType[];
  /**
   * Single-token mentions below this confidence are dropped; default: `threshold` when that is given, else the model's
   * calibrated setting.
   */
  singleTokenThreshold?: number;
  /** The vetoes beyond the word lists (plausible.ts); default: the model's calibrated setting. */
  rules?: PlausibilityRules;
}

export const DEFAULT_MODEL_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

/** A recogniser over `model` (a model or a function that loads it on first use) and its list words. */
export function modelRecognizer(
  model: NerModel | (() => NerModel),
  listWords: () => ReadonlyMap<string, number>,
  options: NerRecognizerOptions = {},
): EntityRecognizer {
  const types = new Set(options.types ?? DEFAULT_MODEL_TYPES);
  let loaded: NerModel | undefined;
  return {
    name: 'model:ner',
    recognize(doc, lexicon): EntityCandidate[] {
      loaded ??= typeof model === 'function' ? model() : model;
      const domain = options.domain ?? loaded.library.domain;
      const threshold = options.threshold ?? loaded.library.threshold;
      // A threshold given without a single-token one holds for every mention.
      const singleTokenThreshold =
        options.singleTokenThreshold ??
        (options.threshold === undefined ? (loaded.library.singleTokenThreshold ?? threshold) : threshold);
      const rules = options.rules ?? loaded.library.rules ?? NO_EXTRA_RULES;
      const tagger = taggerFor(loaded, domain, listWords());
      const view = doc.view;
      let lowerForms: Set<string> | undefined;
      const documentLowerForms = () => (lowerForms ??= lowerCaseForms(view));
      const { sentences } = doc;
      const candidates: EntityCandidate[] = [];
      for (let s = 0; s < sentences.count; s++) {
        const sentenceFirst = sentences.firstToken[s]!;
        const sentenceLast = sentences.lastToken[s]!;
        tagger.tagSentence(view, sentenceFirst, sentenceLast, (span) => {
          const type = LIBRARY_TYPES[span.label];
          if (type === undefined || !types.has(type)) return;
          if (span.confidence < (span.first === span.last ? singleTokenThreshold : threshold)) return;
          if (
            !isPlausibleMention(
              view,
              span.first,
              span.last,
              sentenceFirst,
              sentenceLast,
              lexicon,
              rules,
              documentLowerForms,
            )
          )
            return;
          candidates.push({
            start: view.starts[span.first]!,
            end: view.ends[span.last]!,
            type,
            confidence: span.confidence,
          });
        });
      }
      return candidates;
    },
  };
}
