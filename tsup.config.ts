import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  // natural's German stemmer is a CommonJS deep import; keep it external so
  // users' bundlers resolve it and natural's root module is never loaded.
  external: ['natural', 'zod'],
});
