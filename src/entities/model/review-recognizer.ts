// The reports reviewer as the extractor's model: createExtractor({ model:
// reportsRecognizer() }) lets it read every mention the gazetteers, patterns
// and mention passes found and decide the document's mentions
// (review-model.ts), instead of filling the gaps they leave.

import type { AnalysedText } from '../../text/analysed-text.js';
import type { EntityLexicon } from '../entity-lexicon.js';
import type { EntityCandidate, EntityRecognizer } from '../recognizer.js';
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

/** The news model's gap fillers, under the news model's own source (`model:ner`), as the reviewer learnt them. */
export function fillGaps(
  filler: EntityRecognizer | undefined,
  doc: AnalysedText,
  lexicon: EntityLexicon,
): EntityCandidate[] {
  if (filler === undefined) return [];
  return filler.recognize(doc, lexicon).map((candidate) => ({ ...candidate, source: candidate.source ?? filler.name }));
}

const taggers = new WeakMap<ReviewModel, ReviewTagger>();

/** A reviewer over `model` (or a function that loads it on first use). */
export function reviewRecognizer(
  model: ReviewModel | (() => ReviewModel),
  companions: (model: ReviewModel) => ReviewCompanions,
  options: ReviewRecognizerOptions = {},
): EntityRecognizer {
  const mode = options.mode ?? 'replace';
  const veto = options.veto === false ? undefined : (options.veto ?? ALL_VETOES);
  let state: { tagger: ReviewTagger; trust: ReviewTrust; filler?: EntityRecognizer } | undefined;
  const load = () => {
    if (state === undefined) {
      const loaded = typeof model === 'function' ? model() : model;
      const parts = companions(loaded);
      let tagger = taggers.get(loaded);
      if (tagger === undefined) taggers.set(loaded, (tagger = reviewTagger(loaded, parts)));
      state = { tagger, trust: options.trust ?? loaded.trust };
      if (loaded.inputs.fill) state.filler = parts.filler;
    }
    return state;
  };
  return {
    name: 'model:reports',
    // A reviewer trained with the news model's gap fillers in the mentions it reads proposes them too.
    recognize: (doc, lexicon) => fillGaps(load().filler, doc, lexicon),
    review(doc, mentions, lexicon) {
      const { tagger, trust } = load();
      return reviewMentions(doc, mentions, tagger, mode, trust, lexicon, veto);
    },
  };
}
