// The learnt part of the relation stage: a logistic model over the features of
// a person–organisation candidate (candidates.ts). Its weights are language
// data (src/lang/de/model/relation-model.json), written by
// scripts/relations/train-relations.ts from corpus/train/.
//
// A feature is a template alone (`header`), with a value (`kind=ministry`) or
// with two (`fit×d=yes1|b6+`). The candidates hand them to a FeatureSink: when
// the stage runs, one that adds up their weights as they come (no string is
// built); when the model learns, one that writes them out.

export type FeatureValue = string | number | boolean;

/** Where a candidate's features go. */
export interface FeatureSink {
  add(template: string, value?: FeatureValue, second?: FeatureValue): void;
}

/** A feature's name as the model's file and its training write it: `header`, `kind=ministry`, `fit×d=yes1|b6+`. */
export function featureName(template: string, value?: FeatureValue, second?: FeatureValue): string {
  if (value === undefined) return template;
  return second === undefined ? `${template}=${value}` : `${template}=${value}|${second}`;
}

/** A template's weight alone, or its weights by value (and by second value). */
export type TemplateWeights = number | { readonly [value: string]: number | { readonly [second: string]: number } };

export interface PairModelData {
  /** What the weights were learnt from and how; for the reader, not the scorer. */
  description: string;
  /** Candidates scoring at least this probability become relations. */
  threshold: number;
  bias: number;
  /** By template, then value, then second value. */
  weights: { readonly [template: string]: TemplateWeights };
}

type Table = Map<string, number | Map<string, number | Map<string, number>>>;

export class PairModel {
  readonly threshold: number;
  private readonly bias: number;
  private readonly table: Table;

  constructor(data: PairModelData) {
    this.threshold = data.threshold;
    this.bias = data.bias;
    this.table = new Map(
      Object.entries(data.weights).map(([template, weights]) => [
        template,
        typeof weights === 'number'
          ? weights
          : new Map(
              Object.entries(weights).map(([value, second]) => [
                value,
                typeof second === 'number' ? second : new Map(Object.entries(second)),
              ]),
            ),
      ]),
    );
  }

  /** A sink that adds up the weights of the features it is given (`sum`), for one candidate after another. */
  weigher(): FeatureWeigher {
    return new FeatureWeigher(this.table);
  }

  /** The probability that a candidate whose features weigh `sum` states a relation. */
  probability(sum: number): number {
    return 1 / (1 + Math.exp(-(this.bias + sum)));
  }
}

export class FeatureWeigher implements FeatureSink {
  sum = 0;

  constructor(private readonly table: Table) {}

  add(template: string, value?: FeatureValue, second?: FeatureValue): void {
    let weights = this.table.get(template);
    if (weights === undefined) return;
    if (value !== undefined) {
      if (typeof weights === 'number') return;
      weights = weights.get(typeof value === 'string' ? value : String(value));
      if (weights === undefined) return;
      if (second !== undefined) {
        if (typeof weights === 'number') return;
        weights = weights.get(typeof second === 'string' ? second : String(second));
        if (weights === undefined) return;
      }
    }
    if (typeof weights === 'number') this.sum += weights;
  }
}

/** A sink that writes the features' names out, to learn from or to look at. */
export class FeatureWriter implements FeatureSink {
  readonly features: string[] = [];
  /** Each name's parts, for writing a model's weights by template. */
  readonly parts: Map<string, [string, string?, string?]>;

  constructor(parts: Map<string, [string, string?, string?]> = new Map()) {
    this.parts = parts;
  }

  add(template: string, value?: FeatureValue, second?: FeatureValue): void {
    const name = featureName(template, value, second);
    this.features.push(name);
    if (!this.parts.has(name))
      this.parts.set(name, [
        template,
        ...(value === undefined ? [] : [String(value)]),
        ...(second === undefined ? [] : [String(second)]),
      ] as [string, string?, string?]);
  }
}
