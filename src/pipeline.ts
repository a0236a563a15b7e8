// The extraction pipeline, top to bottom:
//   text ─▶ tokenize ─▶ sentences ─▶ entity recognisers ─▶ resolve ─▶ link mentions
//        ─▶ entity index, relations ─▶ topics, keyphrases ─▶ record
// Each stage lives in its own module; this file only wires them.

import type { AnalysedText } from './text/analysed-text.js';
import { assembleRecord, checkMeta } from './assemble-record.js';
import { defaultModelRecognizer, defaultRecognizers } from './entities/patterns/default-recognizers.js';
import { indexEntities } from './entities/entity-index.js';
import { entityLexicon } from './entities/entity-lexicon.js';
import { linkMentions } from './entities/link-mentions.js';
import type { EntityRecognizer } from './entities/recognizer.js';
import { extractRelations } from './entities/relations.js';
import { recognizeEntities } from './entities/resolve.js';
import { expectString } from './input.js';
import { type DocumentMeta, type DocumentRecord, DocumentRecordSchema } from './record.js';
import { splitTokenTable } from './text/sentences.js';
import { scanTokens } from './text/tokenize.js';
import { extractKeyphrases } from './topics/keyphrases.js';
import { type TopicTagger, tagTopics } from './topics/tag-topics.js';
import type { Taxonomy } from './topics/taxonomy.js';
import { taxonomyTagger } from './topics/taxonomy-tagger.js';
import { builtInTopicModel } from './topics/compiled-topics.js';

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
  /**
   * The lowest score (0..1) a topic needs to be reported. The built-in tagger's
   * score is the probability that a reader would assign the topic; default: the
   * threshold chosen on held-out reports (the topic model's minScore). Topics of
   * your own taggers are all kept unless you set it.
   */
  minScore?: number;
  /**
   * Also list the near misses in the record's `topicCandidates`: topics with
   * evidence whose score is below minScore but at least 0.1. Default false.
   */
  topicCandidates?: boolean;
  /** How many keyphrases to list (default 10; 0 for none). */
  keyphrases?: number;
  /** Validate every record against DocumentRecordSchema before returning it. Default false. */
  validate?: boolean;
}

const DEFAULT_KEYPHRASES = 10;
/** The lowest score a near miss needs to be listed among the topic candidates. */
const CANDIDATE_FLOOR = 0.1;

function checkMinScore(minScore: unknown): number | undefined {
  if (minScore === undefined) return undefined;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1))
    throw new TypeError(`createExtractor() expects minScore to be a number from 0 to 1, got ${String(minScore)}`);
  return minScore;
}

export interface Extractor {
  extract(text: string, meta?: DocumentMeta): DocumentRecord;
}

/** Builds an extractor once (recognisers, taggers) and reuses it for every document. */
export function createExtractor(options: ExtractOptions = {}): Extractor {
  const model = options.model === undefined ? defaultModelRecognizer() : options.model;
  const recognizers = [...(options.recognizers ?? defaultRecognizers()), ...(options.extraRecognizers ?? [])];
  const fallbacks = model ? [model] : [];
  const minScore = checkMinScore(options.minScore);
  const listCandidates = options.topicCandidates === true;
  // With candidates, the built-in tagger reports down to the candidate floor and the stage splits at minScore.
  const taggerMinScore = listCandidates ? Math.min(CANDIDATE_FLOOR, minScore ?? CANDIDATE_FLOOR) : minScore;
  const topicTaggers = options.topicTaggers ?? [
    taxonomyTagger(options.taxonomy, taggerMinScore === undefined ? {} : { minScore: taggerMinScore }),
  ];
  const reportFrom = minScore ?? (options.topicTaggers ? 0 : builtInTopicModel().minScore);
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
      const tagged = tagTopics(doc, entities, topicTaggers);
      const topics = tagged.filter((topic) => topic.score >= reportFrom);
      const topicCandidates = listCandidates
        ? tagged.filter((topic) => topic.score < reportFrom && topic.score >= CANDIDATE_FLOOR)
        : undefined;
      const keyphrases = extractKeyphrases(doc, entities, keyphraseLimit);
      const record = assembleRecord({
        doc,
        meta: checkedMeta,
        entities,
        entityIndex,
        relations,
        topics,
        topicCandidates,
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
