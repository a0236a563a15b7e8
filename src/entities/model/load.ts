// Decodes the packed model (packed.ts) into the in-memory model (model.ts):
// base64 (Node's Buffer when there is one, else by hand: a bare JavaScript
// engine has neither atob nor Buffer), key deltas, sparse rows into dense int8
// rows, then the key index; the word lexicon stays in its packed arrays.

import { DOMAINS, type Domain, MODEL_CLASSES, TAG_COUNT } from './labels.js';
import { type NerModel, buildFeatureIndex } from './model.js';
import { PACKED_FORMAT, type PackedNerModel } from './packed.js';
import type { WordLexicon } from './word-lexicon.js';

interface BufferLike {
  from(text: string, encoding: 'base64'): Uint8Array;
}
const nodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = (() => {
  const table = new Uint8Array(128).fill(255);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export function decodeBase64(text: string): Uint8Array {
  if (nodeBuffer !== undefined) {
    const bytes = nodeBuffer.from(text, 'base64');
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return decodeBase64ByHand(text);
}

export function decodeBase64ByHand(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 0x3d) length--;
  const out = new Uint8Array((length * 3) >> 2);
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let i = 0; i < length; i++) {
    const value = DECODE[text.charCodeAt(i) & 127]!;
    if (value === 255) throw new Error(`model file: invalid base64 character at ${i}`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** 128^i for the base-128 digits of a key delta (a 32-bit delta has at most five). */
const POWERS_OF_128 = [1, 128, 16384, 2097152, 268435456];

export function decodeKeys(bytes: Uint8Array, count: number): Uint32Array {
  const keys = new Uint32Array(count);
  let at = 0;
  let previous = 0;
  for (let row = 0; row < count; row++) {
    let delta = 0;
    let digit = 0;
    let byte: number;
    do {
      byte = bytes[at++]!;
      delta += (byte & 0x7f) * POWERS_OF_128[digit++]!;
    } while (byte & 0x80);
    previous += delta;
    keys[row] = previous;
  }
  return keys;
}

export function loadNerModel(packed: PackedNerModel): NerModel {
  if (
    packed.format !== PACKED_FORMAT ||
    packed.tagCount !== TAG_COUNT ||
    packed.classes.join() !== MODEL_CLASSES.join() ||
    !packed.domains.every((domain) => domain in DOMAINS)
  ) {
    throw new Error(
      `model file: format ${packed.format} with classes ${packed.classes.join(', ')} does not match this version of govtext-de; retrain with npm run train:ner`,
    );
  }
  const tagCount = packed.tagCount;
  const keys = decodeKeys(decodeBase64(packed.keys), packed.rows);
  const masks = decodeBase64(packed.tagMasks);
  const values = decodeBase64(packed.values);
  const maskBytes = Math.ceil(tagCount / 8);
  const weights = new Int8Array(packed.rows * tagCount);
  let value = 0;
  for (let row = 0; row < packed.rows; row++) {
    // Only the set bits of the row's mask, lowest tag first: a fifth of the slots hold a weight.
    for (let byte = 0; byte < maskBytes; byte++) {
      let bits = masks[row * maskBytes + byte]!;
      while (bits !== 0) {
        const t = (byte << 3) + 31 - Math.clz32(bits & -bits);
        weights[row * tagCount + t] = (values[value++]! << 24) >> 24;
        bits &= bits - 1;
      }
    }
  }
  return {
    tagCount,
    features: buildFeatureIndex(keys),
    weights,
    scale: packed.scale,
    transitions: Float32Array.from(packed.transitions),
    initial: Float32Array.from(packed.initial),
    temperature: packed.temperature,
    names: { bits: decodeBase64(packed.names.bits), hashCount: packed.names.hashCount },
    domainCopies: packed.domainCopies,
    domains: packed.domains as Domain[],
    lexicon: decodeLexicon(packed.lexicon),
    library: packed.library,
  };
}

function decodeLexicon(packed: PackedNerModel['lexicon']): WordLexicon {
  const classBytes = decodeBase64(packed.classes);
  const classes = new Uint16Array(packed.words * packed.levels.length);
  for (let k = 0; k < classes.length; k++) classes[k] = classBytes[2 * k]! | (classBytes[2 * k + 1]! << 8);
  return {
    levels: packed.levels,
    hashes: decodeKeys(decodeBase64(packed.hashes), packed.words),
    classes,
    frequency: decodeBase64(packed.frequency),
  };
}
