// Mentions for annotation tools and back: govtext extract --format conll|spacy
// writes CoNLL-2003 (IOB2) and spaCy-style JSON lines, the parsers read them
// (and IOB1, BIOES, code-point offsets), and govtext score scores govtext on
// such a gold file as npm run eval does on the project's gold.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConll, parseSpacyLines, toConll, toSpacy } from '../../src/cli/annotation-formats.js';
import { addEntityCounts, emptyEntityCounts, scores } from '../../src/corpus/scores.js';
import { createExtractor } from '../../src/pipeline.js';
import { CORPUS, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const built = existsSync(CLI);
const work = mkdtempSync(join(tmpdir(), 'govtext-interop-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function govtext(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('CoNLL and spaCy formats', () => {
  const withTokens = createExtractor({ tokens: true });

  it('writes IOB2 tags, a blank line between sentences, and cuts tokens at white space', () => {
    const text = 'Dr. Marco Kuhn sprach z. B. über das OZG. Die Stadt Köln folgt.';
    const conll = toConll(withTokens.extract(text), text);
    expect(conll.split('\n')).toEqual([
      '-DOCSTART- -X- -X- O',
      '',
      'Dr. _ _ B-PER',
      'Marco _ _ I-PER',
      'Kuhn _ _ I-PER',
      'sprach _ _ O',
      'z. _ _ O',
      'B. _ _ O',
      'über _ _ O',
      'das _ _ O',
      'OZG _ _ B-LAW',
      '. _ _ O',
      '',
      'Die _ _ O',
      'Stadt _ _ B-ORG',
      'Köln _ _ I-ORG',
      'folgt _ _ O',
      '. _ _ O',
      '',
      '',
    ]);
    const [read] = parseConll(conll, 'x.conll');
    expect(read!.text).toBe('Dr. Marco Kuhn sprach z. B. über das OZG .\nDie Stadt Köln folgt .');
    expect(read!.entities.map((e) => `${e.label} ${read!.text.slice(e.start, e.end)}`)).toEqual([
      'PER Dr. Marco Kuhn',
      'LAW OZG',
      'ORG Stadt Köln',
    ]);
  });

  it('reads IOB1 and BIOES tags and any label', () => {
    const iob1 = 'Die O\nStadt I-ORG\nKöln I-ORG\nund O\nBonn I-LOC\nBerlin B-LOC\n';
    expect(parseConll(iob1, 'a')[0]!.entities.map((e) => e.label + ':' + e.start + '-' + e.end)).toEqual([
      'ORG:4-14',
      'LOC:19-23',
      'LOC:24-30',
    ]);
    const bioes = 'Angela B-PER\nMerkel E-PER\nin O\nParis S-LOC\nheute S-MISC\n';
    const [doc] = parseConll(bioes, 'b');
    expect(doc!.entities.map((e) => `${e.label} ${doc!.text.slice(e.start, e.end)}`)).toEqual([
      'PER Angela Merkel',
      'LOC Paris',
      'MISC heute',
    ]);
    expect(() => parseConll('Wort X-PER\n', 'c')).toThrow(/unknown tag/);
  });

  it('counts spaCy offsets in code points: a text with emoji keeps its spans', () => {
    const text = '🚀 Start: Die Stadt Köln 🎉 und das OZG.';
    const record = createExtractor().extract(text);
    const spacy = toSpacy(record, text);
    const python = [...text]; // Python indexes code points
    expect(
      spacy.ents.map((e) => python.slice((e as { start: number }).start, (e as { end: number }).end).join('')),
    ).toEqual(record.entities.map((e) => e.text));
    const [back] = parseSpacyLines(JSON.stringify(spacy), 'x.jsonl');
    expect(back!.entities).toEqual(record.entities.map((e) => ({ start: e.start, end: e.end, label: e.type })));
  });
});

describe.skipIf(!built)('govtext extract --format conll|spacy and govtext score', () => {
  it('round-trips: govtext scores 1.000 on its own exported mentions, in both formats', () => {
    const reports = readdirSync(CORPUS)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(CORPUS, name));
    for (const format of ['spacy', 'conll']) {
      const file = join(work, `own.${format === 'spacy' ? 'jsonl' : 'conll'}`);
      expect(govtext(['extract', ...reports, '--format', format, '-o', file, '--quiet']).status).toBe(0);
      const run = govtext(['score', '--gold', file, '--json']);
      expect(run.status).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.documents).toBe(reports.length);
      expect(result.pairs.all).toMatchObject({ precision: 1, recall: 1 });
      expect(result.mentions.all).toMatchObject({ precision: 1, recall: 1 });
    }
  });

  it("scores the project's corpus gold, given as spaCy lines, as npm run eval does", () => {
    const extractor = createExtractor();
    const expected = emptyEntityCounts();
    const lines: string[] = [];
    for (const name of readdirSync(CORPUS)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const gold = JSON.parse(readFileSync(join(CORPUS, name.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
        entities: { start: number; end: number; text: string; type: string }[];
      };
      addEntityCounts(expected, extractor.extract(text).entities, gold.entities);
      const points = (offset: number) => [...text.slice(0, offset)].length;
      const ents = gold.entities.map((e) => ({ start: points(e.start), end: points(e.end), label: e.type }));
      lines.push(JSON.stringify({ id: name, text, ents }));
    }
    const file = join(work, 'corpus-gold.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = govtext(['score', '--gold', file, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.documents).toBe(8);
    expect(result.pairs.all).toEqual(scores(expected.pairs));
    for (const [type, counts] of expected.byType) expect(result.pairs[type]).toEqual(scores(counts));
    expect(result.pairs.all.f1).toBeGreaterThan(0.9);
    expect(govtext(['score', '--gold', file]).stdout).toMatch(/^8 documents, \d+ gold mentions/);
  });

  it('refuses a gold file it cannot read, naming the line', () => {
    const bad = join(work, 'bad.jsonl');
    writeFileSync(bad, '{"text": "Die Stadt Köln."}\n{"ents": []}\n');
    const run = govtext(['score', '--gold', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bad.jsonl:2: no "text" string');
    expect(govtext(['score']).status).toBe(2);
  });
});
