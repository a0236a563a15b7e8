// The options of extract() and createExtractor(): one zod schema checks them
// both, so an unknown key ({ token: true }) or a wrong type ({ tokens: 'yes' })
// throws a TypeError naming the key and what it expects instead of being
// ignored or failing deep inside a stage.

import * as z from 'zod/mini';
import type { EntityRecognizer } from './entities/recognizer.js';
import { describeValue } from './input.js';
import type { Language } from './lang/language.js';
import type { TopicTagger } from './topics/tag-topics.js';
import { type Taxonomy, parseTaxonomy } from './topics/taxonomy.js';

/** The options of `extract(text, meta, options)` and `createExtractor(options)`. */
export interface ExtractOptions {
  /** The language of the texts: what every stage knows about it. Default: German, `germanLanguage()`. */
  language?: Language;
  /** The input's format: `'text'` (default) or `'html'` (markup removed first; offsets index the extracted text, see `htmlToText`). */
  format?: 'text' | 'html';
  /** Include every token (text, offsets, kind, norm, stem) in the record. Default false. */
  tokens?: boolean;
  /** Entity recognisers to run instead of the built-in ones. */
  recognizers?: EntityRecognizer[];
  /** Entity recognisers to run after the built-in ones. */
  extraRecognizers?: EntityRecognizer[];
  /**
   * A statistical entity recogniser (`nerRecognizer()` from `govtext-de/ner`), or
   * false for none. Default: none. Its candidates fill only what the rule-based
   * recognisers' mentions leave free.
   */
  model?: EntityRecognizer | false;
  /** A topic taxonomy to use instead of the built-in one (see `extendTaxonomy` to add to it). */
  taxonomy?: Taxonomy;
  /** Topic taggers to run instead of the taxonomy tagger. */
  topicTaggers?: TopicTagger[];
  /**
   * The lowest score (0..1) a topic needs to be reported. The built-in tagger's
   * score is the probability that a reader would assign the topic; default: the
   * threshold chosen on held-out reports (the topic model's `minScore`). Topics of
   * your own taggers are all kept unless you set it.
   */
  minScore?: number;
  /**
   * Also list the near misses in the record's `topicCandidates`: topics with
   * evidence whose score is below `minScore` but at least 0.1. Default false.
   */
  topicCandidates?: boolean;
  /** How many keyphrases to list (default 10; 0 for none). */
  keyphrases?: number;
  /** Validate every record against `DocumentRecordSchema` before returning it. Default false. */
  validate?: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const recognizer = z.custom<EntityRecognizer>(
  (value) => isObject(value) && typeof value.name === 'string' && typeof value.recognize === 'function',
);
const tagger = z.custom<TopicTagger>(
  (value) => isObject(value) && typeof value.name === 'string' && typeof value.tag === 'function',
);
const language = z.custom<Language>(
  (value) =>
    isObject(value) &&
    typeof value.code === 'string' &&
    ['text', 'entities', 'topics', 'keyphrases'].every((part) => part in value),
);
const taxonomyProblem = (value: unknown): string | undefined => {
  try {
    parseTaxonomy(value);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};
const taxonomy = z.custom<Taxonomy>((value) => taxonomyProblem(value) === undefined);

export const ExtractOptionsSchema = z.strictObject({
  language: z.optional(language),
  format: z.optional(z.enum(['text', 'html'])),
  tokens: z.optional(z.boolean()),
  recognizers: z.optional(z.array(recognizer)),
  extraRecognizers: z.optional(z.array(recognizer)),
  model: z.optional(z.union([recognizer, z.literal(false)])),
  taxonomy: z.optional(taxonomy),
  topicTaggers: z.optional(z.array(tagger)),
  minScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
  topicCandidates: z.optional(z.boolean()),
  keyphrases: z.optional(z.int().check(z.nonnegative())),
  validate: z.optional(z.boolean()),
});

/** What each option takes, in the words of the error a wrong value gets. */
const EXPECTED: Record<keyof ExtractOptions, string> = {
  language: 'a Language, such as germanLanguage()',
  format: "'text' or 'html'",
  tokens: 'true or false',
  recognizers: 'an array of entity recognisers (objects with a name and recognize(doc, lexicon))',
  extraRecognizers: 'an array of entity recognisers (objects with a name and recognize(doc, lexicon))',
  model: "an entity recogniser such as nerRecognizer() from 'govtext-de/ner', or false",
  taxonomy: 'a taxonomy (see parseTaxonomy and extendTaxonomy)',
  topicTaggers: 'an array of topic taggers (objects with a name and tag(doc, entities, language))',
  minScore: 'a number from 0 to 1',
  topicCandidates: 'true or false',
  keyphrases: 'a whole number of 0 or more',
  validate: 'true or false',
};

const OPTION_NAMES = Object.keys(EXPECTED) as (keyof ExtractOptions)[];

/** Checks options before an extractor is built; throws a TypeError naming the first wrong key. */
export function checkExtractOptions(functionName: string, options: unknown): ExtractOptions {
  if (options === undefined) return {};
  if (!isObject(options) || Array.isArray(options)) {
    throw new TypeError(`${functionName}() expects options to be an object, got ${describeValue(options)}`);
  }
  const result = ExtractOptionsSchema.safeParse(options);
  if (result.success) return options as ExtractOptions;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      const hint = closestOption(key);
      throw new TypeError(
        `${functionName}() got an unknown option ${JSON.stringify(key)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; options are ${OPTION_NAMES.join(', ')}`,
      );
    }
  }
  const key = String(result.error.issues[0]!.path[0]) as keyof ExtractOptions;
  // A taxonomy says what is wrong inside it.
  const inside = key === 'taxonomy' ? ` (${taxonomyProblem(options[key])})` : '';
  throw new TypeError(
    `${functionName}() expects option ${JSON.stringify(key)} to be ${EXPECTED[key]}, got ${describeOption(options[key])}${inside}`,
  );
}

function describeOption(value: unknown): string {
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return describeValue(value);
}

/** The option a mistyped key most likely meant: case aside, at most two edits away. */
function closestOption(key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of OPTION_NAMES) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// The interface above carries the documentation (declaration files drop comments
// inside a schema); this line fails to compile when it and the schema part.
void (true satisfies Same<ExtractOptions, z.output<typeof ExtractOptionsSchema>>);
