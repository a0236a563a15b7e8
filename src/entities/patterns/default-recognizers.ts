// The recognisers extract() runs by default, in order: the order breaks ties
// between equally long, equally confident candidates (resolve.ts).

import { compiledGazetteerRecognizer } from '../gazetteer.js';
import { entityLexicon } from '../entity-lexicon.js';
import { eventNameRecognizer } from './event-names.js';
import { lawNameRecognizer } from './law-names.js';
import { organisationNameRecognizer } from './organisation-names.js';
import { personNameRecognizer } from './person-names.js';
import { placeNameRecognizer } from './place-names.js';
import { productNameRecognizer } from './product-names.js';
import type { EntityRecognizer } from '../recognizer.js';

/**
 * The statistical model extract() runs by default: none. The built-in German
 * model (govtext-de/ner) adds no mention to corpus/ at any confidence, so it
 * stays out of the default path and the main bundle; README, "The statistical
 * model", has the figures. createExtractor({ model: nerRecognizer() }) turns it on.
 */
export function defaultModelRecognizer(): EntityRecognizer | undefined {
  return undefined;
}

export function defaultRecognizers(): EntityRecognizer[] {
  return [
    compiledGazetteerRecognizer('gazetteer', () => {
      const lexicon = entityLexicon();
      return {
        gazetteer: lexicon.gazetteer,
        options: { contextWords: lexicon.contextWords, placeListWords: lexicon.placeListWords },
      };
    }),
    personNameRecognizer(entityLexicon),
    organisationNameRecognizer(entityLexicon),
    lawNameRecognizer(entityLexicon),
    eventNameRecognizer(entityLexicon),
    productNameRecognizer(entityLexicon),
    placeNameRecognizer(entityLexicon),
  ];
}
