import { defineConfig } from 'tsup';

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
    external: ['natural', 'zod'],
  },
  {
    // The govtext command (Node only) and its worker thread.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    external: ['natural', 'zod', 'cli-progress', 'csv-stringify'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
