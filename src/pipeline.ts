// The extraction pipeline, top to bottom:
//   text ─▶ tokenize ─▶ sentences ─▶ entity recognisers ─▶ resolve ─▶ mention passes
//        ─▶ entity index with registry ids, relations ─▶ time expressions, document date, event facts
//        ─▶ topics, keyphrases ─▶ record
// Each stage lives in its own module; this file only wires them, handing each
// stage what the extractor's language (lang/language.ts) knows that it needs.
//
// Caches. Per extractor: the word-form table (text/word-forms.ts) with the
// answers stages keep per form (text/form-memo.ts), created below; the
// taxonomy tagger's term matcher with its memo, and a caller's gazetteer,
// compiled on first use inside their tagger and recogniser. Per document: the
// token view (AnalysedText.view). Process-wide on purpose, as they depend on
// nothing an extractor sets: each part of the German language value and the
// stemmer's memo (lang/de/index.ts), the trie's nodes unpacked as matches reach
// them (entities/gazetteer-trie.ts), the character classes (text/char-class.ts),
// the shipped NER model and its list words (lang/de/ner.ts) with one tagger and
// word memo per model and domain (entities/model/model-recognizer.ts), and the
// default extractor of extract() below. The tokenizer's and the text hash's
// module variables (text/tokenize.ts, text/hash.ts) are scratch registers of a
// single synchronous call, not caches.

import { assembleRecord, checkMeta } from './assemble-record.js';
import { indexEntities } from './entities/entity-index.js';
import { addBracketedAffiliations } from './entities/passes/bracketed-affiliations.js';
import { defineBracketedShortForms } from './entities/passes/bracketed-short-forms.js';
import {
  extendEventYears,
  extendOrganisationPlaces,
  extendOrganisationTails,
  extendVersions,
} from './entities/passes/extend-spans.js';
import { relabelListedSurnames } from './entities/passes/listed-surnames.js';
import { attachPlaceQualifiers } from './entities/passes/place-qualifiers.js';
import { linkRecurringNames } from './entities/passes/recurring-names.js';
import { repeatDocumentNames } from './entities/passes/repeated-names.js';
import { defaultRecognizers } from './entities/patterns/default-recognizers.js';
import type { EntityRecognizer } from './entities/recognizer.js';
import { linkRegistryIds } from './entities/registry-ids.js';
import { extractRelations } from './entities/relations.js';
import { recognizeEntities } from './entities/resolve.js';
import { expectString } from './input.js';
import { germanLanguage } from './lang/de/index.js';
import type { Language } from './lang/language.js';
import { type DocumentMeta, type DocumentRecord, DocumentRecordSchema } from './record.js';
import { analyseText } from './text/analysed-text.js';
import { FormAnswers } from './text/form-memo.js';
import { WordFormTable } from './text/word-forms.js';
import { linkEventFacts } from './time/event-facts.js';
import { analyseTime } from './time/time-stage.js';
import { extractKeyphrases } from './topics/keyphrases.js';
import { type TopicTagger, tagTopics } from './topics/tag-topics.js';
import type { Taxonomy } from './topics/taxonomy.js';
import { taxonomyTagger } from './topics/taxonomy-tagger.js';

export interface ExtractOptions {
  /** The language of the texts: what every stage knows about it (lang/language.ts). Default: German. */
  language?: Language;
  /** Include every token (text, offsets, kind, norm, stem) in the record. Default false. */
  tokens?: boolean;
  /** Entity recognisers to run instead of the built-in ones. */
  recognizers?: EntityRecognizer[];
  /** Entity recognisers to run after the built-in ones. */
  extraRecognizers?: EntityRecognizer[];
  /**
   * A statistical entity recogniser (nerRecognizer() from govtext-de/ner), or
   * false for none. Default: none. Its candidates fill only what the rule-based
   * recognisers' mentions leave free.
   */
  model?: EntityRecognizer | false;
  /** A topic taxonomy to use instead of the built-in one (see extendTaxonomy to add to it). */
  taxonomy?: Taxonomy;
  /** Topic taggers to run instead of the taxonomy tagger. */
  topicTaggers?: TopicTagger[];
  /** How many keyphrases to list (default 10; 0 for none). */
  keyphrases?: number;
  /** Validate every record against DocumentRecordSchema before returning it. Default false. */
  validate?: boolean;
}

const DEFAULT_KEYPHRASES = 10;

export interface Extractor {
  extract(text: string, meta?: DocumentMeta): DocumentRecord;
}

/** Builds an extractor once (recognisers, taggers) and reuses it for every document. */
export function createExtractor(options: ExtractOptions = {}): Extractor {
  const language = options.language ?? germanLanguage();
  const recognizers = [...(options.recognizers ?? defaultRecognizers()), ...(options.extraRecognizers ?? [])];
  const fallbacks = options.model ? [options.model] : [];
  const topicTaggers = options.topicTaggers ?? [taxonomyTagger(options.taxonomy)];
  const keyphraseLimit = options.keyphrases ?? DEFAULT_KEYPHRASES;
  const includeTokens = options.tokens === true;
  const validate = options.validate === true;
  // The word forms of the texts this extractor has seen, with the answers kept per form.
  const answers = new FormAnswers(new WordFormTable(language.text));

  return {
    extract(text: string, meta?: DocumentMeta): DocumentRecord {
      expectString('extract', text);
      const checkedMeta = checkMeta(meta);

      const doc = analyseText(text, language.text, answers);
      const lexicon = language.entities;
      let entities = recognizeEntities(doc, recognizers, fallbacks, lexicon);
      // What the document teaches about its own names, pass by pass (entities/passes/), each returning new mentions.
      entities = extendVersions(doc, entities);
      entities = extendEventYears(doc, entities);
      entities = extendOrganisationTails(doc, entities, lexicon);
      entities = extendOrganisationPlaces(doc, entities, lexicon);
      entities = addBracketedAffiliations(doc, entities, lexicon);
      entities = defineBracketedShortForms(doc, entities, lexicon);
      entities = attachPlaceQualifiers(doc, entities, lexicon);
      entities = relabelListedSurnames(doc, entities);
      entities = linkRecurringNames(doc, entities, lexicon);
      entities = repeatDocumentNames(doc, entities, lexicon);
      const entityIndex = language.registry
        ? linkRegistryIds(indexEntities(entities), language.registry)
        : indexEntities(entities);
      const relations = entities.length > 0 ? extractRelations(doc, entities, lexicon) : [];
      const { timex, documentDate } = analyseTime(doc, entities, checkedMeta, { lexicon: language.time.lexicon });
      const eventFacts = linkEventFacts(doc, entities, timex, documentDate?.evidence?.start, language.time.eventCues);
      const topics = tagTopics(doc, entities, topicTaggers, language.topics);
      const keyphrases = extractKeyphrases(doc, entities, keyphraseLimit, language.keyphrases);
      const record = assembleRecord({
        doc,
        meta: checkedMeta,
        entities,
        entityIndex,
        relations,
        timex,
        documentDate,
        eventFacts,
        topics,
        keyphrases,
        includeTokens,
      });

      return validate ? DocumentRecordSchema.parse(record) : record;
    },
  };
}

let defaultExtractor: Extractor | undefined;

/** Extracts one document with the built-in recognisers and taggers. */
export function extract(text: string, meta?: DocumentMeta, options?: ExtractOptions): DocumentRecord {
  if (options) return createExtractor(options).extract(text, meta);
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, meta);
}
