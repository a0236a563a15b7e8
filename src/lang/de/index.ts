// German: the language value the extractor receives by default (lang/language.ts),
// built from the data files in this folder, and the public helpers that default
// to it. The word lists are compiled into sets once per process, each part when
// a stage first asks for it; the gazetteers and the taxonomy's term matcher are
// read in the form npm run compile:data wrote (compiled/).

import { type EntityLexicon, compileEntityLexicon } from '../../entities/entity-lexicon.js';
import { type Gazetteer, type GazetteerList, compileGazetteer as compileLists } from '../../entities/gazetteer.js';
import { GazetteerTrie, type PackedGazetteer } from '../../entities/gazetteer-trie.js';
import { memoisedStemmer } from '../../text/normalize.js';
import type { LanguageProfiles } from '../../text/language-check.js';
import { type TextWords, compileTextWords } from '../../text/text-words.js';
import type { KeyphraseWords } from '../../topics/keyphrases.js';
import { PairModel, type PairModelData } from '../../relations/pair-model.js';
import { type RelationWordData, type RelationWords, compileRelationWords } from '../../relations/relation-words.js';
import type { TopicWords } from '../../topics/tag-topics.js';
import type { Taxonomy } from '../../topics/taxonomy.js';
import { type CompiledTopics, unpackTermMatcher } from '../../topics/term-matcher.js';
import { parseTopicModel } from '../../topics/topic-model.js';
import type { EntityRegistry } from '../../entities/registry-ids.js';
import type { Language } from '../language.js';
import { snowballStemGerman } from './snowball-stemmer.js';
import { germanRegistry } from './registry.js';
import { germanTimeWords } from './time.js';
import abbreviations from './abbreviations.json';
import compiledGazetteers from './compiled/gazetteers.json';
import compiledTopics from './compiled/topics.json';
import topicModel from './topic-model.json';
import entityPatterns from './entity-patterns.json';
import commonWords from './gazetteers/derived/common-words.json';
import firstNames from './gazetteers/derived/first-names.json';
import surnames from './gazetteers/derived/surnames.json';
import keyphraseBackground from './keyphrase-background.json';
import keyphraseWords from './keyphrase-words.json';
import languageCheck from './language-check.json';
import relationModel from './model/relation-model.json';
import months from './months.json';
import relationWords from './relation-words.json';
import sentenceStarters from './sentence-starters.json';
import stopwords from './stopwords.json';
import wordLists from './word-lists.json';

/** The German Snowball stem of a lower-case word (as natural's PorterStemmerDe gives it), memoised for the process. */
export const stemGerman: (lowerWord: string) => string = memoisedStemmer(snowballStemGerman);

const topics = compiledTopics as unknown as CompiledTopics;

let text: TextWords | undefined;
let entities: EntityLexicon | undefined;
let keyphrases: KeyphraseWords | undefined;
let topicWords: TopicWords | undefined;
let relations: RelationWords | undefined;
let identification: LanguageProfiles | undefined;
let registry: EntityRegistry | undefined;

function germanText(): TextWords {
  text ??= compileTextWords(
    {
      abbreviations,
      months: months.months,
      sentenceStarters: sentenceStarters.starters,
      lineContinuers: wordLists.lineContinuers,
      genderSuffixes: wordLists.genderSuffixes,
      binnenISuffixes: wordLists.binnenISuffixes,
      topLevelDomains: wordLists.topLevelDomains,
    },
    stemGerman,
  );
  return text;
}

const german: Language = {
  code: 'de',
  get text() {
    return germanText();
  },
  get entities() {
    entities ??= compileEntityLexicon(
      entityPatterns,
      { firstNames: firstNames.names, surnames: surnames.names, commonWords: commonWords.words },
      new GazetteerTrie(compiledGazetteers as PackedGazetteer, germanText()),
      germanText(),
    );
    return entities;
  },
  get relations() {
    relations ??= compileRelationWords(
      relationWords as RelationWordData,
      new PairModel(relationModel as PairModelData),
    );
    return relations;
  },
  get topics() {
    topicWords ??= {
      taxonomy: topics.taxonomy,
      termMatcher: () => unpackTermMatcher(topics.matcher, germanText()),
      text: germanText(),
      model: parseTopicModel(topicModel),
    };
    return topicWords;
  },
  get identification() {
    if (identification === undefined) {
      const functionWords = new Map<string, string[]>();
      for (const [code, words] of Object.entries(languageCheck.languages)) {
        for (const word of words) functionWords.set(word, [...(functionWords.get(word) ?? []), code]);
      }
      identification = {
        own: languageCheck.own,
        minWords: languageCheck.minWords,
        names: new Map(Object.entries(languageCheck.names)),
        functionWords,
      };
    }
    return identification;
  },
  get registry() {
    registry ??= germanRegistry(german.entities.gazetteer);
    return registry;
  },
  get keyphrases() {
    if (keyphrases === undefined) {
      const df = new Map<string, number>();
      for (const bucket of keyphraseBackground.buckets) for (const stem of bucket.stems) df.set(stem, bucket.df);
      keyphrases = {
        documents: keyphraseBackground.documents,
        df,
        unlistedDf: ((keyphraseBackground as { unlistedDf?: number }).unlistedDf ?? 0) / 2,
        stopwords: new Set(stopwords.words),
        generic: new Set(keyphraseWords.generic),
        adjectiveEndings: entityPatterns.adjectives.lowerEndings,
        capitalisedAdjectiveEndings: keyphraseWords.adjectiveEndings,
        attributiveContext: new Set(keyphraseWords.attributiveContext),
        genitiveLinks: new Set(keyphraseWords.genitiveLinks),
        notNouns: new Set((keyphraseBackground as { notNouns?: string[] }).notNouns ?? []),
        adjectives: new Set((keyphraseBackground as { adjectives?: string[] }).adjectives ?? []),
        roles: new Set(entityPatterns.roles.words.map((word) => word.toLowerCase())),
        vagueAdjectives: new Set(keyphraseWords.vagueAdjectives.map((word) => stemGerman(word))),
      };
    }
    return keyphrases;
  },
  get time() {
    return germanTimeWords();
  },
};

/** German, the extractor's default language. */
export function germanLanguage(): Language {
  return german;
}

/** The taxonomy that ships with the library: the topics of docs/annotation.md. */
export function builtInTaxonomy(): Taxonomy {
  return topics.taxonomy;
}

/**
 * Compiles name lists into a gazetteer with the German tokenizer and stemmer.
 * Single capitalised words in `commonWords` (`Wesen`, `Halle`, `Element`) are
 * treated as ambiguous aliases: matched only after a context word.
 */
export function compileGazetteer(
  lists: readonly GazetteerList[],
  commonWords: ReadonlySet<string> = new Set(),
): Gazetteer {
  return compileLists(lists, commonWords, germanText());
}
