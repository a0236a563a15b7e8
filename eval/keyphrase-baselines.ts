// The keyphrase baselines npm run eval scores beside the library, each given
// the same German background (the document frequencies the library ships) and
// the same tokens and sentences, so that only the method differs:
// - TF-IDF: word n-grams (up to three) without stop words, numbers or
//   punctuation, scored by frequency × mean idf;
// - TextRank (Mihalcea & Tarau 2004): a co-occurrence graph (window 2) of nouns
//   and adjectives (for German: capitalised words and lower-case words with an
//   adjective ending), PageRank (damping 0.85), the top third of the words
//   joined into phrases where they stand together, a phrase scored by the sum
//   of its words;
// - YAKE (Campos et al. 2020): the unsupervised statistic of casing, position,
//   frequency, context diversity and sentence spread per word, combined over
//   n-grams of up to three words, lower is better, near-duplicates (Levenshtein
//   ratio above 0.9) dropped.

import { germanLanguage, splitSentences, tokenize } from '../src/index.js';
import { inverseDocumentFrequency } from '../src/topics/keyphrase-words.js';
import type { Token } from '../src/record.js';

const words = germanLanguage().keyphrases;
const idf = (stem: string) => inverseDocumentFrequency(words, stem);
const MAX_WORDS = 3;

interface Word {
  token: Token;
  sentence: number;
  /** Position among the sentence's tokens. */
  index: number;
  stop: boolean;
  content: boolean;
  sentenceStart: boolean;
}

function analyse(text: string): { words: Word[][]; sentences: number } {
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  const bySentence: Word[][] = sentences.map(() => []);
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length - 1 && token.start >= sentences[s]!.end) s++;
    const list = bySentence[s]!;
    const stop = words.stopwords.has(token.norm);
    const isWord = token.kind === 'word';
    list.push({
      token,
      sentence: s,
      index: list.length,
      stop,
      content: isWord && !stop && token.norm.length >= 3 && !/\d/.test(token.norm),
      sentenceStart: list.length === 0,
    });
  }
  return { words: bySentence, sentences: sentences.length };
}

/** Distinct phrases by stem key, best first, as first written. */
function topPhrases(
  scored: Map<string, { text: string; score: number; first: number }>,
  k: number,
  lowerIsBetter = false,
) {
  return [...scored.values()]
    .sort((a, b) => (lowerIsBetter ? a.score - b.score : b.score - a.score) || a.first - b.first)
    .slice(0, k)
    .map((c) => c.text);
}

function phraseText(text: string, run: Word[]): string {
  return text.slice(run[0]!.token.start, run[run.length - 1]!.token.end).replace(/\s+/g, ' ');
}

export function tfidfKeyphrases(text: string, k: number): string[] {
  const { words: sentences } = analyse(text);
  const candidates = new Map<string, { text: string; score: number; first: number; count: number; idf: number }>();
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      for (let n = 1; n <= MAX_WORDS && i + n <= sentence.length; n++) {
        const run = sentence.slice(i, i + n);
        if (!run.every((w) => w.content)) break;
        const key = run.map((w) => w.token.stem).join(' ');
        const existing = candidates.get(key);
        if (existing) existing.count++;
        else
          candidates.set(key, {
            text: phraseText(text, run),
            score: 0,
            first: run[0]!.token.start,
            count: 1,
            idf: run.reduce((sum, w) => sum + idf(w.token.stem), 0) / n,
          });
      }
    }
  }
  for (const c of candidates.values()) c.score = c.count * c.idf;
  return topPhrases(candidates, k);
}

function isNounOrAdjective(w: Word): boolean {
  if (!w.content) return false;
  if (/^\p{Lu}/u.test(w.token.text)) return true;
  return words.adjectiveEndings.some((ending) => w.token.norm.endsWith(ending));
}

export function textRankKeyphrases(text: string, k: number): string[] {
  const { words: sentences } = analyse(text);
  const neighbours = new Map<string, Set<string>>();
  const node = (stem: string) => {
    let set = neighbours.get(stem);
    if (!set) neighbours.set(stem, (set = new Set()));
    return set;
  };
  for (const sentence of sentences) {
    const plain = sentence.filter((w) => w.token.kind !== 'punctuation' && w.token.kind !== 'quote');
    for (let i = 0; i < plain.length; i++) {
      if (!isNounOrAdjective(plain[i]!)) continue;
      node(plain[i]!.token.stem);
      const j = i + 1;
      if (j < plain.length && isNounOrAdjective(plain[j]!) && plain[j]!.token.stem !== plain[i]!.token.stem) {
        node(plain[i]!.token.stem).add(plain[j]!.token.stem);
        node(plain[j]!.token.stem).add(plain[i]!.token.stem);
      }
    }
  }
  const nodes = [...neighbours.keys()].sort();
  let rank = new Map(nodes.map((n) => [n, 1]));
  for (let iteration = 0; iteration < 100; iteration++) {
    const next = new Map<string, number>();
    let change = 0;
    for (const n of nodes) {
      let sum = 0;
      for (const m of neighbours.get(n)!) sum += rank.get(m)! / neighbours.get(m)!.size;
      const value = 0.15 + 0.85 * sum;
      next.set(n, value);
      change = Math.max(change, Math.abs(value - rank.get(n)!));
    }
    rank = next;
    if (change < 1e-6) break;
  }
  const selected = new Set(
    [...rank]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, Math.max(1, Math.ceil(nodes.length / 3)))
      .map(([n]) => n),
  );
  const phrases = new Map<string, { text: string; score: number; first: number }>();
  for (const sentence of sentences) {
    let run: Word[] = [];
    const close = () => {
      if (run.length > 0) {
        const key = run.map((w) => w.token.stem).join(' ');
        if (!phrases.has(key))
          phrases.set(key, {
            text: phraseText(text, run),
            score: run.reduce((sum, w) => sum + rank.get(w.token.stem)!, 0),
            first: run[0]!.token.start,
          });
      }
      run = [];
    };
    for (const w of sentence) {
      if (isNounOrAdjective(w) && selected.has(w.token.stem)) run.push(w);
      else close();
    }
    close();
  }
  return topPhrases(phrases, k);
}

export function yakeKeyphrases(text: string, k: number): string[] {
  const { words: sentences, sentences: sentenceCount } = analyse(text);
  interface Term {
    tf: number;
    upper: number;
    acronym: number;
    sentences: number[];
    left: string[];
    right: string[];
  }
  const terms = new Map<string, Term>();
  const term = (key: string) => {
    let t = terms.get(key);
    if (!t) terms.set(key, (t = { tf: 0, upper: 0, acronym: 0, sentences: [], left: [], right: [] }));
    return t;
  };
  for (const sentence of sentences) {
    const plain = sentence.filter((w) => w.token.kind !== 'punctuation' && w.token.kind !== 'quote');
    plain.forEach((w, i) => {
      if (w.stop || w.token.kind !== 'word') return;
      const t = term(w.token.norm);
      t.tf++;
      if (/^\p{Lu}/u.test(w.token.text) && !w.sentenceStart) t.upper++;
      if (w.token.text.length > 1 && w.token.text === w.token.text.toUpperCase() && /\p{L}/u.test(w.token.text))
        t.acronym++;
      t.sentences.push(w.sentence);
      if (i > 0) t.left.push(plain[i - 1]!.token.norm);
      if (i + 1 < plain.length) t.right.push(plain[i + 1]!.token.norm);
    });
  }
  const tfs = [...terms.values()].map((t) => t.tf);
  const meanTf = tfs.reduce((a, b) => a + b, 0) / Math.max(1, tfs.length);
  const sdTf = Math.sqrt(tfs.reduce((a, b) => a + (b - meanTf) ** 2, 0) / Math.max(1, tfs.length));
  const maxTf = Math.max(1, ...tfs);
  const weight = new Map<string, number>();
  for (const [key, t] of terms) {
    const sorted = [...t.sentences].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const tCase = Math.max(t.upper, t.acronym) / (1 + Math.log(t.tf));
    const tPos = Math.log(Math.log(3 + median));
    const tNorm = t.tf / (meanTf + sdTf);
    const wl = t.left.length ? new Set(t.left).size / t.left.length : 0;
    const wr = t.right.length ? new Set(t.right).size / t.right.length : 0;
    const tRel = 1 + (wl + wr) * (t.tf / maxTf);
    const tSentence = new Set(t.sentences).size / Math.max(1, sentenceCount);
    weight.set(key, (tRel * tPos) / (tCase + tNorm / tRel + tSentence / tRel));
  }
  const candidates = new Map<string, { text: string; score: number; first: number; tf: number; words: Word[] }>();
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      for (let n = 1; n <= MAX_WORDS && i + n <= sentence.length; n++) {
        const run = sentence.slice(i, i + n);
        if (run.some((w) => w.token.kind !== 'word' || /\d/.test(w.token.norm))) break;
        if (run[0]!.stop || run[n - 1]!.stop) continue;
        const key = run.map((w) => w.token.norm).join(' ');
        const existing = candidates.get(key);
        if (existing) existing.tf++;
        else
          candidates.set(key, { text: phraseText(text, run), score: 0, first: run[0]!.token.start, tf: 1, words: run });
      }
    }
  }
  for (const c of candidates.values()) {
    let product = 1;
    let sum = 0;
    for (const w of c.words) {
      if (w.stop) continue;
      const s = weight.get(w.token.norm)!;
      product *= s;
      sum += s;
    }
    c.score = product / (c.tf * (1 + sum));
  }
  const ranked = [...candidates.values()].sort((a, b) => a.score - b.score || a.first - b.first);
  const chosen: string[] = [];
  for (const c of ranked) {
    if (chosen.length === k) break;
    const lower = c.text.toLowerCase();
    if (chosen.some((other) => levenshteinRatio(lower, other.toLowerCase()) > 0.9)) continue;
    chosen.push(c.text);
  }
  return chosen;
}

function levenshteinRatio(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return 1 - row[b.length]! / Math.max(1, a.length, b.length);
}
