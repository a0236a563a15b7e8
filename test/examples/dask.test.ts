// The Dask recipe (examples/dask/govtext_dask.py) on a real cluster of this
// machine: a scheduler and two workers started as separate processes, 21,000
// small documents (about 6 MB) in 21 shards. One worker is killed with SIGKILL
// while the run is under way; the run still ends, and its partitions, read in
// order, are byte for byte the output of one `govtext extract` of the whole
// dump: every document exactly once, every record identical. Needs Debian's
// python3-distributed (.ci/run installs it); skipped, saying why, without it.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Cluster, PYTHON, daskMissing, startCluster } from '../../scripts/dask-cluster.js';
import { CORPUS, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const RECIPE = join(ROOT, 'examples', 'dask', 'govtext_dask.py');
const missing = existsSync(CLI) ? daskMissing() : 'dist/cli.js not built (run npm run build)';
if (missing !== undefined) console.warn(`test/examples/dask.test.ts: skipped, ${missing}`);

const DOCUMENTS = 21_000;
const SHARDS = 21;

const work = mkdtempSync(join(tmpdir(), 'govtext-dask-test-'));
let cluster: Cluster | undefined;
afterAll(async () => {
  await cluster?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Document n: about 300 characters of a corpus report from a line start, with a heading of its own. */
function documents(): string[] {
  const texts = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(CORPUS, name), 'utf8'));
  const lines: string[] = [];
  for (let n = 0; n < DOCUMENTS; n++) {
    const text = texts[n % texts.length]!;
    const from = text.indexOf('\n', (n * 131) % (text.length - 400)) + 1;
    const body = `Meldung ${n}\n\n${text.slice(from, from + 300)}`;
    lines.push(JSON.stringify({ id: `m-${n}`, text: body, date: `2025-${String((n % 12) + 1).padStart(2, '0')}-01` }));
  }
  return lines;
}

describe.skipIf(missing !== undefined)('govtext extract on a Dask cluster', () => {
  it('gives the records of one process, each document exactly once, though a worker is killed mid-run', async () => {
    const lines = documents();
    const shards = join(work, 'shards');
    mkdirSync(shards);
    const perShard = DOCUMENTS / SHARDS;
    for (let s = 0; s < SHARDS; s++) {
      const name = `shard-${String(s).padStart(3, '0')}.jsonl`;
      writeFileSync(join(shards, name), `${lines.slice(s * perShard, (s + 1) * perShard).join('\n')}\n`);
    }
    const dump = `${lines.join('\n')}\n`;
    const single = spawnSync(process.execPath, [CLI, 'extract', '-', '--source', 'dump', '--jobs', '1', '--quiet'], {
      input: dump,
      maxBuffer: 1 << 30,
    });
    expect(single.status).toBe(0);

    cluster = await startCluster(2);
    const output = join(work, 'out');
    const client = spawn(
      PYTHON,
      [
        RECIPE,
        '--scheduler-file',
        cluster.schedulerFile,
        join(shards, '*.jsonl'),
        output,
        '--command',
        `"${process.execPath}" "${CLI}"`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let clientLog = '';
    client.stdout!.on('data', (chunk: Buffer) => (clientLog += chunk.toString()));
    client.stderr!.on('data', (chunk: Buffer) => (clientLog += chunk.toString()));
    const clientDone = new Promise<number | null>((resolve) => client.once('exit', (code) => resolve(code)));

    // Kill worker 1 once a few partitions are written and most are still to come.
    const victim = cluster.workers[0]!;
    let partsAtKill = -1;
    const parts = (): number => (existsSync(output) ? readdirSync(output).length : 0);
    while (client.exitCode === null) {
      if (parts() >= 3) {
        partsAtKill = parts();
        victim.kill('SIGKILL');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const status = await clientDone;
    expect(status, clientLog).toBe(0);
    expect(partsAtKill).toBeGreaterThanOrEqual(3);
    expect(partsAtKill).toBeLessThan(SHARDS);
    expect(victim.signalCode).toBe('SIGKILL');

    const files = readdirSync(output).sort();
    expect(files).toHaveLength(SHARDS);
    const union = files.map((name) => readFileSync(join(output, name), 'utf8')).join('');
    const ids = union
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(DOCUMENTS);
    expect(new Set(ids).size).toBe(DOCUMENTS);
    expect(union === single.stdout.toString('utf8')).toBe(true);
  }, 600_000);
});
