/**
 * One gzip member at a time, with Node's zlib (docs/warc-and-arc.md, "Compression"): crawlers compress each
 * record of a `.warc.gz` or `.arc.gz` as a gzip member of its own, so a member's start is a record's address.
 * Members are inflated whole in one synchronous call when they are of ordinary size; a larger one (a video, or
 * a small file that inflates to hundreds of megabytes) is inflated as a stream, so memory stays flat.
 */
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import type { FileWindow } from './file-window';

/**
 * Compressed bytes looked at for one synchronous inflation (most members fit in the first; a larger one is tried
 * again with the second), and the most it may give.
 */
const LOOKAHEADS = [1 << 20, 8 << 20] as const;
const MAX_SYNC_OUTPUT = 16 << 20;

/**
 * zlib's output buffer for one member: each synchronous inflation allocates one whole, even for a record of a few
 * hundred bytes, and V8 counts it as external memory. At 256 KB, 5,000 records forced some 45 full garbage
 * collections; at 64 KB about 10, and a page of 100 KB takes two pieces and a copy (docs/batch-at-scale.md,
 * "What the garbage collector costs").
 */
const OUTPUT_CHUNK = 64 * 1024;

/**
 * The length of the gzip member header at the start of `bytes` (RFC 1952 §2.3), or `null` when they do not start
 * one (or it does not fit in them).
 */
export function gzipHeaderLength(bytes: Uint8Array): number | null {
  if (bytes.length < 10 || bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) return null;
  const flags = bytes[3] ?? 0;
  if (flags & 0xe0) return null; // reserved bits must be zero
  let at = 10;
  if (flags & 4) at += 2 + (bytes[10] ?? 0) + ((bytes[11] ?? 0) << 8); // FEXTRA
  for (const flag of [8, 16]) {
    // FNAME, FCOMMENT: zero-terminated
    if (!(flags & flag)) continue;
    const zero = bytes.indexOf(0, at);
    if (zero === -1) return null;
    at = zero + 1;
  }
  if (flags & 2) at += 2; // FHCRC
  return at <= bytes.length ? at : null;
}

export type Member =
  | { kind: 'whole'; data: Buffer; end: number }
  /** Too large to inflate in one call: inflate it with `streamMember`. */
  | { kind: 'large'; headerLength: number }
  | { kind: 'damaged'; reason: string };

/** The trailer's CRC-32 and length (mod 2^32) must match what was inflated. */
function trailerMatches(trailer: Uint8Array, crc: number, length: number): boolean {
  if (trailer.length < 8) return false;
  const view = new DataView(trailer.buffer, trailer.byteOffset, 8);
  return view.getUint32(0, true) === crc >>> 0 && view.getUint32(4, true) === length % 2 ** 32;
}

/** Inflates the member at `pos` whole, when it is of ordinary size. */
export function inflateMember(win: FileWindow, pos: number): Member {
  for (const lookahead of LOOKAHEADS) {
    const member = inflateWithin(win, pos, lookahead);
    if (member.kind !== 'large' || lookahead === LOOKAHEADS[LOOKAHEADS.length - 1]) return member;
  }
  return { kind: 'damaged', reason: 'not a gzip member' };
}

/** Inflates the member at `pos` if it lies within `lookahead` bytes. */
function inflateWithin(win: FileWindow, pos: number, lookahead: number): Member {
  const bytes = win.bytes(pos, lookahead);
  const headerLength = gzipHeaderLength(bytes.subarray(0, 64 * 1024));
  if (headerLength === null) return { kind: 'damaged', reason: 'not a gzip member' };
  let data: Buffer;
  let consumed: number;
  try {
    // With `info`, zlib also hands back its engine, which counts the compressed bytes the member took.
    const result = inflateRawSync(bytes.subarray(headerLength), {
      info: true,
      maxOutputLength: MAX_SYNC_OUTPUT,
      chunkSize: OUTPUT_CHUNK,
    }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    data = result.buffer;
    consumed = result.engine.bytesWritten;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const atEnd = pos + bytes.length >= win.size;
    if (code === 'ERR_BUFFER_TOO_LARGE' || (code === 'Z_BUF_ERROR' && !atEnd)) return { kind: 'large', headerLength };
    return { kind: 'damaged', reason: code === 'Z_BUF_ERROR' ? 'gzip member cut short' : 'corrupt gzip data' };
  }
  const trailerAt = headerLength + consumed;
  if (!trailerMatches(bytes.subarray(trailerAt, trailerAt + 8), crc32(data), data.length)) {
    return { kind: 'damaged', reason: 'gzip member fails its checksum' };
  }
  return { kind: 'whole', data, end: pos + trailerAt + 8 };
}

/** What a streamed member ended with: where the next member starts, or why it is damaged. */
export type StreamEnd = { end: number } | { damaged: string };

/**
 * Inflates a large member as a stream of chunks; its return value says where the member ends. Compressed bytes are
 * fed one megabyte at a time, each only once the one before is inflated, so the member's end lies in the last one.
 * A consumer that stops early stops the reading too.
 */
export async function* streamMember(
  win: FileWindow,
  pos: number,
  headerLength: number,
): AsyncGenerator<Buffer, StreamEnd> {
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  let fed = 0;
  let stopped = false;
  let failure: string | null = null;
  inflate.on('error', (err: NodeJS.ErrnoException) => {
    failure ??= err.code === 'Z_BUF_ERROR' ? 'gzip member cut short' : 'corrupt gzip data';
  });
  const pump = (async () => {
    for (let at = pos + headerLength; at < win.size && failure === null && !stopped;) {
      const chunk = Buffer.from(win.bytes(at, 1 << 20));
      at += chunk.length;
      fed += chunk.length;
      await new Promise<void>((resolve) => inflate.write(chunk, () => resolve()));
      // The member ended inside this chunk: the engine took fewer bytes than it was given.
      if (inflate.bytesWritten < fed) break;
    }
    if (!inflate.destroyed) inflate.end();
  })();
  let crc = 0;
  let length = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      length += chunk.length;
      yield chunk;
    }
  } catch {
    // The error handler above says why.
  } finally {
    stopped = true;
    inflate.destroy();
    await pump;
  }
  if (failure !== null) return { damaged: failure };
  const trailerAt = pos + headerLength + inflate.bytesWritten;
  if (trailerAt + 8 > win.size) return { damaged: 'gzip member cut short' };
  if (!trailerMatches(win.bytes(trailerAt, 8), crc, length)) return { damaged: 'gzip member fails its checksum' };
  return { end: trailerAt + 8 };
}
