// The built-in taxonomy (src/lang/de/topics.json), checked and compiled into
// the form the tagger reads (src/lang/de/compiled/topics.json, written by
// scripts/compile-data.ts); topics.json stays the place to edit it.

import topics from '../lang/de/topics.json';
import { type Taxonomy, parseTaxonomy } from './taxonomy.js';
import { type PackedTermMatcher, compileTermMatcher, packTermMatcher } from './term-matcher.js';

export interface CompiledTopics {
  taxonomy: Taxonomy;
  matcher: PackedTermMatcher;
}

/** The taxonomy as topics.json holds it now (the extractor reads the compiled copy). */
export function parseBuiltInTaxonomy(): Taxonomy {
  return parseTaxonomy(topics);
}

export function compileBuiltInTopics(): CompiledTopics {
  const taxonomy = parseBuiltInTaxonomy();
  return { taxonomy, matcher: packTermMatcher(compileTermMatcher(taxonomy)) };
}
