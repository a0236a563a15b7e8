// Identifiers in open registries for the entities of a document, read off
// their type and canonical name alone: places and administrations get the
// Regionalschlüssel and Gemeindeschlüssel (ARS, AGS) of Destatis, the Austrian
// GKZ or the Swiss BFS number, with Wikidata and GeoNames ids where a list
// gives them; federal bodies and parties their Wikidata item; federal laws
// their official abbreviation and gesetze-im-internet.de address. A name that
// names no entry, or more than one (two Gemeinden called Neustadt; Bremen, a
// Land and a city), gets no id: never a guess.

import type { EntityIds, EntityIndexEntry } from '../record.js';
import type { GazetteerTrie } from './gazetteer-trie.js';

/** What the linker knows, built once per language (src/lang/de/registry.ts for German). */
export interface EntityRegistry {
  /** Land name → ARS (2 digits). */
  laender: ReadonlyMap<string, string>;
  /** Kreis name (bare: `Osnabrück` for the Landkreis, `Rhein-Sieg-Kreis`) → ARS (5 digits), null when ambiguous. */
  kreise: ReadonlyMap<string, string | null>;
  /** Kreis names that also begin a Gemeinde's name (`Oldenburg`): as a place name they name the Gemeinde, not the Kreis. */
  kreiseNamedLikeGemeinden: ReadonlySet<string>;
  /** Gemeinde name → ARS (12 digits), null when two Gemeinden share it. */
  gemeinden: ReadonlyMap<string, string | null>;
  austria: ReadonlyMap<string, string | null>;
  switzerland: ReadonlyMap<string, string | null>;
  /** By ARS. */
  wikidata: ReadonlyMap<string, string>;
  geonames: ReadonlyMap<string, string>;
  /** Federal bodies and parties by name → Wikidata item, null when two share it. */
  bodies: ReadonlyMap<string, string | null>;
  /** Official abbreviations of federal laws; abbreviations without their year → with it (`BDSG` → `BDSG 2018`). */
  lawAbbreviations: ReadonlySet<string>;
  lawAbbreviationsWithoutYear: ReadonlyMap<string, string | null>;
  /** Words before a place's name naming its administration: `Stadt`, `Landratsamt`, `Freistaat`. */
  heads: { gemeinde: readonly string[]; kreis: readonly string[]; land: readonly string[] };
  /** The gazetteer, for the forms a law is written in (its abbreviations). */
  gazetteer: GazetteerTrie;
}

/** The index with ids on the entries a registry names; the other entries are the input's own objects. */
export function linkRegistryIds(index: readonly EntityIndexEntry[], registry: EntityRegistry): EntityIndexEntry[] {
  return index.map((entry) => {
    const ids = registryIds(entry, registry);
    return ids === undefined ? entry : { ...entry, ids };
  });
}

export function registryIds(
  entry: Pick<EntityIndexEntry, 'type' | 'canonical'>,
  registry: EntityRegistry,
): EntityIds | undefined {
  if (entry.type === 'LOC') return placeIds(entry.canonical, registry);
  if (entry.type === 'ORG') return organisationIds(entry.canonical, registry);
  if (entry.type === 'LAW') return lawIds(entry.canonical, registry);
  return undefined;
}

type Found = EntityIds | 'ambiguous' | undefined;

/** A place name: a Land, a German, Austrian or Swiss Gemeinde, or a Kreis by its bare name. */
function placeIds(name: string, registry: EntityRegistry): EntityIds | undefined {
  const found = [land(name, registry), gemeinde(name, registry), austrian(name, registry), swiss(name, registry)];
  if (found.some((f) => f !== undefined)) return onlyOne(found);
  return registry.kreiseNamedLikeGemeinden.has(name) ? undefined : onlyOne([kreisIds(name, registry)]);
}

function organisationIds(name: string, registry: EntityRegistry): EntityIds | undefined {
  const body = registry.bodies.get(name);
  if (body !== undefined) return body === null ? undefined : { wikidata: body };
  for (const head of registry.heads.land) {
    if (name.startsWith(`${head} `)) return onlyOne([land(name.slice(head.length + 1), registry)]);
  }
  for (const head of registry.heads.kreis) {
    if (name.startsWith(`${head} `)) return onlyOne([kreisIds(name.slice(head.length + 1), registry)]);
  }
  for (const head of registry.heads.gemeinde) {
    if (!name.startsWith(`${head} `)) continue;
    const place = name.slice(head.length + 1);
    return onlyOne([gemeinde(place, registry), austrian(place, registry), swiss(place, registry)]);
  }
  // A Kreis named as a whole: `Rhein-Sieg-Kreis`, `Ortenaukreis`.
  return /kreis$/i.test(name) ? onlyOne([kreisIds(name, registry)]) : undefined;
}

/** A law whose name or abbreviations include exactly one official abbreviation of a federal law. */
function lawIds(name: string, registry: EntityRegistry): EntityIds | undefined {
  const abbreviations = new Set<string>();
  for (const form of [name, ...registry.gazetteer.formsOf(name, 'LAW')]) {
    if (registry.lawAbbreviations.has(form)) abbreviations.add(form);
    const withYear = registry.lawAbbreviationsWithoutYear.get(form);
    if (withYear) abbreviations.add(withYear);
  }
  if (abbreviations.size !== 1) return undefined;
  const [abbreviation] = abbreviations as unknown as [string];
  return { lawAbbreviation: abbreviation, lawUrl: `https://www.gesetze-im-internet.de/${lawSlug(abbreviation)}/` };
}

/** Where gesetze-im-internet.de files a law: its abbreviation in lower case, other characters as `_` (`ÄApprO 2002` → `_appro_2002`). */
export function lawSlug(abbreviation: string): string {
  return abbreviation.toLowerCase().replace(/[^a-z0-9-]/g, '_');
}

function land(name: string, registry: EntityRegistry): Found {
  const ars = registry.laender.get(name);
  return ars === undefined ? undefined : withKnownIds({ ars, ags: ars }, registry);
}

function gemeinde(name: string, registry: EntityRegistry): Found {
  const ars = registry.gemeinden.get(name);
  if (ars === undefined) return undefined;
  if (ars === null) return 'ambiguous';
  // Berlin and Hamburg are a Land and its only Gemeinde: one thing, named by the Land's keys (as placeIds does).
  if (ars.endsWith('0000000000') && [...registry.laender.values()].includes(ars.slice(0, 2))) {
    return onlyOne([
      land(name, registry) ?? { ars: ars.slice(0, 2), ags: ars.slice(0, 2) },
      withKnownIds({ ars, ags: ars.slice(0, 5) + ars.slice(9) }, registry),
    ]);
  }
  return withKnownIds({ ars, ags: ars.slice(0, 5) + ars.slice(9) }, registry);
}

function kreisIds(name: string, registry: EntityRegistry): Found {
  const ars = registry.kreise.get(name);
  if (ars === undefined) return undefined;
  return ars === null ? 'ambiguous' : withKnownIds({ ars, ags: ars }, registry);
}

function austrian(name: string, registry: EntityRegistry): Found {
  const gkz = registry.austria.get(name);
  return gkz === undefined ? undefined : gkz === null ? 'ambiguous' : { gkz };
}

function swiss(name: string, registry: EntityRegistry): Found {
  const bfs = registry.switzerland.get(name);
  return bfs === undefined ? undefined : bfs === null ? 'ambiguous' : { bfs };
}

function withKnownIds(ids: EntityIds, registry: EntityRegistry): EntityIds {
  const wikidata = registry.wikidata.get(ids.ars!);
  const geonames = registry.geonames.get(ids.ars!);
  return { ...(wikidata ? { wikidata } : {}), ...ids, ...(geonames ? { geonames } : {}) };
}

/**
 * The ids when exactly one candidate names something; none when none does, or
 * when two different things answer to the name. A Land and its only Gemeinde
 * (Berlin, Hamburg) are one thing: the Land's keys stand, with the city's
 * Wikidata and GeoNames ids.
 */
function onlyOne(candidates: Found[]): EntityIds | undefined {
  const found = candidates.filter((c) => c !== undefined);
  if (found.length === 0 || found.includes('ambiguous')) return undefined;
  // The same thing found twice (a city-state as Land and as Gemeinde): the fuller answer stands.
  const ids = (found as EntityIds[]).filter(
    (candidate, i, all) =>
      !all.some(
        (other, j) =>
          j !== i &&
          other.ars !== undefined &&
          other.ars === candidate.ars &&
          (Object.keys(other).length > Object.keys(candidate).length ||
            (Object.keys(other).length === Object.keys(candidate).length && j < i)),
      ),
  );
  if (ids.length === 1) return ids[0];
  const [first, second] = ids as [EntityIds, EntityIds];
  const cityState =
    ids.length === 2 && first.ars?.length === 2 && second.ars?.length === 12 && second.ars === `${first.ars}0000000000`;
  if (!cityState) return undefined;
  return {
    ...(second.wikidata ? { wikidata: second.wikidata } : {}),
    ars: first.ars,
    ags: first.ags,
    ...(second.geonames ? { geonames: second.geonames } : {}),
  };
}
