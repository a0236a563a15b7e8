// The entity stage's plug-in interface: a recogniser proposes candidate
// mentions; the resolver (resolve.ts) chooses among overlapping ones.

import type { EntityMention, EntityType } from '../record.js';
import type { AnalysedText } from '../text/analysed-text.js';
import type { EntityLexicon } from './entity-lexicon.js';

export interface EntityCandidate {
  start: number;
  end: number;
  type: EntityType;
  /** Normalised name; defaults to the mention's text. */
  canonical?: string;
  confidence: number;
  /** Overrides the recogniser's name as the mention's source (`gazetteer:laws`). */
  source?: string;
}

export interface EntityRecognizer {
  /** Names the recogniser in each mention's `source`. */
  readonly name: string;
  /** Candidates in `doc`; `lexicon` is what the extractor's language knows about names (entity-lexicon.ts). */
  recognize(doc: AnalysedText, lexicon: EntityLexicon): EntityCandidate[];
  /**
   * A learnt reviewer (the reports model of govtext-de/ner) has this instead of filling gaps: it reads the mentions
   * the recognisers and mention passes found and returns the document's mentions.
   */
  review?(doc: AnalysedText, mentions: readonly EntityMention[], lexicon: EntityLexicon): EntityMention[];
}
