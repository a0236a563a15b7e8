// npm run verify:stemmer: proves that src/lang/de/snowball-stemmer.ts gives the
// same stem as natural 8.1.1's PorterStemmerDe (which the records used before,
// and which stays a dev dependency for this check and the benchmarks) on
//   - every word type of the unlabeled corpora in ../shared/data/unlabeled
//     (Bundestag speeches, federal laws): each whitespace-separated chunk,
//     lower-cased, as it stands and stripped of surrounding punctuation, and each
//     run of letters in it; and every token of GermEval 2014, German LER and
//     MobIE (news, Wikipedia, court decisions, traffic reports), lower-cased;
//   - every string of up to five characters over the letters the rules test
//     (vowels, umlauts, u, y, ß, the s- and st-endings, the suffix letters).
// Prints the counts and the first disagreements; exits 1 on any.

import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { snowballStemGerman } from '../src/lang/de/snowball-stemmer.js';

const require = createRequire(import.meta.url);
const natural = require('natural/lib/natural/stemmers/porter_stemmer_de.js') as { stem(word: string): string };

const root = resolve(import.meta.dirname, '..');
const data = join(root, '..', 'shared', 'data');
const unlabeled = join(data, 'unlabeled');
/** Token-per-line files and the column that holds the token. */
const TOKEN_FILES: [string, number][] = [
  ['germeval2014/NER-de-train.tsv', 1],
  ['germeval2014/NER-de-dev.tsv', 1],
  ['germeval2014/NER-de-test.tsv', 1],
  ['ler/ler_train_derived.conll', 0],
  ['ler/ler_dev.conll', 0],
  ['ler/ler_test.conll', 0],
  ['mobie/train.conll2003', 0],
  ['mobie/dev.conll2003', 0],
  ['mobie/test.conll2003', 0],
];
const limitArgument = process.argv.indexOf('--max-documents');
const maxDocuments = limitArgument > 0 ? Number(process.argv[limitArgument + 1]) : Infinity;

const disagreements: string[] = [];
let compared = 0;
function compare(word: string): void {
  compared++;
  const expected = natural.stem(word);
  const got = snowballStemGerman(word);
  if (got !== expected && disagreements.length < 1000) disagreements.push(`${word}: natural ${expected}, ours ${got}`);
}

async function corpusTypes(): Promise<Set<string>> {
  const types = new Set<string>();
  if (!existsSync(unlabeled)) {
    console.log(`${unlabeled} not found: checking the generated strings only`);
    return types;
  }
  for (const folder of readdirSync(unlabeled).sort()) {
    for (const file of readdirSync(join(unlabeled, folder)).filter((name) => name.endsWith('.jsonl.gz'))) {
      let documents = 0;
      const lines = createInterface({ input: createReadStream(join(unlabeled, folder, file)).pipe(createGunzip()) });
      for await (const line of lines) {
        if (documents++ >= maxDocuments) break;
        const text = (JSON.parse(line) as { text?: string }).text ?? '';
        for (const chunk of text.toLowerCase().split(/\s+/)) {
          if (!chunk) continue;
          types.add(chunk);
          const stripped = chunk.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, '');
          if (stripped) types.add(stripped);
          for (const letters of chunk.match(/\p{L}+/gu) ?? []) types.add(letters);
        }
      }
      lines.close();
      console.log(
        `${folder}/${file}: ${Math.min(documents, maxDocuments).toLocaleString('en')} documents, ${types.size.toLocaleString('en')} types so far`,
      );
    }
  }
  for (const [file, column] of TOKEN_FILES) {
    if (!existsSync(join(data, file))) continue;
    for await (const line of createInterface({ input: createReadStream(join(data, file)) })) {
      if (!line || line.startsWith('#')) continue;
      const token = line.split(/\s+/)[column];
      if (token) types.add(token.toLowerCase());
    }
    console.log(`${file}: ${types.size.toLocaleString('en')} types so far`);
  }
  return types;
}

function* shortStrings(alphabet: string[], maxLength: number, prefix = ''): Generator<string> {
  if (prefix) yield prefix;
  if (prefix.length === maxLength) return;
  for (const letter of alphabet) yield* shortStrings(alphabet, maxLength, prefix + letter);
}

const started = performance.now();
const types = await corpusTypes();
for (const word of types) compare(word);
const corpusCount = compared;
const alphabet = ['a', 'e', 'i', 'u', 'y', 'ä', 'ü', 'ß', 's', 't', 'n', 'r', 'g', 'k', 'l', 'h', 'c', 'd', 'U', '-'];
for (const word of shortStrings(alphabet, 5)) compare(word);

console.log(
  `${corpusCount.toLocaleString('en')} corpus word types and ${(compared - corpusCount).toLocaleString('en')} generated strings compared in ${((performance.now() - started) / 1000).toFixed(0)} s: ${disagreements.length} disagreements`,
);
for (const line of disagreements.slice(0, 20)) console.log(`  ${line}`);
process.exitCode = disagreements.length ? 1 : 0;
