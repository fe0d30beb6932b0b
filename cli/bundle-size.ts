/**
 * Prints the size of each built bundle, raw and gzip, against its budget (content script 15 KB gzip, popup
 * 60 KB gzip). `--check` exits non-zero when a budget is exceeded, or when a content script builds a regular
 * expression, a Set or a Map, or times itself. Reads `.output/chrome-mv3` (run
 * `wxt build` first).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_EXTENSION_DIR } from '../tests/browsers/chromium';

export type BundleFigure = { name: string; files: string[]; raw: number; gzip: number; budgetGzip: number | null };

/**
 * Bundles by entrypoint: the entry files, plus every chunk they import (shared chunks count for each). The
 * content scripts are unlisted scripts (entrypoints/archive-capture): the manifest's `content_scripts` one, and
 * the one the background registers on archive hosts the user adds.
 */
const BUNDLES: { name: string; match: RegExp; budgetGzip: number | null }[] = [
  { name: 'content script', match: /^archive-capture\.js$/, budgetGzip: 15 * 1024 },
  { name: 'content script (user archives)', match: /^user-archive-capture\.js$/, budgetGzip: 15 * 1024 },
  { name: 'page source (injected)', match: /^page-source\.js$/, budgetGzip: 2 * 1024 },
  { name: 'background', match: /^background\.js$/, budgetGzip: null },
  { name: 'popup', match: /^chunks\/popup-.*\.js$/, budgetGzip: 60 * 1024 },
  { name: 'options', match: /^chunks\/options-.*\.js$/, budgetGzip: null },
  { name: 'library page', match: /^chunks\/library-.*\.js$/, budgetGzip: null },
  { name: 'in-page card (injected)', match: /^card\.js$/, budgetGzip: null },
];

/** Relative paths of `rel` and of every chunk it statically imports (`from"./x.js"`, `import"./x.js"`). */
function withImports(rel: string, dir: string, seen = new Set<string>()): Set<string> {
  if (seen.has(rel)) return seen;
  seen.add(rel);
  const text = readFileSync(join(dir, rel), 'utf8');
  for (const m of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    const target = relative(dir, join(dir, rel, '..', m[1] ?? ''));
    withImports(target, dir, seen);
  }
  return seen;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function measureBundles(dir = CHROME_EXTENSION_DIR): BundleFigure[] {
  const files = listFiles(dir).map((path) => ({ path, rel: relative(dir, path) }));
  return BUNDLES.map(({ name, match, budgetGzip }) => {
    const entries = files.filter((f) => match.test(f.rel)).map((f) => f.rel);
    // A bundle that is not there is a renamed entrypoint, not a bundle of size zero.
    if (entries.length === 0) throw new Error(`No file in ${dir} for the ${name} bundle (${match.source})`);
    const mine = [...new Set(entries.flatMap((rel) => [...withImports(rel, dir)]))];
    const contents = mine.map((rel) => readFileSync(join(dir, rel)));
    return {
      name,
      files: mine,
      raw: contents.reduce((n, c) => n + c.length, 0),
      gzip: contents.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0),
      budgetGzip,
    };
  });
}

/**
 * What a content script must not do as it starts, found in its built text: it runs in every page of the
 * archives, in a fresh script context where the first regular expression, Set or Map, or Performance mark
 * costs 0.1–0.3 ms (README "Performance"); production builds carry no timing.
 */
const START_COSTS: { what: string; pattern: RegExp }[] = [
  // `RegExp`, or a literal where an expression starts (after `=`, `(`, `,`, `:`, `[`, `!`, `&`, `|`, `?`, `;`).
  { what: 'a regular expression', pattern: /\bRegExp\b|[=(,:[!&|?;]\s*\/(?![/*])(?:\\.|[^/\n\\])+\/[dgimsuy]*/ },
  { what: 'a Set or Map', pattern: /\bnew (?:Weak)?(?:Set|Map)\(/ },
  { what: 'timing instrumentation', pattern: /\bperformance\b/ },
];

export function startCostsIn(code: string): string[] {
  return START_COSTS.filter(({ pattern }) => pattern.test(code)).map(({ what }) => what);
}

/** The start costs found in the built content scripts, one line each; empty when there are none. */
export function contentScriptStartCosts(dir = CHROME_EXTENSION_DIR): string[] {
  return ['archive-capture.js', 'user-archive-capture.js'].flatMap((file) =>
    startCostsIn(readFileSync(join(dir, file), 'utf8')).map((what) => `${file}: ${what}`),
  );
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
    return `${f.name.padEnd(31)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}   ${verdict}`;
  });
  return [`${'bundle'.padEnd(31)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}   budget`, ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = measureBundles();
  console.log(formatBundleTable(figures));
  const over = figures.filter((f) => f.budgetGzip !== null && f.gzip > f.budgetGzip);
  if (process.argv.includes('--check') && over.length > 0) {
    console.error(`Over budget: ${over.map((f) => f.name).join(', ')}`);
    process.exitCode = 1;
  }
  const costs = contentScriptStartCosts();
  if (process.argv.includes('--check') && costs.length > 0) {
    console.error(`Content script start costs: ${costs.join('; ')}`);
    process.exitCode = 1;
  }
}
