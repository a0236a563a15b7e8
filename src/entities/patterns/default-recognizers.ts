// The recognisers extract() runs by default, in order: the language's
// gazetteers, then the patterns. The order breaks ties between equally long,
// equally confident candidates (resolve.ts).

import { builtInGazetteerRecognizer } from '../gazetteer.js';
import type { EntityRecognizer } from '../recognizer.js';
import { definedLongFormRecognizer } from './defined-long-forms.js';
import { eventNameRecognizer } from './event-names.js';
import { lawNameRecognizer } from './law-names.js';
import { mastheadNameRecognizer } from './masthead-names.js';
import { newspaperNameRecognizer } from './newspaper-names.js';
import { organisationNameRecognizer } from './organisation-names.js';
import { personNameRecognizer } from './person-names.js';
import { placeNameRecognizer } from './place-names.js';
import { productNameRecognizer } from './product-names.js';
import { quotedNameRecognizer } from './quoted-names.js';

export function defaultRecognizers(): EntityRecognizer[] {
  return [
    builtInGazetteerRecognizer(),
    personNameRecognizer(),
    organisationNameRecognizer(),
    lawNameRecognizer(),
    eventNameRecognizer(),
    productNameRecognizer(),
    placeNameRecognizer(),
    quotedNameRecognizer(),
    definedLongFormRecognizer(),
    newspaperNameRecognizer(),
    mastheadNameRecognizer(),
  ];
}
