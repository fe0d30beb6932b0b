// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Event } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyListenerMaps } from '../../cli/linkedom-lazy-listeners';

// The file the bundle changes: the one installed, so that a linkedom upgrade that moves it fails here.
const linkedomRoot = dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));
const original = readFileSync(join(linkedomRoot, 'esm/interface/event-target.js'), 'utf8');

type Target = {
  addEventListener(type: string, listener: (e: unknown) => void, options?: { once?: boolean }): void;
  removeEventListener(type: string, listener: (e: unknown) => void): void;
  dispatchEvent(event: unknown): boolean;
};
let work = '';
let LazyTarget: new () => Target;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'event-lens-lazy-listeners-'));
  const file = join(work, 'event-target.mjs');
  writeFileSync(file, lazyListenerMaps(original));
  ({ EventTarget: LazyTarget } = (await import(pathToFileURL(file).href)) as { EventTarget: new () => Target });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("linkedom's event targets with listener maps made on demand", () => {
  it('makes no map when a node is created, and one on its first listener', () => {
    const changed = lazyListenerMaps(original);
    expect(original).toContain('wm.set(this, new Map);');
    expect(changed).not.toMatch(/constructor\(\)/);
    expect(changed).toContain('if (!map) wm.set(this, (map = new Map));');
  });

  it('still calls listeners, removes them, and honours once', () => {
    const target = new LazyTarget();
    const calls: string[] = [];
    const always = () => calls.push('always');
    target.addEventListener('ping', always);
    target.addEventListener('ping', () => calls.push('once'), { once: true });
    target.dispatchEvent(new Event('ping'));
    target.dispatchEvent(new Event('ping'));
    target.removeEventListener('ping', always);
    target.dispatchEvent(new Event('ping'));
    expect(calls).toEqual(['always', 'once', 'always']);
  });

  it('dispatches and removes on a node that never had a listener', () => {
    const target = new LazyTarget();
    expect(() => target.removeEventListener('ping', () => undefined)).not.toThrow();
    expect(target.dispatchEvent(new Event('ping'))).toBe(true);
  });

  it('refuses a file it does not know, rather than bundle it unchanged', () => {
    expect(() => lazyListenerMaps(original.replace('wm.set(this, new Map);', 'wm.set(this, new Map());'))).toThrow(
      /event-target\.js has changed/,
    );
  });
});
