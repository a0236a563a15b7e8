// Strict span scoring of the model against labelled sentences, per class: a
// mention counts when its class, start and end equal a gold span's (the
// GermEval 2014 and CoNLL metric, over character offsets of the sentence text).
// Two ways to read a sentence:
//   raw     the corpus's tokens joined by spaces, then tokenised and split into
//           sentences by the library, as a user's text arrives (tagEntities);
//   tokens  the corpus's own tokens as one sentence, as published results read it.

import { builtInGazetteerBits } from '../../src/lang/de/ner.js';
import { DOMAINS, type Domain } from '../../src/entities/model/labels.js';
import type { NerModel } from '../../src/entities/model/model.js';
import { modelMentions } from '../../src/entities/model/model-recognizer.js';
import { sentenceTagger } from '../../src/entities/model/sentence-tagger.js';
import { analyseText } from '../../src/text/analysed-text.js';
import { FormAnswers } from '../../src/text/form-memo.js';
import { WordFormTable } from '../../src/text/word-forms.js';
import { type Counts, addCounts, compareSets, emptyCounts } from '../../eval/metrics.js';
import type { LabelledSentence } from './corpora.js';
import { corpusTokenView, germanWords } from './dataset.js';

const formAnswers = new FormAnswers(new WordFormTable(germanWords));

export type ReadMode = 'raw' | 'tokens';

export interface ClassCounts {
  overall: Counts;
  byClass: Map<string, Counts>;
  tokens: number;
  seconds: number;
}

/** Every class of the domain, scored on its own; `overall` over all of them. */
export function scoreModel(
  model: NerModel,
  sentences: readonly LabelledSentence[],
  domain: Domain,
  mode: ReadMode = 'raw',
): ClassCounts {
  const tagger = sentenceTagger(model, domain, builtInGazetteerBits(model.names));
  const classes: readonly string[] = DOMAINS[domain];
  const byClass = new Map(classes.map((name) => [name, emptyCounts()]));
  const overall = emptyCounts();
  let tokens = 0;
  let seconds = 0;
  for (const sentence of sentences) {
    const predicted: string[] = [];
    const started = performance.now();
    if (mode === 'raw') {
      const doc = analyseText(sentence.text, germanWords, formAnswers);
      tokens += doc.tokens.count;
      for (const m of modelMentions(doc, tagger)) predicted.push(`${m.label}\t${m.start}\t${m.end}`);
    } else {
      const view = corpusTokenView(sentence.tokens);
      tokens += view.count;
      tagger.tagSentence(view, 0, view.count - 1, (span) => {
        predicted.push(`${span.label}\t${view.starts[span.first]}\t${view.ends[span.last]}`);
      });
    }
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

/** The counts of some classes only, summed (GermEval's four main classes out of its twelve labels). */
export function countsOf(counts: ClassCounts, classes: readonly string[]): Counts {
  const total = emptyCounts();
  for (const name of classes) addCounts(total, counts.byClass.get(name) ?? emptyCounts());
  return total;
}

export const GERMEVAL_MAIN_CLASSES = ['PER', 'ORG', 'LOC', 'OTH'] as const;
