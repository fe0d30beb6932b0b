/**
 * The restart journal of a run that writes to a file (docs/batch-at-scale.md, "Restarting"): `OUT.journal.jsonl`
 * beside the output. Each finished unit appends its rows, then a line naming the unit with the size, modification
 * time and SHA-256 of its byte range. A run started again with the same command reads the journal back, takes
 * the units it names as done (when the input is unchanged: same size, and the same time or else the same hash)
 * and reads only the others. A unit cut off in the middle of its lines is dropped and read again. The journal is
 * removed once the output is written.
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

export class Journal {
  readonly path: string;
  readonly #done = new Map<string, Done>();

  private constructor(path: string) {
    this.path = path;
  }

  /**
   * Opens the journal at `path`, handing each finished unit's rows to `onUnit` as it is read. `settings` names
   * what the rows depend on (the options that change them): a journal written with other settings is started anew.
   */
  static async open(
    path: string,
    settings: string,
    onUnit: (unit: JournalUnit) => void | Promise<void>,
  ): Promise<Journal> {
    const journal = new Journal(path);
    const head = `${JSON.stringify({ kind: 'journal', settings })}\n`;
    if (!existsSync(path)) {
      appendFileSync(path, head);
      return journal;
    }
    let validEnd = 0;
    let offset = 0;
    let first = true;
    let pending: JournalUnit = { input: '', rows: [], stats: emptyStats() };
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    for await (const line of lines) {
      offset += Buffer.byteLength(line) + 1;
      const value = parseLine(line);
      if (first) {
        first = false;
        const parsed = JournalHeadSchema.safeParse(value);
        if (!parsed.success || parsed.data.settings !== settings) break;
        validEnd = offset;
        continue;
      }
      const done = UnitDoneSchema.safeParse(value);
      if (done.success) {
        journal.#done.set(done.data.id, done.data);
        await onUnit(pending);
        pending = { input: '', rows: [], stats: emptyStats() };
        validEnd = offset;
        continue;
      }
      const stats = StatsRowSchema.safeParse(value);
      if (stats.success) {
        pending.stats = stats.data.stats;
        pending.input = stats.data.input;
        continue;
      }
      const row = RowSchema.safeParse(value);
      if (!row.success || (row.data.kind !== 'capture' && row.data.kind !== 'revisit' && row.data.kind !== 'failed')) {
        break;
      }
      pending.rows.push(row.data);
    }
    lines.close();
    if (validEnd === 0) {
      rmSync(path, { force: true });
      appendFileSync(path, head);
    } else truncateSync(path, validEnd);
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

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return null;
  }
}
