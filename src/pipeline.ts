// The extraction pipeline, top to bottom:
//   text ─▶ tokenize ─▶ sentences ─▶ entity recognisers ─▶ resolve ─▶ mention passes
//        ─▶ relations ─▶ entity index with registry ids ─▶ time expressions, document date, event facts
//        ─▶ topics, keyphrases ─▶ record
// Each stage lives in its own module; this file only wires them, handing each
// stage what the extractor's language (lang/language.ts) knows that it needs.
//
// Caches. Per extractor: the word-form table (text/word-forms.ts) with the
// answers stages keep per form (text/form-memo.ts), created below; the
// taxonomy tagger's term matcher with its memo, and a caller's gazetteer,
// compiled on first use inside their tagger and recogniser. Per document: the
// token view (AnalysedText.view) and the last mention-token view built for it
// (entities/mention-tokens.ts), which the mention passes share. Process-wide on purpose, as they depend on
// nothing an extractor sets: each part of the German language value, the
// stemmer's memo and the relation stage's answers per role and organisation
// name (lang/de/index.ts, relations/relation-words.ts), the trie's nodes
// unpacked as matches reach them (entities/gazetteer-trie.ts), the character
// classes (text/char-class.ts), the shipped NER model and its list words
// (lang/de/ner.ts) with one tagger and word memo per model and domain
// (entities/model/model-recognizer.ts), and the default extractor of extract()
// below. The tokenizer's and the text hash's
// module variables (text/tokenize.ts, text/hash.ts) are scratch registers of a
// single synchronous call, not caches.

import { assembleRecord, checkMeta } from './assemble-record.js';
import { indexEntities } from './entities/entity-index.js';
import { addContextPlaces } from './entities/passes/context-places.js';
import { addBracketedAffiliations } from './entities/passes/bracketed-affiliations.js';
import { defineBracketedShortForms } from './entities/passes/bracketed-short-forms.js';
import {
  extendEventSubtitles,
  extendEventYears,
  extendOrganisationPlaces,
  extendOrganisationTails,
  extendVersions,
} from './entities/passes/extend-spans.js';
import { relabelListedSurnames } from './entities/passes/listed-surnames.js';
import { attachPlaceAffixes, attachPlaceQualifiers } from './entities/passes/place-qualifiers.js';
import { linkRecurringNames } from './entities/passes/recurring-names.js';
import { repeatDocumentNames } from './entities/passes/repeated-names.js';
import { defaultRecognizers } from './entities/patterns/default-recognizers.js';
import type { EntityRecognizer } from './entities/recognizer.js';
import { linkRegistryIds } from './entities/registry-ids.js';
import { recognizeEntities } from './entities/resolve.js';
import { htmlToText } from './html-text.js';
import { expectString } from './input.js';
import { germanLanguage } from './lang/de/index.js';
import { type ExtractOptions, checkExtractOptions } from './options.js';
import { type DocumentMeta, type DocumentRecord, DocumentRecordSchema } from './record.js';
import { extractRelations } from './relations/extract-relations.js';
import { analyseText } from './text/analysed-text.js';
import { checkLanguage } from './text/language-check.js';
import { FormAnswers } from './text/form-memo.js';
import { WordFormTable } from './text/word-forms.js';
import { linkEventFacts } from './time/event-facts.js';
import { analyseTime } from './time/time-stage.js';
import { extractKeyphrases } from './topics/keyphrases.js';
import { tagTopics } from './topics/tag-topics.js';
import { taxonomyTagger } from './topics/taxonomy-tagger.js';

const DEFAULT_KEYPHRASES = 10;
/** The lowest score a near miss needs to be listed among the topic candidates. */
const CANDIDATE_FLOOR = 0.1;

export interface Extractor {
  extract(text: string, meta?: DocumentMeta): DocumentRecord;
}

/** Builds an extractor once (recognisers, taggers) and reuses it for every document. */
export function createExtractor(options?: ExtractOptions): Extractor {
  return buildExtractor(checkExtractOptions('createExtractor', options));
}

function buildExtractor(options: ExtractOptions): Extractor {
  const language = options.language ?? germanLanguage();
  const recognizers = [...(options.recognizers ?? defaultRecognizers()), ...(options.extraRecognizers ?? [])];
  // The model fills the gaps the rules leave; a reviewer also has the last word on every mention.
  const reviewer = options.model && options.model.review ? options.model : undefined;
  const fallbacks = options.model ? [options.model] : [];
  const minScore = options.minScore;
  const listCandidates = options.topicCandidates === true;
  // With candidates, the built-in tagger reports down to the candidate floor and the stage splits at minScore.
  const taggerMinScore = listCandidates ? Math.min(CANDIDATE_FLOOR, minScore ?? CANDIDATE_FLOOR) : minScore;
  const topicTaggers = options.topicTaggers ?? [
    taxonomyTagger(options.taxonomy, taggerMinScore === undefined ? {} : { minScore: taggerMinScore }),
  ];
  const reportFrom = minScore ?? (options.topicTaggers ? 0 : language.topics.model.minScore);
  const keyphraseLimit = options.keyphrases ?? DEFAULT_KEYPHRASES;
  const includeTokens = options.tokens === true;
  const validate = options.validate === true;
  const readsHtml = options.format === 'html';
  // The word forms of the texts this extractor has seen, with the answers kept per form.
  const answers = new FormAnswers(new WordFormTable(language.text));

  return {
    extract(input: string, meta?: DocumentMeta): DocumentRecord {
      expectString('extract', input);
      let text = input;
      let checkedMeta = checkMeta(meta);
      if (readsHtml) {
        // Offsets index the text a reader sees; htmlToText(input).htmlSpan() maps them back to the markup.
        const page = htmlToText(input);
        text = page.text;
        if (page.title !== undefined && checkedMeta?.title === undefined)
          checkedMeta = { ...checkedMeta, title: page.title };
      }

      const doc = analyseText(text, language.text, answers);
      const lexicon = language.entities;
      let entities = recognizeEntities(doc, recognizers, fallbacks, lexicon);
      // What the document teaches about its own names, pass by pass (entities/passes/), each returning new mentions.
      entities = extendVersions(doc, entities);
      entities = extendEventYears(doc, entities);
      entities = extendEventSubtitles(doc, entities, lexicon);
      entities = extendOrganisationTails(doc, entities, lexicon);
      entities = extendOrganisationPlaces(doc, entities, lexicon);
      entities = addBracketedAffiliations(doc, entities, lexicon);
      entities = defineBracketedShortForms(doc, entities, lexicon);
      entities = attachPlaceQualifiers(doc, entities, lexicon);
      entities = attachPlaceAffixes(doc, entities, lexicon);
      entities = relabelListedSurnames(doc, entities);
      entities = addContextPlaces(doc, entities, lexicon);
      entities = linkRecurringNames(doc, entities, lexicon);
      entities = repeatDocumentNames(doc, entities, lexicon);
      if (reviewer) entities = reviewer.review!(doc, entities, lexicon);
      // Who works where, before the index: a person's entry lists the organisations and roles found for them.
      const people = extractRelations(doc, entities, language);
      const { relations } = people;
      const entityIndex = language.registry
        ? linkRegistryIds(indexEntities(entities, people), language.registry)
        : indexEntities(entities, people);
      const { timex, documentDate } = analyseTime(doc, entities, checkedMeta, { lexicon: language.time.lexicon });
      const eventFacts = linkEventFacts(doc, entities, timex, documentDate?.evidence?.start, language.time.eventCues);
      const tagged = tagTopics(doc, entities, topicTaggers, language.topics);
      const topics = tagged.filter((topic) => topic.score >= reportFrom);
      const topicCandidates = listCandidates
        ? tagged.filter((topic) => topic.score < reportFrom && topic.score >= CANDIDATE_FLOOR)
        : undefined;
      const keyphrases = extractKeyphrases(doc, entities, keyphraseLimit, language.keyphrases, topics);
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
        topicCandidates,
        keyphrases,
        includeTokens,
        language: checkLanguage(doc, language.identification),
      });

      if (!validate) return record;
      const parsed = DocumentRecordSchema.parse(record);
      // zod's copy of meta drops a key named `__proto__`; meta's values are not checked, so the caller's copy is as good.
      if (record.meta !== undefined) parsed.meta = record.meta;
      return parsed;
    },
  };
}

export type { ExtractOptions };

let defaultExtractor: Extractor | undefined;

/** Extracts one document with the built-in recognisers and taggers. */
export function extract(text: string, meta?: DocumentMeta, options?: ExtractOptions): DocumentRecord {
  if (options !== undefined) return buildExtractor(checkExtractOptions('extract', options)).extract(text, meta);
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, meta);
}
