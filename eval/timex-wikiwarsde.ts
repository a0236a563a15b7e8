// npx tsx eval/timex-wikiwarsde.ts (npm run eval:wikiwarsde)
//
// govtext-de's time expressions on WikiWarsDE (Strötgen & Gertz 2011: 22 German
// Wikipedia articles about wars, 2,217 TIMEX2 in their text; ../shared/data/wikiwarsde,
// CC BY-SA 3.0), beside HeidelTime's published figures there. Gold: the inline
// TIMEX2 of keyinline/, the <TEXT> part; the document time (<DATETIME>,
// 2011-02-16) is the reference date and is not scored (ACE's scorer counts it,
// which adds 22 easy hits to HeidelTime's published figures).
//
// Our output in TIMEX2 conventions (eval/timex-corpora.ts, docs/time-expressions.md):
// read in narrative mode (a date without a year takes the last year named, a clock
// time the last date), ranges and a date with its clock time split into their parts.
// TIMEX2 has no types; value is VAL. Skips cleanly when ../shared is absent.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CorpusDocument,
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

export const WIKIWARSDE_DIR = sharedDataPath('wikiwarsde', 'WikiWarsDE_20110412', 'keyinline');

export function loadWikiWarsDe(keyinline: string): CorpusDocument[] {
  return readdirSync(keyinline)
    .filter((name) => name.endsWith('.key.xml'))
    .sort()
    .map((name) => {
      const markup = readFileSync(join(keyinline, name), 'utf8');
      const dct = /<DATETIME>\s*<TIMEX2 val="(\d{4}-\d{2}-\d{2})/.exec(markup)?.[1] ?? '2011-02-16';
      const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(markup)?.[1] ?? '';
      const { text, spans } = stripInlineTags(body, 'TIMEX2');
      return {
        id: name.replace(/\.key\.xml$/, ''),
        text,
        dct,
        gold: spans.map(({ start, end, text: t, value, mod }) => ({ start, end, text: t, value, ...(mod && { mod }) })),
      };
    });
}

if (import.meta.url !== `file://${process.argv[1]}`) {
  // imported by another script: load only
} else if (!WIKIWARSDE_DIR) {
  console.log('eval:wikiwarsde: ../shared/data/wikiwarsde not found; skipped');
} else {
  const documents = loadWikiWarsDe(WIKIWARSDE_DIR);
  const total = emptyMentionScores();
  const rows = [];
  for (const document of documents) {
    const scores = emptyMentionScores();
    const predicted = toCorpusConventions(govtextOnCorpus(document.text, document.dct, 'narrative'));
    addMentionScores(scores, predicted, document.gold);
    addInto(total, scores);
    if (process.argv.includes('--per-document')) rows.push(mentionRow('govtext-de', document.id, scores));
  }
  rows.push(mentionRow('govtext-de (narrative, TIMEX2 conventions)', `all ${documents.length}`, total));
  printMentionRows(
    'WikiWarsDE, TIMEX2 in <TEXT> (DCT not scored): mention-level, as the ACE TERN scorer counts',
    rows,
    false,
  );
  console.log(
    '\nHeidelTime (published; narratives mode, ACE TERN scorer, DCT counted): strict extraction P 0.930 R 0.830 F1 0.877; lenient F1 0.933; value 0.885; strict+value F1 0.787; lenient+value F1 0.825',
  );
}
