/**
 * Runs units of batch work on `jobs` worker threads (or in this thread when no worker is given: tests, one small
 * file). Each worker takes the next unit as it finishes one, so a slow unit holds up only its worker. A worker
 * that dies (out of memory on a hostile page, or a bug) costs its unit, reported as a failed input, and is
 * replaced: the run goes on and ends with its summary.
 */
import { Worker } from 'node:worker_threads';
import type { UnitRow } from './capture-rows';
import { emptyStats } from './capture-rows';
import type { UnitRequest, WorkerMessage } from './unit-worker';
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

const requestOf = (unit: WorkUnit, options: RunOptions): UnitRequest => ({
  unit,
  options: options.unitOptions,
  hash: options.hash,
});

/**
 * The units read in this thread, one after the other. The reader (the extractor, linkedom) is loaded only here:
 * a run on worker threads does not make the main thread parse it.
 */
async function* runInThread(units: readonly WorkUnit[], options: RunOptions): AsyncGenerator<UnitDone> {
  const { answerUnit } = await import('./unit-worker');
  for (const [index, unit] of units.entries()) {
    let done: UnitDone = failedUnit(unit, 'not read');
    await answerUnit(requestOf(unit, options), (m) => {
      if (m.type === 'progress') options.onProgress?.(index, m.progress);
      else done = m.type === 'done' ? { unit, ...m } : failedUnit(unit, `could not be read: ${m.message}`);
    });
    yield done;
  }
}

/** Worker threads taking the units in turn; their results as they finish. */
class WorkerPool {
  readonly #units: readonly WorkUnit[];
  readonly #options: RunOptions;
  readonly #spec: WorkerSpec;
  readonly #finished: UnitDone[] = [];
  readonly #workers = new Set<Worker>();
  #wake: (() => void) | null = null;
  #next = 0;
  #running = 0;

  constructor(units: readonly WorkUnit[], options: RunOptions, spec: WorkerSpec) {
    this.#units = units;
    this.#options = options;
    this.#spec = spec;
  }

  async *results(): AsyncGenerator<UnitDone> {
    for (let i = 0; i < Math.min(this.#options.jobs, this.#units.length); i++) this.#start();
    try {
      while (this.#finished.length > 0 || this.#running > 0 || this.#next < this.#units.length) {
        const done = this.#finished.shift();
        if (done) yield done;
        else await new Promise<void>((resolve) => (this.#wake = resolve));
      }
    } finally {
      await Promise.all([...this.#workers].map((w) => w.terminate()));
    }
  }

  #settle(done: UnitDone): void {
    this.#running--;
    this.#finished.push(done);
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  #start(): void {
    const worker = new Worker(this.#spec.url, {
      workerData: this.#spec.data,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    this.#workers.add(worker);
    let current: { index: number; unit: WorkUnit } | null = null;
    const take = () => {
      current = null;
      if (this.#next >= this.#units.length) {
        this.#workers.delete(worker);
        void worker.terminate();
        return;
      }
      const index = this.#next++;
      current = { index, unit: this.#units[index] as WorkUnit };
      this.#running++;
      worker.postMessage(requestOf(current.unit, this.#options));
    };
    worker.on('message', (m: WorkerMessage) => {
      if (!current) return;
      if (m.type === 'progress') return this.#options.onProgress?.(current.index, m.progress);
      const { unit } = current;
      this.#settle(m.type === 'done' ? { unit, ...m } : failedUnit(unit, `could not be read: ${m.message}`));
      take();
    });
    worker.on('error', (err) => {
      if (!current) return;
      const out = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      const reason = out ? 'the worker reading it ran out of memory' : `the worker stopped: ${err.message}`;
      this.#settle(failedUnit(current.unit, reason));
      current = null;
      this.#workers.delete(worker);
      // Its replacement takes the next unit.
      if (this.#next < this.#units.length) this.#start();
    });
    take();
  }
}

/** The units' results, as they finish. */
export function runUnits(units: readonly WorkUnit[], options: RunOptions): AsyncGenerator<UnitDone> {
  return options.worker ? new WorkerPool(units, options, options.worker).results() : runInThread(units, options);
}
