// A Dask cluster on this machine for the test and the benchmark of the Dask
// recipe (examples/dask/): a scheduler and worker processes started as
// separate processes, as they would be on separate machines, talking over
// 127.0.0.1. Debian's python3-distributed, run by /usr/bin/python3.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PYTHON = '/usr/bin/python3';

/** Why Dask cannot run here, or undefined when it can. */
export function daskMissing(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  const probe = spawnSync(PYTHON, ['-c', 'import dask.bag, distributed; print(distributed.__version__)'], {
    encoding: 'utf8',
  });
  return probe.status === 0
    ? undefined
    : `${PYTHON} cannot import dask.distributed (apt-get install python3-distributed)`;
}

export interface Cluster {
  schedulerFile: string;
  /** The worker processes, in start order. */
  workers: ChildProcess[];
  /** Where the scheduler and workers log. */
  logs: string;
  /** Ends every process of the cluster (by its pid) and removes its folder. */
  stop(): Promise<void>;
}

async function waitFor(condition: () => boolean, what: string, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`Dask cluster: ${what} did not happen within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function startProcess(args: string[], log: string): ChildProcess {
  const out = openSync(log, 'a');
  return spawn(PYTHON, args, { stdio: ['ignore', out, out] });
}

/** Starts a scheduler on a free port and `workers` single-threaded workers without nannies (a killed worker stays dead). */
export async function startCluster(workers: number): Promise<Cluster> {
  const logs = mkdtempSync(join(tmpdir(), 'govtext-dask-'));
  const schedulerFile = join(logs, 'scheduler.json');
  const processes: ChildProcess[] = [];
  const scheduler = startProcess(
    [
      '-m',
      'distributed.cli.dask_scheduler',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--no-dashboard',
      '--scheduler-file',
      schedulerFile,
    ],
    join(logs, 'scheduler.log'),
  );
  processes.push(scheduler);
  const stop = async (): Promise<void> => {
    for (const child of processes) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(
      processes.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill('SIGKILL'), 5000);
            child.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
          }),
      ),
    );
    rmSync(logs, { recursive: true, force: true });
  };
  try {
    await waitFor(() => existsSync(schedulerFile), 'the scheduler start', 60);
    const started: ChildProcess[] = [];
    for (let w = 1; w <= workers; w++) {
      const worker = startProcess(
        [
          '-m',
          'distributed.cli.dask_worker',
          '--scheduler-file',
          schedulerFile,
          '--nthreads',
          '1',
          '--no-nanny',
          '--no-dashboard',
          '--name',
          `worker-${w}`,
        ],
        join(logs, `worker-${w}.log`),
      );
      processes.push(worker);
      started.push(worker);
    }
    const registered = (): number =>
      started.filter((_, i) => {
        const log = join(logs, `worker-${i + 1}.log`);
        return existsSync(log) && readFileSync(log, 'utf8').includes('Registered to:');
      }).length;
    await waitFor(() => registered() === workers, `the registration of ${workers} workers`, 60);
    return { schedulerFile, workers: started, logs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
