/**
 * The records of a WARC or ARC file, plain or gzip-compressed, in a byte range of it (docs/warc-and-arc.md): the
 * records that start in `[start, end)`, so that ranges side by side read every record once, whoever reads them.
 * Damage is reported where it is, with its reason, and reading goes on at the next record found after it (the
 * next gzip member that inflates to a record, or the next line that starts a record and ends where it says).
 */
import { constants, inflateRawSync } from 'node:zlib';
import {
  ARC_V1,
  arcHeaderFields,
  arcLayoutOf,
  readArcRecord,
  readWarcRecord,
  skipLineEnds,
  type ArcLayout,
  type ArchiveFormat,
  type RecordHead,
  type RecordRead,
  type Want,
} from './archive-records';
import { BufferSource, StreamSource, WindowSource, type ByteSource } from './byte-source';
import { FileWindow } from './file-window';
import { gzipHeaderLength, inflateMember, streamMember } from './gzip-member';

export type ArchiveKind = { format: ArchiveFormat; gzip: boolean };

export type ArchiveItem =
  /** `offset`: the record's gzip member in a compressed file (`index` counts records within it), else its own. */
  | { kind: 'record'; offset: number; index: number; head: RecordHead; block: Buffer | null }
  | { kind: 'damage'; offset: number; reason: string };

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
/** A record's first bytes; not necessarily at a line start: what came before may be a record cut short. */
const WARC_START = Buffer.from('WARC/');
/** An ARC record's first bytes, for the records that matter here: an http(s) address. */
const ARC_START = Buffer.from('http');
const LINE_END = Buffer.from('\n');
const CRLF2 = Buffer.from('\r\n\r\n');

/** Whether decompressed or plain bytes start a record of the format (what a resync looks for). */
function startsRecord(format: ArchiveFormat, layout: ArcLayout, bytes: Buffer): boolean {
  if (format === 'warc') return /^WARC\/(?:0\.1[78]|1\.[01])\r\n/.test(bytes.subarray(0, 12).toString('latin1'));
  const line = bytes.subarray(0, Math.max(0, bytes.indexOf(0x0a))).toString('latin1');
  return arcHeaderFields(line.trimEnd(), layout) !== null;
}

/** The first bytes a gzip member at `pos` inflates to (at most 128 KB of it read), or `null` if it is not one. */
export function memberStart(win: FileWindow, pos: number): Buffer | null {
  const head = win.bytes(pos, 128 * 1024);
  const headerLength = gzipHeaderLength(head);
  if (headerLength === null) return null;
  try {
    // Only the start: a flush instead of the end, so a partial inflation is no error.
    return inflateRawSync(head.subarray(headerLength), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return null;
  }
}

/** The next position of `needle` in `[from, until)` of the file (searched a megabyte at a time), or `null`. */
function findNext(win: FileWindow, needle: Buffer, from: number, until = win.size): number | null {
  for (let at = from; at < until;) {
    const chunk = win.bytes(at, 1 << 20);
    const found = chunk.indexOf(needle);
    if (found !== -1) return at + found < until ? at + found : null;
    if (chunk.length < needle.length) return null;
    at += chunk.length - needle.length + 1;
  }
  return null;
}

/**
 * The first gzip member in `[from, until)` whose start `fits` (inflates to the start of a record); `null` if none.
 */
export function nextMember(
  win: FileWindow,
  from: number,
  fits: (start: Buffer) => boolean,
  until = win.size,
): number | null {
  for (let at = findNext(win, GZIP_MAGIC, from, until); at !== null; at = findNext(win, GZIP_MAGIC, at + 1, until)) {
    const start = memberStart(win, at);
    if (start && fits(start)) return at;
  }
  return null;
}

/** A record's start after damage: its header reads, but its block does not end where its length says. */
const HEADER_READ = new Set([
  'record does not end where its Content-Length says',
  'record does not end where its length says',
  'record cut short: the file ends inside it',
]);

/**
 * The first record of a plain file at or after `from`: where a record's header reads (a `WARC/` version line, an
 * ARC header line) and either the record ends where it says, or it follows the end of another record (two line
 * ends: where reading record after record would arrive, so that damage there is counted by whoever reads it,
 * whichever range it falls in). `null` if there is none.
 */
async function nextPlainRecord(
  win: FileWindow,
  from: number,
  format: ArchiveFormat,
  layout: ArcLayout,
): Promise<number | null> {
  const src = new WindowSource(win);
  // WARC records start with `WARC/`; ARC records with an address: at a line start, or (after a record cut short)
  // anywhere `http` starts.
  const needles = format === 'warc' ? [WARC_START] : [LINE_END, ARC_START];
  /** The first candidate after `after`. */
  const next = (after: number) => {
    const found = needles.flatMap((needle) => {
      const hit = needle === LINE_END ? findNext(win, needle, Math.max(0, after)) : findNext(win, needle, after + 1);
      return hit === null ? [] : [needle === LINE_END ? hit + 1 : hit];
    });
    return found.length > 0 ? Math.min(...found) : null;
  };
  for (let at = next(from - 1); at !== null; at = next(at)) {
    const read = await readRecord(src, at, format, layout, () => 0);
    if (read.ok === true) return at;
    const before = at >= 4 ? win.bytes(at - 4, 4) : Buffer.alloc(0);
    if (read.ok === false && HEADER_READ.has(read.reason) && format === 'warc' && before.equals(CRLF2)) return at;
  }
  return null;
}

function readRecord(
  src: ByteSource,
  pos: number,
  format: ArchiveFormat,
  layout: ArcLayout,
  want: Want,
): Promise<RecordRead> {
  return format === 'warc' ? readWarcRecord(src, pos, want) : readArcRecord(src, pos, layout, want);
}

/** The layout of an ARC file's header lines, from its version block (the first record). */
async function arcLayout(path: string, gzip: boolean): Promise<ArcLayout> {
  const win = new FileWindow(path);
  try {
    const first = gzip ? inflateMember(win, 0) : null;
    const src = first?.kind === 'whole' ? new BufferSource(first.data) : new WindowSource(win);
    const read = await readArcRecord(src, 0, ARC_V1, () => 0);
    return read.ok === true && read.record.block ? (arcLayoutOf(read.record.block) ?? ARC_V1) : ARC_V1;
  } finally {
    win.close();
  }
}

/** The records of one source (a plain file, or one member), from `pos`, until its end or the first damage. */
async function* recordsOf(
  src: ByteSource,
  pos: number,
  limit: number,
  kind: ArchiveKind,
  layout: { current: ArcLayout },
  want: Want,
  offsetOf: (pos: number) => number,
): AsyncGenerator<ArchiveItem, { damagedAt: number } | { endedAt: number }> {
  let index = 0;
  for (;;) {
    pos = await skipLineEnds(src, pos);
    if (pos >= limit) return { endedAt: pos };
    const read = await readRecord(src, pos, kind.format, layout.current, want);
    if (read.ok === 'end') return { endedAt: pos };
    if (!read.ok) {
      yield { kind: 'damage', offset: offsetOf(pos), reason: read.reason };
      return { damagedAt: pos };
    }
    const { head, block, next } = read.record;
    if (head.type === 'filedesc' && block) layout.current = arcLayoutOf(block) ?? ARC_V1;
    yield { kind: 'record', offset: offsetOf(pos), index: kind.gzip ? index++ : 0, head, block };
    pos = next;
  }
}

/**
 * The records that start in `[start, end)` of the file, and the damage met on the way. `want` says, from each
 * record's head, how much of its block to keep.
 */
export async function* readArchive(
  path: string,
  kind: ArchiveKind,
  range: { start: number; end: number },
  want: Want,
): AsyncGenerator<ArchiveItem> {
  const layout = { current: kind.format === 'arc' && range.start > 0 ? await arcLayout(path, kind.gzip) : ARC_V1 };
  const win = new FileWindow(path);
  try {
    const end = Math.min(range.end, win.size);
    if (!kind.gzip) {
      let pos: number | null =
        range.start === 0 ? 0 : await nextPlainRecord(win, range.start, kind.format, layout.current);
      while (pos !== null && pos < end) {
        const done = yield* recordsOf(new WindowSource(win), pos, end, kind, layout, want, (p) => p);
        pos = 'endedAt' in done ? null : await nextPlainRecord(win, done.damagedAt + 1, kind.format, layout.current);
      }
      return;
    }
    const fits = (start: Buffer) => startsRecord(kind.format, layout.current, start);
    let pos: number | null = range.start === 0 ? 0 : nextMember(win, range.start, fits);
    while (pos !== null && pos < end) {
      const at = pos;
      const member = inflateMember(win, at);
      if (member.kind === 'damaged') {
        yield { kind: 'damage', offset: at, reason: member.reason };
        pos = nextMember(win, at + 1, fits);
        continue;
      }
      if (member.kind === 'whole') {
        yield* recordsOf(new BufferSource(member.data), 0, Infinity, kind, layout, want, () => at);
        pos = member.end;
        continue;
      }
      const src = new StreamSource(streamMember(win, at, member.headerLength));
      const done = yield* recordsOf(src, 0, Infinity, kind, layout, want, () => at);
      if ('damagedAt' in done) {
        await src.stop();
        pos = nextMember(win, at + 1, fits);
        continue;
      }
      const ended = await src.finish();
      if ('damaged' in ended) {
        yield { kind: 'damage', offset: at, reason: ended.damaged };
        pos = nextMember(win, at + 1, fits);
      } else pos = ended.end;
    }
  } finally {
    win.close();
  }
}
