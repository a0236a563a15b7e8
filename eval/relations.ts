// npm run eval:relations — who works where, scored as ../shared/ANNOTATION.md
// rules: unique (person, organisation) pairs of surface strings per document,
// micro-averaged, and roles as the share of matched pairs whose role is right.
// Each set twice: end to end (extract(), its own entities) and with the gold
// entities given (the oracle: the relation step on its own).
//
//   npm run eval:relations                 corpus/, corpus/train/ by writer, eval/challenge/, eval/holdout6/
//   npm run eval:relations -- --errors     and every miss, false positive and wrong role
//   npm run eval:relations -- --cv         the learnt model held out by writer: trained on three
//                                          writers of corpus/train/, scored on the fourth, in turn
//
// The shipped model learns from all of corpus/train/, so its rows there are
// training data; --cv gives the figures to expect on unseen reports.

import { TRAIN_DIR, loadCorpusGold } from './gold.js';
import { formatRelationRows, relationSets, scoreRelations, sumRows } from './relation-scores.js';
import { crossValidateByWriter } from '../scripts/relations/cross-validate.js';

const errors = process.argv.includes('--errors');
if (process.argv.includes('--cv')) {
  const rows = crossValidateByWriter(loadCorpusGold(TRAIN_DIR), { errors });
  rows.push(sumRows('all four, each held out', rows));
  console.log('held out by writer: trained on the other three writers of corpus/train/\n');
  for (const line of formatRelationRows(rows)) console.log(line);
  if (errors) for (const row of rows.slice(0, -1)) for (const line of row.errors) console.log(line);
} else {
  const rows = relationSets().map(([name, documents]) => scoreRelations(name, documents, { errors }));
  console.log('relations: (person, organisation) pairs; "own" = extract() end to end, "gold" = gold entities given\n');
  for (const line of formatRelationRows(rows)) console.log(line);
  // Every set's errors but the training corpus in all (its writers' rows hold them).
  if (errors)
    for (const row of rows)
      if (!row.name.startsWith('corpus/train/ (all')) for (const line of row.errors) console.log(line);
}
