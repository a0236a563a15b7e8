// The extraction pipeline, top to bottom:
//   text ─▶ tokenize ─▶ sentences ─▶ entity recognisers ─▶ resolve ─▶ topics ─▶ record
// Each stage lives in its own module; this file only wires them.

import type { AnalysedText } from './analysed-text.js';
import { assembleRecord, checkMeta } from './assemble-record.js';
import { defaultRecognizers } from './entities/default-recognizers.js';
import type { EntityRecognizer } from './entities/recognizer.js';
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
  const recognizers = [...(options.recognizers ?? defaultRecognizers()), ...(options.extraRecognizers ?? [])];
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
      const entities = recognizeEntities(doc, recognizers);
      const topics = tagTopics(doc, entities, topicTaggers);
      const record = assembleRecord({ doc, meta: checkedMeta, entities, topics, includeTokens });

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
