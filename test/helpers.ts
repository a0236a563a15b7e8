// Shared by the tests: the bundled corpus and its gold files, and documents
// analysed as the extractor's stages read them.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { germanLanguage } from '../src/lang/de/index.js';
import { type AnalysedText, analyseText } from '../src/text/analysed-text.js';
import { FormAnswers } from '../src/text/form-memo.js';
import { WordFormTable } from '../src/text/word-forms.js';

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

/** A document as the extractor's stages read it, in German, with a word-form table of its own unless one is given. */
export function analyse(text: string, answers?: FormAnswers): AnalysedText {
  const { text: words } = germanLanguage();
  return analyseText(text, words, answers ?? new FormAnswers(new WordFormTable(words)));
}
