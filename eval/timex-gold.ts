// Finds every gold set whose files carry time expressions (`timex` in NAME.gold.json):
// corpus/, its subfolders (corpus/train/ …) and eval/*/. A set whose README says
// "Not yet scored" is a blind set waiting for its single score: it is skipped, and
// only named, unless the caller asks for blind sets (--blind), which reads it.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './gold.js';
import type { TimexItem } from './timex-metrics.js';

export interface TimexGoldDocument {
  id: string;
  text: string;
  /** The document's own date (YYYY-MM-DD) as the annotator read it, or null. */
  date: string | null;
  timex: TimexItem[];
}

export interface TimexGoldSet {
  name: string;
  documents: TimexGoldDocument[];
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => join(dir, name));
}

/** A blind set whose README says it has not been scored yet: read only when asked (--blind). */
export function isUnscoredBlindSet(dir: string): boolean {
  const readme = join(dir, 'README.md');
  return existsSync(readme) && /not yet scored/i.test(readFileSync(readme, 'utf8'));
}

function loadSet(dir: string): TimexGoldDocument[] {
  const documents: TimexGoldDocument[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.gold.json')) continue;
    const id = name.slice(0, -'.gold.json'.length);
    const textPath = join(dir, `${id}.txt`);
    if (!existsSync(textPath)) continue;
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { timex?: TimexItem[]; date?: string | null };
    if (!Array.isArray(gold.timex)) continue;
    documents.push({ id, text: readFileSync(textPath, 'utf8'), date: gold.date ?? null, timex: gold.timex });
  }
  return documents;
}

/** Gold sets with time expressions, and the blind sets left out (by name). */
export function timexGoldSets(options: { blind?: boolean } = {}): { sets: TimexGoldSet[]; skipped: string[] } {
  const corpus = join(PROJECT_ROOT, 'corpus');
  const dirs = [corpus, ...subfolders(corpus), ...subfolders(join(PROJECT_ROOT, 'eval'))];
  const sets: TimexGoldSet[] = [];
  const skipped: string[] = [];
  for (const dir of dirs) {
    const name = `${relative(PROJECT_ROOT, dir)}/`;
    if (!options.blind && isUnscoredBlindSet(dir)) {
      skipped.push(name);
      continue;
    }
    const documents = loadSet(dir);
    if (documents.length > 0) sets.push({ name, documents });
  }
  return { sets, skipped };
}
