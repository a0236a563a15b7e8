// The distinct word forms of the documents an extractor has seen. A token is
// looked up by its characters in the text, without slicing it out, and gets the
// id of its form; norm, stem and shape are computed once per form. Later stages
// keep their own answers about a form by this id (form-memo.ts), so running
// text, which repeats its words, is analysed once per word rather than once per
// token. One table per extractor (src/pipeline.ts creates it).

import { normalizeSurface, stemToken } from './normalize.js';
import { shapeOf } from './shape.js';
import type { TextWords } from './text-words.js';
import { Flag, type TokenTable } from './token-table.js';

/** Flags that change a form's norm or stem: the form is keyed by them too. */
const FORM_FLAGS = Flag.NeedsCleaning | Flag.Gender;
/** Bounds the table on endless streams of distinct words; cleared between documents, never evicted piecemeal. */
const FORM_LIMIT = 100_000;

export class WordFormTable {
  /** Bumped each time the table is cleared: answers kept by form id belong to one generation. */
  generation = 0;
  count = 0;
  surface: string[] = [];
  norm: string[] = [];
  stem: string[] = [];
  shape = new Uint8Array(1024);
  /** Per form: its kind and FORM_FLAGS, and the hash of its characters. */
  private keys = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  /** Open addressing: form id + 1 per slot, 0 for an empty slot; kept at most half full. */
  private slots = new Int32Array(2048);

  constructor(private readonly words: TextWords) {}

  /** Writes the form id of each token of `table` into `ids`; the table's forms stay valid until the next call. */
  intern(table: TokenTable, ids: Int32Array): void {
    if (this.count > FORM_LIMIT) this.clear();
    const { text, starts, ends, kinds, flags } = table;
    for (let i = 0; i < table.count; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      const key = (kinds[i]! << 8) | (flags[i]! & FORM_FLAGS);
      let hash = 0x811c9dc5 ^ key;
      for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
      const mask = this.slots.length - 1;
      let slot = hash & mask;
      let id = -1;
      for (let entry = this.slots[slot]!; entry !== 0; slot = (slot + 1) & mask, entry = this.slots[slot]!) {
        const candidate = entry - 1;
        if (
          this.hashes[candidate] === hash &&
          this.keys[candidate] === key &&
          sameCharacters(this.surface[candidate]!, text, start, end)
        ) {
          id = candidate;
          break;
        }
      }
      ids[i] = id >= 0 ? id : this.add(text.slice(start, end), kinds[i]!, flags[i]!, key, hash, slot);
    }
  }

  private add(surface: string, kind: number, flags: number, key: number, hash: number, slot: number): number {
    const id = this.count++;
    if (id === this.keys.length) this.grow();
    const norm = normalizeSurface(surface, flags);
    this.surface.push(surface);
    this.norm.push(norm);
    this.stem.push(stemToken(surface, norm, kind, flags, this.words));
    this.shape[id] = shapeOf(surface);
    this.keys[id] = key;
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return id;
  }

  private grow(): void {
    const capacity = this.keys.length * 2;
    const shape = new Uint8Array(capacity);
    shape.set(this.shape);
    this.shape = shape;
    const keys = new Int32Array(capacity);
    keys.set(this.keys);
    this.keys = keys;
    const hashes = new Int32Array(capacity);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = this.hashes[id]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }

  private clear(): void {
    this.generation++;
    this.count = 0;
    this.surface = [];
    this.norm = [];
    this.stem = [];
    this.slots = new Int32Array(2048);
  }
}

function sameCharacters(surface: string, text: string, start: number, end: number): boolean {
  if (surface.length !== end - start) return false;
  for (let k = 0; k < surface.length; k++) if (surface.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
