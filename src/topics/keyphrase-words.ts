// What the keyphrase stage knows about a language (src/lang/de builds it once
// from keyphrase-words.json and keyphrase-background.json), and the idf it reads.

/** What the keyphrase rules know about a language (src/lang/de builds it once). */
export interface KeyphraseWords {
  /** Documents in the background corpus. */
  readonly documents: number;
  /** Background document frequency by stem. */
  readonly df: ReadonlyMap<string, number>;
  /** The background document frequency assumed for a stem the list leaves out. */
  readonly unlistedDf: number;
  readonly stopwords: ReadonlySet<string>;
  /** Words that make no keyphrase on their own (`Verwaltung`, `Kommunen`, month names). */
  readonly generic: ReadonlySet<string>;
  /** Endings of a lower-case adjective before a noun (`digitale`, `öffentlichen`). */
  readonly adjectiveEndings: readonly string[];
  /** A capitalised word with these endings is an adjective (`Hessische`): no keyphrase alone. */
  readonly capitalisedAdjectiveEndings: readonly string[];
  /** Words after which a lower-case word with an adjective ending is an adjective (`der digitalen …`, `für offene …`). */
  readonly attributiveContext: ReadonlySet<string>;
  /** Articles that join a genitive phrase to its head (`Modernisierung der Register`). */
  readonly genitiveLinks: ReadonlySet<string>;
  /** Lower-case forms that are no noun even when a sentence starts with them capitalised (`gemeinsam`, `zudem`). */
  readonly notNouns: ReadonlySet<string>;
  /** Stems attested as attributive adjectives in the background (`digital`, `geplant`). */
  readonly adjectives: ReadonlySet<string>;
  /** Stems of adjectives that never join a phrase (`neu`, `weitere`): `neuen Chatbot` is `Chatbot`. */
  readonly vagueAdjectives: ReadonlySet<string>;
  /** Role and office nouns, lower case (`landrätin`, `referent`): no keyphrase on their own. */
  readonly roles: ReadonlySet<string>;
}

/** How rare a stem is in the background: ln((documents + 1) / (df + 1)) + 1. */
export function inverseDocumentFrequency(words: KeyphraseWords, stem: string): number {
  return Math.log((words.documents + 1) / ((words.df.get(stem) ?? words.unlistedDf) + 1)) + 1;
}
