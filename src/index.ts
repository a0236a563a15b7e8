// The public surface of govtext-de (docs/contract.md says what it promises); nothing else.

export { extract, createExtractor } from './pipeline.js';
export type { ExtractOptions, Extractor } from './pipeline.js';
export { ExtractOptionsSchema } from './options.js';
export { htmlToText } from './html-text.js';
export type { HtmlText } from './html-text.js';
export { tokenize, splitSentences } from './segment.js';
export { germanLanguage, stemGerman, builtInTaxonomy, compileGazetteer } from './lang/de/index.js';
export type { Language } from './lang/language.js';
export {
  DocumentRecordSchema,
  DocumentMetaSchema,
  EntityMentionSchema,
  EntityIndexEntrySchema,
  RelationSchema,
  TopicSchema,
  EvidenceSchema,
  KeyphraseSchema,
  TokenSchema,
  SpanSchema,
  SCHEMA_VERSION,
  ENTITY_TYPES,
  BUILT_IN_TOPIC_IDS,
  LANGUAGE_CODES,
} from './record.js';
export type { EntityType, TopicId, TimexType, TimexMod } from './record.js';
export { TIMEX_TYPES, TIMEX_MODS, TimeExpressionSchema, DocumentDateSchema, EventFactSchema } from './record.js';
// The record's types with every field documented (record-types.ts), checked equal to the schema.
export type {
  DocumentRecord,
  DocumentMeta,
  EntityMention,
  EntityIndexEntry,
  EntityIds,
  Relation,
  Topic,
  Evidence,
  Keyphrase,
  Token,
  Span,
  Sentence,
  RecordWarning,
  TimeExpression,
  DocumentDate,
  EventFact,
  EntityReference,
} from './record-types.js';
export type { TokenKind } from './text/token-table.js';
export type { EntityRecognizer, EntityCandidate } from './entities/recognizer.js';
export { gazetteerRecognizer } from './entities/gazetteer.js';
// The statistical NER model has its own entry point, govtext-de/ner (src/ner.ts).
export type { Gazetteer, GazetteerEntry, GazetteerList } from './entities/gazetteer.js';
export type { ProposedTopic, TopicTagger } from './topics/tag-topics.js';
// The HTML view of one record (browser-safe); the corpus report is govtext-de/report (src/report.ts).
export { renderHtml } from './render/document-view.js';
export type { RenderHtmlOptions } from './render/document-view.js';
export { reconstructText } from './render/reconstruct-text.js';
export { taxonomyTagger } from './topics/taxonomy-tagger.js';
export { TaxonomySchema, extendTaxonomy, parseTaxonomy } from './topics/taxonomy.js';
export type { Taxonomy, TopicDefinition, TopicTerm } from './topics/taxonomy.js';
export type { AnalysedText } from './text/analysed-text.js';
export type { TokenTable } from './text/token-table.js';
export type { SentenceTable } from './text/sentences.js';
