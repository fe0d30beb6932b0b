/**
 * A window over a file, read in large steps with synchronous reads: batch mode reads each file in a worker thread
 * of its own, where blocking is what we want (no trip through the event loop per record). Reading moves forward;
 * a position outside the window (a jump back after damage) simply reads again from there.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const STEP = 1 << 20;

export class FileWindow {
  readonly size: number;
  readonly #fd: number;
  /** Grown on demand, to four times the longest request: moving what is kept to the front is then rare. */
  #buf = Buffer.allocUnsafe(4 * STEP);
  /** File offset of `#buf[0]`, and of the end of the bytes held. */
  #start = 0;
  #end = 0;

  constructor(path: string) {
    this.#fd = openSync(path, 'r');
    this.size = fstatSync(this.#fd).size;
  }

  /** The bytes `[pos, pos + length)`, fewer at the end of the file. Valid until the next call. */
  bytes(pos: number, length: number): Buffer {
    const want = Math.min(pos + length, this.size);
    if (pos < this.#start || pos > this.#end) {
      this.#start = pos;
      this.#end = pos;
    }
    if (want > this.#end) this.#fill(pos, want);
    return this.#buf.subarray(pos - this.#start, Math.max(pos, Math.min(want, this.#end)) - this.#start);
  }

  close(): void {
    closeSync(this.#fd);
  }

  /**
   * Makes room for `[pos, want)`: reads on at the end when the buffer has room, else first moves what is still
   * wanted to the front (at most once per buffer's worth read), growing the buffer for a request longer than it.
   */
  #fill(pos: number, want: number): void {
    if (want - this.#start > this.#buf.length) {
      if (pos > this.#start) this.#buf.copy(this.#buf, 0, pos - this.#start, this.#end - this.#start);
      this.#start = pos;
    }
    if (want - this.#start > this.#buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(4 * (want - pos), this.#buf.length * 2));
      this.#buf.copy(grown, 0, 0, this.#end - this.#start);
      this.#buf = grown;
    }
    while (this.#end < want) {
      const offset = this.#end - this.#start;
      const read = readSync(this.#fd, this.#buf, offset, Math.min(this.#buf.length - offset, STEP), this.#end);
      if (read === 0) return;
      this.#end += read;
    }
  }
}
