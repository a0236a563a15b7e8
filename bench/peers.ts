// The npm packages that npm run bench times beside govtext-de on the same German
// text, each called the way eval/peers-entities.ts scores it, so that the speed
// and the quality in the bench table belong to the same calls. Every package is
// imported only when its system loads: bench/peak-memory.ts measures each one
// in a fresh process that holds nothing else.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface PeerSystem {
  id: string;
  label: string;
  /** The npm package whose version the table prints. */
  packageName: string;
  /** Which govtext-de stage the ratio compares with: the full record, or the tokenizer. */
  comparedWith: 'extract' | 'tokenizer';
  /** Its system id in eval/peers-entities.json, when the same calls are scored there for entities. */
  entitiesSystemId?: string;
  /**
   * Peers slower than about 1 MB/s get the first this many MB of the bench text
   * (whole reports), so that a full bench stays within minutes; MB/s is per
   * megabyte either way.
   */
  sliceMegabytes?: { full: number; quick: number };
  /** Imports the package and returns the timed call; its result keeps the work from being optimised away. */
  load(): Promise<(text: string) => number>;
}

/** The installed version; read from node_modules, since some packages' export maps hide package.json. */
export function packageVersion(name: string): string | undefined {
  try {
    const file = join(resolve(import.meta.dirname, '..'), 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

export const PEER_SYSTEMS: PeerSystem[] = [
  {
    id: 'wink-nlp',
    label: 'wink-nlp readDoc + entities (eng-lite model)',
    packageName: 'wink-nlp',
    comparedWith: 'extract',
    entitiesSystemId: 'wink-builtin',
    async load() {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      return (text) => {
        const doc = nlp.readDoc(text);
        return doc.tokens().length() + doc.entities().out().length;
      };
    },
  },
  {
    id: 'compromise',
    label: 'compromise nlp() + people/places/organizations',
    packageName: 'compromise',
    comparedWith: 'extract',
    entitiesSystemId: 'compromise',
    sliceMegabytes: { full: 1, quick: 0.2 },
    async load() {
      const { default: nlp } = await import('compromise');
      return (text) => {
        const doc = nlp(text);
        return (
          doc.people().json({ offset: true }).length +
          doc.places().json({ offset: true }).length +
          doc.organizations().json({ offset: true }).length
        );
      };
    },
  },
  {
    id: 'de-compromise',
    label: 'de-compromise nlp() + #Person/#Place/#Organization',
    packageName: 'de-compromise',
    comparedWith: 'extract',
    entitiesSystemId: 'de-compromise',
    sliceMegabytes: { full: 1, quick: 0.2 },
    async load() {
      const { default: nlp } = await import('de-compromise');
      return (text) => {
        const doc = nlp(text) as unknown as {
          match(pattern: string): { json(options: { offset: boolean }): unknown[] };
        };
        return ['#Honorific* #Person+', '#Place+', '#Organization+'].reduce(
          (n, pattern) => n + doc.match(pattern).json({ offset: true }).length,
          0,
        );
      };
    },
  },
  {
    id: 'natural',
    label: "natural's German word tokenizer",
    packageName: 'natural',
    comparedWith: 'tokenizer',
    async load() {
      // The submodule only: natural's root loads database clients and prints to stdout.
      const { default: AggressiveTokenizerDe } =
        await import('natural/lib/natural/tokenizers/aggressive_tokenizer_de.js');
      const tokenizer = new AggressiveTokenizerDe();
      return (text) => tokenizer.tokenize(text).length;
    },
  },
  {
    id: 'regex-whitespace',
    label: 'floor: text.split(/\\s+/)',
    packageName: 'node',
    comparedWith: 'tokenizer',
    async load() {
      return (text) => text.split(/\s+/).length;
    },
  },
  {
    id: 'regex-words',
    label: 'floor: match(/[\\p{L}\\p{N}]+|\\S/gu)',
    packageName: 'node',
    comparedWith: 'tokenizer',
    async load() {
      return (text) => text.match(/[\p{L}\p{N}]+|\S/gu)?.length ?? 0;
    },
  },
];
