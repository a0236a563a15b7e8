// Shared by the tests: the bundled corpus and its gold files.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const CORPUS = join(ROOT, 'corpus');

export interface CorpusDocument {
  id: string;
  text: string;
  gold: {
    sentences: { start: number; end: number; text: string }[];
    entities: { start: number; end: number; text: string; type: string }[];
    topics: string[];
  };
}

export function corpusDocuments(): CorpusDocument[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -4);
      return {
        id,
        text: readFileSync(join(CORPUS, name), 'utf8'),
        gold: JSON.parse(readFileSync(join(CORPUS, `${id}.gold.json`), 'utf8')),
      };
    });
}
