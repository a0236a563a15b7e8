// The model file's format (src/lang/de/model/ner-model.json): JSON with the
// weights as base64 byte strings, so it loads without fs in any JavaScript
// runtime. Rows are in ascending key order; each row stores a bit mask of its
// non-zero tags and then those weights as int8.

import type { LibrarySettings } from './model.js';

export const PACKED_FORMAT = 2;

export interface PackedNerModel {
  description: string;
  format: number;
  classes: string[];
  tagCount: number;
  rows: number;
  /** Weight = int8 value × scale. */
  scale: number;
  temperature: number;
  /** Ascending feature keys as unsigned LEB128 deltas. */
  keys: string;
  /** Per row, ceil(tagCount / 8) bytes: bit t set when the row has a weight for tag t. */
  tagMasks: string;
  /** The non-zero int8 weights, row by row, tags ascending. */
  values: string;
  transitions: number[];
  initial: number[];
  names: { hashCount: number; bits: string };
  domainCopies: boolean;
  /** The domains trained (labels.ts DOMAINS). */
  domains: string[];
  /** The word lexicon (word-lexicon.ts). */
  lexicon: {
    /** Classes per level, coarse to fine. */
    levels: number[];
    words: number;
    /** Ascending word hashes as unsigned LEB128 deltas. */
    hashes: string;
    /** Per word, its class at each level as a little-endian uint16. */
    classes: string;
    /** Per word, its frequency bucket as one byte. */
    frequency: string;
  };
  library: LibrarySettings;
}
