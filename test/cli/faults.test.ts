// govtext extract under faults, run as the built command (dist/cli.js): inputs
// that break off (a cut or false gzip, unreadable files, broken links),
// outputs that cannot take the records (a folder, a path through a file,
// /proc, /dev/full, a closed pipe, a full tmpfs), SIGINT and SIGTERM, and odd
// JSONL fields. Every complete document before a fault is written, in order;
// the exit status is 1 for failed inputs and 2 for output faults; standard
// error holds one line per fault and never a stack trace.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const built = existsSync(CLI);
if (!built)
  console.warn('test/cli/faults.test.ts: dist/cli.js not built, skipping the fault tests (run npm run build)');

const work = mkdtempSync(join(tmpdir(), 'govtext-faults-test-'));
// Readable by the unprivileged user the permission tests run as when these tests run as root.
chmodSync(work, 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  signal?: NodeJS.Signals | null;
}

function govtext(args: string[], options: { uid?: number; gid?: number; stdout?: number } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    uid: options.uid,
    gid: options.gid,
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr };
}

/** Standard error is whole lines, each `govtext: …`, and no stack trace. */
function expectCleanStderr(stderr: string): string[] {
  const lines = stderr.split('\n').filter((line) => line !== '');
  for (const line of lines) expect(line).toMatch(/^govtext: /);
  expect(stderr).not.toMatch(/^\s+at |node:internal|Error:/m);
  return lines;
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

const report = readFileSync(join(CORPUS, '01-ki-kongress.txt'), 'utf8');
function dump(count: number, charactersEach = 600, prefix = 'd'): string {
  let out = '';
  for (let n = 0; n < count; n++)
    out += `${JSON.stringify({ id: `${prefix}${n}`, text: `Bericht ${n}\n\n${report.slice(0, charactersEach)}` })}\n`;
  return out;
}

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

/** The records of a good input, one line each: what every run below must reproduce up to its fault. */
function reference(input: string): string[] {
  const run = govtext(['extract', input, '--quiet']);
  expect(run.status).toBe(0);
  return lines(run.stdout);
}

describe.skipIf(!built)('govtext extract: inputs that break off', () => {
  const text = dump(400);
  const whole = file('whole.jsonl', text);
  const expected = reference(whole);
  const gz = gzipSync(text);
  const cut = file('cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2)));
  // Complete lines only: the line the cut falls in is no document.
  const complete =
    gunzipSync(gz.subarray(0, Math.floor(gz.length / 2)), { finishFlush: constants.Z_SYNC_FLUSH })
      .toString()
      .split('\n').length - 1;
  const next = file('next.jsonl', dump(3, 200, 'n'));

  for (const jobs of ['1', '2']) {
    it(`a cut .jsonl.gz with --jobs ${jobs}: every complete line before the cut, an error line naming file, byte and line, then the next input (exit 1)`, () => {
      const run = govtext(['extract', cut, next, '--jobs', jobs, '-o', `cut-${jobs}.jsonl`, '--quiet']);
      expect(run.status).toBe(1);
      const out = lines(readFileSync(join(work, `cut-${jobs}.jsonl`), 'utf8'));
      expect(complete).toBeGreaterThan(100);
      const withoutSource = (line: string) => ({ ...JSON.parse(line), source: undefined, location: undefined });
      expect(out.slice(0, complete).map(withoutSource)).toEqual(expected.slice(0, complete).map(withoutSource));
      expect(JSON.parse(out[complete]!)).toEqual({
        id: `cut.jsonl.gz:${complete + 1}`,
        source: `${cut}:${complete + 1}`,
        error: {
          code: 'unreadable',
          message: `the gzip data ends early (unexpected end of file) at byte ${statSync(cut).size} of the compressed file, in line ${complete + 1}, after ${complete} complete lines`,
          line: complete + 1,
        },
      });
      expect(out.slice(complete + 1).map((line) => JSON.parse(line).id)).toEqual(['n0', 'n1', 'n2']);
      expect(expectCleanStderr(run.stderr)).toEqual([
        `govtext: ${cut}: the gzip data ends early (unexpected end of file) at byte ${statSync(cut).size} of the compressed file, in line ${complete + 1}, after ${complete} complete lines; going on with the next input`,
      ]);
    });
  }

  it('a file named .jsonl.gz that is no gzip: an error line naming it, and the run goes on (exit 1)', () => {
    const fake = file('fake.jsonl.gz', text.slice(0, 500));
    const run = govtext(['extract', fake, next, '--quiet']);
    expect(run.status).toBe(1);
    const out = lines(run.stdout).map((line) => JSON.parse(line));
    expect(out[0]).toMatchObject({
      id: 'fake.jsonl.gz',
      source: fake,
      error: {
        code: 'unreadable',
        message: expect.stringMatching(/^cannot read it: not valid gzip data \(incorrect header check\)/),
      },
    });
    expect(out.slice(1).map((record) => record.id)).toEqual(['n0', 'n1', 'n2']);
    expect(expectCleanStderr(run.stderr)).toHaveLength(1);
  });

  const folder = join(work, 'folder');
  mkdirSync(join(folder, 'inner'), { recursive: true });
  writeFileSync(join(folder, 'a.jsonl'), dump(70, 300, 'a'));
  symlinkSync(join(work, 'nowhere.jsonl'), join(folder, 'b-broken-link.jsonl'));
  // A link to a folder under a document's name: reading it fails (EISDIR), under gzip too (once a Node crash).
  symlinkSync(join(folder, 'inner'), join(folder, 'c-folder.jsonl.gz'));
  writeFileSync(join(folder, 'd.jsonl'), dump(5, 300, 'd'));
  writeFileSync(join(folder, 'inner', 'e.txt'), 'Das BSI in Bonn.');

  for (const jobs of ['1', '2']) {
    it(`a folder with a broken link and a link to a folder, --jobs ${jobs}: every document of the other files, an error line in place of each bad one (exit 1)`, () => {
      const run = govtext(['extract', folder, '--jobs', jobs, '--quiet']);
      expect(run.status).toBe(1);
      const out = lines(run.stdout).map((line) => JSON.parse(line));
      expect(out.map((record) => record.error?.code ?? record.id)).toEqual([
        ...Array.from({ length: 70 }, (_, n) => `a${n}`),
        'unreadable',
        'unreadable',
        ...Array.from({ length: 5 }, (_, n) => `d${n}`),
        'e',
      ]);
      expect(out[70]).toMatchObject({
        id: 'b-broken-link.jsonl',
        error: { message: 'cannot read it: no such file or folder (ENOENT)' },
      });
      expect(out[71]).toMatchObject({
        id: 'c-folder.jsonl.gz',
        error: { message: 'cannot read it: it is a folder (EISDIR)' },
      });
      expect(expectCleanStderr(run.stderr)).toHaveLength(2);
    });
  }

  // Root reads every file: the permission test runs as an unprivileged user then, and is skipped where it cannot.
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};
  const canDrop = !asRoot || govtext(['--help'], user).status === 0;
  if (!canDrop)
    console.warn(
      'test/cli/faults.test.ts: cannot run the command as an unprivileged user (uid 65534), skipping the permission test',
    );

  it.skipIf(!canDrop)(
    'unreadable .jsonl and .jsonl.gz files in a folder: error lines (permission denied) in their places, every other document (exit 1)',
    () => {
      const locked = join(work, 'locked');
      mkdirSync(locked);
      writeFileSync(join(locked, 'a.jsonl'), dump(3, 200, 'a'));
      writeFileSync(join(locked, 'b.jsonl'), dump(3, 200, 'b'));
      writeFileSync(join(locked, 'c.jsonl.gz'), gzipSync(dump(3, 200, 'c')));
      writeFileSync(join(locked, 'd.jsonl'), dump(3, 200, 'd'));
      chmodSync(join(locked, 'b.jsonl'), 0);
      chmodSync(join(locked, 'c.jsonl.gz'), 0);
      const run = govtext(['extract', locked, '--quiet', '--jobs', '2'], user);
      expect(run.status).toBe(1);
      const out = lines(run.stdout).map((line) => JSON.parse(line));
      expect(out.map((record) => record.error?.message ?? record.id)).toEqual([
        'a0',
        'a1',
        'a2',
        'cannot read it: permission denied (EACCES)',
        'cannot read it: permission denied (EACCES)',
        'd0',
        'd1',
        'd2',
      ]);
      expect(expectCleanStderr(run.stderr)).toEqual([
        `govtext: ${join(locked, 'b.jsonl')}: cannot read it: permission denied (EACCES); going on with the next input`,
        `govtext: ${join(locked, 'c.jsonl.gz')}: cannot read it: permission denied (EACCES); going on with the next input`,
      ]);
    },
  );
});

describe.skipIf(!built)(
  'govtext extract: outputs that cannot take the records (exit 2, one line naming path and cause)',
  () => {
    const input = file('small.jsonl', dump(20, 300));

    it('-o naming a folder, a path through a file, or a file of /proc', () => {
      mkdirSync(join(work, 'a-folder'), { recursive: true });
      writeFileSync(join(work, 'a-file'), 'x');
      const cases: [string, string][] = [
        ['a-folder', 'govtext: cannot write a-folder: it is a folder (EISDIR)'],
        [
          'a-file/records.jsonl',
          'govtext: cannot write a-file/records.jsonl: cannot make its folder a-file: a file of that name is in the way (EEXIST)',
        ],
        [
          'a-file/deeper/records.jsonl',
          'govtext: cannot write a-file/deeper/records.jsonl: cannot make its folder a-file/deeper: a part of the path is a file, not a folder (ENOTDIR)',
        ],
      ];
      for (const [output, message] of cases) {
        const run = govtext(['extract', input, '-o', output, '--quiet']);
        expect(run.status, output).toBe(2);
        expect(expectCleanStderr(run.stderr), output).toEqual([message]);
      }
      const parquet = govtext(['extract', input, '--format', 'parquet', '-o', 'a-file/tables', '--quiet']);
      expect(parquet.status).toBe(2);
      expect(expectCleanStderr(parquet.stderr)).toEqual([
        expect.stringMatching(
          /^govtext: cannot write a-file\/tables: a file of that name is in the way \(EEXIST\)|a part of the path is a file/,
        ),
      ]);
      const resume = govtext(['extract', input, '-o', 'a-folder', '--resume', '--quiet']);
      expect(resume.status).toBe(2);
      expect(expectCleanStderr(resume.stderr)).toEqual(['govtext: cannot resume a-folder: it is a folder (EISDIR)']);
      if (existsSync('/proc/version')) {
        const proc = govtext(['extract', input, '-o', '/proc/version', '--quiet']);
        expect(proc.status).toBe(2);
        expect(expectCleanStderr(proc.stderr)).toEqual([
          expect.stringMatching(/^govtext: cannot write \/proc\/version: /),
        ]);
      }
    });

    it.skipIf(!existsSync('/dev/full'))(
      '-o /dev/full and standard output on /dev/full: no space left on the device',
      () => {
        const run = govtext(['extract', input, '-o', '/dev/full', '--quiet']);
        expect(run.status).toBe(2);
        expect(expectCleanStderr(run.stderr)).toEqual([
          'govtext: cannot write /dev/full: no space left on the device (ENOSPC); it is no regular file, so the run cannot be resumed there',
        ]);
        const full = openSync('/dev/full', 'w');
        try {
          const stdout = govtext(['extract', input, '--quiet'], { stdout: full });
          expect(stdout.status).toBe(2);
          expect(expectCleanStderr(stdout.stderr)).toEqual([
            'govtext: cannot write to standard output: no space left on the device (ENOSPC)',
          ]);
        } finally {
          closeSync(full);
        }
      },
    );

    it('a reader that closes the pipe early', async () => {
      const child = spawn(process.execPath, [CLI, 'extract', file('pipe.jsonl', dump(300, 600)), '--quiet'], {
        cwd: work,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (chunk) => (stderr += chunk));
      child.stdout!.once('data', () => child.stdout!.destroy());
      const status = await new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
      expect(status).toBe(2);
      expect(expectCleanStderr(stderr)).toEqual([
        'govtext: cannot write to standard output: the reader closed the pipe (EPIPE)',
      ]);
    });
  },
);

/** A small tmpfs to fill, where this process may mount one (root in CI); the reason when it may not. */
function mountTmpfs(): { path: string } | { reason: string } {
  if (process.platform !== 'linux' || process.getuid?.() !== 0)
    return { reason: 'mounting a tmpfs needs root on Linux' };
  const path = join(work, 'tmpfs');
  mkdirSync(path);
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', path], { encoding: 'utf8' });
  if (mount.status !== 0)
    return { reason: `mount -t tmpfs failed: ${(mount.stderr || mount.error?.message || '').trim()}` };
  afterAll(() => {
    spawnSync('umount', [path]);
  });
  return { path };
}
const tmpfs = built ? mountTmpfs() : { reason: 'not built' };
if ('reason' in tmpfs)
  console.warn(
    `test/cli/faults.test.ts: skipping the full-disk tests on a real tmpfs (${tmpfs.reason}); test/cli/outputs.test.ts fills a simulated device instead`,
  );

describe.skipIf(!('path' in tmpfs))('govtext extract on a full tmpfs', () => {
  const disk = 'path' in tmpfs ? tmpfs.path : '';
  const input = file('for-tmpfs.jsonl', dump(300, 1200));
  const expected = built ? reference(input) : [];
  // A test that failed midway leaves its files behind; the next one starts from an empty disk, or the remount to a
  // smaller size fails too.
  const emptyDisk = () => {
    for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
  };
  const ran = (run: Run) => `signal ${run.signal ?? 'none'}; stderr: ${run.stderr}`;
  const remount = (size: string) => expect(spawnSync('mount', ['-o', `remount,size=${size}`, disk]).status).toBe(0);

  for (const jobs of ['1', '2']) {
    it(`JSONL with --jobs ${jobs}: exit 2, the file ends at its last complete line, and the printed --resume command completes it byte for byte`, () => {
      rmSync(join(disk, 'records.jsonl'), { force: true });
      remount('256k');
      const output = join(disk, 'records.jsonl');
      const run = govtext(['extract', input, '-o', output, '--jobs', jobs, '--quiet']);
      expect(run.status).toBe(2);
      const written = readFileSync(output, 'utf8');
      expect(written.endsWith('\n')).toBe(true);
      const kept = lines(written);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept).toEqual(expected.slice(0, kept.length));
      const [message] = expectCleanStderr(run.stderr);
      expect(message).toBe(
        `govtext: cannot write ${output}: no space left on the device (ENOSPC); ${output} holds the first ${kept.length} documents; once there is room, continue with: govtext extract ${input} -o ${output} --jobs ${jobs} --quiet --resume`,
      );
      remount('16m');
      const command = message!
        .slice(message!.indexOf('continue with: govtext ') + 'continue with: govtext '.length)
        .split(' ');
      const resumed = govtext(command);
      expect(resumed.status).toBe(0);
      expect(readFileSync(output, 'utf8')).toBe(`${expected.join('\n')}\n`);
    });
  }

  it('CSV: exit 2, and every table ends with the same document', () => {
    emptyDisk();
    remount('256k');
    const folder = join(disk, 'tables');
    const run = govtext(['extract', input, '--format', 'csv', '-o', folder, '--quiet']);
    expect(run.status, ran(run)).toBe(2);
    const [message] = expectCleanStderr(run.stderr);
    const match =
      /^govtext: cannot write .+\.csv: no space left on the device \(ENOSPC\); the tables in .+ hold the first (\d+) documents; once there is room, run the command again \(CSV tables cannot be resumed\)$/.exec(
        message!,
      );
    expect(match).not.toBeNull();
    const documents = Number(match![1]);
    const ids = expected.slice(0, documents).map((line) => JSON.parse(line).id);
    const table = (name: string) =>
      parseCsv(readFileSync(join(folder, `${name}.csv`)), { columns: true }) as Record<string, string>[];
    expect(table('documents').map((row) => row.id)).toEqual(ids);
    const mentions = expected.slice(0, documents).flatMap((line) => {
      const record = JSON.parse(line);
      return record.entities.map((entity: { text: string }) => `${record.id}|${entity.text}`);
    });
    expect(table('entities').map((row) => `${row.document_id}|${row.text}`)).toEqual(mentions);
    for (const name of ['topics', 'relations', 'timex', 'events'])
      expect(table(name).every((row) => ids.includes(row.document_id))).toBe(true);
    rmSync(folder, { recursive: true });
  });

  it('Parquet: exit 2, one line naming the file, and no table left half-written', () => {
    emptyDisk();
    remount('8k');
    const folder = join(disk, 'parquet');
    const run = govtext(['extract', input, '--format', 'parquet', '-o', folder, '--quiet']);
    expect(run.status, ran(run)).toBe(2);
    expect(expectCleanStderr(run.stderr)).toEqual([
      expect.stringMatching(
        /^govtext: cannot write .+\.parquet\.partial: no space left on the device \(ENOSPC\); the tables in .+ hold no document yet; once there is room, run the command again \(Parquet tables cannot be resumed\)$/,
      ),
    ]);
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
    rmSync(folder, { recursive: true });
  });

  it('CoNLL: exit 2, the file ends with its last complete document', () => {
    emptyDisk();
    remount('128k');
    const output = join(disk, 'mentions.conll');
    const run = govtext(['extract', input, '--format', 'conll', '-o', output, '--quiet']);
    expect(run.status, ran(run)).toBe(2);
    const [message] = expectCleanStderr(run.stderr);
    const match =
      /; .+ holds (?:the first (\d+) documents|no document yet); once there is room, run the command again \(CoNLL output cannot be resumed\)$/.exec(
        message!,
      );
    expect(match, message).not.toBeNull();
    const written = readFileSync(output, 'utf8');
    expect(written.split('-DOCSTART-').length - 1).toBe(Number(match![1] ?? 0));
    expect(written.endsWith('\n\n')).toBe(true);
    rmSync(output);
  });
});

describe.skipIf(!('path' in tmpfs))('govtext render and report on a full tmpfs', () => {
  const disk = 'path' in tmpfs ? tmpfs.path : '';
  it('exit 2 with one line naming the file and the cause, and no half-written page or report left', () => {
    const records = join(work, 'render-records.jsonl');
    writeFileSync(records, reference(file('for-render.jsonl', dump(60, 2500))).join('\n'));
    for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
    expect(spawnSync('mount', ['-o', 'remount,size=64k', disk]).status).toBe(0);
    for (const [args, what] of [
      [
        ['render', records, '-o', join(disk, 'pages')],
        /^govtext: cannot write .+\/pages\/.+\.html: no space left on the device \(ENOSPC\)$/,
      ],
      [
        ['report', records, '-o', join(disk, 'report.html')],
        /^govtext: cannot write .+\/report\.html: no space left on the device \(ENOSPC\)$/,
      ],
    ] as const) {
      rmSync(join(disk, 'pages'), { recursive: true, force: true });
      // Fill the disk but for a few kilobytes, so that the first page or the report does not fit.
      writeFileSync(join(disk, 'filler'), Buffer.alloc(60 * 1024 - 2048));
      const run = govtext([...args]);
      rmSync(join(disk, 'filler'));
      expect(run.status, args[0]).toBe(2);
      const message = expectCleanStderr(run.stderr).at(-1)!;
      expect(message, args[0]).toMatch(what);
      const failed = message.slice('govtext: cannot write '.length, message.indexOf(': no space'));
      expect(existsSync(failed), failed).toBe(false);
    }
  });
});

describe.skipIf(!built)('govtext extract stopped by SIGINT or SIGTERM', () => {
  const input = file('signals.jsonl', dump(800, 2500));
  const expected = built ? reference(input) : [];

  for (const [signal, status, jobs] of [
    ['SIGINT', 130, '2'],
    ['SIGTERM', 143, '1'],
  ] as const) {
    it(`${signal} (--jobs ${jobs}): the file ends at a complete line, standard error says how many documents it holds and the --resume command, exit ${status}`, async () => {
      const output = join(work, `${signal}.jsonl`);
      const child: ChildProcess = spawn(
        process.execPath,
        [CLI, 'extract', input, '-o', output, '--jobs', jobs, '--quiet'],
        {
          cwd: work,
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr!.on('data', (chunk) => (stderr += chunk));
      const exited = new Promise<[number | null, string | null]>((resolve) =>
        child.once('close', (code, killedBy) => resolve([code, killedBy])),
      );
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && !(existsSync(output) && statSync(output).size > 100_000))
        await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill(signal);
      expect(await exited).toEqual([status, null]);

      const written = readFileSync(output, 'utf8');
      expect(written.endsWith('\n')).toBe(true);
      const kept = lines(written);
      expect(kept.length).toBeLessThan(expected.length);
      expect(kept).toEqual(expected.slice(0, kept.length));
      expect(expectCleanStderr(stderr)).toEqual([
        `govtext: stopped by ${signal}; ${output} holds the first ${kept.length} documents; continue with: govtext extract ${input} -o ${output} --jobs ${jobs} --quiet --resume`,
      ]);
      const resumed = govtext(['extract', input, '-o', output, '--jobs', jobs, '--quiet', '--resume']);
      expect(resumed.status).toBe(0);
      expect(readFileSync(output, 'utf8')).toBe(`${expected.join('\n')}\n`);
    });
  }
});

describe.skipIf(!built)('govtext stats, render and report on a records file that cannot be read', () => {
  it('one line naming the file and the cause, exit 2', () => {
    mkdirSync(join(work, 'records-folder'), { recursive: true });
    for (const args of [['stats'], ['render', '-o', join(work, 'never')], ['report']]) {
      const run = govtext([args[0]!, 'records-folder', ...args.slice(1)]);
      expect(run.status, args[0]).toBe(2);
      expect(expectCleanStderr(run.stderr), args[0]).toEqual([
        'govtext: cannot read records-folder: it is a folder (EISDIR)',
      ]);
    }
  });
});

describe.skipIf(!built)('govtext extract: odd JSONL fields', () => {
  it('keeps __proto__, constructor and toString as data under meta, reads own fields only, and treats a null source, title or date as none', () => {
    const input = file(
      'fields.jsonl',
      [
        '{"id":"p","text":"Das BSI in Bonn.","__proto__":{"x":1},"constructor":"c","toString":"t","source":null,"title":null,"note":null}',
        // Not starting with a brace: parsed on the main thread and sent to a worker as an object.
        ' {"id":"q","text":"Das BSI in Bonn.","__proto__":{"y":2},"date":null}',
      ].join('\n'),
    );
    for (const jobs of ['1', '2']) {
      const run = govtext(['extract', input, '--jobs', jobs, '--quiet']);
      expect(run.status).toBe(0);
      const [p, q] = lines(run.stdout);
      expect(p).toContain(`"source":"${input}:1"`);
      expect(p).toContain('"meta":{"__proto__":{"x":1},"constructor":"c","toString":"t","note":null}');
      expect(p).not.toContain('"title"');
      expect(q).toContain('"meta":{"__proto__":{"y":2}}');
      expect(q).not.toContain('"date"');
    }
    const ownOnly = govtext(['extract', input, '--text-field', 'hasOwnProperty', '--id-field', 'valueOf', '--quiet']);
    expect(ownOnly.status).toBe(1);
    expect(lines(ownOnly.stdout).map((line) => JSON.parse(line))).toMatchObject([
      {
        id: 'fields.jsonl:1',
        error: { code: 'missing-text', message: 'no field "hasOwnProperty"', line: 1 },
      },
      {
        id: 'fields.jsonl:2',
        error: { code: 'missing-text', message: 'no field "hasOwnProperty"', line: 2 },
      },
    ]);
  });
});
