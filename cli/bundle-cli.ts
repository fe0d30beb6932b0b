/**
 * Bundles the `event-lens` command for the npm package (run by `npm pack` as `prepack`): the command and its
 * worker thread's script in `.output/cli/`, so the installed command needs no TypeScript loader and none of the
 * project's dependencies at run time. Code the two share, and code loaded only when needed (the page reader, for a
 * run read in the main thread; the citation engine), goes to chunks beside them: the main thread, which only
 * hands out units and collects rows, starts without parsing the extractor (docs/batch-at-scale.md, "Worker
 * threads").
 */
import { chmodSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
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
const outdir = join(root, '.output', 'cli');
// Chunks are named by their hash: those of an earlier build would otherwise stay, and go into the package.
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { 'event-lens': join(root, 'cli/event-lens.ts'), 'batch-worker': join(root, 'cli/batch-worker.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Shared and on-demand code in chunks of their own (above).
  splitting: true,
  target: 'node20',
  // Some dependencies are CommonJS: give the ES module bundle the `require` they call.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  plugins: [lazyListenerMapsPlugin, rawText],
  logLevel: 'warning',
});
chmodSync(join(outdir, 'event-lens.mjs'), 0o755);
console.log(`bundled: ${outdir}/event-lens.mjs, batch-worker.mjs and their chunks`);
