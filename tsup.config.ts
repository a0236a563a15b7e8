import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { type Options, defineConfig } from 'tsup';

const LANGUAGE_DATA = resolve('src/lang/de');

/**
 * Data files (src/lang/de/**.json) ship once, as minified JSON in dist/data/
 * that both builds load: the NER model's three files (govtext-de/ner only) as
 * they are, everything else the core reads as one file, de.json, so that
 * importing the package opens one data module rather than fifteen. Each JSON
 * file sits behind a one-line CommonJS module that requires it: the ES modules
 * import that (Node and bundlers take a CommonJS module's exports as its
 * default), the CommonJS build requires it. So the gazetteers and the model are
 * in the tarball once, not once per format, and Node parses each with
 * JSON.parse from the file: faster than an ES module holding the text as a
 * string literal (the old build), which V8 scans before it parses it.
 */
const SEPARATE = new Set(['model/ner-model.json', 'model/review-model.json', 'compiled/model-list-words.json']);
const sharedLanguageData: Plugin = {
  name: 'shared-language-data',
  setup(build) {
    const combined = new Map<string, unknown>();
    const writeModule = (base: string, value: unknown) => {
      mkdirSync(join('dist', 'data'), { recursive: true });
      writeFileSync(join('dist', 'data', `${base}.json`), JSON.stringify(value));
      writeFileSync(
        join('dist', 'data', `${base}.cjs`),
        `'use strict';\nmodule.exports = require('./${base}.json');\n`,
      );
    };
    build.onResolve({ filter: /\.json$/ }, ({ path, resolveDir }) => {
      const source = resolve(resolveDir, path);
      const name = relative(LANGUAGE_DATA, source);
      if (name.startsWith('..')) return undefined;
      const value = JSON.parse(readFileSync(source, 'utf8')) as unknown;
      if (SEPARATE.has(name)) {
        const base = name.replaceAll('/', '-').slice(0, -'.json'.length);
        writeModule(base, value);
        return { path: `./data/${base}.cjs`, external: true };
      }
      combined.set(name, value);
      return { path: name, namespace: 'language-data' };
    });
    build.onLoad({ filter: /.*/, namespace: 'language-data' }, ({ path }) => ({
      contents: `import data from './data/de.cjs'; export default data[${JSON.stringify(path)}];`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/data\/de\.cjs$/ }, ({ path }) => ({ path, external: true }));
    build.onEnd(() => {
      // Keys in a fixed order: the same sources give the same bytes.
      writeModule('de', Object.fromEntries([...combined].sort(([a], [b]) => (a < b ? -1 : 1))));
    });
  },
};

const shared: Options = {
  target: 'node20',
  // zod/mini, tree-shaken into the bundle: importing the package loaded zod's
  // ~90 modules (every locale among them), a third of the cold start. The
  // declarations still import zod's types. htmlparser2's Parser (with its
  // tokenizer and entities' decoder) too: importing htmlparser2 loaded its DOM
  // handler, utilities and serializer as well, 75–170 ms on a busy machine.
  noExternal: ['zod', 'htmlparser2', 'entities', 'domhandler', 'domelementtype', 'domutils', 'dom-serializer'],
  // vega and vega-lite are optional peer dependencies that the corpus report
  // imports when it draws its first chart.
  external: ['vega', 'vega-lite', /^node:/],
  esbuildPlugins: [sharedLanguageData],
};

export default defineConfig([
  {
    // The library's entries and the govtext command in one ES module build, so
    // they share their chunks: the command carries no copy of the core. The
    // NER model is its own entry (govtext-de/ner) and the corpus report with its
    // charts another (govtext-de/report): the main entry loads neither.
    ...shared,
    entry: {
      index: 'src/index.ts',
      ner: 'src/ner.ts',
      report: 'src/report.ts',
      cli: 'src/cli/main.ts',
      'cli-worker': 'src/cli/worker.ts',
    },
    format: ['esm'],
    platform: 'neutral',
    dts: { entry: { index: 'src/index.ts', ner: 'src/ner.ts', report: 'src/report.ts' } },
  },
  {
    // CommonJS for require(): the same entries without the command, each one
    // file (esbuild splits ES modules only); the data files are shared with the
    // ES modules.
    ...shared,
    entry: { index: 'src/index.ts', ner: 'src/ner.ts', report: 'src/report.ts' },
    format: ['cjs'],
    platform: 'neutral',
    dts: true,
  },
]);
