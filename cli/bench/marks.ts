import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/browsers/chromium';

/** The spans the benchmark reads, between two Performance marks the extension's scripts leave in the page. */
export const SPANS = {
  /** The page-source script: the frame's markup and addresses handed to the background. */
  source: ['event-lens:source:start', 'event-lens:source:end'],
  /** The content script, from the evaluation of its first module to its end. */
  content: ['event-lens:content:loaded', 'event-lens:content:end'],
  /** The content script's own check, up to the hand-off to the background. */
  'content-check': ['event-lens:content:loaded', 'event-lens:content:checked'],
} as const;

/** Milliseconds of one span, once both its marks exist. */
export async function markSpan(page: Page, name: keyof typeof SPANS): Promise<number> {
  const [start, end] = SPANS[name];
  const handle = await page.waitForFunction(
    ([s, e]) => {
      const [a] = performance.getEntriesByName(s);
      const [b] = performance.getEntriesByName(e);
      return a && b ? b.startTime - a.startTime : false;
    },
    [start, end] as const,
  );
  return Number(await handle.jsonValue());
}

/** The extension's running service worker (a new one after it was stopped). */
async function currentWorker(browser: ExtensionBrowser): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`);
  // Newest last: a worker just stopped may still be listed before the one that replaced it.
  return browser.context.serviceWorkers().filter(ours).at(-1) ?? browser.context.waitForEvent('serviceworker', ours);
}

/**
 * The background's reads of frames so far, each from the injection of the page-source script to the record
 * (`event-lens:read` measures in the background's timeline, bench builds: entrypoints/background/bench-marks.ts).
 */
export async function backgroundReads(browser: ExtensionBrowser): Promise<number[]> {
  const worker = await currentWorker(browser);
  return worker.evaluate(() => performance.getEntriesByName('event-lens:read').map((e) => e.duration));
}

/** The duration of the first read after the `seen` ones, or `null` when none comes within `timeoutMs`. */
export async function nextRead(browser: ExtensionBrowser, seen: number, timeoutMs = 5000): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reads = await backgroundReads(browser).catch(() => []);
    if (reads.length > seen) return reads[seen] ?? null;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}
