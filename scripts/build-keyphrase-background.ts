// npx tsx scripts/build-keyphrase-background.ts — builds the keyphrase
// background src/lang/de/keyphrase-background.json (document frequencies of
// German Snowball stems) from the openly licensed corpora in ../shared/data/
// (next to the project root), and src/lang/de/NOTICE-keyphrases.md naming
// each source, its version and licence. The raw files are only read, never
// copied: what ships is stems and their document counts, no text. Output is
// deterministic (code-point order), so a rebuild from the same inputs gives
// byte-identical files.

import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { snowballStemGerman } from '../src/lang/de/snowball-stemmer.js';
import {
  INPUTS as RAW,
  PROVENANCE,
  byCodePoint,
  checkProvenance,
  dataDir,
  readLines,
  readText,
  root,
  sha256,
} from './raw-data.js';
const langDir = join(root, 'src', 'lang', 'de');
const outFile = join(langDir, 'keyphrase-background.json');
const noticeFile = join(langDir, 'NOTICE-keyphrases.md');
const stopwordsFile = join(langDir, 'stopwords.json');

const INPUTS = { germeval: RAW.germeval, ler: RAW.ler };

/** LER has no document boundaries: this many consecutive sentences make one document. */
const LER_SENTENCES_PER_DOCUMENT = 30;
/** Stems in fewer documents are left out (the extractor treats them as unseen). */
const MIN_DF = 3;
/** At most this many stems are kept, the most widespread first. */
const MAX_STEMS = 20_000;
/** Stems per bucket are wrapped to lines of about this many characters. */
const LINE_WIDTH = 100;

function fail(message: string): never {
  console.error(`build-keyphrase-background: ${message}`);
  process.exit(1);
}

if (!existsSync(dataDir)) {
  fail(
    `raw data folder not found: ${dataDir}\n  (expected ../shared/data next to the project root; see its README.md). Nothing written.`,
  );
}
for (const file of [...Object.values(INPUTS), stopwordsFile]) {
  if (!existsSync(file)) fail(`input file missing: ${file}. Nothing written.`);
}

// ---------------------------------------------------------------- helpers

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

checkProvenance(['germeval', 'ler'], 'NOTICE-keyphrases.md');

// ------------------------------------------------------------ stop words

interface StopwordsFile {
  words: string[];
}
const stopwords = new Set((JSON.parse(readText(stopwordsFile)) as StopwordsFile).words);

// ------------------------------------------------------------ normalisation
// As src/text/normalize.ts does for a word token: lower case without soft
// hyphens and joiners, typographic apostrophe as ', then the Snowball stem.

const INVISIBLE = /[\u00AD\u200C\u200D\u2060\u180E]/g;
const HAS_LETTER = /\p{L}/u;

// Stop words are skipped per token, not per stem: many of their stems are
// also stems of content words (`falls`/Fall, `wegen`/Weg, `sich`/Sicherheit,
// `will`/Wille, `zukünftig`/Zukunft), which must keep their counts; dropping
// those stems would give such words the idf of a word never seen.
const stemCache = new Map<string, string | null>();

/** The stem of a corpus token, or null when it is no word or a stop word. */
function stemOf(token: string): string | null {
  let stem = stemCache.get(token);
  if (stem === undefined) {
    const norm = token
      .toLowerCase()
      .replace(INVISIBLE, '')
      .replace(/\u2019/g, "'");
    stem = HAS_LETTER.test(norm) && !stopwords.has(norm) ? snowballStemGerman(norm) : null;
    stemCache.set(token, stem);
  }
  return stem;
}

// ------------------------------------------------------------ documents → df

const df = new Map<string, number>();
let documents = 0;
let tokens = 0;
let wordTokens = 0;
let current = new Set<string>();
/** The current document has a token (it counts even when all are stop words or numbers). */
let open = false;

function endDocument(): void {
  if (!open) return;
  documents++;
  for (const stem of current) df.set(stem, (df.get(stem) ?? 0) + 1);
  current = new Set();
  open = false;
}

function countToken(token: string): void {
  tokens++;
  open = true;
  const stem = stemOf(token);
  if (stem === null) return;
  wordTokens++;
  current.add(stem);
}

// GermEval 2014: each sentence opens with "#<TAB><source URL><TAB>[<date>]";
// consecutive sentences from the same URL form one document.
const germeval = { sentences: 0, documents: 0, urls: new Set<string>() };
{
  const before = documents;
  let url: string | undefined;
  for (const line of readLines(INPUTS.germeval)) {
    if (line === '') continue;
    const cols = line.split('\t');
    if (line.startsWith('#')) {
      const next = cols[1]?.trim() ?? '';
      if (next === '')
        fail(`${relative(dataDir, INPUTS.germeval)}: comment line without a source URL: ${JSON.stringify(line)}`);
      germeval.sentences++;
      germeval.urls.add(next);
      if (next !== url) endDocument();
      url = next;
      continue;
    }
    if (cols.length < 3) continue;
    countToken(cols[1]!);
  }
  endDocument();
  germeval.documents = documents - before;
}

// LER: "token<space>tag" lines, an empty line after each sentence, no document
// boundaries: every LER_SENTENCES_PER_DOCUMENT sentences form one document.
const ler = { sentences: 0, documents: 0, lastDocumentSentences: 0 };
{
  const before = documents;
  let inSentence = false;
  const endSentence = (): void => {
    if (!inSentence) return;
    inSentence = false;
    ler.sentences++;
    if (ler.sentences % LER_SENTENCES_PER_DOCUMENT === 0) endDocument();
  };
  for (const line of readLines(INPUTS.ler)) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const space = line.lastIndexOf(' ');
    if (space <= 0) continue;
    inSentence = true;
    countToken(line.slice(0, space));
  }
  endSentence();
  endDocument(); // the last, shorter block
  ler.documents = documents - before;
  ler.lastDocumentSentences = ler.sentences % LER_SENTENCES_PER_DOCUMENT || LER_SENTENCES_PER_DOCUMENT;
}

// ------------------------------------------------------------ select and bucket

const frequent = [...df].filter(([, n]) => n >= MIN_DF);
frequent.sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
const kept = frequent.slice(0, MAX_STEMS);
/** How the cap cut the list, for the summary: inside a df bucket or between two. */
const cutNote =
  frequent.length <= MAX_STEMS
    ? ''
    : frequent[MAX_STEMS]![1] === kept[kept.length - 1]![1]
      ? ` (cut inside df ${frequent[MAX_STEMS]![1]}, ties by stem)`
      : ` (cut below df ${kept[kept.length - 1]![1]})`;

const buckets: Array<{ df: number; stems: string[] }> = [];
for (const [stem, n] of kept) {
  const last = buckets[buckets.length - 1];
  if (last?.df === n) last.stems.push(stem);
  else buckets.push({ df: n, stems: [stem] });
}
for (const bucket of buckets) bucket.stems.sort(byCodePoint);

// ------------------------------------------------------------ write JSON

const meta = {
  $comment:
    `Background for keyphrase TF-IDF (src/topics/keyphrases.ts): in how many of the ${documents} background documents each German Snowball stem (natural's PorterStemmerDe, as src/text/normalize.ts) occurs at least once. ` +
    `Documents: GermEval 2014 NER test split (news and Wikipedia), consecutive sentences with the same source URL form one document (${germeval.documents}); German LER train (court decisions), blocks of ${LER_SENTENCES_PER_DOCUMENT} consecutive sentences, as the file has no document boundaries (${ler.documents}). ` +
    `Tokens with a letter only, lower-cased; tokens listed in stopwords.json are not counted. Stems in at least ${MIN_DF} documents, at most the ${MAX_STEMS} most widespread (ties by stem in code-point order); a stem not listed is rarer (df < ${MIN_DF}) or only ever a stop word. ` +
    'Buckets by df, descending; stems sorted within a bucket. Only stems and document counts are kept, no text. Built by scripts/build-keyphrase-background.ts; do not edit by hand.',
  source: `${PROVENANCE.germeval.source}; ${PROVENANCE.ler.source}`,
  licence: `GermEval 2014: ${PROVENANCE.germeval.licence}. LER: ${PROVENANCE.ler.licence}`,
  documents,
};

/** Quoted stems joined by ", ", wrapped to lines of about LINE_WIDTH characters. */
function wrapStems(stems: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const stem of stems) {
    const item = JSON.stringify(stem);
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
  .map((b) => `    {\n      "df": ${b.df},\n      "stems": [\n${wrapStems(b.stems, '        ')}\n      ]\n    }`)
  .join(',\n');
const json = `{\n${head.join(',\n')},\n  "buckets": [\n${body}\n  ]\n}\n`;
{
  // Guard: valid JSON that reads back to exactly the selected stems.
  const parsed = JSON.parse(json) as { documents: number; buckets: Array<{ df: number; stems: string[] }> };
  const back = parsed.buckets.flatMap((b) => b.stems.map((s) => `${s}\t${b.df}`));
  if (parsed.documents !== documents || back.length !== kept.length || new Set(back).size !== kept.length) {
    fail('internal error: written JSON does not read back to the selected stems. Nothing written.');
  }
}
writeFileSync(outFile, json, 'utf8');
const jsonBytes = Buffer.byteLength(json);

// ------------------------------------------------------------ NOTICE

const short = (file: string): string => `\`${sha256(file)}\``;
const notice = `# Keyphrase background data: sources and licences

\`keyphrase-background.json\` in this folder is generated by
\`npx tsx scripts/build-keyphrase-background.ts\` from raw data kept outside the
project (\`../shared/data/\`). Do not edit it by hand; edit the script or
\`stopwords.json\` and rebuild. The raw files are not part of this package;
only the derived stem counts are.

## keyphrase-background.json

Sources: ${PROVENANCE.germeval.source}. Input \`germeval2014/NER-de-test.tsv\`, sha256 ${short(INPUTS.germeval)};
and ${PROVENANCE.ler.source}. Input \`ler/ler_train_derived.conll\`, sha256 ${short(INPUTS.ler)}.
Licences: GermEval 2014 — ${PROVENANCE.germeval.licence}. LER — ${PROVENANCE.ler.licence}.
Both under the Creative Commons Attribution 4.0 International licence,
https://creativecommons.org/licenses/by/4.0/.

Derived: document frequencies of word stems only; no text, sentence, token
sequence or tag is kept. Documents are the GermEval sentences grouped by their
source URL (consecutive sentences with the same URL form one document) and
blocks of ${LER_SENTENCES_PER_DOCUMENT} consecutive LER sentences, ${documents} documents in all. Each token with
a letter, lower-cased and not listed in \`stopwords.json\`, is reduced to its
German Snowball stem (natural's PorterStemmerDe); a stem's count is the number
of documents it occurs in. Stems in at least ${MIN_DF} documents are kept, at most the
${MAX_STEMS} most widespread.
`;
writeFileSync(noticeFile, notice, 'utf8');

console.log(
  `keyphrase-background.json: ${documents} documents (${germeval.documents} GermEval from ${germeval.sentences} sentences, ${ler.documents} LER blocks from ${ler.sentences} sentences, the last of ${ler.lastDocumentSentences}), ` +
    `${wordTokens} of ${tokens} tokens counted, ${df.size} stems, ${frequent.length} with df ≥ ${MIN_DF}, ${kept.length} kept${cutNote} in ${buckets.length} buckets, ${kb(jsonBytes)}; NOTICE-keyphrases.md ${kb(Buffer.byteLength(notice))}`,
);
