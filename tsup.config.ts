import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { type Options, defineConfig } from 'tsup';

const LANGUAGE_DATA = resolve('src/lang/de');

/**
 * Data files (src/lang/de/**.json) ship once, as minified JSON in dist/data/
 * beside a one-line CommonJS module that requires it; both builds load that
 * module (ES modules import it: Node and bundlers take a CommonJS module's
 * exports as its default). So the gazetteers and the NER model are in the
 * tarball once, not once per format, and Node parses each with JSON.parse
 * from the file: faster than an ES module holding the text as a string
 * literal (the old build), which V8 scans before it can parse it.
 */
const sharedLanguageData: Plugin = {
  name: 'shared-language-data',
  setup(build) {
    const written = new Set<string>();
    build.onResolve({ filter: /\.json$/ }, ({ path, resolveDir }) => {
      const source = resolve(resolveDir, path);
      const name = relative(LANGUAGE_DATA, source);
      if (name.startsWith('..')) return undefined;
      const base = name.replaceAll('/', '-').slice(0, -'.json'.length);
      if (!written.has(base)) {
        written.add(base);
        mkdirSync(join('dist', 'data'), { recursive: true });
        writeFileSync(join('dist', 'data', `${base}.json`), JSON.stringify(JSON.parse(readFileSync(source, 'utf8'))));
        writeFileSync(
          join('dist', 'data', `${base}.cjs`),
          `'use strict';\n// ${relative('.', source)}\nmodule.exports = require('./${base}.json');\n`,
        );
      }
      return { path: `./data/${base}.cjs`, external: true };
    });
  },
};

const shared: Options = {
  target: 'node20',
  // zod/mini, tree-shaken into the bundle: importing the package loaded zod's
  // ~90 modules (every locale among them), a third of the cold start. The
  // declarations still import zod's types.
  noExternal: ['zod'],
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
