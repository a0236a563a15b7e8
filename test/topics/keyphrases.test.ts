// Keyphrases: noun phrases, genitive phrases and names, ranked against a German
// background, free of verbs, stop words, fragments, numbers and people's names,
// chosen for diversity, without ties between different phrases.

import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';

const report =
  'Die Registermodernisierung kommt voran. Mit der Registermodernisierung sollen Nachweise entfallen. ' +
  'Das Nationale Once-Only-Technical-System verbindet die Register. Die Registermodernisierung braucht Zeit, ' +
  'sagte Dr. Anna Wegener. Bundes- und Landesbehörden arbeiten an der digitalen Identität. Es geht um 24 Register ' +
  'und die digitale Identität der Bürgerinnen und Bürger.';

describe('keyphrases', () => {
  const keyphrases = extract(report).keyphrases;

  it('lists at most ten, the best scoring 1, sorted by score', () => {
    expect(keyphrases.length).toBeGreaterThan(0);
    expect(keyphrases.length).toBeLessThanOrEqual(10);
    expect(keyphrases[0]!.score).toBe(1);
    const scores = keyphrases.map((k) => k.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('puts the repeated, rare term first and keeps adjective + noun phrases', () => {
    expect(keyphrases[0]!.text).toBe('Registermodernisierung');
    expect(keyphrases.map((k) => k.text)).toContain('digitalen Identität');
  });

  it('holds no stop words, fragments, numbers or people', () => {
    for (const { text } of keyphrases) {
      expect(text).not.toMatch(/^(?:die|der|das|und|mit|es|um)\b/i);
      expect(text).not.toMatch(/-$/);
      expect(text).not.toMatch(/\d/);
      expect(text).not.toMatch(/Wegener|Anna/);
    }
  });

  it('can be limited or switched off', () => {
    expect(createExtractor({ keyphrases: 2 }).extract(report).keyphrases).toHaveLength(2);
    expect(createExtractor({ keyphrases: 0 }).extract(report).keyphrases).toEqual([]);
    expect(extract('').keyphrases).toEqual([]);
  });
});

describe('keyphrase candidates', () => {
  const phrases = (text: string) => extract(text).keyphrases.map((k) => k.text);

  it('never joins a verb to a noun: „stellte Bürgermeisterin“ is no phrase', () => {
    const text =
      'Am Montag stellte Bürgermeisterin Anna Schmidt in Musterstadt den neuen Chatbot für das Bürgeramt vor. ' +
      'Die Stadtverwaltung will damit Wartezeiten verkürzen. Das Sprachmodell läuft im kommunalen Rechenzentrum.';
    const list = phrases(text);
    expect(list).toContain('Chatbot');
    expect(list).toContain('kommunalen Rechenzentrum');
    for (const phrase of list) {
      expect(phrase).not.toMatch(/stellte|verkürzen|läuft/);
      expect(phrase).not.toMatch(/Schmidt|Anna/);
    }
    // `neuen` adds nothing: the phrase is the noun.
    expect(list).not.toContain('neuen Chatbot');
  });

  it('finds genitive phrases and keeps words that open a sentence but are no nouns out', () => {
    const list = phrases(
      'Gemeinsam entwickelten Bund und Länder die Plattform. Zudem beschloss der Kreistag die Einführung der E-Akte. ' +
        'Die Modernisierung der Register kommt voran.',
    );
    expect(list).toEqual(expect.arrayContaining(['Einführung der E-Akte', 'Modernisierung der Register']));
    expect(list).not.toContain('Gemeinsam');
    expect(list).not.toContain('Zudem');
  });

  it('counts inflected forms as one phrase and lists names the recognisers found', () => {
    const list = phrases(
      'Die digitale Souveränität ist das Ziel. Mit der digitalen Souveränität wächst die Unabhängigkeit. ' +
        'Das Land setzt dafür auf openDesk und LibreOffice.',
    );
    expect(list.filter((p) => /digital\w* Souveränität/.test(p))).toEqual(['digitale Souveränität']);
    expect(list).toEqual(expect.arrayContaining(['openDesk', 'LibreOffice']));
  });

  it('gives different phrases of a short text different scores', () => {
    const text =
      'Die Stadt Musterstadt startet eine digitale Wartemarke. Die App zeigt Wartezeiten im Kundenzentrum an. ' +
      'Ein Chatbot beantwortet Fragen. Die Bezirksversammlung hatte das Projekt beschlossen.';
    const scores = extract(text).keyphrases.map((k) => k.score);
    expect(scores.length).toBeGreaterThan(3);
    expect(new Set(scores).size).toBe(scores.length);
  });
});
