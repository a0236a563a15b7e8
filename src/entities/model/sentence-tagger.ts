// Labels a sentence's tokens with the model and reads off its mentions:
// emissions, then Viterbi over the domain's tags, then spans with the class and
// confidence of each (the lowest tag confidence inside the span).

import type { TokenView } from '../../text/token-view.js';
import {
  type DecodeBuffers,
  type DomainTransitions,
  decodeBuffers,
  domainTransitions,
  tagConfidence,
  viterbi,
} from './decode.js';
import { type EmissionScorer, emissionScorer } from './emissions.js';
import type { GazetteerBitsOf } from './gazetteer-features.js';
import { type Domain, type ModelClass, MODEL_CLASSES, classOfTag, isInsideTag } from './labels.js';
import type { NerModel } from './model.js';

export interface ModelSpan {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  label: ModelClass;
  confidence: number;
}

export interface SentenceTagger {
  readonly domain: Domain;
  /** Calls `found` for each mention in tokens first..last, in order. */
  tagSentence(view: TokenView, first: number, last: number, found: (span: ModelSpan) => void): void;
}

export function sentenceTagger(model: NerModel, domain: Domain, gazetteersOf: GazetteerBitsOf): SentenceTagger {
  if (!model.domains.includes(domain)) {
    throw new Error(`the NER model was trained for ${model.domains.join(', ')}, not for the domain ${domain}`);
  }
  const scorer: EmissionScorer = emissionScorer(model, domain, gazetteersOf);
  const transitions: DomainTransitions = domainTransitions(model, scorer.tags);
  const width = scorer.tags.length;
  const buffers: DecodeBuffers = decodeBuffers(width);
  let emissions = new Float32Array(64 * width);
  let path = new Uint8Array(64);

  return {
    domain,
    tagSentence(view, first, last, found) {
      const n = last - first + 1;
      if (n <= 0) return;
      if (path.length < n) {
        path = new Uint8Array(n * 2);
        emissions = new Float32Array(n * 2 * width);
      }
      scorer.score(view, first, last, emissions);
      viterbi(emissions, n, transitions, buffers, path);
      let i = 0;
      while (i < n) {
        const tag = scorer.tags[path[i]!]!;
        if (tag === 0) {
          i++;
          continue;
        }
        const cls = classOfTag(tag);
        let end = i;
        while (end + 1 < n) {
          const following = scorer.tags[path[end + 1]!]!;
          if (!isInsideTag(following) || classOfTag(following) !== cls) break;
          end++;
        }
        let confidence = 1;
        for (let k = i; k <= end; k++) {
          confidence = Math.min(confidence, tagConfidence(emissions, k, path, transitions, model.temperature));
        }
        found({ first: first + i, last: first + end, label: MODEL_CLASSES[cls]!, confidence });
        i = end + 1;
      }
    },
  };
}
