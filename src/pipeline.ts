// The extraction pipeline, top to bottom:
//   text ─▶ tokenize ─▶ sentences ─▶ entity recognisers ─▶ resolve ─▶ link mentions
//        ─▶ entity index, relations ─▶ topics ─▶ record
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
import { type TopicTagger, defaultTopicTaggers, tagTopics } from './topics/tagger.js';

export interface ExtractOptions {
  /** Include every token (text, offsets, kind, norm, stem) in the record. Default false. */
  tokens?: boolean;
  /** Entity recognisers to run instead of the built-in ones. */
  recognizers?: EntityRecognizer[];
  /** Entity recognisers to run after the built-in ones. */
  extraRecognizers?: EntityRecognizer[];
  /** A statistical entity recogniser; its candidates join the resolver after the rule-based ones. */
  model?: EntityRecognizer;
  /** Topic taggers to run instead of the built-in ones. */
  topicTaggers?: TopicTagger[];
  /** Validate every record against DocumentRecordSchema before returning it. Default false. */
  validate?: boolean;
}

export interface Extractor {
  extract(text: string, meta?: DocumentMeta): DocumentRecord;
}

/** Builds an extractor once (recognisers, taggers) and reuses it for every document. */
export function createExtractor(options: ExtractOptions = {}): Extractor {
  const model = options.model ?? defaultModelRecognizer();
  const recognizers = [
    ...(options.recognizers ?? defaultRecognizers()),
    ...(model ? [model] : []),
    ...(options.extraRecognizers ?? []),
  ];
  const topicTaggers = options.topicTaggers ?? defaultTopicTaggers();
  const includeTokens = options.tokens === true;
  const validate = options.validate === true;

  return {
    extract(text: string, meta?: DocumentMeta): DocumentRecord {
      expectString('extract', text);
      const checkedMeta = checkMeta(meta);

      const tokens = scanTokens(text);
      const sentences = splitTokenTable(tokens);
      const doc: AnalysedText = { text, tokens, sentences };
      const resolved = recognizeEntities(doc, recognizers);
      const entities = resolved.length > 0 ? linkMentions(doc, resolved, entityLexicon()) : resolved;
      const entityIndex = indexEntities(entities);
      const relations = entities.length > 0 ? extractRelations(doc, entities, entityLexicon()) : [];
      const topics = tagTopics(doc, entities, topicTaggers);
      const record = assembleRecord({ doc, meta: checkedMeta, entities, entityIndex, relations, topics, includeTokens });

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
