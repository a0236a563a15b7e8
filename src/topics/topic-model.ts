// The topic decision: a regularised logistic model learnt from the labelled
// reports (scripts/train-topics.ts), whose output is the probability that a
// reader would assign the topic. Its weights come in two layers: shared ones,
// which hold for every topic (how evidence in general makes a topic), and per
// topic adjustments for the topics it was trained on. A topic without training
// data — one a user adds to the taxonomy — is decided by the shared layer alone,
// from its own terms' evidence.

import * as z from 'zod/mini';
import { TOPIC_FEATURES } from './topic-features.js';

const WeightsSchema = z.object({
  bias: z.number(),
  weights: z.array(z.number()),
});

export const TopicModelSchema = z.object({
  /** Feature names in order (topic-features.ts); a model for other features is refused. */
  features: z.array(z.string()),
  /** Per feature: the mean and standard deviation the weights were learnt on. */
  mean: z.array(z.number()),
  scale: z.array(z.number().check(z.gt(0))),
  shared: WeightsSchema,
  /** Added to the shared layer for the topics with training data, by id. */
  topics: z.record(z.string(), WeightsSchema),
  /** The probability a topic needs to be reported (chosen on held-out folds). */
  minScore: z.number().check(z.gte(0), z.lte(1)),
});

export type TopicModel = z.infer<typeof TopicModelSchema>;

/** Checks a model (parsed JSON) against the features this version computes. */
export function parseTopicModel(input: unknown): TopicModel {
  const model = TopicModelSchema.parse(input);
  const size = TOPIC_FEATURES.length;
  if (model.features.join() !== TOPIC_FEATURES.join())
    throw new TypeError(`topic model: its features (${model.features.join(', ')}) are not this version's`);
  const sizes = [model.mean, model.scale, model.shared.weights, ...Object.values(model.topics).map((t) => t.weights)];
  if (sizes.some((list) => list.length !== size))
    throw new TypeError(`topic model: every weight list must have ${size} entries`);
  return model;
}

/** The probability that a reader assigns topic `id`, given its features. */
export function topicProbability(model: TopicModel, id: string, features: Float64Array): number {
  const own = model.topics[id];
  let logit = model.shared.bias + (own?.bias ?? 0);
  for (let f = 0; f < features.length; f++) {
    const x = (features[f]! - model.mean[f]!) / model.scale[f]!;
    logit += x * (model.shared.weights[f]! + (own?.weights[f] ?? 0));
  }
  return 1 / (1 + Math.exp(-logit));
}
