import type { Page } from 'playwright-core';

/** The spans the benchmark reads, between two Performance marks the extension's scripts leave in the page. */
export const SPANS = {
  /** The injected extractor. */
  analyse: ['event-lens:analyse:start', 'event-lens:analyse:end'],
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
