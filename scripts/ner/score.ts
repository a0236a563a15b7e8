// Strict span scoring of the model against labelled sentences, per class: a
// mention counts when its class, start and end equal a gold span's (the
// GermEval 2014 and CoNLL metric, over character offsets of the sentence text).

import { builtInGazetteerBits } from '../../src/lang/de/ner.js';
import { DOMAINS, type Domain } from '../../src/entities/model/labels.js';
import type { NerModel } from '../../src/entities/model/model.js';
import { sentenceTagger } from '../../src/entities/model/sentence-tagger.js';
import { type Counts, addCounts, compareSets, emptyCounts } from '../../eval/metrics.js';
import type { LabelledSentence } from './corpora.js';
import { sentenceView } from './dataset.js';

export interface ClassCounts {
  overall: Counts;
  byClass: Map<string, Counts>;
  tokens: number;
  seconds: number;
}

export function scoreModel(model: NerModel, sentences: readonly LabelledSentence[], domain: Domain): ClassCounts {
  const tagger = sentenceTagger(model, domain, builtInGazetteerBits(model.names));
  const classes: readonly string[] = DOMAINS[domain];
  const byClass = new Map(classes.map((name) => [name, emptyCounts()]));
  const overall = emptyCounts();
  let tokens = 0;
  let seconds = 0;
  for (const sentence of sentences) {
    const view = sentenceView(sentence.text);
    tokens += view.count;
    const predicted: string[] = [];
    const started = performance.now();
    tagger.tagSentence(view, 0, view.count - 1, (span) => {
      predicted.push(`${span.label}\t${view.starts[span.first]}\t${view.ends[span.last]}`);
    });
    seconds += (performance.now() - started) / 1000;
    const gold = sentence.spans.map((span) => `${span.label}\t${span.start}\t${span.end}`);
    addCounts(overall, compareSets(predicted, gold));
    for (const name of classes) {
      const ofClass = (key: string) => key.startsWith(`${name}\t`);
      addCounts(byClass.get(name)!, compareSets(predicted.filter(ofClass), gold.filter(ofClass)));
    }
  }
  return { overall, byClass, tokens, seconds };
}
