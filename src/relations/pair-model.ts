// The learnt part of the relation stage: a logistic model over the features of
// a person–organisation candidate (candidates.ts). Its weights are language
// data (src/lang/de/model/relation-model.json), written by
// scripts/relations/train-relations.ts from corpus/train/.

export interface PairModelData {
  /** What the weights were learnt from and how; for the reader, not the scorer. */
  description: string;
  /** Candidates scoring at least this probability become relations. */
  threshold: number;
  bias: number;
  weights: Readonly<Record<string, number>>;
}

export class PairModel {
  readonly threshold: number;
  private readonly bias: number;
  private readonly weights: ReadonlyMap<string, number>;

  constructor(data: PairModelData) {
    this.threshold = data.threshold;
    this.bias = data.bias;
    this.weights = new Map(Object.entries(data.weights));
  }

  /** The sum of the features' weights. */
  score(features: readonly string[]): number {
    let sum = 0;
    for (let f = 0; f < features.length; f++) sum += this.weights.get(features[f]!) ?? 0;
    return sum;
  }

  /** The probability that a candidate with these features, and its features' weights summed before, states a relation. */
  probability(features: readonly string[], scored = 0): number {
    return 1 / (1 + Math.exp(-(this.bias + scored + this.score(features))));
  }
}
