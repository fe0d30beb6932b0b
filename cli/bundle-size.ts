/**
 * Prints the size of each built bundle, raw and gzip, against its budget (content script 15 KB gzip, popup
 * 60 KB gzip). `--check` exits non-zero when a budget is exceeded. Reads `.output/chrome-mv3` (run
 * `wxt build` first).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_EXTENSION_DIR } from './browser';

export type BundleFigure = { name: string; files: string[]; raw: number; gzip: number; budgetGzip: number | null };

/** Bundles by entrypoint; a bundle is every JS file whose path matches. */
const BUNDLES: { name: string; match: RegExp; budgetGzip: number | null }[] = [
  { name: 'content script', match: /^content-scripts\/.*\.js$/, budgetGzip: 15 * 1024 },
  { name: 'background', match: /^background\.js$/, budgetGzip: null },
  { name: 'popup', match: /^chunks\/popup-.*\.js$/, budgetGzip: 60 * 1024 },
];

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function measureBundles(dir = CHROME_EXTENSION_DIR): BundleFigure[] {
  const files = listFiles(dir).map((path) => ({ path, rel: relative(dir, path) }));
  return BUNDLES.map(({ name, match, budgetGzip }) => {
    const mine = files.filter((f) => match.test(f.rel));
    const contents = mine.map((f) => readFileSync(f.path));
    return {
      name,
      files: mine.map((f) => f.rel),
      raw: contents.reduce((n, c) => n + c.length, 0),
      gzip: contents.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0),
      budgetGzip,
    };
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatBundleTable(figures: BundleFigure[]): string {
  const rows = figures.map((f) => {
    const verdict =
      f.budgetGzip === null
        ? 'no budget'
        : f.gzip <= f.budgetGzip
          ? `met (≤ ${kb(f.budgetGzip)})`
          : `OVER (> ${kb(f.budgetGzip)})`;
    return `${f.name.padEnd(16)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}   ${verdict}`;
  });
  return [`${'bundle'.padEnd(16)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}   budget`, ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = measureBundles();
  console.log(formatBundleTable(figures));
  const over = figures.filter((f) => f.budgetGzip !== null && f.gzip > f.budgetGzip);
  if (process.argv.includes('--check') && over.length > 0) {
    console.error(`Over budget: ${over.map((f) => f.name).join(', ')}`);
    process.exitCode = 1;
  }
}
