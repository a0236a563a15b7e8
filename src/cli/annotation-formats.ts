// Mentions in the formats of annotation tools, out and back in: CoNLL-2003
// columns with IOB2 tags (one token a line, a blank line between sentences,
// -DOCSTART- before each document) and spaCy-style JSON lines
// ({"id", "text", "ents": [{"start", "end", "label"}]}). spaCy counts offsets in
// code points, JavaScript in UTF-16 units: they are converted both ways, so a
// text with emoji keeps its spans. What comes back in is gold for govtext score.

import type { DocumentRecord } from '../record.js';
import { InputProblem } from './inputs.js';

/** A document of a gold file: its text and its entity spans (UTF-16 offsets). */
export interface AnnotatedDocument {
  id: string;
  text: string;
  entities: { start: number; end: number; label: string }[];
}

export const DOCSTART = '-DOCSTART- -X- -X- O';

/** Code points before each UTF-16 offset of `text`, for offsets 0..text.length. */
function codePointOffsets(text: string): Int32Array {
  const offsets = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = points;
    const unit = text.charCodeAt(i);
    // The low half of a surrogate pair is no code point of its own.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) points++;
  }
  offsets[text.length] = points;
  return offsets;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;

/** One spaCy-style JSON object for a record and its text. */
export function toSpacy(record: DocumentRecord, text: string): { id: string; text: string; ents: object[] } {
  const points = codePointOffsets(text);
  return {
    id: record.id,
    text,
    ents: record.entities.map((e) => ({ start: points[e.start]!, end: points[e.end]!, label: e.type })),
  };
}

/**
 * A record's mentions as CoNLL-2003 lines with IOB2 tags: token, two
 * placeholder columns (part of speech and chunk, not given), tag. Tokens are
 * the record's tokens, cut at white space (`z. B.` gives `z.` and `B.`) and at
 * mention boundaries, so every mention is whole tokens.
 */
export function toConll(record: DocumentRecord, text: string): string {
  const tokens = record.tokens;
  if (tokens === undefined) throw new TypeError('toConll needs a record extracted with { tokens: true }');
  const cuts = new Set<number>();
  for (const e of record.entities) cuts.add(e.start).add(e.end);
  const lines = [DOCSTART, ''];
  let mention = 0;
  let sentence = 0;
  let inSentence = false;
  for (const token of tokens) {
    while (sentence < record.sentences.length && token.start >= record.sentences[sentence]!.end) {
      sentence++;
      if (inSentence) lines.push('');
      inSentence = false;
    }
    for (const piece of pieces(text, token.start, token.end, cuts)) {
      while (mention < record.entities.length && record.entities[mention]!.end <= piece.start) mention++;
      const entity = record.entities[mention];
      const inside = entity !== undefined && piece.start >= entity.start && piece.end <= entity.end;
      const tag = inside ? `${piece.start === entity.start ? 'B' : 'I'}-${entity.type}` : 'O';
      lines.push(`${text.slice(piece.start, piece.end)} _ _ ${tag}`);
      inSentence = true;
    }
  }
  if (inSentence) lines.push('');
  return `${lines.join('\n')}\n`;
}

/** The stretches of a token between white space and the given cut offsets. */
function pieces(text: string, start: number, end: number, cuts: Set<number>): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let from = -1;
  for (let i = start; i <= end; i++) {
    const space = i < end && /\s/.test(text[i]!);
    if (from >= 0 && (i === end || space || cuts.has(i))) {
      found.push({ start: from, end: i });
      from = -1;
    }
    if (i < end && !space && from < 0) from = i;
  }
  return found;
}

/** Reads spaCy-style JSON lines: `text` and `ents` (or Prodigy's `spans`), offsets in code points. */
export function parseSpacyLines(content: string, file: string): AnnotatedDocument[] {
  const documents: AnnotatedDocument[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file}:${index + 1}`;
    let value: { id?: unknown; text?: unknown; ents?: unknown; spans?: unknown };
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new AnnotationProblem(`${where}: not JSON (${(error as Error).message})`);
    }
    if (typeof value.text !== 'string') throw new AnnotationProblem(`${where}: no "text" string`);
    const text = value.text;
    const ents = value.ents ?? value.spans ?? [];
    if (!Array.isArray(ents)) throw new AnnotationProblem(`${where}: "ents" is not a list`);
    // UTF-16 offset of each code point offset.
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) if (!(i > 0 && isLowHalf(text, i))) units.push(i);
    units.push(text.length);
    const entities = ents.map((entity: { start?: unknown; end?: unknown; label?: unknown }, n: number) => {
      const { start, end, label } = entity;
      if (typeof start !== 'number' || typeof end !== 'number' || typeof label !== 'string' || !(start < end)) {
        throw new AnnotationProblem(`${where}: entity ${n} needs numbers start < end and a label`);
      }
      if (end >= units.length) throw new AnnotationProblem(`${where}: entity ${n} ends after the text`);
      return { start: units[start]!, end: units[end]!, label };
    });
    const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : where;
    documents.push({ id, text, entities });
  });
  return documents;
}

const isLowHalf = (text: string, i: number): boolean => {
  const unit = text.charCodeAt(i);
  return unit >= 0xdc00 && unit <= 0xdfff && isHighSurrogate(text.charCodeAt(i - 1));
};

/**
 * Reads CoNLL columns: the first column is the token, the last its tag (IOB2,
 * IOB1 or BIOES; any label). A blank line ends a sentence, -DOCSTART- a
 * document. The text is rebuilt with a space between tokens and a line break
 * between sentences; entity offsets point into it.
 */
export function parseConll(content: string, file: string): AnnotatedDocument[] {
  const documents: AnnotatedDocument[] = [];
  let text = '';
  let entities: AnnotatedDocument['entities'] = [];
  let open: { start: number; end: number; label: string } | undefined;
  let sentenceHasTokens = false;
  const close = (): void => {
    if (open) entities.push(open);
    open = undefined;
  };
  const finishDocument = (): void => {
    close();
    if (text !== '') documents.push({ id: `${file}#${documents.length + 1}`, text, entities });
    text = '';
    entities = [];
    sentenceHasTokens = false;
  };
  content.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const columns = line.trim().split(/\s+/);
    if (line.trim() === '') {
      close();
      sentenceHasTokens = false;
      return;
    }
    if (columns[0] === '-DOCSTART-') return finishDocument();
    if (columns.length < 2) throw new AnnotationProblem(`${file}:${index + 1}: expected a token and a tag`);
    const token = columns[0]!;
    const tag = columns[columns.length - 1]!;
    if (text !== '') text += sentenceHasTokens ? ' ' : '\n';
    const start = text.length;
    text += token;
    sentenceHasTokens = true;
    const match = /^([BIESLU])-(.+)$/.exec(tag);
    if (tag === 'O' || match === null) {
      if (tag !== 'O') throw new AnnotationProblem(`${file}:${index + 1}: unknown tag "${tag}"`);
      close();
      return;
    }
    const [, prefix, label] = match as unknown as [string, string, string];
    const continues =
      open !== undefined && open.label === label && (prefix === 'I' || prefix === 'E' || prefix === 'L');
    if (continues) open!.end = text.length;
    else {
      close();
      open = { start, end: text.length, label };
    }
    if (prefix === 'E' || prefix === 'S' || prefix === 'L' || prefix === 'U') close();
  });
  finishDocument();
  return documents;
}

/** A gold file that cannot be read as one of the formats: usage error (exit status 2). */
export class AnnotationProblem extends InputProblem {}
