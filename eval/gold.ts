// Loads gold data: the project's corpus/ (text + NAME.gold.json) and, when
// ../shared is present, the seed reports with their entity/topic gold and the
// project's own sentence-boundary offsets for them (eval/gold/seeds-sentences.jsonl).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface GoldEntity {
  text: string;
  type: string;
  start?: number;
  end?: number;
}

/**
 * A relation as ../shared/ANNOTATION.md writes it: the person and organisation as written in the sentence that
 * states it, the role as written or null, `former` for a former post. Gold files written before that section
 * (eval/challenge/) also give the mentions' offsets and may have `organisation: null` for a role without a named
 * organisation, which is no relation now: goldRelationPairs() leaves those out.
 */
export interface GoldRelation {
  person: string;
  role: string | null;
  organisation: string | null;
  former?: boolean;
  personStart?: number;
  organisationStart?: number | null;
}

export interface GoldDocument {
  id: string;
  text: string;
  sentences?: { start: number; end: number }[];
  /** Absent where a gold set covers sentences only (eval/challenge). */
  entities?: GoldEntity[];
  topics?: string[];
  /** Roles and affiliations of people, where a gold file has them (corpus/, corpus/train/, eval/challenge/). */
  relations?: GoldRelation[];
}

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const CORPUS_DIR = join(PROJECT_ROOT, 'corpus');
/** The domain training corpus: 160 reports by four writers (corpus/train/README.md). */
export const TRAIN_DIR = join(PROJECT_ROOT, 'corpus', 'train');
/** The writers of corpus/train/, by the letter after `tr-` in a report's id. */
export const TRAIN_WRITERS = ['a', 'b', 'c', 'd'] as const;
/** Sentence gold written without sight of the splitter (see eval/challenge/README.md). */
export const CHALLENGE_DIR = join(PROJECT_ROOT, 'eval', 'challenge');
/**
 * Entity gold written without sight of the recognisers, never used to tune the rules (the model's thresholds are
 * calibrated on it; see eval/holdout/README.md).
 */
export const HOLDOUT_DIR = join(PROJECT_ROOT, 'eval', 'holdout');
/** The second blind set, written after the first had been used (see eval/holdout2/README.md). */
export const HOLDOUT2_DIR = join(PROJECT_ROOT, 'eval', 'holdout2');
/**
 * The third blind set, scored once at the end of stop 11, a development set since stop 12 (see
 * eval/holdout3/README.md).
 */
export const HOLDOUT3_DIR = join(PROJECT_ROOT, 'eval', 'holdout3');
/** The fourth blind set, scored once in stop 12, then a development set (see eval/holdout4/README.md). */
export const HOLDOUT4_DIR = join(PROJECT_ROOT, 'eval', 'holdout4');
/** The fifth blind set, written in stop 12 and scored once at its end (see eval/holdout5/README.md). */
export const HOLDOUT5_DIR = join(PROJECT_ROOT, 'eval', 'holdout5');
/**
 * The sixth blind set, written in issue 15-21's session by an annotator who had not seen the rules (see
 * eval/holdout6/README.md); scored once with `npm run eval -- --blind` while its README says "Not yet scored".
 */
export const HOLDOUT6_DIR = join(PROJECT_ROOT, 'eval', 'holdout6');
/**
 * The seventh blind set, written in the session of 2026-12-07 by an annotator who had not seen the rules (see
 * eval/holdout7/README.md); scored once with `npm run eval -- --blind` while its README says "Not yet scored".
 */
export const HOLDOUT7_DIR = join(PROJECT_ROOT, 'eval', 'holdout7');
/**
 * The gold sets in the repository by the short names the scripts take (`npm run eval:errors -- holdout6`,
 * `npm run dump:records`), in the order they are listed. A new blind set joins once it has been scored.
 */
export const NAMED_GOLD_DIRS: readonly (readonly [name: string, dir: string])[] = [
  ['corpus', CORPUS_DIR],
  ['train', TRAIN_DIR],
  ['challenge', CHALLENGE_DIR],
  ['holdout', HOLDOUT_DIR],
  ['holdout2', HOLDOUT2_DIR],
  ['holdout3', HOLDOUT3_DIR],
  ['holdout4', HOLDOUT4_DIR],
  ['holdout5', HOLDOUT5_DIR],
  ['holdout6', HOLDOUT6_DIR],
  ['holdout7', HOLDOUT7_DIR],
];
export const SEEDS_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'corpus', 'seeds');
const SEED_SENTENCES = join(PROJECT_ROOT, 'eval', 'gold', 'seeds-sentences.jsonl');

export function loadCorpusGold(dir = CORPUS_DIR): GoldDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.txt'.length);
      const text = readFileSync(join(dir, name), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as Omit<GoldDocument, 'text'>;
      return { ...gold, id, text };
    });
}

/** The relations of a gold document that count (a named organisation), in either layout. */
export function goldRelationPairs(
  relations: readonly GoldRelation[],
): { person: string; role: string | null; organisation: string; former: boolean }[] {
  return relations
    .filter((r): r is GoldRelation & { organisation: string } => r.organisation !== null)
    .map((r) => ({
      person: r.person.replace(/\s+/g, ' '),
      role: r.role,
      organisation: r.organisation.replace(/\s+/g, ' '),
      former: r.former === true,
    }));
}

/** corpus/train/'s reports, of the given writers (all by default). */
export function loadTrainGold(writers: readonly string[] = TRAIN_WRITERS): GoldDocument[] {
  return loadCorpusGold(TRAIN_DIR).filter((document) => writers.includes(trainWriter(document.id) ?? ''));
}

/** The writer of a corpus/train/ report (`tr-b07-…` → `b`), undefined elsewhere. */
export function trainWriter(id: string): string | undefined {
  return /^tr-([a-z])\d/.exec(id)?.[1];
}

export function seedsAvailable(): boolean {
  return existsSync(join(SEEDS_DIR, 'gold.jsonl'));
}

export function loadSeedGold(): GoldDocument[] {
  const sentenceGold = new Map<string, { sha256: string; sentences: [number, number][] }>();
  if (existsSync(SEED_SENTENCES)) {
    for (const line of readFileSync(SEED_SENTENCES, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as { id: string; sha256: string; sentences: [number, number][] };
      sentenceGold.set(entry.id, entry);
    }
  }
  const documents: GoldDocument[] = [];
  for (const line of readFileSync(join(SEEDS_DIR, 'gold.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const gold = JSON.parse(line) as { id: string; file: string; entities: GoldEntity[]; topics: string[] };
    const bytes = readFileSync(join(SEEDS_DIR, gold.file));
    const text = bytes.toString('utf8');
    const sentences = sentenceGold.get(gold.id);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sentences && sentences.sha256 !== sha256) {
      console.warn(`warning: ${gold.file} changed since its sentence gold was made; sentences not scored`);
    }
    documents.push({
      id: gold.id,
      text,
      entities: gold.entities,
      topics: gold.topics,
      sentences:
        sentences && sentences.sha256 === sha256
          ? sentences.sentences.map(([start, end]) => ({ start, end }))
          : undefined,
    });
  }
  return documents;
}
