import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * Data files (src/lang/de/*.json) ship as JSON text handed to JSON.parse: V8
 * parses JSON text several times faster than the object literals esbuild would
 * otherwise emit for them, which dominated the time to import the package.
 */
const jsonAsText: Plugin = {
  name: 'json-as-text',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
      // Apostrophes (only ever inside JSON strings) as \u0027: esbuild then quotes
      // the text with ' instead of a template literal, which V8 parses about
      // 100 ms slower for the 3.8 MB model.
      const minified = JSON.stringify(JSON.parse(await readFile(path, 'utf8'))).replaceAll("'", '\\u0027');
      return { contents: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(minified)});`, loader: 'js' };
    });
  },
};

export default defineConfig([
  {
    // The NER model is its own entry (govtext-de/ner): the main bundle stays without its 3.7 MB.
    entry: { index: 'src/index.ts', ner: 'src/ner.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    // natural's German stemmer is a CommonJS deep import; keep it external so
    // users' bundlers resolve it and natural's root module is never loaded.
    external: ['natural'],
    // zod/mini, tree-shaken into the bundle: importing the package loaded zod's
    // ~90 modules (every locale among them), a third of the cold start. The
    // declarations still import zod's types.
    noExternal: ['zod'],
    esbuildPlugins: [jsonAsText],
  },
  {
    // The corpus report (govtext-de/report) is its own entry, so the main one stays without vega and
    // vega-lite; ESM only, as vega is (an ES module with top-level await, which require() cannot load).
    entry: { report: 'src/report.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    external: ['vega', 'vega-lite'],
    noExternal: ['zod'],
    esbuildPlugins: [jsonAsText],
  },
  {
    // The govtext command (Node only) and its worker thread.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    external: ['natural', 'zod', 'cli-progress', 'csv-stringify', 'hyparquet-writer', 'vega', 'vega-lite'],
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [jsonAsText],
  },
]);
