import { defineConfig } from 'vitest/config';

// Real-browser tests: Chromium with the built extension (run `wxt build` first; `npm test` does).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
