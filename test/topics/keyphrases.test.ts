// Keyphrases: characteristic nouns and noun phrases by TF-IDF against a German
// background, free of stop words, fragments, numbers and people's names.

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
