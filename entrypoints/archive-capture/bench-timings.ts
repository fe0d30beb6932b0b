/**
 * The content script's timings, in bench builds only (`wxt build --mode bench`, which `npm run bench` measures):
 * production builds carry no instrumentation, as in a page's fresh script context a first Performance mark
 * costs about 0.1 ms. Imported first by index.ts, so `startedAt` is read before the script's other modules are
 * evaluated; the marks are made after the last reading, out of the measured span.
 */
const BENCH = import.meta.env.MODE === 'bench';

export const startedAt = BENCH ? performance.now() : 0;

export function timeCheck(): number {
  return BENCH ? performance.now() : 0;
}

export function markTimings(checkedAt: number): void {
  if (!BENCH) return;
  const endedAt = performance.now();
  performance.mark('event-lens:content:loaded', { startTime: startedAt });
  performance.mark('event-lens:content:checked', { startTime: checkedAt });
  performance.mark('event-lens:content:end', { startTime: endedAt });
}
