// The extractor reads its language data compiled (src/lang/de/compiled/,
// written by scripts/compile-data.ts): the compiled files must be what the
// sources compile to today, and reading them must answer as the sources would.

import { describe, expect, it } from 'vitest';
import compiledGazetteers from '../src/lang/de/compiled/gazetteers.json';
import compiledTopics from '../src/lang/de/compiled/topics.json';
import compiledListWords from '../src/lang/de/compiled/model-list-words.json';
import { listWordBits, packListWords } from '../src/entities/model/gazetteer-features.js';
import { knownEntry, spanKey } from '../src/entities/gazetteer.js';
import { entryFits } from '../src/entities/gazetteer-trie.js';
import { builtInTaxonomy, compileGazetteer, germanLanguage } from '../src/lang/de/index.js';
import { builtInListWords } from '../src/lang/de/ner.js';
import {
  builtInGazetteerLists,
  compileBuiltInTopics,
  packBuiltInGazetteers,
  parseBuiltInTaxonomy,
} from '../src/lang/de/sources.js';
import { compileTermMatcher } from '../src/topics/term-matcher.js';
import { analyse, corpusDocuments } from './helpers.js';

const german = germanLanguage();

const withoutComment = ({ $comment: _comment, ...data }: { $comment: string }) => data;

describe('the compiled topics', () => {
  it('are up to date with src/lang/de/topics.json (else run npm run compile:data)', () => {
    expect(JSON.stringify(withoutComment(compiledTopics))).toBe(JSON.stringify(compileBuiltInTopics()));
  });

  it('give the taxonomy as topics.json checked, and the matcher compiled from it', () => {
    expect(builtInTaxonomy()).toEqual(parseBuiltInTaxonomy());
    const matcher = german.topics.termMatcher();
    const fresh = compileTermMatcher(parseBuiltInTaxonomy(), german.text);
    expect(matcher).toEqual(fresh);
  });
});

describe('the compiled gazetteers', () => {
  it('are up to date with the lists in src/lang/de/gazetteers (else run npm run compile:data)', () => {
    expect(JSON.stringify(withoutComment(compiledGazetteers))).toBe(JSON.stringify(packBuiltInGazetteers()));
  });

  it('answer byKey for every span of up to four tokens of the corpus as the joined keys do, when the entry fits the words', () => {
    const gazetteer = german.entities.gazetteer;
    const disagreements: string[] = [];
    let known = 0;
    let misfits = 0;
    for (const { text } of corpusDocuments()) {
      const { view } = analyse(text);
      for (let first = 0; first < view.count; first++) {
        for (let last = first; last < Math.min(view.count, first + 4); last++) {
          const byKey = gazetteer.byKey.get(spanKey(view, first, last));
          // A verbatim list's entry names only its very forms: `konnte` shares a stem with a GeoNames place, yet is
          // none.
          const fits = byKey !== undefined && entryFits(byKey, view.norm.slice(first, last + 1).join(' '));
          if (byKey !== undefined && !fits) misfits++;
          const expected = fits ? byKey : undefined;
          if (expected) known++;
          if (knownEntry(gazetteer, view, first, last) !== expected) disagreements.push(spanKey(view, first, last));
        }
      }
    }
    expect(known).toBeGreaterThan(200);
    expect(misfits).toBeGreaterThan(0);
    expect(disagreements).toEqual([]);
  });

  it('find an alias whose keys hold a space (`e. V.`) as byKey does', () => {
    const gazetteer = compileGazetteer([
      { name: 'vereine', entries: [{ canonical: 'Förderverein e. V.', type: 'ORG', aliases: ['FV e. V. Köln'] }] },
    ]);
    expect(gazetteer.mayJoinTo(3)).toBe(true);
    expect(gazetteer.mayJoinTo(2)).toBe(false);
    const text = 'Der Förderverein e. V. und der FV e. V. Köln, nicht der Förderverein e.V. oder Förderverein e.';
    const { view } = analyse(text);
    let known = 0;
    for (let first = 0; first < view.count; first++) {
      for (let last = first; last < Math.min(view.count, first + 4); last++) {
        const expected = gazetteer.byKey.get(spanKey(view, first, last));
        if (expected) known++;
        expect(knownEntry(gazetteer, view, first, last)).toBe(expected);
      }
    }
    expect(known).toBe(2);
  });
});

describe("the NER model's compiled list words", () => {
  it('are up to date with the lists (else run npm run compile:data) and read back as the lists give them', () => {
    const fromLists = listWordBits(builtInGazetteerLists());
    expect(JSON.stringify(withoutComment(compiledListWords))).toBe(JSON.stringify(packListWords(fromLists)));
    expect(new Map([...builtInListWords()].sort())).toEqual(new Map([...fromLists].sort()));
  });
});
