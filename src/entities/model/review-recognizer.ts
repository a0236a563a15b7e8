// The reports reviewer as the extractor's model: createExtractor({ model:
// reportsRecognizer() }) lets it read every mention the gazetteers, patterns
// and mention passes found and decide the document's mentions
// (review-model.ts), instead of filling the gaps they leave.

import type { EntityRecognizer } from '../recognizer.js';
import type { PlausibilityRules } from './plausible.js';
import {
  type ReviewCompanions,
  type ReviewMode,
  type ReviewModel,
  type ReviewTagger,
  type ReviewTrust,
  reviewMentions,
  reviewTagger,
} from './review-model.js';

export interface ReviewRecognizerOptions {
  /** `replace` (default): the reviewer's labels are the mentions; `add`: rule mentions stay, it adds names in the gaps. */
  mode?: ReviewMode;
  /** How much the reviewer trusts the rules; default: the model's setting, chosen on held-out writers. */
  trust?: ReviewTrust;
  /** The word lists' vetoes on names no rule found (plausible.ts); default: all of them; false: none. */
  veto?: PlausibilityRules | false;
}

const ALL_VETOES: PlausibilityRules = { lowerCaseInDocument: true, hyphenatedCommonHead: true };

const taggers = new WeakMap<ReviewModel, ReviewTagger>();

/** A reviewer over `model` (or a function that loads it on first use). */
export function reviewRecognizer(
  model: ReviewModel | (() => ReviewModel),
  companions: (model: ReviewModel) => ReviewCompanions,
  options: ReviewRecognizerOptions = {},
): EntityRecognizer {
  const mode = options.mode ?? 'replace';
  const veto = options.veto === false ? undefined : (options.veto ?? ALL_VETOES);
  let tagger: ReviewTagger | undefined;
  let trust: ReviewTrust | undefined;
  return {
    name: 'model:reports',
    recognize: () => [],
    review(doc, mentions, lexicon) {
      if (tagger === undefined || trust === undefined) {
        const loaded = typeof model === 'function' ? model() : model;
        trust = options.trust ?? loaded.trust;
        tagger = taggers.get(loaded);
        if (tagger === undefined) taggers.set(loaded, (tagger = reviewTagger(loaded, companions(loaded))));
      }
      return reviewMentions(doc, mentions, tagger, mode, trust, lexicon, veto);
    },
  };
}
