// The built-in name lists (src/lang/de/gazetteers), in priority order:
// hand-curated lists before derived ones; the GeoNames places come after the
// hand-curated places, districts and countries, so those win ties. The
// extractor reads them packed (compiled/gazetteers.json, written by
// scripts/compile-data.ts); these sources stay the place to edit them.

import countries from './gazetteers/derived/countries.json';
import districts from './gazetteers/derived/districts.json';
import federalLaws from './gazetteers/derived/federal-laws.json';
import geonamesPlaces from './gazetteers/derived/places-geonames.json';
import events from './gazetteers/events.json';
import institutions from './gazetteers/institutions.json';
import domainLaws from './gazetteers/laws-domain.json';
import places from './gazetteers/places.json';
import products from './gazetteers/products.json';
import commonWordData from './gazetteers/derived/common-words.json';
import type { GazetteerEntry, GazetteerList } from '../../entities/gazetteer.js';
import { type PackedGazetteer, packGazetteer } from '../../entities/gazetteer-trie.js';

export function builtInGazetteerLists(): GazetteerList[] {
  const list = (name: string, data: { entries: unknown[] }, verbatim = false): GazetteerList => ({
    name,
    entries: data.entries as GazetteerEntry[],
    ...(verbatim ? { verbatim } : {}),
  });
  return [
    list('laws', domainLaws),
    list('institutions', institutions),
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
  return packGazetteer(builtInGazetteerLists(), new Set(commonWordData.words));
}
