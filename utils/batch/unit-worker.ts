/**
 * The worker thread's side of batch mode: reads the units the main thread sends, one at a time, and answers with
 * their rows and counts; a few times a second it says how far it is. cli/batch-worker.ts starts it.
 */
import { getHeapStatistics } from 'node:v8';
import type { MessagePort } from 'node:worker_threads';
import { errorMessage } from './error-message';
import { hashRange } from './hash-range';
import { processUnit, type UnitOptions, type UnitProgress, type UnitResult } from './process-unit';
import type { WorkUnit } from './work-plan';

export type UnitRequest = { unit: WorkUnit; options: UnitOptions; hash: boolean };

export type WorkerMessage =
  | { type: 'progress'; progress: UnitProgress }
  | ({ type: 'done'; sha256: string | null; heapBytes: number } & UnitResult)
  | { type: 'crashed'; message: string };

/** The largest heap this thread has had, sampled as it reports progress (what "memory per worker" means). */
let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, getHeapStatistics().total_heap_size);
  return peakHeap;
};

/** Reads one unit and says how it went (with the SHA-256 of its range, if asked). */
export async function answerUnit(request: UnitRequest, post: (message: WorkerMessage) => void): Promise<void> {
  let last = 0;
  const progress = (p: UnitProgress) => {
    const now = performance.now();
    if (now - last < 250) return;
    last = now;
    sampleHeap();
    post({ type: 'progress', progress: p });
  };
  try {
    const result = await processUnit(request.unit, request.options, progress);
    const { unit } = request;
    const sha256 = request.hash ? hashRange(unit.path, unit.start, unit.end) : null;
    post({ type: 'done', sha256, heapBytes: sampleHeap(), ...result });
  } catch (err) {
    post({ type: 'crashed', message: errorMessage(err) });
  }
}

/** Serves units on `port` until the main thread lets the worker go. */
export function serveUnits(port: MessagePort): void {
  let queue = Promise.resolve();
  port.on('message', (request: UnitRequest) => {
    queue = queue.then(() => answerUnit(request, (message) => port.postMessage(message)));
  });
}
