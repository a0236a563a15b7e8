// What the German entity linker knows (entities/registry-ids.ts): the registry
// lists of registries/ (built by npm run build:registries from open data; see
// registries/NOTICE.md) and the administrative heads of registry-heads.json,
// read into maps once, when the first record asks for ids.

import type { GazetteerTrie } from '../../entities/gazetteer-trie.js';
import type { EntityRegistry } from '../../entities/registry-ids.js';
import bodies from './registries/bodies.json';
import laws from './registries/laws.json';
import places from './registries/places.json';
import heads from './registry-heads.json';

/** Lines of "name<TAB>value", "-" for a name of two things, as a map (null for those). */
function nameLines(lines: string): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const line of lines.split('\n')) {
    const tab = line.indexOf('\t');
    const value = line.slice(tab + 1);
    map.set(line.slice(0, tab), value === '-' ? null : value);
  }
  return map;
}

export function germanRegistry(gazetteer: GazetteerTrie): EntityRegistry {
  const geonames = new Map<string, string>();
  for (const [ars, id] of nameLines(places.geonames)) if (id !== null) geonames.set(ars, id);
  return {
    laender: new Map(Object.entries(places.laender)),
    kreise: new Map(Object.entries(places.kreise)),
    kreiseNamedLikeGemeinden: new Set(places.kreiseNamedLikeGemeinden),
    gemeinden: nameLines(places.gemeinden),
    austria: nameLines(places.austria),
    switzerland: nameLines(places.switzerland),
    wikidata: new Map(Object.entries(places.wikidata)),
    geonames,
    bodies: new Map(Object.entries(bodies.wikidata)),
    lawAbbreviations: new Set(laws.abbreviations.split('\n')),
    lawAbbreviationsWithoutYear: new Map(Object.entries(laws.withoutYear)),
    heads: { gemeinde: heads.gemeinde, kreis: heads.kreis, land: heads.land },
    gazetteer,
  };
}
