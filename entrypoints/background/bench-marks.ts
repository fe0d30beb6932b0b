/**
 * How long reading a frame took, in bench builds only (`wxt build --mode bench`, which `npm run bench` measures):
 * from the injection of the page-source script to the record, as a measure in the background's own timeline,
 * where cli/bench/chromium.ts reads it. Production builds keep no entries.
 */
const BENCH = import.meta.env.MODE === 'bench';

export function markRead(startedAt: number): void {
  if (BENCH) performance.measure('event-lens:read', { start: startedAt, end: performance.now() });
}
