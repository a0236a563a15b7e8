// The distinct word forms of the documents seen so far. A token is looked up by
// its characters in the text, without slicing it out, and gets the id of its
// form; norm, stem and shape are computed once per form. Later stages keep their
// own answers about a form by this id (entities/form-memo.ts), so running text,
// which repeats its words, is analysed once per word rather than once per token.

import { normalizeSurface, stemToken } from './normalize.js';
import { Flag, type TokenTable } from './token-table.js';
import { shapeOf } from './shape.js';

/** Flags that change a form's norm or stem: the form is keyed by them too. */
const FORM_FLAGS = Flag.NeedsCleaning | Flag.Gender;
/** Bounds the table on endless streams of distinct words; cleared between documents, never evicted piecemeal. */
const FORM_LIMIT = 100_000;

export interface WordForms {
  /** Bumped each time the table is cleared: answers kept by form id belong to one generation. */
  generation: number;
  count: number;
  surface: string[];
  norm: string[];
  stem: string[];
  shape: Uint8Array;
}

const forms: WordForms = { generation: 0, count: 0, surface: [], norm: [], stem: [], shape: new Uint8Array(1024) };
/** Per form: its kind and FORM_FLAGS, and the hash of its characters. */
let formKeys = new Int32Array(1024);
let formHashes = new Int32Array(1024);
/** Open addressing: form id + 1 per slot, 0 for an empty slot; kept at most half full. */
let slots = new Int32Array(2048);

export function wordForms(): WordForms {
  return forms;
}

/** Writes the form id of each token of `table` into `ids`; the table's forms stay valid until the next call. */
export function internForms(table: TokenTable, ids: Int32Array): void {
  if (forms.count > FORM_LIMIT) clear();
  const { text, starts, ends, kinds, flags } = table;
  for (let i = 0; i < table.count; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    const key = (kinds[i]! << 8) | (flags[i]! & FORM_FLAGS);
    let hash = 0x811c9dc5 ^ key;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
    const mask = slots.length - 1;
    let slot = hash & mask;
    let id = -1;
    for (let entry = slots[slot]!; entry !== 0; slot = (slot + 1) & mask, entry = slots[slot]!) {
      const candidate = entry - 1;
      if (
        formHashes[candidate] === hash &&
        formKeys[candidate] === key &&
        sameCharacters(forms.surface[candidate]!, text, start, end)
      ) {
        id = candidate;
        break;
      }
    }
    ids[i] = id >= 0 ? id : addForm(text.slice(start, end), kinds[i]!, flags[i]!, key, hash, slot);
  }
}

function sameCharacters(surface: string, text: string, start: number, end: number): boolean {
  if (surface.length !== end - start) return false;
  for (let k = 0; k < surface.length; k++) if (surface.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function addForm(surface: string, kind: number, flags: number, key: number, hash: number, slot: number): number {
  const id = forms.count++;
  if (id === formKeys.length) growForms();
  const norm = normalizeSurface(surface, flags);
  forms.surface.push(surface);
  forms.norm.push(norm);
  forms.stem.push(stemToken(surface, norm, kind, flags));
  forms.shape[id] = shapeOf(surface);
  formKeys[id] = key;
  formHashes[id] = hash;
  slots[slot] = id + 1;
  if (forms.count * 2 > slots.length) rehash(slots.length * 2);
  return id;
}

function growForms(): void {
  const capacity = formKeys.length * 2;
  const shape = new Uint8Array(capacity);
  shape.set(forms.shape);
  forms.shape = shape;
  const keys = new Int32Array(capacity);
  keys.set(formKeys);
  formKeys = keys;
  const hashes = new Int32Array(capacity);
  hashes.set(formHashes);
  formHashes = hashes;
}

function rehash(size: number): void {
  slots = new Int32Array(size);
  const mask = size - 1;
  for (let id = 0; id < forms.count; id++) {
    let slot = formHashes[id]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
}

function clear(): void {
  forms.generation++;
  forms.count = 0;
  forms.surface = [];
  forms.norm = [];
  forms.stem = [];
  slots = new Int32Array(2048);
}
