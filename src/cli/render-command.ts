// govtext render RECORDS.jsonl -o DIR: one HTML page per record (renderHtml)
// with the text it was extracted from (document-text.ts), and an index.html
// linking them. Error lines and malformed lines are skipped and counted.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentRecord } from '../record.js';
import { type IndexEntry, renderIndex } from '../render/document-index.js';
import { documentTitle, renderHtml } from '../render/document-view.js';
import { reconstructText } from '../render/reconstruct-text.js';
import { stableTextId } from '../text/hash.js';
import { TextLookup, type TextLookupOptions } from './document-text.js';
import { OutputProblem, causeOf, writeWholeFile } from './faults.js';
import { readRecordLines } from './record-lines.js';
import { noRecords } from './stats.js';

export interface RenderCommandOptions extends TextLookupOptions {
  records: string;
  output: string;
}

/** Per-line warnings on standard error stop after this many; the summary line counts them all. */
const WARNINGS_SHOWN = 20;

export async function renderCommand(options: RenderCommandOptions): Promise<number> {
  try {
    mkdirSync(options.output, { recursive: true });
  } catch (error) {
    throw new OutputProblem(`cannot write to ${options.output}: ${causeOf(error)}`);
  }
  const lookup = await TextLookup.create(options);
  const names = new Set<string>(['index']);
  const entries: IndexEntry[] = [];
  let failed = 0;
  let malformed = 0;
  let warnings = 0;
  const warn = (message: string): void => {
    if (++warnings <= WARNINGS_SHOWN) process.stderr.write(`govtext render: ${message}\n`);
    else if (warnings === WARNINGS_SHOWN + 1)
      process.stderr.write(`govtext render: further warnings are not shown; the line below counts them all\n`);
  };
  try {
    for await (const item of readRecordLines(options.records)) {
      if ('failed' in item) {
        failed++;
        continue;
      }
      if ('malformed' in item) {
        malformed++;
        warn(`${options.records}:${item.line}: skipped, ${item.malformed}`);
        continue;
      }
      const record = item.record;
      const found = await lookup.find(record);
      let page: string;
      let shownText: string;
      if ('text' in found) {
        shownText = found.text;
        page = renderHtml(record, found.text, { indexHref: 'index.html' });
      } else {
        shownText = reconstructText(record);
        warn(`${record.id}: ${found.problem}; the page shows the text pieced together from the record`);
        const notice = `The original text was not found (${found.problem}). This page shows the text pieced together from the record: entity mentions and topic evidence at their places, "…" where the rest of a sentence was.`;
        page = renderHtml(record, shownText, { indexHref: 'index.html', notice, reconstructed: true });
      }
      const name = pageName(record.id, names);
      writeWholeFile(join(options.output, `${name}.html`), page);
      entries.push(indexEntry(record, `${name}.html`, !('text' in found), documentTitle(record, shownText)));
    }
  } finally {
    lookup.close();
  }
  if (entries.length === 0) {
    process.stderr.write(`govtext render: ${noRecords(options.records, failed + malformed)}\n`);
    return 1;
  }
  const notes = [
    failed > 0 ? `${failed} error lines of govtext extract (documents that could not be extracted) were skipped.` : '',
    malformed > 0 ? `${malformed} lines were no document record and were skipped.` : '',
  ].filter(Boolean);
  writeWholeFile(join(options.output, 'index.html'), renderIndex(entries, notes));
  const pieced = entries.filter((entry) => entry.reconstructed).length;
  process.stderr.write(
    `govtext render: ${entries.length} pages and index.html in ${options.output}` +
      (pieced ? `, ${pieced} with the text pieced together from the record` : '') +
      (failed ? `; skipped ${failed} error lines` : '') +
      (malformed ? `; skipped ${malformed} malformed lines` : '') +
      '\n',
  );
  return failed + malformed > 0 ? 1 : 0;
}

function indexEntry(record: DocumentRecord, href: string, reconstructed: boolean, title: string): IndexEntry {
  return {
    id: record.id,
    title,
    date: record.date,
    href,
    characters: record.stats.characters,
    mentions: record.entities.length,
    topics: record.topics.slice(0, 3).map((topic) => topic.label),
    reconstructed,
  };
}

const SAFE = new Set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.');

/** Names Windows keeps for devices, whatever the extension (`CON.html` is the console too). */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name for a record's page: the id's safe characters (no path
 * separators, no leading dot), a hash of the id when anything was replaced or
 * cut, and a counter for repeats; case-insensitively unique. Never empty,
 * hidden or a name a common file system reserves (`CON`, `nul.txt`).
 */
export function pageName(id: string, taken: Set<string>): string {
  let name = '';
  for (const character of id) name += SAFE.has(character) ? character : '_';
  name = name.slice(0, 80);
  while (name.startsWith('.')) name = name.slice(1);
  if (RESERVED.test(name.split('.')[0]!)) name = `_${name}`;
  if (name !== id || name === '') name = `${name || 'document'}-${stableTextId(id).slice(0, 8)}`;
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name}-${n}`;
  taken.add(unique.toLowerCase());
  return unique;
}
