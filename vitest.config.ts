import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        url: 'https://webarchive.unesco.org/',
        // Fixture pages reference archived CSS and scripts: happy-dom never loads or runs them by default;
        // this keeps it from logging each one it skips.
        settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
      },
    },
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Real-browser suites have their own configs (vitest.e2e.config.ts, vitest.firefox.config.ts).
    exclude: ['tests/e2e/**', 'tests/firefox/**', 'node_modules/**'],
  },
});
