// npm run build:keyphrases — builds the keyphrase background
// src/lang/de/keyphrase-background.json from the unlabeled German corpora in
// ../shared/data/unlabeled (Bundestag plenary speeches 2017–2025 and the federal
// laws in force), read with the library's own tokenizer, sentence splitter and
// stemmer, and writes src/lang/de/NOTICE-keyphrases.md naming each source, its
// version and licence. Three statistics, no text:
// - document frequencies of stems (how rare a word is in German of state and
//   administration);
// - word forms that are not nouns although a sentence may start with them
//   capitalised (`Gemeinsam`, `Zudem`, `Stellte`): forms written in lower case
//   in at least 80 % of their occurrences inside a sentence;
// - adjective stems: stems whose lower-case forms stand between an article,
//   preposition or numeral and a capitalised noun (`der digitalen Verwaltung`)
//   in at least a quarter of their lower-case occurrences.
// The raw files are only read, never copied. Deterministic: the same inputs
// give byte-identical output.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { germanLanguage } from '../src/lang/de/index.js';
import { type AnalysedText, analyseText } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { Kind } from '../src/text/token-table.js';
import { Shape } from '../src/text/token-view.js';
import { WordFormTable } from '../src/text/word-forms.js';
import { INPUTS as RAW, PROVENANCE, byCodePoint, checkProvenance, dataDir, root, sha256 } from './raw-data.js';

const langDir = join(root, 'src', 'lang', 'de');
const outFile = join(langDir, 'keyphrase-background.json');
const noticeFile = join(langDir, 'NOTICE-keyphrases.md');
const INPUTS = { speeches: RAW.speeches, federalLawTexts: RAW.federalLawTexts };

/** Stems in fewer documents are left out (the extractor treats them as rarer than any listed). */
const MIN_DF = 5;
/** At most this many stems are kept, the most widespread first. */
const MAX_STEMS = 25_000;
/** Document frequencies are kept to this ratio (a geometric grid): an idf moves by at most 0.04, the file is smaller. */
const DF_GRID = 1.08;
/** A form is no noun when at least this share of its occurrences inside sentences is lower case … */
const LOWER_SHARE = 0.8;
/** … it occurs inside sentences at least this often, and starts a sentence at least this often. */
const MIN_INSIDE = 10;
const MIN_STARTS = 3;
/** An adjective stem stands attributively at least this often, in at least this share of its lower-case uses. */
const MIN_ATTRIBUTIVE = 5;
const ATTRIBUTIVE_SHARE = 0.25;
/** Laws are split into blocks of this many paragraph lines, so that a long law is not one document. */
const LAW_LINES_PER_DOCUMENT = 40;
const LINE_WIDTH = 100;

function fail(message: string): never {
  console.error(`build-keyphrase-background: ${message}`);
  process.exit(1);
}

if (!existsSync(dataDir)) {
  fail(`raw data folder not found: ${dataDir}\n  (expected ../shared/data next to the project root). Nothing written.`);
}
for (const file of Object.values(INPUTS)) if (!existsSync(file)) fail(`input file missing: ${file}. Nothing written.`);
checkProvenance(['speeches', 'federalLawTexts'], 'NOTICE-keyphrases.md');

const language = germanLanguage();
const words = language.keyphrases;
const attributiveContext = words.attributiveContext;
const adjectiveEndings = words.adjectiveEndings;
const answers = new FormAnswers(new WordFormTable(language.text));

const df = new Map<string, number>();
/** Per lower-case form: [inside a sentence capitalised, inside a sentence lower case, capitalised at a sentence start]. */
const formCase = new Map<string, [number, number, number]>();
/** Per stem: [lower-case uses inside a sentence, of them attributive]. */
const attributive = new Map<string, [number, number]>();
let documents = 0;
let tokens = 0;

const isWord = (doc: AnalysedText, i: number) => doc.view.kind[i] === Kind.Word && /\p{L}/u.test(doc.view.norm[i]!);

function countDocument(text: string): void {
  if (text.trim() === '') return;
  const doc = analyseText(text, language.text, answers);
  const { view } = doc;
  documents++;
  tokens += view.count;
  const seen = new Set<string>();
  for (let s = 0; s < doc.sentences.count; s++) {
    const first = doc.sentences.firstToken[s]!;
    const last = doc.sentences.lastToken[s]!;
    let start = first;
    while (start <= last && !isWord(doc, start)) start++;
    for (let i = first; i <= last; i++) {
      if (!isWord(doc, i)) continue;
      const norm = view.norm[i]!;
      const stem = view.stem[i]!;
      if (!words.stopwords.has(norm) && norm.length >= 2) seen.add(stem);
      const capitalised = (view.shape[i]! & Shape.Capitalised) !== 0;
      let counts = formCase.get(norm);
      if (counts === undefined) formCase.set(norm, (counts = [0, 0, 0]));
      if (i === start) {
        if (capitalised) counts[2]++;
        continue;
      }
      if (capitalised) counts[0]++;
      else if ((view.shape[i]! & Shape.LowerInitial) !== 0) {
        counts[1]++;
        if (!adjectiveEndings.some((ending) => norm.endsWith(ending))) continue;
        let uses = attributive.get(stem);
        if (uses === undefined) attributive.set(stem, (uses = [0, 0]));
        uses[0]++;
        const next = i + 1 <= last && isWord(doc, i + 1) ? i + 1 : -1;
        const before = view.norm[i - 1]!;
        if (next >= 0 && (view.shape[next]! & Shape.Capitalised) !== 0 && attributiveContext.has(before)) uses[1]++;
      }
    }
  }
  for (const stem of seen) df.set(stem, (df.get(stem) ?? 0) + 1);
}

/** The records of a gzipped JSONL file, parsed one at a time. */
function* jsonLines(file: string): Generator<Record<string, unknown>> {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() !== '') yield JSON.parse(line) as Record<string, unknown>;
  }
}

const started = Date.now();
const speeches = { documents: 0 };
for (const record of jsonLines(INPUTS.speeches)) {
  const before = documents;
  countDocument(String(record.text ?? '').normalize('NFC'));
  speeches.documents += documents - before;
}
const laws = { laws: 0, documents: 0 };
for (const record of jsonLines(INPUTS.federalLawTexts)) {
  laws.laws++;
  const lines = String(record.text ?? '')
    .normalize('NFC')
    .split('\n');
  for (let at = 0; at < lines.length; at += LAW_LINES_PER_DOCUMENT) {
    const before = documents;
    countDocument(lines.slice(at, at + LAW_LINES_PER_DOCUMENT).join('\n'));
    laws.documents += documents - before;
  }
}
const seconds = Math.round((Date.now() - started) / 1000);

// ------------------------------------------------------------ select

const frequent = [...df].filter(([, n]) => n >= MIN_DF);
frequent.sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
const kept = frequent.slice(0, MAX_STEMS);
/** A stem the list leaves out is at most this widespread: the extractor counts it at half of it. */
const unlistedDf = frequent.length > kept.length ? frequent[kept.length]![1] : MIN_DF - 1;
const onGrid = (n: number) => Math.max(1, Math.round(DF_GRID ** Math.round(Math.log(n) / Math.log(DF_GRID))));
const buckets: { df: number; stems: string[] }[] = [];
for (const [stem, n] of kept) {
  const df = onGrid(n);
  const last = buckets[buckets.length - 1];
  if (last?.df === df) last.stems.push(stem);
  else buckets.push({ df, stems: [stem] });
}
for (const bucket of buckets) bucket.stems.sort(byCodePoint);

const notNouns = [...formCase]
  .filter(([, [upper, lower, starts]]) => {
    const inside = upper + lower;
    return starts >= MIN_STARTS && inside >= MIN_INSIDE && lower / inside >= LOWER_SHARE;
  })
  .map(([norm]) => norm)
  .filter((norm) => !words.stopwords.has(norm))
  .sort(byCodePoint);

const adjectives = [...attributive]
  .filter(([, [uses, attributed]]) => attributed >= MIN_ATTRIBUTIVE && attributed / uses >= ATTRIBUTIVE_SHARE)
  .map(([stem]) => stem)
  .sort(byCodePoint);

// ------------------------------------------------------------ write JSON

const meta = {
  $comment:
    `Background for keyphrases (src/topics/keyphrases.ts), counted with the library's tokenizer, sentence splitter and German Snowball stemmer over ${documents} documents of unlabeled German: ` +
    `${speeches.documents} Bundestag plenary speeches (WP 19 and 20) and ${laws.documents} blocks of ${LAW_LINES_PER_DOCUMENT} paragraph lines of ${laws.laws} federal laws and ordinances. ` +
    `buckets: in how many documents each stem occurs (rounded to a geometric grid of ratio ${DF_GRID}), for the ${MAX_STEMS} most widespread stems, by df descending, stems sorted; unlistedDf: the df of the most widespread stem left out (the extractor counts an unlisted stem at half of it). ` +
    `notNouns: lower-case forms that start a sentence capitalised at least ${MIN_STARTS} times but are written in lower case in at least ${LOWER_SHARE * 100} % of their at least ${MIN_INSIDE} occurrences inside a sentence (no noun, so no keyphrase at a sentence start). ` +
    `adjectives: stems whose lower-case forms with an adjective ending stand between a word of attributiveContext (keyphrase-words.json) and a capitalised word at least ${MIN_ATTRIBUTIVE} times and in at least ${ATTRIBUTIVE_SHARE * 100} % of their lower-case uses. ` +
    'Only stems, forms and counts are kept, no text. Built by scripts/build-keyphrase-background.ts (npm run build:keyphrases); do not edit by hand; sources and licences in NOTICE-keyphrases.md.',
  source: `${PROVENANCE.speeches.source}; ${PROVENANCE.federalLawTexts.source}`,
  licence: `${PROVENANCE.speeches.licence}; ${PROVENANCE.federalLawTexts.licence}`,
  documents,
  unlistedDf,
};

/** Quoted strings joined by ", ", wrapped to lines of about LINE_WIDTH characters. */
function wrap(items: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const value of items) {
    const item = JSON.stringify(value);
    if (line !== '' && indent.length + line.length + 2 + item.length > LINE_WIDTH) {
      lines.push(`${indent}${line},`);
      line = item;
    } else line = line === '' ? item : `${line}, ${item}`;
  }
  lines.push(`${indent}${line}`);
  return lines.join('\n');
}

const head = Object.entries(meta).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
const body = buckets
  .map((b) => `    {\n      "df": ${b.df},\n      "stems": [\n${wrap(b.stems, '        ')}\n      ]\n    }`)
  .join(',\n');
const json =
  `{\n${head.join(',\n')},\n  "buckets": [\n${body}\n  ],\n` +
  `  "notNouns": [\n${wrap(notNouns, '    ')}\n  ],\n  "adjectives": [\n${wrap(adjectives, '    ')}\n  ]\n}\n`;
{
  const parsed = JSON.parse(json) as { buckets: { stems: string[] }[]; notNouns: string[]; adjectives: string[] };
  if (
    parsed.buckets.reduce((n, b) => n + b.stems.length, 0) !== kept.length ||
    parsed.notNouns.length !== notNouns.length ||
    parsed.adjectives.length !== adjectives.length
  )
    fail('internal error: the JSON does not read back to what was selected. Nothing written.');
}
writeFileSync(outFile, json, 'utf8');

// ------------------------------------------------------------ NOTICE

const notice = `# Keyphrase background data: sources and licences

\`keyphrase-background.json\` in this folder is generated by
\`npm run build:keyphrases\` (scripts/build-keyphrase-background.ts) from raw
data kept outside the project (\`../shared/data/unlabeled/\`). Do not edit it by
hand; edit the script or \`keyphrase-words.json\` and rebuild. The raw files are
not part of this package; only the derived counts are.

## Sources

- ${PROVENANCE.speeches.source}. Input \`unlabeled/bundestag-plenarprotokolle-wp19-20/speeches.jsonl.gz\`, sha256 \`${sha256(INPUTS.speeches)}\`.
  Licence: ${PROVENANCE.speeches.licence}.
- ${PROVENANCE.federalLawTexts.source}. Input \`unlabeled/bundesgesetze-kmein/laws.jsonl.gz\`, sha256 \`${sha256(INPUTS.federalLawTexts)}\`.
  Licence: ${PROVENANCE.federalLawTexts.licence}.

## What is derived

No text, sentence or token sequence is kept. ${documents} documents: each
speech, and each block of ${LAW_LINES_PER_DOCUMENT} paragraph lines of a law, read with govtext-de's own
tokenizer, sentence splitter and German Snowball stemmer (its port of
natural's PorterStemmerDe, same stems). Kept: for ${kept.length} stems, the number of documents they occur in
(the most widespread; counts rounded to a grid of ratio ${DF_GRID}); ${notNouns.length} lower-case word
forms that a sentence may start with capitalised but that are mostly written in
lower case (no nouns); ${adjectives.length} stems attested as attributive adjectives (after
an article, preposition or numeral and before a capitalised noun).
`;
writeFileSync(noticeFile, notice, 'utf8');

console.log(
  `keyphrase-background.json: ${documents} documents (${speeches.documents} speeches, ${laws.documents} law blocks of ${laws.laws} laws), ${tokens} tokens, ` +
    `${df.size} stems, ${frequent.length} with df ≥ ${MIN_DF}, ${kept.length} kept in ${buckets.length} buckets; ${notNouns.length} forms no noun; ${adjectives.length} adjective stems; ` +
    `${(Buffer.byteLength(json) / 1024).toFixed(0)} KB, in ${seconds} s (${relative(root, outFile)})`,
);
