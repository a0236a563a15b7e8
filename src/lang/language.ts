// A language as the extractor receives it: everything the stages know about
// one language, built once (src/lang/de for German) and handed by the pipeline
// to every stage that needs it. The engine in text/, entities/ and topics/ reads
// only what this value gives it.

import type { EntityLexicon } from '../entities/entity-lexicon.js';
import type { RelationWords } from '../relations/relation-words.js';
import type { LanguageProfiles } from '../text/language-check.js';
import type { EntityRegistry } from '../entities/registry-ids.js';
import type { TextWords } from '../text/text-words.js';
import type { TimeWords } from '../time/time-lexicon.js';
import type { KeyphraseWords } from '../topics/keyphrases.js';
import type { TopicWords } from '../topics/tag-topics.js';

export interface Language {
  /** ISO 639-1 code: the record's `language`. */
  readonly code: 'de';
  /** Tokenizer, sentence splitter and normalisation: abbreviations, months, sentence starters, …, the stemmer. */
  readonly text: TextWords;
  /** Recognisers, mention passes and relations: pattern words, name lists, the gazetteers. */
  readonly entities: EntityLexicon;
  /** The relation stage: role words, kinds of organisation, the learnt pair model. */
  readonly relations: RelationWords;
  /** The topic taggers: the taxonomy and its compiled term matcher. */
  readonly topics: TopicWords;
  /** Keyphrases: background document frequencies, stop words, words too general on their own. */
  readonly keyphrases: KeyphraseWords;
  /** The language check: function words of this language and of those its texts are confused with. */
  readonly identification: LanguageProfiles;
  /** Time expressions and event facts: months, units, relative and vague words, event cue words. */
  readonly time: TimeWords;
  /** Registry ids for the entity index (places, bodies, laws); a language without one gives no ids. */
  readonly registry?: EntityRegistry;
}
