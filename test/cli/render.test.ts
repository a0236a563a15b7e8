// govtext render and govtext report, run as the built command (dist/cli.js)
// on records that govtext extract wrote: pages, where their text comes from,
// skipped lines, safe file names, exit codes, the same bytes every run.

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { marks, textOf } from '../render/html-text.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const built = existsSync(CLI);
if (!built)
  console.warn(
    'test/cli/render.test.ts: dist/cli.js not built, skipping the render and report command tests (run npm run build)',
  );

const work = mkdtempSync(join(tmpdir(), 'govtext-render-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function govtext(args: string[], cwd = ROOT, input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: cwd ?? ROOT, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const hostile =
  'Dr. Anna Wegener vom BSI warnte: <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> bleibt Text.';

describe.skipIf(!built)('govtext render', () => {
  const records = join(work, 'corpus.jsonl');
  const pages = join(work, 'pages');

  it('writes one page per record of the corpus and an index linking them all (exit 0)', () => {
    expect(govtext(['extract', 'corpus', '-o', records, '--quiet']).status).toBe(0);
    // The corpus sources are relative to the repository, where extract ran.
    const run = govtext(['render', records, '-o', pages, '--root', ROOT]);
    expect(run.status).toBe(0);
    const reports = readdirSync(join(ROOT, 'corpus'), { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.txt'),
    );
    expect(run.stderr).toBe(`govtext render: ${reports.length} pages and index.html in ${pages}\n`);
    const lines = readFileSync(records, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const index = readFileSync(join(pages, 'index.html'), 'utf8');
    for (const record of lines) {
      const page = readFileSync(join(pages, `${record.id}.html`), 'utf8');
      expect(marks(page).map((m) => [m.text, m.attributes['data-type']])).toEqual(
        record.entities.map((e: { text: string; type: string }) => [e.text, e.type]),
      );
      expect(page).not.toContain('pieced together');
      expect(index).toContain(`href="${record.id}.html"`);
    }
  });

  it('gives byte-identical pages on a second run', () => {
    const again = join(work, 'pages-again');
    govtext(['render', records, '-o', again, '--root', ROOT]);
    for (const name of readdirSync(pages))
      expect(readFileSync(join(again, name), 'utf8')).toBe(readFileSync(join(pages, name), 'utf8'));
  });

  it("reads a JSONL document's text from FILE.jsonl:LINE, and escapes markup in it", () => {
    const input = join(work, 'docs.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'warnung', text: hostile, date: '2024-05-02' })}\n`);
    const out = join(work, 'docs-records.jsonl');
    expect(govtext(['extract', input, '-o', out, '--quiet']).status).toBe(0);
    expect(govtext(['render', out, '-o', join(work, 'docs')]).status).toBe(0);
    const page = readFileSync(join(work, 'docs', 'warnung.html'), 'utf8');
    expect(page).not.toMatch(/<script|<img/);
    expect(textOf(/<div class="text" lang="de">(.*?)<\/div>/s.exec(page)![1]!)).toBe(hostile);
  });

  it('finds a text at the location extract read it from, whatever source the input gave; by id with --texts; says so when nothing fits', () => {
    const input = join(work, 'moved.jsonl');
    writeFileSync(input, `${JSON.stringify({ key: 'k1', body: hostile, source: 'newsletter' })}\n`);
    const out = join(work, 'moved-records.jsonl');
    govtext(['extract', input, '--id-field', 'key', '--text-field', 'body', '-o', out, '--quiet']);

    const record = JSON.parse(readFileSync(out, 'utf8'));
    expect([record.source, record.location]).toEqual(['newsletter', `${input}:1`]);
    // The input's own source ("newsletter") does not hide where the text is: its location.
    const atLocation = govtext(['render', out, '-o', join(work, 'moved-c'), '--text-field', 'body']);
    expect(atLocation.stderr).not.toContain('pieced');
    expect(readFileSync(join(work, 'moved-c', 'k1.html'), 'utf8')).toContain('bleibt Text.');

    const without = govtext(['render', out, '-o', join(work, 'moved-a')]);
    expect(without.status).toBe(0);
    expect(without.stderr).toContain(
      `k1: ${input}:1: no string field "text" (see --text-field); the page shows the text pieced together from the record`,
    );
    const pieced = readFileSync(join(work, 'moved-a', 'k1.html'), 'utf8');
    expect(pieced).toContain('The original text was not found');
    expect(marks(pieced).map((m) => m.text)).toEqual(['Dr. Anna Wegener', 'BSI']);

    const withTexts = govtext([
      'render',
      out,
      '-o',
      join(work, 'moved-b'),
      '--texts',
      input,
      '--id-field',
      'key',
      '--text-field',
      'body',
    ]);
    expect(withTexts.stderr).not.toContain('pieced');
    expect(readFileSync(join(work, 'moved-b', 'k1.html'), 'utf8')).toContain('bleibt Text.');
  });

  it('names at most 20 pages without their text on standard error, and counts them all', () => {
    const input = join(work, 'many.jsonl');
    writeFileSync(
      input,
      Array.from({ length: 25 }, (_, n) =>
        JSON.stringify({ id: `m${n}`, text: 'Das BSI tagte in Bonn.', source: 'archiv' }),
      ).join('\n'),
    );
    const out = join(work, 'many-records.jsonl');
    govtext(['extract', input, '-o', out, '--quiet']);
    rmSync(input);
    const run = govtext(['render', out, '-o', join(work, 'many')]);
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('; the page shows the text pieced together'))).toHaveLength(20);
    expect(lines.at(-2)).toBe('govtext render: further warnings are not shown; the line below counts them all');
    expect(lines.at(-1)).toContain('25 pages and index.html');
    expect(lines.at(-1)).toContain('25 with the text pieced together from the record');
  });

  it('does not use a text the record does not fit', () => {
    const input = join(work, 'changed.txt');
    writeFileSync(input, 'Dr. Anna Wegener vom BSI sprach.');
    const out = join(work, 'changed.jsonl');
    govtext(['extract', input, '-o', out, '--quiet'], work);
    writeFileSync(input, 'Ganz anderer Text inzwischen, ohne Namen.');
    const run = govtext(['render', out, '-o', join(work, 'changed-pages')], work);
    expect(run.stderr).toContain('does not fit the record');
  });

  it('skips error lines and malformed lines with a count, renders the rest, and exits 1', () => {
    const mixed = join(work, 'mixed.jsonl');
    const good = readFileSync(records, 'utf8').split('\n')[0]!;
    writeFileSync(
      mixed,
      [
        good,
        '{"id":"x","source":"a.jsonl:2","error":{"code":"missing-text","message":"no field \\"text\\""}}',
        'kein json',
        '{"id":"y"}',
        '',
      ].join('\n'),
    );
    const run = govtext(['render', mixed, '-o', join(work, 'mixed')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${mixed}:3: skipped, not JSON`);
    expect(run.stderr).toContain(`${mixed}:4: skipped, not a document record`);
    expect(run.stderr).toContain('1 pages and index.html');
    expect(run.stderr).toContain('skipped 1 error lines; skipped 2 malformed lines');
    expect(textOf(readFileSync(join(work, 'mixed', 'index.html'), 'utf8'))).toContain(
      '1 error lines of govtext extract',
    );
  });

  it('names pages safely whatever the id: no path leaves the folder, no two pages share a name', () => {
    const input = join(work, 'ids.jsonl');
    const ids = [
      '../../escape',
      '.hidden',
      'a/b',
      'a_b',
      'A_B',
      'index',
      '',
      '..',
      'CON',
      'nul.txt',
      'Com1',
      'lpt9.a.b',
    ];
    writeFileSync(input, ids.map((id) => JSON.stringify({ id, text: 'Das BSI tagte.' })).join('\n'));
    const out = join(work, 'ids-records.jsonl');
    govtext(['extract', input, '-o', out, '--quiet']);
    expect(govtext(['render', out, '-o', join(work, 'ids', 'pages')]).status).toBe(0);
    const names = readdirSync(join(work, 'ids', 'pages')).sort();
    expect(names).toHaveLength(ids.length + 1);
    expect(readdirSync(join(work, 'ids'))).toEqual(['pages']);
    expect(names.every((name) => /^\w[\w.-]*\.html$/.test(name))).toBe(true);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    // Windows reserves these names whatever follows the first dot.
    const reserved = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
    expect(names.filter((name) => reserved.test(name.split('.')[0]!))).toEqual([]);
  });

  it("reads a source only from under --root (default: the records file's folder): never a file a hostile record names outside it", () => {
    // A private file, and records that name it in every way; each record fits its length, as a probe's would.
    const secret = 'GEHEIM-Zugangsdaten-4711 '.repeat(4).trim();
    const outside = mkdtempSync(join(tmpdir(), 'govtext-private-'));
    writeFileSync(join(outside, 'private.txt'), secret);
    writeFileSync(join(outside, 'private.jsonl'), `${JSON.stringify({ id: 'p', text: secret })}\n`);
    const folder = join(work, 'hostile');
    mkdirSync(folder);
    symlinkSync(join(outside, 'private.txt'), join(folder, 'link.txt'));
    const base = JSON.parse(
      govtext(['extract', '-'], undefined, `${JSON.stringify({ id: 'x', text: 'x'.repeat(secret.length) })}\n`).stdout,
    );
    const sources = [
      join(outside, 'private.txt'),
      `../${basename(outside)}/private.txt`,
      `${join(outside, 'private.jsonl')}:1`,
      `../../${basename(tmpdir())}/${basename(outside)}/private.jsonl:1`,
      'link.txt',
    ];
    const records = join(folder, 'records.jsonl');
    writeFileSync(records, sources.map((source, n) => JSON.stringify({ ...base, id: `h${n}`, source })).join('\n'));
    try {
      const run = govtext(['render', records, '-o', join(folder, 'pages')]);
      expect(run.status).toBe(0);
      for (let n = 0; n < sources.length; n++) {
        const page = readFileSync(join(folder, 'pages', `h${n}.html`), 'utf8');
        expect(page, sources[n]).not.toContain('GEHEIM');
        expect(page, sources[n]).toContain('The original text was not found');
        expect(run.stderr, sources[n]).toContain(
          `h${n}: ${sources[n]!.replace(/:1$/, '')} is outside ${folder} (--root), so it is not read`,
        );
      }
      // Named by the user, the folder is permission: --root or --texts.
      const allowed = govtext(['render', records, '-o', join(folder, 'allowed'), '--root', outside]);
      expect(readFileSync(join(folder, 'allowed', 'h0.html'), 'utf8')).toContain('GEHEIM');
      expect(allowed.status).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says in its help where texts come from and that records are no permission', () => {
    const help = govtext(['--help']).stdout;
    expect(help).toContain('--root DIR');
    expect(help).toContain('never through .. or an absolute path or link outside it');
  });

  it('answers usage and I/O problems with a message and exit status 2', () => {
    expect(govtext(['render', records]).stderr).toContain('govtext render needs -o DIR');
    expect(govtext(['render', records]).status).toBe(2);
    const missing = govtext(['render', join(work, 'nope.jsonl'), '-o', join(work, 'nope')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect(govtext(['render', records, '-o', join(work, 'x'), '--texts', join(work, 'absent')]).status).toBe(2);
  });
});

describe.skipIf(!built)('govtext report', () => {
  it('writes one self-contained page with the charts and tables, the same bytes every run (exit 0)', () => {
    const records = join(work, 'report-records.jsonl');
    govtext(['extract', 'corpus', '-o', records, '--quiet']);
    const run = govtext(['report', records, '-o', join(work, 'report.html')]);
    expect(run.status).toBe(0);
    const page = readFileSync(join(work, 'report.html'), 'utf8');
    for (const chart of ['topics', 'types', 'cooccurrence'])
      expect(page).toContain(`<figure class="chart" data-chart="${chart}"><svg`);
    expect(textOf(page)).toContain('8 documents');
    expect(page).not.toMatch(/<script|<link|<img/);
    govtext(['report', records, '-o', join(work, 'report-again.html')]);
    expect(readFileSync(join(work, 'report-again.html'), 'utf8')).toBe(page);
    expect(govtext(['report', records]).stdout).toBe(page);
  });

  it('counts skipped lines (exit 1) and answers usage problems with exit status 2', () => {
    const mixed = join(work, 'report-mixed.jsonl');
    writeFileSync(mixed, `${readFileSync(join(work, 'report-records.jsonl'), 'utf8')}kein json\n`);
    const run = govtext(['report', mixed, '-o', join(work, 'mixed-report.html')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('skipped 0 error lines and 1 malformed lines');
    expect(govtext(['report']).status).toBe(2);
    expect(govtext(['report', mixed, '--top', '0']).status).toBe(2);
  });
});
