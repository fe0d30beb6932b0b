/**
 * The bytes records are read from, read forward: a plain file (through its window), one inflated gzip member
 * held whole, or a large member inflated as a stream. Positions count from the start of the source.
 */
import type { FileWindow } from './file-window';
import type { StreamEnd } from './gzip-member';

export interface ByteSource {
  /** `length` bytes from `pos`, fewer only at the end of the source. Valid until the next call. */
  bytes(pos: number, length: number): Buffer | Promise<Buffer>;
}

export class WindowSource implements ByteSource {
  constructor(readonly win: FileWindow) {}
  bytes(pos: number, length: number): Buffer {
    return this.win.bytes(pos, length);
  }
}

export class BufferSource implements ByteSource {
  constructor(readonly data: Buffer) {}
  bytes(pos: number, length: number): Buffer {
    return this.data.subarray(pos, pos + length);
  }
}

/** A member inflated as a stream; chunks before the position asked for are let go. */
export class StreamSource implements ByteSource {
  #chunks: Buffer[] = [];
  #start = 0;
  #end = 0;
  /** How the stream ended, once it has. */
  ended: StreamEnd | null = null;

  constructor(readonly stream: AsyncGenerator<Buffer, StreamEnd>) {}

  async bytes(pos: number, length: number): Promise<Buffer> {
    while (this.#chunks.length > 0 && this.#start + (this.#chunks[0]?.length ?? 0) <= pos) {
      this.#start += this.#chunks.shift()?.length ?? 0;
    }
    while (this.#end < pos + length && this.ended === null) {
      const next = await this.stream.next();
      if (next.done) {
        this.ended = next.value;
        break;
      }
      if (this.#end <= pos) {
        // Nothing held is wanted: let it go as it comes.
        this.#chunks = [];
        this.#start = this.#end;
      }
      this.#chunks.push(next.value);
      this.#end += next.value.length;
    }
    const held = this.#chunks.length === 1 ? (this.#chunks[0] ?? Buffer.alloc(0)) : Buffer.concat(this.#chunks);
    this.#chunks = held.length > 0 ? [held] : [];
    const from = Math.max(0, pos - this.#start);
    return held.subarray(from, Math.max(from, Math.min(held.length, pos + length - this.#start)));
  }

  /** Reads the stream to its end, keeping nothing, and says how it ended. */
  async finish(): Promise<StreamEnd> {
    while (this.ended === null) await this.bytes(this.#end + (1 << 20), 1);
    return this.ended;
  }

  /** Stops the stream where it is. */
  async stop(): Promise<void> {
    await this.stream.return({ damaged: 'not read to its end' });
  }
}
