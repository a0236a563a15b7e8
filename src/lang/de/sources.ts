// The German sources as the build compiles them (scripts/compile-data.ts, into
// compiled/): the name lists (gazetteers/) in priority order — hand-curated
// lists before derived ones; the GeoNames places come after the hand-curated
// places, districts and countries, so those win ties — and the topic taxonomy
// (topics.json), checked, with its term matcher. The extractor reads the
// compiled copies; these sources stay the place to edit.

import countries from './gazetteers/derived/countries.json';
import districts from './gazetteers/derived/districts.json';
import federalLaws from './gazetteers/derived/federal-laws.json';
import geonamesPlaces from './gazetteers/derived/places-geonames.json';
import events from './gazetteers/events.json';
import institutions from './gazetteers/institutions.json';
import media from './gazetteers/media.json';
import parties from './gazetteers/parties.json';
import domainLaws from './gazetteers/laws-domain.json';
import places from './gazetteers/places.json';
import products from './gazetteers/products.json';
import commonWordData from './gazetteers/derived/common-words.json';
import topics from './topics.json';
import { germanLanguage } from './index.js';
import type { GazetteerEntry, GazetteerList } from '../../entities/gazetteer.js';
import { type PackedGazetteer, packGazetteer } from '../../entities/gazetteer-trie.js';
import { type Taxonomy, parseTaxonomy } from '../../topics/taxonomy.js';
import { type CompiledTopics, compileTermMatcher, packTermMatcher } from '../../topics/term-matcher.js';

export function builtInGazetteerLists(): GazetteerList[] {
  const list = (name: string, data: { entries: unknown[] }, verbatim = false): GazetteerList => ({
    name,
    entries: data.entries as GazetteerEntry[],
    ...(verbatim ? { verbatim } : {}),
  });
  return [
    list('laws', domainLaws),
    list('institutions', institutions),
    list('parties', parties),
    list('media', media),
    list('products', products),
    list('events', events),
    list('places', places),
    list('districts', districts),
    list('countries', countries),
    list('places-geonames', geonamesPlaces, true),
    list('federal-laws', federalLaws),
  ];
}

/** The built-in lists packed as the extractor reads them; single capitalised common words are ambiguous aliases. */
export function packBuiltInGazetteers(): PackedGazetteer {
  return packGazetteer(builtInGazetteerLists(), new Set(commonWordData.words), germanLanguage().text);
}

/** The taxonomy as topics.json holds it now (the extractor reads the compiled copy). */
export function parseBuiltInTaxonomy(): Taxonomy {
  return parseTaxonomy(topics);
}

export function compileBuiltInTopics(): CompiledTopics {
  const taxonomy = parseBuiltInTaxonomy();
  return { taxonomy, matcher: packTermMatcher(compileTermMatcher(taxonomy, germanLanguage().text)) };
}
