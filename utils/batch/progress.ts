/**
 * Progress of a batch run on stderr: on a terminal, one line redrawn in place a few times a second; in a batch
 * job's log (stderr not a terminal), a plain line every half minute, so the log reads as a history.
 */
import type { Writable } from 'node:stream';
import type { UnitProgress } from './process-unit';

export type ProgressTarget = { stderr: Writable; isTTY: boolean; now: () => number };

const GB = 1024 ** 3;
const MB = 1024 ** 2;

export function formatBytes(bytes: number): string {
  return bytes >= GB ? `${(bytes / GB).toFixed(1)} GB` : `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`;
}

export class Progress {
  readonly #target: ProgressTarget;
  readonly #total: number;
  readonly #workers: number;
  readonly #started: number;
  readonly #every: number;
  #last: number;
  #doneBytes = 0;
  #doneRecords = 0;
  #donePages = 0;
  #events = 0;
  readonly #running = new Map<number, UnitProgress>();
  #drawn = false;

  constructor(target: ProgressTarget, { totalBytes, workers }: { totalBytes: number; workers: number }) {
    this.#target = target;
    this.#total = totalBytes;
    this.#workers = workers;
    this.#started = target.now();
    this.#last = this.#started;
    this.#every = target.isTTY ? 200 : 30_000;
  }

  /** How far a unit being read is. */
  unit(index: number, progress: UnitProgress): void {
    this.#running.set(index, progress);
    this.#tick();
  }

  /** A unit is finished: its bytes, records and pages, and the distinct events so far. */
  finished(index: number, done: UnitProgress, events: number): void {
    this.#running.delete(index);
    this.#doneBytes += done.bytes;
    this.#doneRecords += done.records;
    this.#donePages += done.pages;
    this.#events = events;
    this.#tick();
  }

  /** Clears the terminal's line before the summary. */
  end(): void {
    if (this.#drawn) this.#target.stderr.write('\r\u001b[K');
  }

  line(): string {
    let bytes = this.#doneBytes;
    let records = this.#doneRecords;
    let pages = this.#donePages;
    for (const p of this.#running.values()) {
      bytes += p.bytes;
      records += p.records;
      pages += p.pages;
    }
    const seconds = Math.max((this.#target.now() - this.#started) / 1000, 0.001);
    const share = this.#total > 0 ? Math.min(100, Math.floor((bytes / this.#total) * 100)) : 100;
    return (
      `extract: ${share}% (${formatBytes(bytes)} of ${formatBytes(this.#total)}), ` +
      `${records.toLocaleString('en')} records, ${pages.toLocaleString('en')} pages, ` +
      `${this.#events.toLocaleString('en')} events, ${(bytes / MB / seconds).toFixed(1)} MB/s, ` +
      `${this.#workers} ${this.#workers === 1 ? 'worker' : 'workers'}, ${Math.round(seconds)} s`
    );
  }

  #tick(): void {
    const now = this.#target.now();
    if (now - this.#last < this.#every) return;
    this.#last = now;
    if (this.#target.isTTY) {
      this.#drawn = true;
      this.#target.stderr.write(`\r${this.line()}\u001b[K`);
    } else this.#target.stderr.write(`${this.line()}\n`);
  }
}
