// The built govtext command (dist/cli.js, made by `npm run build`) run as a
// child process: inputs, error lines, exit codes, order, worker threads, CSV
// tables, stats, and a run killed with SIGKILL and resumed.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { DocumentRecordSchema } from '../../src/record.js';
import { CORPUS, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const built = existsSync(CLI);
if (!built)
  console.warn('test/cli/cli.test.ts: dist/cli.js not built, skipping the command-line tests (run npm run build)');

const work = mkdtempSync(join(tmpdir(), 'govtext-cli-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function govtext(args: string[], input?: string | Buffer): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const corpusTexts = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(CORPUS, name), 'utf8'));

/** `count` JSONL documents cut from the corpus reports, each with its own first line. */
function dump(count: number, charactersEach = 1500): string {
  let out = '';
  for (let n = 0; n < count; n++) {
    const text = `Bericht ${n}\n\n${corpusTexts[n % corpusTexts.length]!.slice(0, charactersEach)}`;
    out += `${JSON.stringify({ id: `doc-${n}`, text, date: `2024-0${(n % 9) + 1}-15` })}\n`;
  }
  return out;
}

describe.skipIf(!built)('govtext extract', () => {
  it('extracts a folder of .txt files recursively, in path order, into valid records (exit 0)', () => {
    const run = govtext(['extract', 'corpus', '--quiet']);
    expect(run.status).toBe(0);
    const records = lines(run.stdout).map((line) => JSON.parse(line));
    const expected = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => basename(name, '.txt'));
    expect(records.map((r) => r.id)).toEqual(expected);
    for (const record of records) {
      expect(DocumentRecordSchema.safeParse(record).success).toBe(true);
      expect(record.entities.length).toBeGreaterThan(0);
    }
  });

  it('writes one line per JSONL document, error lines with code and line number for bad ones, and exits 1', () => {
    const input = file(
      'mixed.jsonl',
      Buffer.concat([
        Buffer.from('{"id":"a","text":"Dr. Anna Wegener vom BSI sprach über das OZG."}\n'),
        Buffer.from('{"id":"b","text": nicht json\n'),
        Buffer.from('\n'), // blank lines are no documents
        Buffer.from('[1,2,3]\n'),
        Buffer.from('{"id":"d","body":"kein Textfeld"}\n'),
        Buffer.from('{"id":"e","text":42}\n'),
        Buffer.from(`{"id":"f","text":"${'x'.repeat(300)}"}\n`),
        Buffer.from('{"id":"g","text":"Ung'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('ltiges UTF-8 in Kiel"}\r\n'),
        Buffer.from('{"id":"h","text":"Die KGSt in Köln."}'), // no final newline
      ]),
    );
    const run = govtext(['extract', input, '--max-chars', '200', '--quiet']);
    expect(run.status).toBe(1);
    const out = lines(run.stdout).map((line) => JSON.parse(line));
    expect(out.map((r) => r.id)).toEqual(['a', 'mixed.jsonl:2', 'mixed.jsonl:4', 'd', 'e', 'f', 'g', 'h']);
    expect(out.map((r) => r.error?.code ?? 'ok')).toEqual([
      'ok',
      'malformed-json',
      'not-an-object',
      'missing-text',
      'not-a-string',
      'too-large',
      'ok',
      'ok',
    ]);
    expect(out.map((r) => r.error?.line)).toEqual([undefined, 2, 4, 5, 6, 7, undefined, undefined]);
    const invalid = out[6];
    expect(invalid.warnings.map((w: { code: string }) => w.code)).toContain('replacement-characters');
    expect(invalid.stats.characters).toBe('Ung\uFFFD\uFFFDltiges UTF-8 in Kiel'.length);
    expect(out[0].entities.map((e: { text: string }) => e.text)).toEqual(['Dr. Anna Wegener', 'BSI', 'OZG']);
  });

  it('reports a line too long for any allowed document without reading it into memory', () => {
    const input = file(
      'long-line.jsonl',
      `{"id":"ok","text":"kurz"}\n{"id":"long","text":"${'ä'.repeat(2_000_000)}"}\n{"id":"after","text":"auch kurz"}\n`,
    );
    const run = govtext(['extract', input, '--max-chars', '1000', '--quiet']);
    expect(run.status).toBe(1);
    const out = lines(run.stdout).map((line) => JSON.parse(line));
    expect(out.map((r) => r.error?.code ?? r.id)).toEqual(['ok', 'too-large', 'after']);
    expect(out[1].error.line).toBe(2);
  });

  it('reads standard input and .jsonl.gz, with --text-field and --id-field; other fields travel into the record', () => {
    const body =
      '{"key":"k1","body":"Das Onlinezugangsgesetz (OZG) gilt.","title":"Titel","date":"2024-05-01","source":"archiv","rubrik":"Recht"}\n';
    const fromStdin = govtext(['extract', '-', '--text-field', 'body', '--id-field', 'key'], body);
    expect(fromStdin.status).toBe(0);
    const record = JSON.parse(fromStdin.stdout);
    expect(record).toMatchObject({
      id: 'k1',
      title: 'Titel',
      date: '2024-05-01',
      source: 'archiv',
      meta: { rubrik: 'Recht' },
    });
    expect(record.entities.map((e: { canonical: string }) => e.canonical)).toEqual([
      'Onlinezugangsgesetz',
      'Onlinezugangsgesetz',
    ]);

    const gz = file('dump.jsonl.gz', gzipSync(body));
    const fromGzip = govtext(['extract', gz, '--text-field', 'body', '--id-field', 'key', '--quiet']);
    expect(fromGzip.status).toBe(0);
    // The same record, but for where extract read it: the input's source field stays, the location is its own field.
    const { location: gzipLocation, ...fromGzipRecord } = JSON.parse(fromGzip.stdout);
    const { location: stdinLocation, ...fromStdinRecord } = record;
    expect(fromGzipRecord).toEqual(fromStdinRecord);
    expect([stdinLocation, gzipLocation]).toEqual(['stdin:1', `${gz}:1`]);
  });

  it('gives byte-identical output in input order with --jobs 1 and --jobs 2', () => {
    const input = file('order.jsonl', dump(300, 800));
    const one = govtext(['extract', input, '--jobs', '1', '--quiet']);
    const two = govtext(['extract', input, '--jobs', '2', '--quiet']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(lines(two.stdout).map((line) => JSON.parse(line).id)).toEqual(
      Array.from({ length: 300 }, (_, n) => `doc-${n}`),
    );
    expect(two.stdout).toBe(one.stdout);
  });

  it('writes six CSV tables that a CSV reader parses back to the records', () => {
    const input = file('csv.jsonl', `${dump(5)}{"id":"broken","text":1}\n`);
    const folder = join(work, 'tables');
    const run = govtext(['extract', input, '--format', 'csv', '-o', folder, '--quiet']);
    expect(run.status).toBe(1);
    const records = lines(govtext(['extract', input, '--quiet']).stdout).map((line) => JSON.parse(line));
    const table = (name: string): Record<string, string>[] =>
      parseCsv(readFileSync(join(folder, `${name}.csv`)), { columns: true });

    const documents = table('documents');
    expect(documents.map((row) => row.id)).toEqual(records.map((r) => r.id));
    expect(documents.at(-1)).toMatchObject({ id: 'broken', error_code: 'not-a-string' });
    expect(documents[0]!.entities).toBe(String(records[0].entities.length));

    const entities = table('entities');
    const allMentions = records.flatMap((r) => (r.entities ?? []).map((e: { text: string }) => `${r.id}|${e.text}`));
    expect(entities.map((row) => `${row.document_id}|${row.text}`)).toEqual(allMentions);
    expect(table('topics').length).toBe(records.reduce((sum, r) => sum + (r.topics?.length ?? 0), 0));
    const relations = table('relations');
    type RelationLine = { person: string; organisation?: string; former?: boolean; organisationMention?: number };
    expect(relations.map((row) => [row.person, row.organisation, row.former, row.organisation_mention])).toEqual(
      records.flatMap((r) =>
        ((r.relations ?? []) as RelationLine[]).map((relation) => [
          relation.person,
          relation.organisation ?? '',
          String(relation.former === true),
          relation.organisationMention === undefined ? '' : String(relation.organisationMention),
        ]),
      ),
    );
    expect(documents[0]).toMatchObject({ document_date: records[0].documentDate.value, document_date_source: 'meta' });

    const timex = table('timex');
    const allTimex = records.flatMap((r) =>
      (r.timex ?? []).map((t: { text: string; value: string }) => `${r.id}|${t.text}|${t.value}`),
    );
    expect(allTimex.length).toBeGreaterThan(0);
    expect(timex.map((row) => `${row.document_id}|${row.text}|${row.value}`)).toEqual(allTimex);
    const events = table('events');
    expect(events.map((row) => `${row.document_id}|${row.event}|${row.date}`)).toEqual(
      records.flatMap((r) =>
        (r.eventFacts ?? []).map(
          (f: { event: string; date?: { value: string } }) => `${r.id}|${f.event}|${f.date?.value ?? ''}`,
        ),
      ),
    );
  });

  it('answers usage and I/O problems with a message and exit status 2', () => {
    const cases: string[][] = [
      [],
      ['frobnicate'],
      ['extract', 'no/such/folder'],
      ['extract', 'corpus', '--jobs', '0'],
      ['extract', 'corpus', '--format', 'xml'],
      ['extract', 'corpus', '--resume'],
      ['stats'],
      ['stats', 'no/such/records.jsonl'],
    ];
    for (const args of cases) {
      const run = govtext(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^govtext: /);
      expect(run.stdout, args.join(' ')).toBe('');
    }
  });
});

describe.skipIf(!built)('govtext extract --resume', () => {
  const input = file('resume.jsonl', dump(1500, 2500));
  const reference = join(work, 'reference.jsonl');

  it('an uninterrupted run is the reference', () => {
    expect(govtext(['extract', input, '-o', reference, '--jobs', '2', '--quiet']).status).toBe(0);
    expect(lines(readFileSync(reference, 'utf8'))).toHaveLength(1500);
  });

  it('after SIGKILL mid-run, --resume completes the file: every document exactly once, byte-identical to the reference', async () => {
    const output = join(work, 'killed.jsonl');
    const child: ChildProcess = spawn(
      process.execPath,
      [CLI, 'extract', input, '-o', output, '--jobs', '2', '--quiet'],
      { cwd: ROOT, stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    // Kill once some records are written, well before the end.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !(existsSync(output) && statSync(output).size > 200_000)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const written = readFileSync(output, 'utf8');
    const complete = written.split('\n').length - 1;
    expect(complete).toBeGreaterThan(0);
    expect(complete).toBeLessThan(1500);

    const resumed = govtext(['extract', input, '-o', output, '--jobs', '2', '--resume']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain(`resumed after ${complete} documents`);
    const ids = lines(readFileSync(output, 'utf8')).map((line) => JSON.parse(line).id);
    expect(new Set(ids).size).toBe(1500);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(reference, 'utf8'));
  });

  it('drops a half-written last line and writes nothing twice when run again on a finished file', () => {
    const whole = readFileSync(reference, 'utf8');
    const cut = join(work, 'cut.jsonl');
    const tenLines = whole.split('\n').slice(0, 10).join('\n').length + 1;
    writeFileSync(cut, whole.slice(0, tenLines + 120)); // ten lines and part of the eleventh
    expect(govtext(['extract', input, '-o', cut, '--resume', '--quiet']).status).toBe(0);
    expect(readFileSync(cut, 'utf8')).toBe(whole);
    expect(govtext(['extract', input, '-o', cut, '--resume', '--quiet']).status).toBe(0);
    expect(readFileSync(cut, 'utf8')).toBe(whole);
  });
});

describe.skipIf(!built)('govtext stats', () => {
  it('summarises records as a table and as JSON that agrees with the records', () => {
    const records = join(work, 'corpus-records.jsonl');
    expect(govtext(['extract', 'corpus', '-o', records, '--quiet']).status).toBe(0);
    const parsed = lines(readFileSync(records, 'utf8')).map((line) => JSON.parse(line));

    const table = govtext(['stats', records]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain(`${parsed.length} documents (0 failed)`);
    expect(table.stdout).toContain('top PER');

    const summary = JSON.parse(govtext(['stats', records, '--json']).stdout);
    expect(summary.documents).toBe(parsed.length);
    const mentions = parsed.flatMap((r) => r.entities);
    for (const type of ['PER', 'ORG', 'LOC', 'LAW', 'EVENT', 'PRODUCT']) {
      expect(summary.mentionsByType[type]).toBe(mentions.filter((e: { type: string }) => e.type === type).length);
    }
    const topicDocuments = parsed.filter((r) =>
      r.topics.some((t: { id: string }) => t.id === summary.topics[0].id),
    ).length;
    expect(summary.topics[0].documents).toBe(topicDocuments);
  });
});

describe.skipIf(!built)('the command for a new user (issue 17)', () => {
  it('prints its version and each command’s options', () => {
    const version = govtext(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    for (const command of ['extract', 'stats', 'render', 'report']) {
      const help = govtext([command, '--help']);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`^usage: govtext ${command} `));
    }
    expect(govtext(['extract', '--help']).stdout).toContain('--stdin F');
  });

  it('reads one plain text from standard input with --stdin text, and hints at it when stdin is not JSONL', () => {
    const text = 'Die Stadt Köln und das BSI stellten das Onlinezugangsgesetz vor.';
    const run = govtext(['extract', '-', '--stdin', 'text', '--quiet'], text);
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout);
    expect([record.id, record.location, record.stats.characters]).toEqual(['stdin', 'stdin', text.length]);
    const plain = govtext(['extract', '-', '--quiet'], text);
    expect(plain.status).toBe(1);
    expect(JSON.parse(plain.stdout).error.message).toContain('for a plain text use --stdin text');
  });

  it('reads .html files as HTML: no script, the title, offsets into the text a reader sees', () => {
    const page = file(
      'seite.html',
      '<html><head><title>Bericht zum OZG</title><script>var OZG = 1</script></head><body><h1>Die Stadt K&ouml;ln</h1><p>Das BSI warnt.</p></body></html>',
    );
    const run = govtext(['extract', page, '--quiet']);
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.title).toBe('Bericht zum OZG');
    expect(record.entities.map((e: { text: string }) => e.text)).toEqual(['Stadt Köln', 'BSI']);
    expect(record.entities.some((e: { type: string }) => e.type === 'LAW')).toBe(false);
    const asText = govtext(['extract', page, '--input-format', 'text', '--quiet']);
    expect(JSON.parse(asText.stdout).entities.some((e: { text: string }) => e.text === 'OZG')).toBe(true);
  });

  it('refuses a file with no records in stats, render and report: exit 1 and one line', () => {
    const none = file(
      'no-records.jsonl',
      '{"id":"a","source":"x","error":{"code":"malformed-json","message":"m"}}\n{}\n',
    );
    const empty = file('empty.jsonl', '');
    for (const [command, extra] of [
      ['stats', []],
      ['render', ['-o', join(work, 'no-pages')]],
      ['report', ['-o', join(work, 'no-report.html')]],
    ] as const) {
      for (const path of [none, empty]) {
        const run = govtext([command, path, ...extra]);
        expect(run.status, `${command} ${path}`).toBe(1);
        expect(run.stdout, command).toBe('');
        expect(run.stderr.trim().split('\n').at(-1), command).toMatch(
          new RegExp(`^govtext ${command}: .* holds no document records`),
        );
      }
    }
    expect(existsSync(join(work, 'no-report.html'))).toBe(false);
  });

  it('says on standard error what extract -o wrote', () => {
    const out = join(work, 'said.jsonl');
    const run = govtext(['extract', file('said.txt', 'Das BSI warnt.'), '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stderr.trim()).toBe(`govtext extract: 1 document written to ${out}`);
  });
});

describe.skipIf(!built)('govtext extract --topic-min-score and --topic-candidates', () => {
  const input = file('topic-options.jsonl', dump(40, 3000));
  const documents = lines(readFileSync(input, 'utf8')).map((line) => JSON.parse(line) as { id: string; text: string });
  const flags = ['--topic-min-score', '0.6', '--topic-candidates'];
  type TopicLine = { id: string; score: number };
  const topicsOf = (stdout: string) =>
    lines(stdout).map((line) => {
      const record = JSON.parse(line);
      return { id: record.id, topics: record.topics, topicCandidates: record.topicCandidates };
    });

  it('gives the library’s topics and near misses for those options, the same with --jobs 1 and --jobs 2', () => {
    const one = govtext(['extract', input, '--jobs', '1', '--quiet', ...flags]);
    const two = govtext(['extract', input, '--jobs', '2', '--quiet', ...flags]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    // The workers get the options: --jobs 2 writes what the main thread writes with --jobs 1.
    expect(two.stdout).toBe(one.stdout);
    const extractor = createExtractor({ minScore: 0.6, topicCandidates: true });
    const expected = documents.map((document) => {
      const record = extractor.extract(document.text, { id: document.id });
      return { id: document.id, topics: record.topics, topicCandidates: record.topicCandidates };
    });
    expect(topicsOf(two.stdout)).toEqual(expected);
    const all = topicsOf(two.stdout);
    expect(all.every((r) => r.topics.every((t: TopicLine) => t.score >= 0.6))).toBe(true);
    const candidates = all.flatMap((r) => r.topicCandidates as TopicLine[]);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((t) => t.score >= 0.1 && t.score < 0.6)).toBe(true);

    // Without the flags: the default threshold and no topicCandidates field.
    const plain = topicsOf(govtext(['extract', input, '--jobs', '2', '--quiet']).stdout);
    expect(plain.every((r) => r.topicCandidates === undefined)).toBe(true);
    expect(plain.flatMap((r) => r.topics).length).toBeGreaterThan(all.flatMap((r) => r.topics).length);
  });

  it('writes the near misses as rows of the topics table, marked topicCandidates', () => {
    const folder = join(work, 'topic-tables');
    expect(govtext(['extract', input, '--format', 'csv', '-o', folder, '--quiet', ...flags]).status).toBe(0);
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(folder, 'topics.csv')), { columns: true });
    const records = topicsOf(govtext(['extract', input, '--quiet', ...flags]).stdout);
    expect(rows.filter((row) => row.list === 'topicCandidates').length).toBe(
      records.reduce((sum, r) => sum + r.topicCandidates.length, 0),
    );
    expect(rows.filter((row) => row.list === 'topics').length).toBe(
      records.reduce((sum, r) => sum + r.topics.length, 0),
    );
  });

  it('resumes with the same options into a file byte-identical to an uninterrupted run', () => {
    const reference = join(work, 'topic-reference.jsonl');
    expect(govtext(['extract', input, '-o', reference, '--quiet', ...flags]).status).toBe(0);
    const whole = readFileSync(reference, 'utf8');
    const cut = join(work, 'topic-cut.jsonl');
    const tenLines = whole.split('\n').slice(0, 10).join('\n').length + 1;
    writeFileSync(cut, whole.slice(0, tenLines + 50));
    expect(govtext(['extract', input, '-o', cut, '--resume', '--jobs', '2', '--quiet', ...flags]).status).toBe(0);
    expect(readFileSync(cut, 'utf8')).toBe(whole);
  });

  it('refuses to resume with other options: the last record kept is not what they give (exit 2, the file as it was)', () => {
    const reference = readFileSync(join(work, 'topic-reference.jsonl'), 'utf8');
    const cut = join(work, 'topic-other.jsonl');
    const kept = `${reference.split('\n').slice(0, 10).join('\n')}\n`;
    // A threshold that moves a topic of the tenth record across it: the lowest topic just out, or the best near miss in.
    const tenth = JSON.parse(reference.split('\n')[9]!) as { topics: TopicLine[]; topicCandidates: TopicLine[] };
    const [topics, candidates] = [tenth.topics, tenth.topicCandidates].map((list) => list.map((t) => t.score));
    expect(topics!.length + candidates!.length).toBeGreaterThan(0);
    // Scores are rounded in the record: a thousandth past the rounded score crosses the score itself.
    const moved = topics!.length > 0 ? Math.min(...topics!) + 0.001 : Math.max(...candidates!) - 0.001;
    for (const other of [
      [],
      ['--topic-min-score', '0.6'],
      ['--topic-min-score', String(moved), '--topic-candidates'],
    ]) {
      writeFileSync(cut, kept);
      const run = govtext(['extract', input, '-o', cut, '--resume', '--quiet', ...other]);
      expect(run.status, other.join(' ')).toBe(2);
      expect(run.stderr, other.join(' ')).toBe(
        `govtext: cannot resume ${cut}: its last record (document 10) is not what this command gives for that document now; resume with the inputs, options and govtext version the file was written with, or write a new file\n`,
      );
      expect(readFileSync(cut, 'utf8')).toBe(kept);
    }
  });

  it('refuses a threshold that is no number from 0 to 1, and a value after --topic-candidates, with one line (exit 2)', () => {
    for (const value of ['x', '1.5', '', 'NaN', 'Infinity', '--topic-min-score=-0.1']) {
      const args = value.startsWith('--') ? [value] : ['--topic-min-score', value];
      const run = govtext(['extract', 'corpus', '--quiet', ...args]);
      expect(run.status, value).toBe(2);
      expect(run.stdout, value).toBe('');
      expect(run.stderr, value).toBe(
        `govtext: --topic-min-score expects a number from 0 to 1, got "${value.replace('--topic-min-score=', '')}"\n`,
      );
    }
    const run = govtext(['extract', 'corpus', '--topic-candidates=yes']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^govtext: .*--topic-candidates.* does not take an argument/);
  });

  it('lists both options in extract --help', () => {
    const help = govtext(['extract', '--help']).stdout;
    expect(help).toContain('--topic-min-score P');
    expect(help).toContain('--topic-candidates');
  });
});
