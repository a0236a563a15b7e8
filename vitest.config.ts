import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks build pages and start Chromium: on a first run (cold caches) on a busy machine that takes far over vitest's 10 s.
    hookTimeout: 180_000,
  },
});
