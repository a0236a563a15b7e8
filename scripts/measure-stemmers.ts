// npm run measure:stemmers: compares German stemmers for the token `stem` field —
// natural's PorterStemmerDe (submodule import) and snowball-stemmers — on
// conflation of inflected forms (eval/gold/stemmer-groups.json), agreement on
// the corpus vocabulary, load time and speed. Lower-casing alone is the floor.

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function timedLoad<T>(load: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = load();
  return { value, ms: performance.now() - started };
}

const natural = timedLoad(
  () => require('natural/lib/natural/stemmers/porter_stemmer_de.js') as { stem(w: string): string },
);
const snowball = timedLoad(() =>
  (require('snowball-stemmers') as { newStemmer(l: string): { stem(w: string): string } }).newStemmer('german'),
);

const stemmers: Record<string, { stem(word: string): string; loadMs: number }> = {
  'lower case only (floor)': { stem: (w) => w, loadMs: 0 },
  'natural PorterStemmerDe': { stem: (w) => natural.value.stem(w), loadMs: natural.ms },
  'snowball-stemmers german': { stem: (w) => snowball.value.stem(w), loadMs: snowball.ms },
};

const data = JSON.parse(readFileSync(join(root, 'eval', 'gold', 'stemmer-groups.json'), 'utf8')) as {
  groups: string[][];
  distinct: string[][];
};
const corpusWords = readdirSync(join(root, 'corpus'))
  .filter((name) => name.endsWith('.txt'))
  .flatMap(
    (name) =>
      readFileSync(join(root, 'corpus', name), 'utf8')
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [],
  );
const vocabulary = [...new Set(corpusWords)];

console.log(
  `${data.groups.length} lemma groups, ${data.distinct.length} pairs to keep apart, ${vocabulary.length} corpus word forms\n`,
);
console.log(
  `${'stemmer'.padEnd(28)} ${'groups merged'.padStart(14)} ${'pairs apart'.padStart(12)} ${'load ms'.padStart(8)} ${'words/s'.padStart(12)}`,
);
for (const [name, stemmer] of Object.entries(stemmers)) {
  const merged = data.groups.filter(
    (group) => new Set(group.map((w) => stemmer.stem(w.toLowerCase()))).size === 1,
  ).length;
  const apart = data.distinct.filter(
    ([a, b]) => stemmer.stem(a!.toLowerCase()) !== stemmer.stem(b!.toLowerCase()),
  ).length;
  const words = Array.from({ length: 40 }, () => vocabulary).flat();
  const started = performance.now();
  for (const word of words) stemmer.stem(word);
  const perSecond = words.length / ((performance.now() - started) / 1000);
  console.log(
    `${name.padEnd(28)} ${`${merged}/${data.groups.length}`.padStart(14)} ${`${apart}/${data.distinct.length}`.padStart(12)} ${stemmer.loadMs.toFixed(1).padStart(8)} ${Math.round(perSecond).toLocaleString('en').padStart(12)}`,
  );
}
const disagreements = vocabulary.filter((w) => natural.value.stem(w) !== snowball.value.stem(w));
console.log(
  `\nnatural and snowball-stemmers disagree on ${disagreements.length} of ${vocabulary.length} corpus word forms${disagreements.length ? `: ${disagreements.slice(0, 10).join(', ')}` : ''}`,
);
