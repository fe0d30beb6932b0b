/**
 * `event-lens extract`: the inputs expanded, the plan of units for this shard, the units read on worker threads
 * (those a restart journal says are done are taken from it), and the output: the events in a format, or, for a
 * shard, the rows that `merge` puts together (docs/batch-at-scale.md).
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { emptyStats, type UnitRow, type UnitStats } from './capture-rows';
import type { OutputFormat } from './event-lines';
import { classifyInput, expandInputs, outputIsInput, type InputFile, type InputProblem } from './inputs';
import { Journal } from './journal';
import { OutputFile } from './output-file';
import type { UnitOptions } from './process-unit';
import { Progress } from './progress';
import { runUnits, type WorkerSpec } from './run-units';
import { RunTally, type RunIo } from './run-tally';
import { planUnits, type Shard, type WorkUnit } from './work-plan';

export type ExtractOptions = {
  inputs: readonly string[];
  /** `rows`: the shard file `merge` reads. */
  format: OutputFormat | 'rows' | null;
  out: string | null;
  all: boolean;
  jobs: number | null;
  shard: Shard | null;
  unitOptions: UnitOptions;
  worker: WorkerSpec | null;
  /** Overrides the unit size (tests split small files). */
  unitBytes?: number;
  /** Inputs smaller than this are read in this thread: a worker's start would cost more than it saves. */
  smallRun?: number;
};

const SMALL_RUN = 1 << 20;

const unitBytes = (unit: WorkUnit) => unit.end - unit.start;

/** A usage error found once the inputs are known (exit code 2). */
export class UsageError extends Error {}

function isSplittable(file: InputFile): boolean {
  return classifyInput(file.path).kind === 'archive';
}

function isSingleSavedPage(inputs: readonly string[], files: readonly InputFile[]): boolean {
  if (inputs.length !== 1 || files.length !== 1) return false;
  try {
    return !statSync(inputs[0] ?? '').isDirectory() && classifyInput(files[0]?.path ?? '').kind === 'html';
  } catch {
    return false;
  }
}

/** A shard file's lines, written as units finish. */
class ShardWriter {
  readonly #file: OutputFile;
  #units = 0;
  constructor(file: OutputFile) {
    this.#file = file;
  }
  /** The header; and in the first shard, the inputs no shard can read at all (every task's log names them too). */
  async begin(shard: Shard, problems: readonly InputProblem[]): Promise<void> {
    await this.#file.write(`${JSON.stringify({ kind: 'header', format: 'event-lens-rows', version: 1, shard })}\n`);
    const unreadable = problems.filter((p) => p.failed);
    if (shard.index !== 0 || unreadable.length === 0) return;
    await this.unit(
      '',
      unreadable.map((p) => ({ kind: 'failed' as const, input: p.path, reason: p.reason })),
      emptyStats(),
    );
  }
  async unit(input: string, rows: readonly UnitRow[], stats: UnitStats): Promise<void> {
    this.#units++;
    const lines = [...rows, { kind: 'stats', input, stats }].map((r) => JSON.stringify(r));
    await this.#file.write(`${lines.join('\n')}\n`);
  }
  async end(): Promise<void> {
    await this.#file.write(`${JSON.stringify({ kind: 'end', units: this.#units })}\n`);
    await this.#file.commit();
  }
}

/** Where a run's units go as they are read: the tally, the shard file (for `rows`), the journal (with `--out`). */
type Sinks = { tally: RunTally; shardWriter: ShardWriter | null; journal: Journal | null };

async function take(sinks: Sinks, input: string, rows: readonly UnitRow[], stats: UnitStats): Promise<void> {
  sinks.tally.add(input, rows, stats);
  await sinks.shardWriter?.unit(input, rows, stats);
}

/** The units still to read: those the journal holds are replayed from it. */
async function resume(sinks: Sinks, units: readonly WorkUnit[], io: RunIo): Promise<readonly WorkUnit[]> {
  const { journal } = sinks;
  if (!journal) return units;
  const todo = units.filter((u) => !journal.has(u));
  if (todo.length === units.length) return todo;
  const toRead = new Set(todo);
  await journal.replay(
    units.filter((u) => !toRead.has(u)),
    ({ input, rows, stats }) => take(sinks, input, rows, stats),
  );
  io.stderr.write(
    `extract: resuming from ${journal.path}: ${units.length - todo.length} of ${units.length} units already read\n`,
  );
  return todo;
}

/** Reads the units on worker threads (or in this thread for a small run), with progress on stderr. */
async function readUnits(todo: readonly WorkUnit[], options: ExtractOptions, sinks: Sinks, io: RunIo): Promise<void> {
  const total = todo.reduce((n, u) => n + unitBytes(u), 0);
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), todo.length));
  const inThread = total < (options.smallRun ?? SMALL_RUN) || options.worker === null;
  const progress = new Progress(io, { totalBytes: total, workers: inThread ? 1 : jobs });
  const indexOf = new Map(todo.map((unit, index) => [unit, index]));
  for await (const done of runUnits(todo, {
    jobs,
    worker: inThread ? null : options.worker,
    unitOptions: options.unitOptions,
    hash: sinks.journal !== null,
    onProgress: (index, p) => progress.unit(index, p),
  })) {
    await take(sinks, done.unit.path, done.rows, done.stats);
    sinks.tally.heapBytes = Math.max(sinks.tally.heapBytes, done.heapBytes);
    sinks.journal?.append(done.unit, done.rows, done.stats, done.sha256 ?? '');
    const { records, pages } = done.stats;
    const finished = { bytes: unitBytes(done.unit), records, pages };
    progress.finished(indexOf.get(done.unit) ?? -1, finished, sinks.tally.collector.seen);
  }
  progress.end();
}

/** Runs `extract`; the exit code (0 done, 1 some inputs failed). Throws `UsageError` for a usage error. */
export async function runExtract(options: ExtractOptions, io: RunIo): Promise<number> {
  const started = io.now();
  const { files, problems } = expandInputs(options.inputs);
  const clash = options.out === null ? null : outputIsInput(options.out, files);
  if (clash) throw new UsageError(`--out ${options.out} is one of the inputs (${clash}): it would be overwritten`);
  const single = isSingleSavedPage(options.inputs, files);
  const format = options.format ?? (options.shard ? 'rows' : single ? 'json' : 'jsonl');
  const shard = options.shard ?? { index: 0, count: 1 };
  const units = planUnits(files, shard, isSplittable, options.unitBytes);
  const tally = new RunTally(io, { all: options.all, collect: format !== 'rows' });
  for (const p of problems) tally.problem(p.path, p.reason, p.failed);
  const shardWriter = format === 'rows' ? new ShardWriter(new OutputFile(options.out, io.stdout)) : null;
  await shardWriter?.begin(shard, problems);
  const settings = JSON.stringify({ ...options.unitOptions, shard, unitBytes: options.unitBytes ?? null });
  const journal = options.out === null ? null : await Journal.open(`${options.out}.journal.jsonl`, settings);
  const sinks: Sinks = { tally, shardWriter, journal };
  await readUnits(await resume(sinks, units, io), options, sinks, io);
  let code: number;
  if (format === 'rows') {
    await shardWriter?.end();
    tally.summary(`extract (shard ${shard.index}/${shard.count})`, started, [`${units.length} units`]);
    code = tally.failed > 0 ? 1 : 0;
  } else code = await tally.finish('extract', { format, out: options.out, single, started });
  journal?.remove();
  return code;
}
