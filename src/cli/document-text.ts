// Finds the text a record was extracted from, for govtext render: records hold
// offsets, not the text. Looked up, in this order, by the record's id in the
// --texts inputs (JSONL files matched by --id-field, folders of ID.txt files),
// then at the record's location or source: a .txt or .html path or
// FILE.jsonl:LINE as govtext extract writes it. A text is used only when the
// record fits it (its length and every mention); otherwise the caller pieces
// one together from the record.
// Records are data, not permission: a source is read only when it lies under
// --root (default: the folder of the records file), never through `..`, an
// absolute path or a symbolic link that leads out of it.

import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { createGunzip } from 'node:zlib';
import { htmlToText } from '../html-text.js';
import type { DocumentRecord } from '../record.js';
import { type InputOptions, parseJsonLine } from './inputs.js';
import { type Line, type LineBytes, readLineBytes, LONGEST_READABLE_LINE } from './lines.js';

export interface TextLookupOptions {
  /** JSONL field with the text (default text) and with the id (default id), as for govtext extract. */
  textField: string;
  idField: string;
  /** JSONL files and folders of .txt files to find texts in by record id. */
  texts: string[];
  /** Sources are resolved against this folder (where extract ran), and only files under it are read. */
  root: string;
}

export type FoundText = { text: string; from: string } | { problem: string };

const decoder = new TextDecoder('utf-8', { fatal: false });

const decodeLine = (line: LineBytes): string | undefined =>
  line.data === undefined ? undefined : decoder.decode(line.data);

/**
 * Reads lines of one JSONL file by number, forwards; records come in input
 * order, so one pass usually serves all. Lines passed over are never decoded.
 */
class JsonlLines {
  private lines: AsyncGenerator<LineBytes> | undefined;
  private last: LineBytes | undefined;

  constructor(private readonly path: string) {}

  async line(number: number): Promise<string | undefined> {
    if (this.lines === undefined || this.last === undefined || this.last.number > number) this.open();
    while (this.last === undefined || this.last.number < number) {
      const next = await this.lines!.next();
      if (next.done) return undefined;
      this.last = next.value;
    }
    return this.last.number === number ? decodeLine(this.last) : undefined;
  }

  async *all(): AsyncGenerator<Line> {
    this.open();
    for (let next = await this.lines!.next(); !next.done; next = await this.lines!.next()) {
      yield { number: next.value.number, text: decodeLine(next.value), bytes: next.value.bytes };
    }
  }

  close(): void {
    void this.lines?.return(undefined);
  }

  private open(): void {
    this.close();
    const stream = createReadStream(this.path);
    this.lines = readLineBytes(this.path.endsWith('.gz') ? stream.pipe(createGunzip()) : stream, LONGEST_READABLE_LINE);
    this.last = undefined;
  }
}

export class TextLookup {
  private readonly files = new Map<string, JsonlLines>();
  private readonly byId = new Map<string, { file: string; line: number }>();
  private readonly folders: string[] = [];

  private constructor(private readonly options: TextLookupOptions) {}

  /** Indexes the --texts JSONL files by document id (ids and line numbers only, not the texts). */
  static async create(options: TextLookupOptions): Promise<TextLookup> {
    const lookup = new TextLookup(options);
    for (const path of options.texts) {
      if (statSync(path).isDirectory()) {
        lookup.folders.push(path);
        continue;
      }
      for await (const { number, text } of lookup.reader(path).all()) {
        if (text === undefined || text.trim() === '') continue;
        // The id as govtext extract gave it, by the same rule.
        const document = parseJsonLine(text, number, path, 0, lookup.jsonFields());
        if (document.error?.code === 'malformed-json') continue;
        if (!lookup.byId.has(document.id)) lookup.byId.set(document.id, { file: path, line: number });
      }
    }
    return lookup;
  }

  async find(record: DocumentRecord): Promise<FoundText> {
    const problems: string[] = [];
    const candidates: (() => Promise<FoundText | undefined>)[] = [
      async () => {
        const known = this.byId.get(record.id);
        return known && this.fromJsonl(known.file, known.line);
      },
      async () => {
        for (const folder of this.folders) {
          const path = join(folder, `${record.id}.txt`);
          if (basename(path) === `${record.id}.txt` && existsSync(path)) return this.fromTextFile(path);
        }
        return undefined;
      },
      // Where govtext extract read it; then the record's source, for records from before `location`
      // (an input's own source field, say a URL, leads nowhere and is passed over).
      async () => this.fromSource(record.location),
      async () => (record.source === record.location ? undefined : this.fromSource(record.source)),
    ];
    for (const candidate of candidates) {
      const found = await candidate();
      if (found === undefined) continue;
      if ('problem' in found) {
        problems.push(found.problem);
        continue;
      }
      const misfit = misfitOf(record, found.text);
      if (misfit === undefined) return found;
      // A page extracted as HTML (an .html file, or --input-format html): its record indexes the page's text.
      const pageText = /<[a-z!/]/i.test(found.text) ? htmlToText(found.text).text : undefined;
      if (pageText !== undefined && misfitOf(record, pageText) === undefined) return { ...found, text: pageText };
      problems.push(`the text in ${found.from} does not fit the record: ${misfit}`);
    }
    if (problems.length === 0)
      problems.push(
        record.location === undefined && record.source === undefined
          ? 'the record has no location'
          : `no text found at "${record.location ?? record.source}"`,
      );
    return { problem: problems.join('; ') };
  }

  close(): void {
    for (const file of this.files.values()) file.close();
  }

  private async fromSource(source: string | undefined): Promise<FoundText | undefined> {
    if (source === undefined) return undefined;
    const inJsonl = jsonlLineOf(source);
    const file = inJsonl?.file ?? (/\.(txt|html?)$/.test(source) ? source : undefined);
    if (file === undefined) return undefined;
    const path = this.underRoot(file);
    if (typeof path !== 'string') return path;
    return inJsonl ? this.fromJsonl(path, inJsonl.line) : this.fromTextFile(path);
  }

  /** The file a source names, when it lies under the root (symbolic links followed); else why not. */
  private underRoot(file: string): string | { problem: string } {
    const root = this.realRoot();
    if (root === undefined) return { problem: `--root ${this.options.root}: no such folder` };
    const outside = { problem: `${file} is outside ${this.options.root} (--root), so it is not read` };
    const path = resolve(root, file);
    if (!isInside(root, path)) return outside;
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return { problem: `${file}: no such file` };
    }
    return isInside(root, real) ? real : outside;
  }

  /** The root as a real path (symbolic links resolved), once; undefined when it does not exist. */
  private realRoot(): string | undefined {
    if (this.rootPath === null) {
      try {
        this.rootPath = realpathSync(this.options.root);
      } catch {
        this.rootPath = undefined;
      }
    }
    return this.rootPath;
  }

  private rootPath: string | undefined | null = null;

  private fromTextFile(path: string): FoundText {
    try {
      return { text: decoder.decode(readFileSync(path)), from: path };
    } catch (error) {
      return { problem: `cannot read ${path}: ${(error as Error).message}` };
    }
  }

  private async fromJsonl(path: string, line: number): Promise<FoundText> {
    const where = `${path}:${line}`;
    let text: string | undefined;
    try {
      text = await this.reader(path).line(line);
    } catch (error) {
      return { problem: `cannot read ${path}: ${(error as Error).message}` };
    }
    if (text === undefined) return { problem: `${where}: no such line` };
    const document = parseJsonLine(text, line, path, 0, this.jsonFields());
    if (document.text !== undefined) return { text: document.text, from: where };
    if (document.error?.code === 'malformed-json') return { problem: `${where}: not JSON` };
    return { problem: `${where}: no string field "${this.options.textField}" (see --text-field)` };
  }

  /** The JSONL fields as for govtext extract; no length limit, since the record exists. */
  private jsonFields(): InputOptions {
    return { textField: this.options.textField, idField: this.options.idField, maxChars: Number.POSITIVE_INFINITY };
  }

  private reader(path: string): JsonlLines {
    let reader = this.files.get(path);
    if (reader === undefined) {
      reader = new JsonlLines(path);
      this.files.set(path, reader);
    }
    return reader;
  }
}

/** `path` lies in the folder `root` (both absolute), not through `..`. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** `FILE.jsonl:LINE` (or .jsonl.gz), as govtext extract names a JSONL document's source. */
function jsonlLineOf(source: string): { file: string; line: number } | undefined {
  const colon = source.lastIndexOf(':');
  const file = source.slice(0, colon);
  const line = Number(source.slice(colon + 1));
  if (colon < 0 || !(file.endsWith('.jsonl') || file.endsWith('.jsonl.gz')) || !Number.isInteger(line) || line < 1)
    return undefined;
  return { file, line };
}

/** Why `text` is not the text of `record`, or undefined when it is. */
export function misfitOf(record: DocumentRecord, text: string): string | undefined {
  if (text.length !== record.stats.characters)
    return `${text.length} characters, the record counts ${record.stats.characters}`;
  for (const mention of record.entities) {
    const found = text.slice(mention.start, mention.end);
    if (found !== mention.text)
      return `at ${mention.start}–${mention.end} the record has "${mention.text}", the text "${found}"`;
  }
  return undefined;
}
