// The recognisers extract() runs by default, in order: the order breaks ties
// between equally long, equally confident candidates (resolve.ts).

import { compiledGazetteerRecognizer } from './gazetteer.js';
import { entityLexicon } from './lexicon.js';
import { eventNameRecognizer } from './patterns/event-names.js';
import { lawNameRecognizer } from './patterns/law-names.js';
import { organisationNameRecognizer } from './patterns/organisation-names.js';
import { personNameRecognizer } from './patterns/person-names.js';
import { placeNameRecognizer } from './patterns/place-names.js';
import { productNameRecognizer } from './patterns/product-names.js';
import type { EntityRecognizer } from './recognizer.js';

/**
 * The statistical model's place among the recognisers. None ships yet: the
 * model issue sets it here (or a caller passes `model` to createExtractor), and
 * its candidates join the resolver like any other recogniser's.
 */
export function defaultModelRecognizer(): EntityRecognizer | undefined {
  return undefined;
}

export function defaultRecognizers(): EntityRecognizer[] {
  return [
    compiledGazetteerRecognizer('gazetteer', () => {
      const lexicon = entityLexicon();
      return { gazetteer: lexicon.gazetteer, options: { contextWords: lexicon.contextWords } };
    }),
    personNameRecognizer(entityLexicon),
    organisationNameRecognizer(entityLexicon),
    lawNameRecognizer(entityLexicon),
    eventNameRecognizer(entityLexicon),
    productNameRecognizer(entityLexicon),
    placeNameRecognizer(entityLexicon),
  ];
}
