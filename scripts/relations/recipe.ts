// How the relation model is trained, in one place: the candidates of each
// report (src/relations/candidates.ts) labelled by its gold relations, and a
// logistic regression over their features. npm run train:relations and the
// held-out rows of npm run eval:relations -- --cv both follow it.
//
// A candidate is a positive example when its person and organisation, as
// written, are a gold pair of the report: the model learns which context
// states a relation and which surface forms the gold writes.

import type { GoldDocument } from '../../eval/gold.js';
import { goldMentions } from '../../eval/relation-pairs.js';
import { goldRelationPairs } from '../../eval/gold.js';
import { createExtractor } from '../../src/index.js';
import { germanLanguage } from '../../src/lang/de/index.js';
import type { EntityMention } from '../../src/record.js';
import { relationCandidates } from '../../src/relations/candidates.js';
import { FeatureWriter, type PairModelData, type TemplateWeights } from '../../src/relations/pair-model.js';
import { analyseText } from '../../src/text/analysed-text.js';
import { FormAnswers } from '../../src/text/form-memo.js';
import { collapseWhitespace } from '../../src/text/token-view.js';
import { WordFormTable } from '../../src/text/word-forms.js';

export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

/** The parts of every feature name the examples hold (template, value, second value), to write weights by template. */
export const FEATURE_PARTS = new Map<string, [string, string?, string?]>();

export const RECIPE = {
  /** Which entities the candidates are built on: the gold file's and the extractor's own (both kinds of error). */
  entities: ['gold', 'own'] as const,
  epochs: 10,
  learningRate: 0.1,
  l2: 0.01,
  threshold: 0.4,
  seed: 21,
};

const language = germanLanguage();
const answers = new FormAnswers(new WordFormTable(language.text));

/** The labelled candidates of each document (the list of a document's examples, in document order). */
export function relationExamples(
  documents: readonly GoldDocument[],
  entities: readonly ('gold' | 'own')[] = RECIPE.entities,
): Example[][] {
  const extractor = createExtractor();
  return documents.map((document) => {
    const gold = new Set(goldRelationPairs(document.relations ?? []).map((r) => `${r.person}\t${r.organisation}`));
    const doc = analyseText(document.text, language.text, answers);
    const examples: Example[] = [];
    const given = goldMentions(doc, document);
    for (const source of entities) {
      const mentions: EntityMention[] = source === 'gold' ? given : extractor.extract(document.text).entities;
      // On the extractor's own entities a mention stands for the gold mention it overlaps, so that a span the
      // recogniser cut differently (`Gesine Altrogge-Kaya` for `Dr. Gesine Altrogge-Kaya`) is no counter-example.
      const asGold = (mention: EntityMention | undefined, text: string): string => {
        if (source === 'gold' || mention === undefined) return collapseWhitespace(text);
        const overlapping = given.find(
          (g) => g.type === mention.type && g.start < mention.end && mention.start < g.end,
        );
        return collapseWhitespace(overlapping?.text ?? text);
      };
      const { candidates } = relationCandidates(
        doc,
        mentions,
        language.relations,
        language.entities,
        () => new FeatureWriter(FEATURE_PARTS),
      );
      for (const candidate of candidates) {
        const person = asGold(mentions[candidate.person], mentions[candidate.person]!.text);
        const organisation = asGold(
          candidate.organisation >= 0 ? mentions[candidate.organisation] : undefined,
          candidate.organisationText,
        );
        examples.push({
          features: [...candidate.personFeatures.features, ...candidate.features.features],
          label: gold.has(`${person}\t${organisation}`) ? 1 : 0,
        });
      }
    }
    return examples;
  });
}

/** Logistic regression by stochastic gradient descent with AdaGrad steps and an L2 penalty; deterministic. */
export function trainPairModel(examples: readonly Example[], description: string): PairModelData {
  const index = new Map<string, number>();
  const rows = examples.map((example) => ({
    features: example.features.map((feature) => {
      let id = index.get(feature);
      if (id === undefined) index.set(feature, (id = index.size));
      return id;
    }),
    label: example.label,
  }));
  const weights = new Float64Array(index.size);
  const squares = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const order = rows.map((_, i) => i);
  let state = RECIPE.seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let epoch = 0; epoch < RECIPE.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      let sum = bias;
      for (const f of row.features) sum += weights[f]!;
      const error = 1 / (1 + Math.exp(-sum)) - row.label;
      biasSquares += error * error;
      bias -= (RECIPE.learningRate * error) / Math.sqrt(biasSquares);
      for (const f of row.features) {
        const gradient = error + RECIPE.l2 * weights[f]!;
        squares[f]! += gradient * gradient;
        weights[f]! -= (RECIPE.learningRate * gradient) / Math.sqrt(squares[f]!);
      }
    }
  }
  const kept: Record<string, TemplateWeights> = {};
  for (const [feature, id] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const weight = Math.round(weights[id]! * 10000) / 10000;
    if (Math.abs(weight) < 0.001) continue;
    const [template, value, second] = FEATURE_PARTS.get(feature) ?? [feature];
    if (value === undefined) kept[template] = weight;
    else {
      const byValue = (kept[template] ??= {}) as Record<string, number | Record<string, number>>;
      if (second === undefined) byValue[value] = weight;
      else ((byValue[value] ??= {}) as Record<string, number>)[second] = weight;
    }
  }
  return { description, threshold: RECIPE.threshold, bias: Math.round(bias * 10000) / 10000, weights: kept };
}
