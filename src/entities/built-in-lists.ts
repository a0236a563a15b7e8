// The built-in name lists (src/lang/de/gazetteers), in priority order:
// hand-curated lists before derived ones; the GeoNames places come after the
// hand-curated places, districts and countries, so those win ties. The
// extractor reads them packed (compiled/gazetteers.json, written by
// scripts/compile-data.ts); these sources stay the place to edit them.

import countries from '../lang/de/gazetteers/derived/countries.json';
import districts from '../lang/de/gazetteers/derived/districts.json';
import federalLaws from '../lang/de/gazetteers/derived/federal-laws.json';
import geonamesPlaces from '../lang/de/gazetteers/derived/places-geonames.json';
import events from '../lang/de/gazetteers/events.json';
import institutions from '../lang/de/gazetteers/institutions.json';
import domainLaws from '../lang/de/gazetteers/laws-domain.json';
import places from '../lang/de/gazetteers/places.json';
import products from '../lang/de/gazetteers/products.json';
import commonWordData from '../lang/de/gazetteers/derived/common-words.json';
import type { GazetteerEntry, GazetteerList } from './gazetteer.js';
import { type PackedGazetteer, packGazetteer } from './gazetteer-trie.js';

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
