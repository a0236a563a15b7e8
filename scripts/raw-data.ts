// The openly licensed raw data in ../shared/data (next to the project root)
// that the build scripts read: where each file came from, its licence, and
// checks that the copy read is the one credited. Shared by
// build-gazetteers.ts and build-keyphrase-background.ts; nothing here ships.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const dataDir = resolve(root, '..', 'shared', 'data');

/** The raw input files, by source. */
export const INPUTS = {
  laws: join(dataDir, 'laws', 'federal-laws.tsv'),
  countries: join(dataDir, 'names', 'countries.txt'),
  firstNames: join(dataDir, 'names', 'first-names.tsv'),
  surnames: join(dataDir, 'names', 'surnames.txt'),
  germeval: join(dataDir, 'germeval2014', 'NER-de-test.tsv'),
  ler: join(dataDir, 'ler', 'ler_train_derived.conll'),
  speeches: join(dataDir, 'unlabeled', 'bundestag-plenarprotokolle-wp19-20', 'speeches.jsonl.gz'),
  federalLawTexts: join(dataDir, 'unlabeled', 'bundesgesetze-kmein', 'laws.jsonl.gz'),
};

export const PROVENANCE = {
  laws: {
    source:
      'German federal laws and ordinances in force on 2022-03-26 (jurabk and title), extracted from github.com/bundestag/gesetze commit 77abca2ceea3b7b89ea70afb13b5dd55415eb124, a copy of gesetze-im-internet.de',
    commit: '77abca2ceea3b7b89ea70afb13b5dd55415eb124',
    sourceMd: join(dataDir, 'laws', 'SOURCE.md'),
    licence: 'Official works, not protected by copyright (§ 5 UrhG)',
  },
  countries: {
    source:
      'Federal Foreign Office (Auswärtiges Amt) list of state names for official use, as gazetteers/laendernamen.list in github.com/elenanereiss/Legal-Entity-Recognition commit f9c2b950898c56fdc328e553d5537c7611a0ffb1',
    commit: 'f9c2b950898c56fdc328e553d5537c7611a0ffb1',
    sourceMd: join(dataDir, 'names', 'SOURCE.md'),
    licence: 'Official work, free of rights (§ 5 (1) UrhG)',
  },
  firstNames: {
    source:
      "Berlin registry office's (LABO) first-name statistics 2012-2023 as cleaned by BerlinOnline, github.com/berlinonline/haeufige-vornamen-berlin commit e8760a76ae719468e7a3804d3e679763085c734d, data/cleaned/",
    commit: 'e8760a76ae719468e7a3804d3e679763085c734d',
    sourceMd: join(dataDir, 'names', 'SOURCE.md'),
    licence: 'CC BY 3.0 DE; credit: LABO Berlin / BerlinOnline',
  },
  surnames: {
    source:
      'GermaNER surname list inDBnachnamen.txt (github.com/tudarmstadt-lt/GermaNER), as gazetteers/personennamen.list in github.com/elenanereiss/Legal-Entity-Recognition commit f9c2b950898c56fdc328e553d5537c7611a0ffb1',
    commit: 'f9c2b950898c56fdc328e553d5537c7611a0ffb1',
    sourceMd: join(dataDir, 'names', 'SOURCE.md'),
    licence: 'Apache License 2.0 (GermaNER, TU Darmstadt LT group)',
  },
  germeval: {
    source:
      'GermEval 2014 NER (NoSta-D) official test split, NER-de-test.tsv (Benikova, Biemann, Reznicek, LREC 2014), from sites.google.com/site/germeval2014ner/data as copied in github.com/viniciusrpb/cloud_image_classification commit 646e6ad191c9fc054b06923fe15ee4a50389150b',
    commit: '646e6ad191c9fc054b06923fe15ee4a50389150b',
    sourceMd: join(dataDir, 'germeval2014', 'SOURCE.md'),
    licence:
      'CC BY 4.0; cite Benikova, Biemann, Reznicek, "NoSta-D Named Entity Annotation for German: Guidelines and Dataset", LREC 2014',
  },
  ler: {
    source:
      'German LER corpus (Leitner, Rehm, Moreno-Schneider, SEMANTiCS 2019), ler_train_derived.conll: the full corpus from github.com/harshildarji/German-NER-BERT commit 39003b517a2e70fe697f5182f6b13bbddf800473 minus the official dev/test sentences of github.com/elenanereiss/Legal-Entity-Recognition commit f9c2b950898c56fdc328e553d5537c7611a0ffb1',
    commit: '39003b517a2e70fe697f5182f6b13bbddf800473',
    sourceMd: join(dataDir, 'ler', 'SOURCE.md'),
    licence:
      'CC BY 4.0 (as the dataset README states); cite Leitner, Rehm, Moreno-Schneider, "Fine-grained Named Entity Recognition in Legal Documents", SEMANTiCS 2019',
  },
  speeches: {
    source:
      "Bundestag plenary speeches of the 19th and 20th Wahlperiode (2017-10 to 2025-03), the speakers' paragraphs of the official plenary-protocol XML (Deutscher Bundestag, bundestag.de/services/opendata), as plain text in github.com/mathias-goebel/plenarsitzungsprotokolle commit fc6207104f5d7fe5f1e96a4d6664a5b91abc967a (WP 20) and tag wp19 db6a2b6eb017ac598c52d4aa90d5ea2bf82c4258 (WP 19)",
    commit: 'fc6207104f5d7fe5f1e96a4d6664a5b91abc967a',
    sourceMd: join(dataDir, 'unlabeled', 'bundestag-plenarprotokolle-wp19-20', 'SOURCE.md'),
    licence:
      'Official work (§ 5 Abs. 2 UrhG); the Bundestag\'s terms ask for the credit "Deutscher Bundestag" and forbid use for advertising; derived statistics only',
  },
  federalLawTexts: {
    source:
      'German federal laws and ordinances, current consolidated text from gesetze-im-internet.de (BMJ/juris), as Markdown in github.com/kmein/gesetze commit cce3209c04aaea4b65ec92e7a0f8ff413bce1696',
    commit: 'cce3209c04aaea4b65ec92e7a0f8ff413bce1696',
    sourceMd: join(dataDir, 'unlabeled', 'bundesgesetze-kmein', 'SOURCE.md'),
    licence:
      'Official works, not protected by copyright (§ 5 Abs. 1 UrhG); credit "Quelle: gesetze-im-internet.de (BMJ/juris)"',
  },
} as const;

/** Code-point order: independent of locale and ICU version. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const readText = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .normalize('NFC');

export const readLines = (file: string): string[] => readText(file).split(/\r?\n/);

export const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Warns when a source's SOURCE.md no longer names the commit we credit, or
 * lists a sha256 for one of our input files that differs from the file read.
 */
export function checkProvenance(sources: readonly (keyof typeof PROVENANCE)[], notice: string): void {
  for (const key of sources) {
    const { sourceMd, commit } = PROVENANCE[key];
    if (!existsSync(sourceMd)) {
      console.warn(`warning: ${relative(root, sourceMd)} missing; check ${notice}`);
      continue;
    }
    const md = readText(sourceMd);
    if (!md.includes(commit))
      console.warn(`warning: ${relative(root, sourceMd)} does not mention commit ${commit}; check ${notice}`);
    for (const m of md.matchAll(/\b([0-9a-f]{64})\s+(\S+)/g)) {
      const file = join(sourceMd, '..', m[2]!);
      if (file === INPUTS[key] && sha256(file) !== m[1])
        console.warn(`warning: sha256 of ${m[2]} differs from ${relative(root, sourceMd)}`);
    }
  }
}
