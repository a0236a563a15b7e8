// The keyphrase section of npm run eval (also on its own: npx tsx
// eval/keyphrases.ts): the library's ten keyphrases and three baselines
// (eval/keyphrase-baselines.ts) against two annotators' gold for the 32 reports
// tr-a01 … tr-d08 of corpus/train — the writer's `keyphrases` in each gold file
// (annotator A) and corpus/train/second-annotation/keyphrases.json (annotator B,
// who saw neither A's lists nor any tool's) — as F1@10, macro-averaged over the
// reports, with exact and partial credit (eval/keyphrase-match.ts); the two
// annotators' agreement on the same metric; and a check over every report of
// corpus/ and corpus/train that no phrase in the top ten is verb-headed.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'de-compromise';
import { createExtractor, germanLanguage, splitSentences, tokenize } from '../src/index.js';
import { CORPUS_DIR, TRAIN_DIR, loadCorpusGold } from './gold.js';
import { type Credit, type ListScore, macro, scoreList } from './keyphrase-match.js';
import { textRankKeyphrases, tfidfKeyphrases, yakeKeyphrases } from './keyphrase-baselines.js';

const K = 10;
const { attributiveContext, adjectives: knownAdjectives } = germanLanguage().keyphrases;
const SECOND_ANNOTATION = join(TRAIN_DIR, 'second-annotation', 'keyphrases.json');

interface KeyphraseGold {
  id: string;
  text: string;
  a: string[];
  b: string[] | undefined;
}

function loadKeyphraseGold(): KeyphraseGold[] {
  const second = existsSync(SECOND_ANNOTATION)
    ? (JSON.parse(readFileSync(SECOND_ANNOTATION, 'utf8')) as Record<string, string[]>)
    : {};
  return loadCorpusGold(TRAIN_DIR)
    .map((document) => {
      const keyphrases = (document as { keyphrases?: string[] }).keyphrases;
      return keyphrases ? { id: document.id, text: document.text, a: keyphrases, b: second[document.id] } : undefined;
    })
    .filter((gold): gold is KeyphraseGold => gold !== undefined);
}

export interface SystemScores {
  name: string;
  /** By credit, against annotator A, annotator B and the mean of the two. */
  scores: Record<Credit, { a: ListScore; b: ListScore | undefined; mean: number }>;
}

function scoreSystem(name: string, gold: KeyphraseGold[], predict: (text: string) => string[]): SystemScores {
  const lists = gold.map((g) => predict(g.text).slice(0, K));
  const withB = gold.filter((g) => g.b);
  const scoresFor = (credit: Credit) => {
    const a = macro(gold.map((g, i) => scoreList(lists[i]!, g.a, credit)));
    const b = withB.length
      ? macro(gold.flatMap((g, i) => (g.b ? [scoreList(lists[i]!, g.b, credit)] : [])))
      : undefined;
    return { a, b, mean: b ? (a.f1 + b.f1) / 2 : a.f1 };
  };
  return { name, scores: { exact: scoresFor('exact'), partial: scoresFor('partial') } };
}

/**
 * A verb-headed phrase, unless it is a name the recognisers found (`openDesk`):
 * its last word has no capital letter (a German noun phrase ends on its noun),
 * or its first word is one a part-of-speech tagger
 * (de-compromise) calls a verb in the sentence where the phrase first stands,
 * without an article, preposition or numeral before it that would make it an
 * attributive participle (`der geplanten Reform`), and not attested as an
 * attributive adjective in the background corpora (the tagger calls most
 * participles and many adjectives verbs: `ausgewählten Diensten`, `offene Daten`);
 * what is left is a verb in a verb's place (`… erinnerte Bundesratspräsidentin X`).
 */
function verbHeaded(phrase: string, text: string, names: ReadonlySet<string>): boolean {
  if (names.has(phrase)) return false;
  const words = phrase.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const last = words[words.length - 1] ?? '';
  if (!/\p{Lu}/u.test(last)) return true;
  const first = words[0] ?? '';
  if (!/^\p{Ll}/u.test(first)) return false;
  const sentence = splitSentences(text).find((s) => s.text.includes(phrase));
  if (!sentence) return false;
  const terms = (nlp(sentence.text).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((s) => s.terms);
  const at = terms.findIndex((t, i) => t.text === first && terms[i + 1]?.text.startsWith(words[1] ?? ''));
  if (at < 0 || !terms[at]!.tags.includes('Verb')) return false;
  const before = terms[at - 1]?.text.toLowerCase();
  if (before !== undefined && attributiveContext.has(before)) return false;
  // The tagger calls most participles and many adjectives verbs (`generative KI`, `offene Daten`):
  // a word the background corpus attests between an article and a noun is an adjective.
  return !knownAdjectives.has(tokenize(first)[0]?.stem ?? '');
}

export interface KeyphraseEvaluation {
  reports: number;
  withSecond: number;
  agreement: Record<Credit, ListScore>;
  systems: SystemScores[];
  corpusReports: number;
  verbHeaded: { id: string; phrase: string }[];
}

export function evaluateKeyphrases(): KeyphraseEvaluation {
  const gold = loadKeyphraseGold();
  const withB = gold.filter((g) => g.b);
  const extractor = createExtractor({ keyphrases: K });
  const library = (text: string) => extractor.extract(text).keyphrases.map((k) => k.text);
  const agreement = {
    exact: macro(withB.map((g) => scoreList(g.a, g.b!, 'exact'))),
    partial: macro(withB.map((g) => scoreList(g.a, g.b!, 'partial'))),
  };
  const systems = [
    scoreSystem('govtext-de', gold, library),
    scoreSystem('TF-IDF', gold, (text) => tfidfKeyphrases(text, K)),
    scoreSystem('TextRank', gold, (text) => textRankKeyphrases(text, K)),
    scoreSystem('YAKE', gold, (text) => yakeKeyphrases(text, K)),
  ];
  const corpus = [...loadCorpusGold(CORPUS_DIR), ...loadCorpusGold(TRAIN_DIR)];
  const flagged: { id: string; phrase: string }[] = [];
  for (const document of corpus) {
    const record = extractor.extract(document.text);
    const names = new Set(record.entities.map((e) => e.text));
    for (const { text: phrase } of record.keyphrases)
      if (verbHeaded(phrase, document.text, names)) flagged.push({ id: document.id, phrase });
  }
  return {
    reports: gold.length,
    withSecond: withB.length,
    agreement,
    systems,
    corpusReports: corpus.length,
    verbHeaded: flagged,
  };
}

export function printKeyphraseEvaluation(evaluation: KeyphraseEvaluation): void {
  const f = (value: number) => value.toFixed(3);
  console.log(
    `\nKeyphrases, F1@${K} macro-averaged over ${evaluation.reports} reports of corpus/train (annotator A: the writers; B: a second annotator, ${evaluation.withSecond} reports)`,
  );
  console.log(
    `annotator agreement, A against B: exact F1 ${f(evaluation.agreement.exact.f1)}, partial F1 ${f(evaluation.agreement.partial.f1)}`,
  );
  console.log(
    `${'system'.padEnd(12)} ${'exact: A'.padStart(9)} ${'B'.padStart(6)} ${'mean'.padStart(6)}   ${'partial: A'.padStart(10)} ${'B'.padStart(6)} ${'mean'.padStart(6)}`,
  );
  for (const system of evaluation.systems) {
    const { exact, partial } = system.scores;
    console.log(
      `${system.name.padEnd(12)} ${f(exact.a.f1).padStart(9)} ${(exact.b ? f(exact.b.f1) : '-').padStart(6)} ${f(exact.mean).padStart(6)}   ${f(partial.a.f1).padStart(10)} ${(partial.b ? f(partial.b.f1) : '-').padStart(6)} ${f(partial.mean).padStart(6)}`,
    );
  }
  console.log(
    `(exact: equal stem sequences without stop words; partial: shared stems over the longer phrase's; pairs one to one, best first)`,
  );
  console.log(
    `verb-headed phrases among the top ${K} of the ${evaluation.corpusReports} reports of corpus/ and corpus/train (last word no noun, or first word a verb in its sentence): ${evaluation.verbHeaded.length}` +
      (evaluation.verbHeaded.length
        ? ` — ${evaluation.verbHeaded
            .slice(0, 60)
            .map((v) => `${v.id}: ${v.phrase}`)
            .join('; ')}`
        : ''),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printKeyphraseEvaluation(evaluateKeyphrases());
