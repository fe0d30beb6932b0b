/**
 * What a batch run has read so far, whether from its own workers (`extract`) or from shard files (`merge`): rows
 * go to the collector, failed inputs and notes are reported on stderr as they come, counts add up; at the end, the
 * output is written and one summary line says what was done. Both commands end the same way: that is what makes
 * `merge` of the shards give exactly what one process gives.
 */
import type { Writable } from 'node:stream';
import { addStats, emptyStats, SKIP_REASONS, type SkipReason, type UnitRow, type UnitStats } from './capture-rows';
import { EventCollector, type RevisitSummary } from './collect-events';
import { formatEvents, type OutputFormat } from './event-lines';
import { OutputFile } from './output-file';
import { formatBytes } from './progress';

export type RunIo = { stdout: Writable; stderr: Writable; isTTY: boolean; now: () => number };

export class RunTally {
  readonly collector: EventCollector;
  readonly #collect: boolean;
  readonly stats: UnitStats = emptyStats();
  failed = 0;
  readonly #damagedByInput = new Map<string, number>();
  readonly #io: RunIo;
  heapBytes = 0;

  /** `collect`: feed the rows to the collector (not for a shard file, which only passes them on). */
  constructor(io: RunIo, { all, collect = true }: { all: boolean; collect?: boolean }) {
    this.#io = io;
    this.#collect = collect;
    this.collector = new EventCollector({ all });
  }

  /** Problems found before reading (a missing path, a symbolic link left out). */
  problem(path: string, reason: string, failed: boolean): void {
    if (failed) this.failed++;
    this.#io.stderr.write(`${path}: ${reason}\n`);
  }

  /** A unit's rows and counts. */
  add(input: string, rows: readonly UnitRow[], stats: UnitStats): void {
    for (const row of rows) this.addRow(row);
    this.addStats(input, stats);
  }

  addRow(row: UnitRow): void {
    if (row.kind === 'failed') this.problem(row.input, row.reason, true);
    else if (!this.#collect) return;
    else if (row.kind === 'capture') this.collector.addCapture(row);
    else this.collector.addRevisit(row);
  }

  /** A unit's counts; `input`: the file it read. */
  addStats(input: string, stats: UnitStats): void {
    for (const note of stats.notes) this.#io.stderr.write(`${note}\n`);
    if (stats.damaged > 0) this.#damagedByInput.set(input, (this.#damagedByInput.get(input) ?? 0) + stats.damaged);
    addStats(this.stats, stats);
  }

  /**
   * Writes the events in `format` (to `out`, written aside then renamed, or to stdout) and the summary; the exit
   * code: 1 when an input failed, else 0.
   */
  async finish(
    label: string,
    { format, out, single, started }: { format: OutputFormat; out: string | null; single: boolean; started: number },
  ): Promise<number> {
    const { events, revisits } = this.collector.finish();
    const file = new OutputFile(out, this.#io.stdout);
    try {
      for await (const piece of formatEvents(events, format, { single })) await file.write(piece);
      await file.commit();
    } catch (err) {
      file.abort();
      throw err;
    }
    const distinct = events.filter((e) => e.record.event).length;
    this.summary(label, started, [`${this.collector.seen} events found (${distinct} distinct)`], revisits);
    return this.failed > 0 ? 1 : 0;
  }

  /** The summary line (and a line per input with damaged records); `found`: what the run found, in words. */
  summary(label: string, started: number, found: readonly string[], revisits?: RevisitSummary): void {
    for (const [input, n] of this.#damagedByInput) this.#io.stderr.write(`${input}: ${n} damaged records skipped\n`);
    const s = this.stats;
    const seconds = Math.max((this.#io.now() - started) / 1000, 0.001);
    const skipped = (Object.entries(s.skipped) as [SkipReason, number][])
      .filter(([, n]) => n > 0)
      .map(([reason, n]) => `${n.toLocaleString('en')} ${SKIP_REASONS[reason]}`);
    const parts = [`${s.files} files`, `${s.pages} pages read`, ...found];
    if (s.records > 0) {
      parts.push(
        `${s.records.toLocaleString('en')} records in crawl files (${s.revisits} revisits, ${s.damaged} damaged)`,
      );
    }
    if (skipped.length > 0) parts.push(`skipped: ${skipped.join(', ')}`);
    if (revisits && revisits.resolved + revisits.unresolved > 0) {
      const missing =
        revisits.unresolved > 0
          ? `, ${revisits.unresolved} whose original capture is not among the pages read (${revisits.examples.join(', ')}${revisits.unresolved > revisits.examples.length ? ', …' : ''})`
          : '';
      parts.push(`${revisits.resolved} revisits joined to their original captures${missing}`);
    }
    // A merge read no input bytes itself: the rates of the reading are the shards' own, in their logs.
    if (s.bytes > 0 && label !== 'merge') {
      parts.push(
        `${formatBytes(s.bytes)} at ${(s.bytes / 1024 / 1024 / seconds).toFixed(1)} MB/s`,
        `${(s.records / seconds).toFixed(0)} records/s`,
      );
    }
    const peak = process.resourceUsage().maxRSS / 1024;
    const heap = this.heapBytes > 0 ? ` (largest worker heap ${(this.heapBytes / 1024 / 1024).toFixed(0)} MB)` : '';
    parts.push(
      `${(s.pages / seconds).toFixed(0)} pages/s`,
      `${seconds.toFixed(1)} s`,
      `peak memory ${peak.toFixed(0)} MB${heap}`,
    );
    this.#io.stderr.write(`${label}: ${parts.join(', ')}\n`);
  }
}
