/**
 * The restart journal of a run that writes to a file (docs/batch-at-scale.md, "Restarting"): `OUT.journal.jsonl`
 * beside the output. Each finished unit appends its rows, its counts, then a line naming the unit with the
 * modification time and SHA-256 of its byte range. A run started again with the same command reads the journal,
 * takes the units it names as done (when the input is unchanged: the same time, or else the same hash), replays
 * their rows, and reads only the others. A unit cut off in the middle of its lines is dropped and read again.
 * The journal is removed once the output is written.
 */
import { appendFileSync, createReadStream, existsSync, rmSync, statSync, truncateSync } from 'node:fs';
import { createInterface } from 'node:readline';
import * as z from 'zod/mini';
import { emptyStats, RowSchema, StatsRowSchema, type UnitRow, type UnitStats } from './capture-rows';
import { hashRange } from './hash-range';
import { unitId, type WorkUnit } from './work-plan';

const JournalHeadSchema = z.object({ kind: z.literal('journal'), settings: z.string() });
const UnitDoneSchema = z.object({
  kind: z.literal('unit-done'),
  id: z.string(),
  mtimeMs: z.number(),
  sha256: z.string(),
});

type Done = z.infer<typeof UnitDoneSchema>;
/** A finished unit found in the journal. */
export type JournalUnit = { input: string; rows: UnitRow[]; stats: UnitStats };

type Line =
  | { kind: 'head'; settings: string }
  | { kind: 'done'; done: Done }
  | { kind: 'stats'; input: string; stats: UnitStats }
  | { kind: 'row'; row: UnitRow }
  | null;

function parseLine(text: string): Line {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const head = JournalHeadSchema.safeParse(value);
  if (head.success) return { kind: 'head', settings: head.data.settings };
  const done = UnitDoneSchema.safeParse(value);
  if (done.success) return { kind: 'done', done: done.data };
  const stats = StatsRowSchema.safeParse(value);
  if (stats.success) return { kind: 'stats', input: stats.data.input, stats: stats.data.stats };
  const row = RowSchema.safeParse(value);
  const data = row.success ? row.data : null;
  return data?.kind === 'capture' || data?.kind === 'revisit' || data?.kind === 'failed'
    ? { kind: 'row', row: data }
    : null;
}

/** The journal's lines, with the byte offset after each. */
async function* linesOf(path: string): AsyncGenerator<{ line: Line; end: number }> {
  let end = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  try {
    for await (const text of lines) {
      end += Buffer.byteLength(text) + 1;
      yield { line: parseLine(text), end };
    }
  } finally {
    lines.close();
  }
}

export class Journal {
  readonly path: string;
  readonly #done = new Map<string, Done>();

  private constructor(path: string) {
    this.path = path;
  }

  /**
   * Opens the journal at `path`, or starts one. `settings` names what the rows depend on (the options that change
   * them): a journal written with other settings is started anew, as is one whose first line is damaged.
   */
  static async open(path: string, settings: string): Promise<Journal> {
    const journal = new Journal(path);
    let valid = 0;
    if (existsSync(path)) {
      for await (const { line, end } of linesOf(path)) {
        if (valid === 0 && (line?.kind !== 'head' || line.settings !== settings)) break;
        if (line === null) break;
        if (line.kind === 'head' || line.kind === 'done') valid = end;
        if (line.kind === 'done') journal.#done.set(line.done.id, line.done);
      }
    }
    if (valid > 0) truncateSync(path, valid);
    else {
      rmSync(path, { force: true });
      appendFileSync(path, `${JSON.stringify({ kind: 'journal', settings })}\n`);
    }
    return journal;
  }

  /** Whether the unit was finished before, on the same input. */
  has(unit: WorkUnit): boolean {
    const done = this.#done.get(unitId(unit));
    if (!done) return false;
    try {
      if (statSync(unit.path).mtimeMs === done.mtimeMs) return true;
    } catch {
      return false;
    }
    return hashRange(unit.path, unit.start, unit.end) === done.sha256;
  }

  /** Hands the rows and counts of each finished unit of `units` to `onUnit`, as the journal holds them. */
  async replay(units: readonly WorkUnit[], onUnit: (unit: JournalUnit) => void | Promise<void>): Promise<void> {
    const wanted = new Set(units.map(unitId));
    let pending: JournalUnit = { input: '', rows: [], stats: emptyStats() };
    for await (const { line } of linesOf(this.path)) {
      if (line?.kind === 'row') pending.rows.push(line.row);
      else if (line?.kind === 'stats') pending = { ...pending, input: line.input, stats: line.stats };
      else if (line?.kind === 'done') {
        if (wanted.delete(line.done.id)) await onUnit(pending);
        pending = { input: '', rows: [], stats: emptyStats() };
      }
    }
  }

  /** Records a finished unit: its rows, its counts, then its name (the line that makes it count as done). */
  append(unit: WorkUnit, rows: readonly UnitRow[], stats: UnitStats, sha256: string): void {
    const done: Done = { kind: 'unit-done', id: unitId(unit), mtimeMs: unit.mtimeMs, sha256 };
    const lines = [...rows, { kind: 'stats', input: unit.path, stats }, done].map((r) => JSON.stringify(r));
    appendFileSync(this.path, `${lines.join('\n')}\n`);
    this.#done.set(done.id, done);
  }

  remove(): void {
    rmSync(this.path, { force: true });
  }
}
