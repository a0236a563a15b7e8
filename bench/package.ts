// npm run bench:package: what a user of the published package gets. Packs the
// built package (npm pack), installs the tarball into a scratch consumer with
// --omit=dev (a production install, from the npm registry), and measures: the
// tarball's size, the consumer's node_modules size and package count, and, in
// fresh processes (median of --runs, default 9), the time to import the package
// (ESM import(), CommonJS require()) and the time of the first extract() on a
// corpus report. Run `npm run build` first; writes bench/package-results.json.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './measure.js';

const root = resolve(import.meta.dirname, '..');
const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 9;
const keep = process.argv.includes('--keep');

/** Bytes of every file under `dir` (symbolic links not followed), as `du --apparent-size -b` counts them. */
function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += treeBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

const diskKb = (dir: string) => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]);
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

const scratch = mkdtempSync(join(tmpdir(), 'govtext-package-'));
const packDir = join(scratch, 'pack');
mkdirSync(packDir);
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, npm_config_ignore_scripts: 'true' },
  }),
) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
const tarball = join(packDir, packed!.filename);

const consumer = join(scratch, 'consumer');
mkdirSync(consumer);
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock', tarball], {
  cwd: consumer,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const modules = join(consumer, 'node_modules');
const lock = JSON.parse(readFileSync(join(modules, '.package-lock.json'), 'utf8')) as {
  packages: Record<string, unknown>;
};
const packages = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/'));

const report = readFileSync(join(root, 'corpus', '01-ki-kongress.txt'), 'utf8');
writeFileSync(join(consumer, 'report.txt'), report);
const probe = (load: string) => `
const started = performance.now();
${load}
const imported = performance.now();
extract(require('node:fs').readFileSync(__dirname + '/report.txt', 'utf8'));
const extracted = performance.now();
process.stdout.write(JSON.stringify({ importMs: imported - started, extractMs: extracted - imported }));
`;
writeFileSync(join(consumer, 'probe.cjs'), probe(`const { extract } = require('govtext-de');`));
writeFileSync(
  join(consumer, 'probe.mjs'),
  probe(`const { extract } = await import('govtext-de');`)
    .replace("require('node:fs')", "(await import('node:fs'))")
    .replace("__dirname + '", "import.meta.dirname + '"),
);

type Timing = { importMs: number; extractMs: number };
const timings: Record<'esm' | 'cjs', Timing[]> = { esm: [], cjs: [] };
for (let i = 0; i < runs; i++) {
  for (const [kind, file] of [
    ['esm', 'probe.mjs'],
    ['cjs', 'probe.cjs'],
  ] as const) {
    timings[kind].push(JSON.parse(execFileSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' })));
  }
}

const results = {
  measured: new Date().toISOString(),
  node: process.version,
  tarball: {
    file: packed!.filename,
    bytes: packed!.size,
    unpackedBytes: packed!.unpackedSize,
    files: packed!.entryCount,
  },
  productionInstall: {
    bytes: treeBytes(modules),
    diskBytes: diskKb(modules) * 1024,
    packages: packages.length,
    names: packages.map((p) => p.slice(13)),
  },
  importMs: { esm: median(timings.esm.map((t) => t.importMs)), cjs: median(timings.cjs.map((t) => t.importMs)) },
  firstExtractMs: {
    esm: median(timings.esm.map((t) => t.extractMs)),
    cjs: median(timings.cjs.map((t) => t.extractMs)),
  },
  runs,
};

console.log(
  `tarball ${packed!.filename}: ${mb(results.tarball.bytes)} (${mb(results.tarball.unpackedBytes)} unpacked, ${results.tarball.files} files)`,
);
console.log(
  `production install: node_modules ${mb(results.productionInstall.bytes)} (${mb(results.productionInstall.diskBytes)} on disk, du), ${results.productionInstall.packages} packages`,
);
console.log(
  `import (median of ${runs} fresh processes): ESM ${results.importMs.esm.toFixed(0)} ms, CJS ${results.importMs.cjs.toFixed(0)} ms`,
);
console.log(
  `first extract() of corpus/01-ki-kongress.txt: ESM ${results.firstExtractMs.esm.toFixed(0)} ms, CJS ${results.firstExtractMs.cjs.toFixed(0)} ms`,
);
writeFileSync(join(root, 'bench', 'package-results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (keep) console.log(`consumer kept in ${consumer}`);
else rmSync(scratch, { recursive: true, force: true });
