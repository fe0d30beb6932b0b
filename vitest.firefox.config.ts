import { defineConfig } from 'vitest/config';

// Real-browser tests in Firefox: Debian's firefox-esr with the built Firefox extension (run
// `wxt build -b firefox` and `wxt build -b firefox --mode e2e` first; `npm test` does).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.firefox.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
