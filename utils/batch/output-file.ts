/**
 * Where a batch run writes: stdout, or a file written aside (`.NAME.tmp-PID` in the same folder) and renamed over
 * its final name once whole. An interrupted run never leaves a half-written file under the name asked for.
 */
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export class OutputFile {
  readonly #path: string | null;
  readonly #aside: string | null;
  readonly #stream: Writable | WriteStream;

  constructor(path: string | null, stdout: Writable) {
    this.#path = path;
    this.#aside = path === null ? null : join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
    this.#stream = this.#aside === null ? stdout : createWriteStream(this.#aside);
  }

  /** Writes, waiting when the stream asks to. */
  async write(text: string): Promise<void> {
    if (!this.#stream.write(text)) await once(this.#stream, 'drain');
  }

  /** Ends the file and gives it its name. */
  async commit(): Promise<void> {
    if (this.#aside === null || this.#path === null) return;
    const closed = once(this.#stream, 'close');
    this.#stream.end();
    await closed;
    renameSync(this.#aside, this.#path);
  }

  /** Drops what was written aside. */
  abort(): void {
    if (this.#aside === null) return;
    this.#stream.destroy();
    rmSync(this.#aside, { force: true });
  }
}
