// npx tsx eval/timex-krauts.ts (npm run eval:krauts)
//
// govtext-de's time expressions on KRAUTS (Strötgen et al., LREC 2018: 192 German
// news articles from Die Zeit and Dolomiten, TIMEX3; ../shared/data/krauts,
// CC BY-NC 4.0), beside HeidelTime's own output that the corpus ships, both scored
// by this script. EVALUATION ONLY: nothing here trains, tunes or ships anything from
// KRAUTS (see its SOURCE.md).
//
// Units: character spans in <TEXT>; the DCT and empty TIMEX3 are left out. Strict:
// exact span; lenient: overlap, each gold matched once; value and type among lenient
// matches. Two readings of every system:
//   as written  — spans as the system writes them;
//   TIMEX3 conventions — KRAUTS (It-TimeML) puts an article before the expression
//     inside (dem 20. Jahrhundert, den vergangenen Jahren): a directly preceding
//     der/die/das/den/dem/des joins the span, for HeidelTime's output and ours alike;
//     our ranges and date-with-clock spans are split into their parts.
// Skips cleanly when ../shared is absent.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CorpusDocument,
  type CorpusTimex,
  type MentionRow,
  addInto,
  addMentionScores,
  emptyMentionScores,
  govtextOnCorpus,
  mentionRow,
  printMentionRows,
  sharedDataPath,
  stripInlineTags,
  toCorpusConventions,
} from './timex-corpora.js';

const root = sharedDataPath('krauts', 'KRAUTS');
const PARTS = ['KRAUTS_DieZeit', 'KRAUTS_Dolomiten-100', 'KRAUTS_Dolomiten-42'];

interface KrautsDocument extends CorpusDocument {
  heideltime: CorpusTimex[];
}

function readTml(path: string): { text: string; dct: string; spans: CorpusTimex[] } {
  const markup = readFileSync(path, 'utf8');
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(markup)?.[1] ?? '';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(markup)?.[1] ?? '';
  const { text, spans } = stripInlineTags(body, 'TIMEX3');
  return {
    text,
    dct,
    spans: spans.map(({ start, end, text: t, value, type, mod }) => ({
      start,
      end,
      text: t,
      value: value.replace(/T(\d{2})\.(\d{2})/, 'T$1:$2'),
      ...(type && { type }),
      ...(mod && { mod }),
    })),
  };
}

/** Every KRAUTS document of the three parts (gold and HeidelTime's output), or none when ../shared is absent. */
export function loadKrauts(): (KrautsDocument & { part: string })[] {
  if (!root) return [];
  return PARTS.flatMap((part) => loadPart(part).map((document) => ({ ...document, part })));
}

function loadPart(part: string): KrautsDocument[] {
  const goldDir = join(root!, part);
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.tml'))
    .sort()
    .map((name) => {
      const gold = readTml(join(goldDir, name));
      const heideltime = readTml(join(root!, `${part}_Heideltime`, name));
      if (heideltime.text !== gold.text)
        throw new Error(`${part}/${name}: HeidelTime's text differs from the gold text`);
      return { id: name, text: gold.text, dct: gold.dct, gold: gold.spans, heideltime: heideltime.spans };
    });
}

const ARTICLE_BEFORE = /(?:^|[\s("„])((?:der|die|das|den|dem|des)\s+)$/iu;

/** A directly preceding definite article joins the span (KRAUTS / It-TimeML convention). */
function withArticle(text: string, spans: readonly CorpusTimex[]): CorpusTimex[] {
  return spans.map((t) => {
    const match = ARTICLE_BEFORE.exec(text.slice(Math.max(0, t.start - 8), t.start));
    if (!match) return t;
    const start = t.start - match[1]!.length;
    return { ...t, start, text: text.slice(start, t.end) };
  });
}

if (import.meta.url !== `file://${process.argv[1]}`) {
  // imported by another script: load only
} else if (!root) {
  console.log('eval:krauts: ../shared/data/krauts not found; skipped');
} else {
  const rows: MentionRow[] = [];
  const totals = new Map<string, ReturnType<typeof emptyMentionScores>>();
  const add = (system: string, part: string, predicted: CorpusTimex[], gold: CorpusTimex[]) => {
    for (const key of [`${system}\t${part}`, `${system}\tall`]) {
      const scores = totals.get(key) ?? emptyMentionScores();
      const one = emptyMentionScores();
      addMentionScores(one, predicted, gold);
      addInto(scores, one);
      totals.set(key, scores);
    }
  };
  const systems = [
    'HeidelTime (shipped output), as written',
    'govtext-de, as written',
    'HeidelTime (shipped output), TIMEX3 conventions',
    'govtext-de, TIMEX3 conventions',
  ];
  for (const part of PARTS) {
    for (const document of loadPart(part)) {
      const ours = govtextOnCorpus(document.text, document.dct, 'document');
      const oursAsWritten: CorpusTimex[] = ours.map((t) => ({ ...t, ...(t.mod && { mod: t.mod }) }));
      add(systems[0]!, part, document.heideltime, document.gold);
      add(systems[1]!, part, oursAsWritten, document.gold);
      add(systems[2]!, part, withArticle(document.text, document.heideltime), document.gold);
      add(systems[3]!, part, withArticle(document.text, toCorpusConventions(ours)), document.gold);
    }
  }
  for (const part of [...PARTS, 'all']) {
    for (const system of systems)
      rows.push(mentionRow(system, part.replace('KRAUTS_', ''), totals.get(`${system}\t${part}`)!));
  }
  printMentionRows('KRAUTS, TIMEX3 in <TEXT> (DCT and empty TIMEX3 not scored), mention-level', rows, true);
}
