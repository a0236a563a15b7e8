// npx tsx scripts/topics/experiment.ts [--topics] — compares regularisation
// settings of the topic decision by out-of-fold figures of grouped
// cross-validation over every labelled report: log loss (what chose the
// shipped penalties, scripts/topics/recipe.ts), calibration error, and micro F1
// at 0.5 and at the best threshold. --topics adds per-topic figures for the
// shipped setting.

import { germanLanguage } from '../../src/index.js';
import { calibration, countsBySet, countsByTopic, totalCounts } from '../../eval/topic-scores.js';
import { scores } from '../../eval/metrics.js';
import { assessReports, labelledReports } from './dataset.js';
import { outOfFold } from './cross-validate.js';
import { SHARED_PENALTY, TOPIC_PENALTY, bestThreshold, scoredReports } from './recipe.js';

const started = Date.now();
const reports = assessReports(labelledReports());
const ids = germanLanguage().topics.taxonomy.topics.map((t) => t.id);
const gold = reports.reduce((n, r) => n + r.report.topics.length, 0);
const unseen = reports.reduce(
  (n, r) => n + r.report.topics.filter((id) => !r.assessed.some((a) => a.id === id)).length,
  0,
);
console.log(
  `${reports.length} reports assessed in ${Date.now() - started} ms; ${gold} gold labels, ${unseen} without any evidence`,
);

for (const sharedPenalty of [1, 3, 10]) {
  for (const topicPenalty of [3, 10, 30, 100]) {
    const scored = scoredReports(reports, outOfFold(reports, { sharedPenalty, topicPenalty, minScore: 0.5 }));
    let logLoss = 0;
    let pairs = 0;
    for (const r of scored) {
      const labels = new Set(r.gold);
      for (const [id, p] of r.probabilities) {
        const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        logLoss -= labels.has(id) ? Math.log(q) : Math.log(1 - q);
        pairs++;
      }
    }
    const best = bestThreshold(scored);
    const at = scores(totalCounts(scored, best.minScore));
    console.log(
      `shared ${sharedPenalty} topic ${topicPenalty}: log loss ${(logLoss / pairs).toFixed(4)}, ` +
        `ECE ${calibration(scored, ids, { evidenceOnly: true }).ece.toFixed(3)}, ` +
        `F1 ${scores(totalCounts(scored, 0.5)).f1.toFixed(3)} at 0.5, ${best.f1.toFixed(3)} at ${best.minScore} ` +
        `(P ${at.precision.toFixed(3)}, R ${at.recall.toFixed(3)}) | ` +
        [...countsBySet(scored, best.minScore)].map(([set, c]) => `${set} ${scores(c).f1.toFixed(2)}`).join(' '),
    );
  }
}

if (process.argv.includes('--topics')) {
  const scored = scoredReports(
    reports,
    outOfFold(reports, { sharedPenalty: SHARED_PENALTY, topicPenalty: TOPIC_PENALTY, minScore: 0.5 }),
  );
  const { minScore } = bestThreshold(scored);
  for (const [id, counts] of countsByTopic(scored, minScore, ids)) {
    const s = scores(counts);
    console.log(
      `${id.padEnd(18)} P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${s.f1.toFixed(2)} gold ${s.support}`,
    );
  }
}
