// Packs trained weights into the model file format (src/entities/model/packed.ts):
// int8 weights with one scale (the largest weight is 127 steps), rows whose
// weights all round to zero dropped, keys sorted and delta-encoded, base64.

import { type Domain, MODEL_CLASSES, TAG_COUNT } from '../../src/entities/model/labels.js';
import type { LibrarySettings } from '../../src/entities/model/model.js';
import type { NameFilter } from '../../src/entities/model/name-filter.js';
import { PACKED_FORMAT, type PackedNerModel } from '../../src/entities/model/packed.js';
import type { WordLexicon } from '../../src/entities/model/word-lexicon.js';
import type { TrainedWeights } from './perceptron.js';

export interface PackOptions {
  names: NameFilter;
  library: LibrarySettings;
  temperature: number;
  domainCopies: boolean;
  domains: readonly Domain[];
  /** The word lexicon (lexicon.ts) the features read, shipped with the weights. */
  lexicon: WordLexicon;
  /**
   * Weights are clipped at this quantile of their absolute values before
   * quantising. Default 1 (no clipping): the few largest weights carry the
   * decisions (LER dev F1 0.912 unclipped, 0.900 clipped at 0.9999, 0.728 at 0.999).
   */
  clipQuantile?: number;
  /**
   * Rows whose largest quantised weight is smaller than this (in int8 steps) are dropped; 1 keeps every row that is not
   * all zero.
   */
  minMagnitude?: number;
  description?: string;
}

const round = (value: number): number => Math.round(value * 1e4) / 1e4;

export function packModel(trained: TrainedWeights, options: PackOptions): PackedNerModel {
  const T = TAG_COUNT;
  const magnitudes: number[] = [];
  for (const w of trained.weights) if (w !== 0) magnitudes.push(Math.abs(w));
  magnitudes.sort((a, b) => a - b);
  const clip =
    magnitudes.length === 0
      ? 1
      : magnitudes[Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * (options.clipQuantile ?? 1)))]!;
  const scale = clip / 127;
  const rowCount = trained.keys.length;
  const order = Array.from({ length: rowCount }, (_, row) => row).sort((a, b) => trained.keys[a]! - trained.keys[b]!);

  const keyBytes: number[] = [];
  const maskBytes = Math.ceil(T / 8);
  const masks: number[] = [];
  const values: number[] = [];
  let previous = 0;
  let kept = 0;
  for (const row of order) {
    const quantised = new Int8Array(T);
    let largest = 0;
    for (let t = 0; t < T; t++) {
      const q = Math.max(-127, Math.min(127, Math.round(trained.weights[row * T + t]! / scale)));
      quantised[t] = q;
      largest = Math.max(largest, Math.abs(q));
    }
    if (largest === 0 || largest < (options.minMagnitude ?? 1)) continue;
    kept++;
    const key = trained.keys[row]!;
    pushDelta(keyBytes, key - previous);
    previous = key;
    const mask = new Uint8Array(maskBytes);
    for (let t = 0; t < T; t++) {
      if (quantised[t] !== 0) {
        mask[t >> 3]! |= 1 << (t & 7);
        values.push(quantised[t]! & 0xff);
      }
    }
    masks.push(...mask);
  }

  return {
    description:
      options.description ??
      'German NER model of govtext-de (averaged perceptron, Viterbi). Built by npm run train:ner; sources and licences in NOTICE.md.',
    format: PACKED_FORMAT,
    classes: [...MODEL_CLASSES],
    tagCount: T,
    rows: kept,
    scale,
    temperature: round(options.temperature),
    keys: base64(keyBytes),
    tagMasks: base64(masks),
    values: base64(values),
    transitions: Array.from(trained.transitions, round),
    initial: Array.from(trained.initial, round),
    names: { hashCount: options.names.hashCount, bits: base64(options.names.bits) },
    domainCopies: options.domainCopies,
    domains: [...options.domains],
    lexicon: packLexiconFile(options.lexicon),
    library: options.library,
  };
}

const base64 = (bytes: ArrayLike<number>) => Buffer.from(Uint8Array.from(bytes)).toString('base64');

/** Appends an unsigned LEB128 number. */
function pushDelta(bytes: number[], delta: number): void {
  do {
    let byte = delta % 128;
    delta = Math.floor(delta / 128);
    if (delta > 0) byte |= 0x80;
    bytes.push(byte);
  } while (delta > 0);
}

function packLexiconFile(lexicon: WordLexicon): PackedNerModel['lexicon'] {
  const hashBytes: number[] = [];
  let previous = 0;
  for (const hash of lexicon.hashes) {
    pushDelta(hashBytes, hash - previous);
    previous = hash;
  }
  const classBytes = new Uint8Array(lexicon.classes.length * 2);
  lexicon.classes.forEach((c, k) => {
    classBytes[2 * k] = c & 0xff;
    classBytes[2 * k + 1] = c >> 8;
  });
  return {
    levels: [...lexicon.levels],
    words: lexicon.hashes.length,
    hashes: base64(hashBytes),
    classes: base64(classBytes),
    frequency: base64(lexicon.frequency),
  };
}

/**
 * The model file's text: JSON with every character outside ASCII written as a
 * \u escape. A few words outside Latin-1 would make the whole bundled file a
 * two-byte string, which costs about 110 ms of import.
 */
export function modelFileText(packed: PackedNerModel): string {
  const json = JSON.stringify(packed, null, 1).replace(
    /[^\x00-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
