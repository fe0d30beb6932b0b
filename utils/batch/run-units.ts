/**
 * Runs units of batch work on `jobs` worker threads (or in this thread when no worker is given: tests, one small
 * file). Each worker takes the next unit as it finishes one, so a slow unit holds up only its worker. A worker
 * that dies (out of memory on a hostile page, or a bug) costs its unit, reported as a failed input, and is
 * replaced: the run goes on and ends with its summary.
 */
import { Worker } from 'node:worker_threads';
import type { UnitRow } from './capture-rows';
import { emptyStats } from './capture-rows';
import { answerUnit, type UnitRequest, type WorkerMessage } from './unit-worker';
import type { UnitOptions, UnitProgress, UnitResult } from './process-unit';
import type { WorkUnit } from './work-plan';

/** The worker script, and what it is handed at its start (cli/batch-worker.ts). */
export type WorkerSpec = { url: URL; data?: unknown };

export type UnitDone = UnitResult & { unit: WorkUnit; sha256: string | null; heapBytes: number };

export type RunOptions = {
  jobs: number;
  worker: WorkerSpec | null;
  unitOptions: UnitOptions;
  /** Hash each unit's range, for the restart journal. */
  hash: boolean;
  /** How far each unit running is, by its index in `units`. */
  onProgress?: (index: number, progress: UnitProgress) => void;
};

/** A worker's heap is capped: a hostile page that blows it costs that unit only. */
const WORKER_HEAP_MB = 512;

function failedUnit(unit: WorkUnit, reason: string): UnitDone {
  const range = unit.start === 0 && unit.end === unit.size ? '' : ` (bytes ${unit.start}–${unit.end})`;
  const rows: UnitRow[] = [{ kind: 'failed', input: `${unit.path}${range}`, reason }];
  return { unit, rows, stats: emptyStats(), sha256: null, heapBytes: 0 };
}

/** The units' results, as they finish. */
export async function* runUnits(units: readonly WorkUnit[], options: RunOptions): AsyncGenerator<UnitDone> {
  const requestOf = (unit: WorkUnit): UnitRequest => ({ unit, options: options.unitOptions, hash: options.hash });
  if (!options.worker) {
    for (const [index, unit] of units.entries()) {
      let done: UnitDone = failedUnit(unit, 'not read');
      await answerUnit(requestOf(unit), (m) => {
        if (m.type === 'progress') options.onProgress?.(index, m.progress);
        else done = m.type === 'done' ? { unit, ...m } : failedUnit(unit, `could not be read: ${m.message}`);
      });
      yield done;
    }
    return;
  }
  const spec = options.worker;
  const finished: UnitDone[] = [];
  let wake: (() => void) | null = null;
  const settle = (done: UnitDone) => {
    finished.push(done);
    wake?.();
  };
  let next = 0;
  let running = 0;
  const workers = new Set<Worker>();
  const start = () => {
    const worker = new Worker(spec.url, {
      workerData: spec.data,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    workers.add(worker);
    let current: { index: number; unit: WorkUnit } | null = null;
    const take = () => {
      current = null;
      if (next >= units.length) {
        workers.delete(worker);
        void worker.terminate();
        return;
      }
      const index = next++;
      const unit = units[index] as WorkUnit;
      current = { index, unit };
      running++;
      worker.postMessage(requestOf(unit));
    };
    worker.on('message', (m: WorkerMessage) => {
      if (!current) return;
      if (m.type === 'progress') {
        options.onProgress?.(current.index, m.progress);
        return;
      }
      running--;
      const { unit } = current;
      settle(m.type === 'done' ? { unit, ...m } : failedUnit(unit, `could not be read: ${m.message}`));
      take();
    });
    worker.on('error', (err) => {
      if (!current) return;
      running--;
      const out = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(
        failedUnit(
          current.unit,
          out ? 'the worker reading it ran out of memory' : `the worker stopped: ${err.message}`,
        ),
      );
      current = null;
      workers.delete(worker);
      // Its replacement takes the next unit.
      if (next < units.length) start();
    });
    take();
  };
  for (let i = 0; i < Math.min(options.jobs, units.length); i++) start();
  try {
    while (finished.length > 0 || running > 0 || next < units.length) {
      if (finished.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
        continue;
      }
      yield finished.shift() as UnitDone;
    }
  } finally {
    await Promise.all([...workers].map((w) => w.terminate()));
  }
}
