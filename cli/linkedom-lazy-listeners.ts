/**
 * A change the command's bundle makes to linkedom as it bundles it (cli/bundle-cli.ts): linkedom's EventTarget
 * gives every node it creates an entry in a WeakMap and a Map of its own for event listeners, at its birth. Batch
 * mode adds no listener to the pages it parses, yet those two objects a node made a scavenge of a worker's young
 * heap several times slower (a WeakMap's entries are ephemerons, which the collector handles one by one). Here the
 * Map is made when a first listener is added: the same behaviour for a node that has one, nothing for one that has
 * none (docs/batch-at-scale.md, "What the garbage collector costs").
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** Each piece of linkedom 0.18's `esm/interface/event-target.js` that changes, and what it becomes. */
const CHANGES: readonly (readonly [string, string])[] = [
  // The constructor makes no map.
  ['  constructor() {\n    wm.set(this, new Map);\n  }\n', ''],
  // A first listener makes it.
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));\n',
  ],
  // Removing from a node without listeners does nothing (dispatching already allows for no map).
  [
    '    const map = wm.get(this);\n    if (map.has(type)) {',
    '    const map = wm.get(this);\n    if (map && map.has(type)) {',
  ],
];

/** linkedom's event-target.js with listener maps made on demand; throws when the file is not the one expected. */
export function lazyListenerMaps(source: string): string {
  return CHANGES.reduce((text, [from, to]) => {
    if (text.split(from).length !== 2) {
      throw new Error(`linkedom's event-target.js has changed: review cli/linkedom-lazy-listeners.ts (${from.trim()})`);
    }
    return text.replace(from, to);
  }, source);
}

/** The esbuild plugin that applies `lazyListenerMaps` to linkedom's ES module build. */
export const lazyListenerMapsPlugin: Plugin = {
  name: 'linkedom-lazy-listeners',
  setup(build) {
    build.onLoad({ filter: /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, async (args) => ({
      contents: lazyListenerMaps(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
