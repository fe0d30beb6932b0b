/**
 * Bundles the `event-lens` command for the npm package (run by `npm pack` as `prepack`): the command and its
 * worker thread's script in `.output/cli/`, so the installed command needs no TypeScript loader and none of the
 * project's dependencies at run time. The worker's script is one self-contained file, the page reader (the
 * extractor, linkedom) with it; the command does not carry the reader again: for a run it reads in its own thread,
 * it loads the worker's script (docs/batch-at-scale.md, "Worker threads"). Its own code loaded only when needed
 * (the citation engine) goes to chunks beside it.
 */
import { chmodSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { lazyListenerMapsPlugin } from './linkedom-lazy-listeners';

const root = join(import.meta.dirname, '..');

/** Vite's `?raw` imports (the CSL locale files, utils/citation/csl-locales.ts) as text, as the extension's build does. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: join(dirname(args.importer), args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};
/** In the command's bundle, the reader that `runInThread` imports is the worker's script (cli/batch-worker.ts). */
const readerFromWorkerScript: Plugin = {
  name: 'reader-from-worker-script',
  setup(b) {
    b.onResolve({ filter: /^\.\/unit-worker$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './batch-worker.mjs', external: true } : undefined,
    );
  },
};

const outdir = join(root, '.output', 'cli');
// Chunks are named by their hash: those of an earlier build would otherwise stay, and go into the package.
rmSync(outdir, { recursive: true, force: true });

const shared = {
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some dependencies are CommonJS: give the ES module bundle the `require` they call.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
} satisfies BuildOptions;

// Two builds, so that the worker's script shares no chunk with the command: built as one with chunks shared
// between the two, the worker read 2-4 % fewer pages a second on one core (6 of 6 alternated runs on the bench's
// WARC of 5,000 records, 3 December).
await build({
  ...shared,
  entryPoints: { 'batch-worker': join(root, 'cli/batch-worker.ts') },
  plugins: [lazyListenerMapsPlugin, rawText],
});
await build({
  ...shared,
  entryPoints: { 'event-lens': join(root, 'cli/event-lens.ts') },
  splitting: true,
  plugins: [readerFromWorkerScript, lazyListenerMapsPlugin, rawText],
});
chmodSync(join(outdir, 'event-lens.mjs'), 0o755);
console.log(`bundled: ${outdir}/event-lens.mjs, batch-worker.mjs and their chunks`);
