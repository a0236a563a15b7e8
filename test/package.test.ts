// The built package (dist/, made by `npm run build`, which .ci/run runs first):
// ESM and CommonJS entry points, the JSON Schema, a clean standard output, and
// a browser-safe core that imports no Node module.

import { execFileSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const DIST = join(ROOT, 'dist');
const built = existsSync(join(DIST, 'index.js'));
if (!built) console.warn('test/package.test.ts: dist/ not built, skipping the built-package tests (run npm run build)');

function run(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
}

describe.skipIf(!built)('the built package', () => {
  it('loads as ESM and prints nothing to standard output on import and extract', () => {
    const out = run([
      '--input-type=module',
      '-e',
      `import { extract } from './dist/index.js'; extract('Dr. Kuhn sprach über das OZG.');`,
    ]);
    expect(out).toBe('');
  });

  it('loads as CommonJS with the same exports', () => {
    const out = run([
      '-e',
      `const g = require('./dist/index.cjs'); process.stdout.write(JSON.stringify(g.tokenize('Die E-Akte.').map(t => t.text)))`,
    ]);
    expect(JSON.parse(out)).toEqual(['Die', 'E-Akte', '.']);
  });

  it('ships type declarations and a JSON Schema of the record', () => {
    expect(existsSync(join(DIST, 'index.d.ts'))).toBe(true);
    expect(existsSync(join(DIST, 'index.d.cts'))).toBe(true);
    const schema = JSON.parse(readFileSync(join(DIST, 'document-record.schema.json'), 'utf8'));
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.properties.entities.type).toBe('array');
  });

  it('resolves by package name through the exports map, for import and require', () => {
    const esm = run([
      '--input-type=module',
      '-e',
      `import { SCHEMA_VERSION } from 'govtext-de'; process.stdout.write(SCHEMA_VERSION)`,
    ]);
    const cjs = run(['-e', `process.stdout.write(require('govtext-de').SCHEMA_VERSION)`]);
    const schemaPath = run(['-e', `process.stdout.write(require.resolve('govtext-de/document-record.schema.json'))`]);
    expect(esm).toMatch(/^\d+\.\d+\.\d+$/);
    expect(cjs).toBe(esm);
    expect(schemaPath).toBe(join(DIST, 'document-record.schema.json'));
  });

  it('bundles for the browser and runs where neither require nor process exists', async () => {
    const bundled = await build({
      entryPoints: [join(DIST, 'index.js')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'govtext',
      write: false,
      logLevel: 'silent',
    });
    // A browser's globals as far as the core needs them (atob decodes htmlparser2's entity tables); no require, no process.
    const sandbox: Record<string, unknown> = { atob };
    runInNewContext(bundled.outputFiles[0]!.text, sandbox);
    const stems = runInNewContext(
      `govtext.extract('Die Mitarbeiter:innen der Stadt. Zweiter Satz.', undefined, { tokens: true }).tokens.map((t) => t.stem)`,
      sandbox,
    );
    expect([...stems]).toEqual(['die', 'mitarbeit', 'der', 'stadt', '.', 'zweit', 'satz', '.']);
  });

  it('ships the NER model as its own entry, govtext-de/ner, that runs in a bare engine too', async () => {
    const esm = run([
      '--input-type=module',
      '-e',
      `import { tagEntities } from 'govtext-de/ner'; process.stdout.write(JSON.stringify(tagEntities('Gestern besuchte Angela Merkel Paris.').map((m) => m.label)))`,
    ]);
    expect(JSON.parse(esm)).toContain('PER');
    const cjs = run([
      '-e',
      `const { createExtractor } = require('govtext-de'); const { nerRecognizer } = require('govtext-de/ner'); process.stdout.write(String(createExtractor({ model: nerRecognizer() }).extract('Hallo.').entities.length))`,
    ]);
    expect(cjs).toBe('0');
    const bundled = await build({
      entryPoints: [join(DIST, 'ner.js')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'ner',
      write: false,
      logLevel: 'silent',
    });
    const sandbox: Record<string, unknown> = { atob };
    runInNewContext(bundled.outputFiles[0]!.text, sandbox);
    const labels = runInNewContext(
      `ner.tagEntities('Gestern besuchte Angela Merkel Paris.').map((m) => m.label)`,
      sandbox,
    );
    expect([...labels]).toContain('PER');
  });

  it('keeps the model out of the main entry: dist/index.js does not load it', () => {
    const modelBytes = statSync(join(ROOT, 'src', 'lang', 'de', 'model', 'ner-model.json')).size;
    const indexBytes = readdirSync(DIST)
      .filter(
        (name) =>
          name === 'index.js' ||
          (name.startsWith('chunk-') &&
            name.endsWith('.js') &&
            readFileSync(join(DIST, 'index.js'), 'utf8').includes(name)),
      )
      .reduce((sum, name) => sum + statSync(join(DIST, name)).size, 0);
    expect(indexBytes).toBeLessThan(modelBytes);
  });

  it('ships the corpus report as its own ESM entry, govtext-de/report, and keeps vega out of the main entry', async () => {
    const out = run([
      '--input-type=module',
      '-e',
      `import { summarizeCorpus, renderReport } from 'govtext-de/report'; import { extract } from 'govtext-de'; const page = await renderReport(summarizeCorpus([extract('Dr. Anna Wegener vom BSI sprach.')])); process.stdout.write(String(page.includes('<svg')))`,
    ]);
    expect(out).toBe('true');
    const bundled = await build({
      entryPoints: [join(DIST, 'index.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    expect(Object.keys(bundled.metafile.inputs).filter((input) => input.includes('vega'))).toEqual([]);
    const sandbox: Record<string, unknown> = { atob };
    const iife = await build({
      entryPoints: [join(DIST, 'index.js')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'govtext',
      write: false,
      logLevel: 'silent',
    });
    runInNewContext(iife.outputFiles[0]!.text, sandbox);
    const marked = runInNewContext(
      `const t = 'Das BSI <b>warnt</b>.'; govtext.renderHtml(govtext.extract(t), t)`,
      sandbox,
    ) as string;
    expect(marked).toMatch(/>BSI(<\/span>)?<\/mark>/);
    expect(marked).toContain(' &lt;b&gt;warnt&lt;/b&gt;.');
    expect(marked).not.toContain('<b>warnt');
  });

  it('documents every record field in the declarations, so editors show it on hover', () => {
    const declarations = readdirSync(DIST)
      .filter((name) => name.endsWith('.d.ts'))
      .map((name) => readFileSync(join(DIST, name), 'utf8'))
      .join('\n');
    for (const doc of [
      'The normalised name all mentions of one thing share',
      'Index into `entities` of the person mention',
      "The topic's id: one of the built-in taxonomy's",
      'Where govtext extract read the document',
    ])
      expect(declarations).toContain(doc);
    expect(declarations).toContain('type TopicId = (typeof BUILT_IN_TOPIC_IDS)[number] | (string & {})');
    expect(declarations).toMatch(/BUILT_IN_TOPIC_IDS: readonly \["ki", "cloud",/);
  });

  it('imports no node: module in the core bundle', () => {
    const bundle = readFileSync(join(DIST, 'index.js'), 'utf8');
    expect(bundle).not.toMatch(/from\s+["']node:/);
    expect(bundle).not.toMatch(/require\(["']node:/);
  });
});

describe('the core sources', () => {
  const nodeBuiltins =
    /from\s+['"](node:[^'"]+|fs|path|os|child_process|worker_threads|crypto|zlib|stream|readline)['"]/;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'cli' ? [] : files(path);
      return path.endsWith('.ts') ? [path] : [];
    });

  it.each(files(join(ROOT, 'src')).map((f) => [f.slice(ROOT.length + 1)]))('%s imports no Node-only module', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(nodeBuiltins);
  });
});
