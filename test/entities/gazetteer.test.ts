// The gazetteer compiler reads one-word aliases without running the tokenizer;
// this checks, for every alias in the built-in lists, that the tokenizer would
// have read them the same way.

import { describe, expect, it } from 'vitest';
import { isPlainWord } from '../../src/entities/gazetteer-trie.js';
import { builtInGazetteerLists } from '../../src/entities/built-in-lists.js';
import { Flag, Kind } from '../../src/text/token-table.js';
import { scanTokens } from '../../src/text/tokenize.js';

describe('the gazetteer compiler', () => {
  it('reads a plain one-word alias exactly as the tokenizer does: one word token without gender or cleaning flags', () => {
    const forms = new Set<string>();
    for (const list of builtInGazetteerLists()) {
      for (const entry of list.entries) {
        for (const form of [entry.canonical, ...(entry.aliases ?? []), ...(entry.ambiguousAliases ?? [])]) forms.add(form);
      }
    }
    const disagreements: string[] = [];
    let plain = 0;
    for (const form of forms) {
      if (!isPlainWord(form)) continue;
      plain++;
      const table = scanTokens(form);
      const flags = table.flags[0]! & (Flag.Gender | Flag.NeedsCleaning | Flag.Suspended);
      if (table.count !== 1 || table.kinds[0] !== Kind.Word || table.ends[0] !== form.length || flags !== 0) {
        disagreements.push(form);
      }
    }
    expect(plain).toBeGreaterThan(5000);
    expect(disagreements).toEqual([]);
  });

  it('sends forms with spaces, dots, gender signs or a Binnen-I to the tokenizer', () => {
    expect(['OZG 2.0', 'IT.NRW', 'e.V.', 'Bürger:innen', 'BürgerInnen', '-NRW', 'NRW-', '2G'].map(isPlainWord)).toEqual([
      false, false, false, false, false, false, false, false,
    ]);
    expect(['BSI', 'IT-Planungsrat', 'd-NRW', 'F13', 'XRechnung', 'Düsseldorf'].map(isPlainWord)).toEqual([
      true, true, true, true, true, true,
    ]);
  });
});
