// The extraction pipeline, top to bottom:
//   text ─▶ tokenize ─▶ sentences ─▶ entity recognisers ─▶ resolve ─▶ link mentions
//        ─▶ entity index, relations ─▶ topics, keyphrases ─▶ record
// Each stage lives in its own module; this file only wires them.

import type { AnalysedText } from './analysed-text.js';
import { assembleRecord, checkMeta } from './assemble-record.js';
import { defaultModelRecognizer, defaultRecognizers } from './entities/default-recognizers.js';
import { indexEntities } from './entities/entity-index.js';
import { entityLexicon } from './entities/lexicon.js';
import { linkMentions } from './entities/link-mentions.js';
import type { EntityRecognizer } from './entities/recognizer.js';
import { extractRelations } from './entities/relations.js';
import { recognizeEntities } from './entities/resolve.js';
import { expectString } from './input.js';
import { type DocumentMeta, type DocumentRecord, DocumentRecordSchema } from './record.js';
import { splitTokenTable } from './text/sentences.js';
import { scanTokens } from './text/tokenize.js';
import { extractKeyphrases } from './topics/keyphrases.js';
import { type TopicTagger, tagTopics } from './topics/tagger.js';
import type { Taxonomy } from './topics/taxonomy.js';
import { taxonomyTagger } from './topics/topic-tagger.js';

export interface ExtractOptions {
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
  const model = options.model === undefined ? defaultModelRecognizer() : options.model;
  const recognizers = [...(options.recognizers ?? defaultRecognizers()), ...(options.extraRecognizers ?? [])];
  const fallbacks = model ? [model] : [];
  const topicTaggers = options.topicTaggers ?? [taxonomyTagger(options.taxonomy)];
  const keyphraseLimit = options.keyphrases ?? DEFAULT_KEYPHRASES;
  const includeTokens = options.tokens === true;
  const validate = options.validate === true;

  return {
    extract(text: string, meta?: DocumentMeta): DocumentRecord {
      expectString('extract', text);
      const checkedMeta = checkMeta(meta);

      const tokens = scanTokens(text);
      const sentences = splitTokenTable(tokens);
      const doc: AnalysedText = { text, tokens, sentences };
      const resolved = recognizeEntities(doc, recognizers, fallbacks);
      const entities = resolved.length > 0 ? linkMentions(doc, resolved, entityLexicon()) : resolved;
      const entityIndex = indexEntities(entities);
      const relations = entities.length > 0 ? extractRelations(doc, entities, entityLexicon()) : [];
      const topics = tagTopics(doc, entities, topicTaggers);
      const keyphrases = extractKeyphrases(doc, entities, keyphraseLimit);
      const record = assembleRecord({
        doc,
        meta: checkedMeta,
        entities,
        entityIndex,
        relations,
        topics,
        keyphrases,
        includeTokens,
      });

      if (!validate) return record;
      const parsed = DocumentRecordSchema.parse(record);
      // zod's copy of meta drops a key named `__proto__`; meta's values are not checked, so the caller's copy is as good.
      if (record.meta !== undefined) parsed.meta = record.meta;
      return parsed;
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
