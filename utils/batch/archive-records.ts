/**
 * One record of a WARC (ISO 28500, versions 0.17 to 1.1) or an ARC file (versions 1 and 2), read from a byte
 * source: its header, the length it declares, and as much of its block as the caller wants (docs/warc-and-arc.md).
 * A record that is not what the format says (no header end, no length, a block that does not end where its
 * length says) is damage, with the reason; anything the format allows is not.
 */
import { archiveTimestampToIso } from '../time/timestamp';
import type { ByteSource } from './byte-source';

/** The most header bytes a record may have: far beyond any crawler's, short of a hostile file's. */
const MAX_HEADER = 64 * 1024;
const CRLF2 = Buffer.from('\r\n\r\n');

export type ArchiveFormat = 'warc' | 'arc';

export type RecordHead = {
  /** WARC-Type in lower case (`response`, `revisit`, `request`, `warcinfo`…); an ARC record is a `response` when its
   * address is http(s), `filedesc` for its version block, else `resource`. */
  type: string;
  targetUri: string | null;
  /** The capture time as an ISO instant (`2020-12-06T07:20:20Z`), or `null` if the record gives none readable. */
  date: string | null;
  /** The WARC named fields, names in lower case (for ARC: `content-type` from its header line). */
  fields: ReadonlyMap<string, string>;
  /** The length of the block the record declares. */
  length: number;
};

export type ParsedRecord = {
  head: RecordHead;
  /** The first bytes of the block, as many as wanted (a copy), or `null`. */
  block: Buffer | null;
  /** Where the next record may start. */
  next: number;
};

export type RecordRead = { ok: true; record: ParsedRecord } | { ok: false; reason: string } | { ok: 'end' };

/** How many bytes of a record's block the reader should keep, from its head; 0 skips it. */
export type Want = (head: RecordHead) => number;

/** An ISO instant for a WARC-Date (`2020-12-06T07:20:20Z`, maybe with fractions; 1.1 allows less precision). */
export function warcDateIso(value: string | undefined): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z)?)?)?$/.exec(value ?? '');
  if (!m) return null;
  return archiveTimestampToIso(
    m
      .slice(1)
      .map((part) => part ?? '')
      .join(''),
  );
}

/** The header fields of `text` (lines after the first), names in lower case; continuation lines folded. */
function headerFields(lines: readonly string[]): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    const first = line.charCodeAt(0);
    if ((first === 32 || first === 9) && last !== null) {
      fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    // A repeated field keeps its first value (WARC-Concurrent-To may repeat; nothing here reads it).
    if (!fields.has(last)) fields.set(last, line.slice(colon + 1).trim());
  }
  return fields;
}

const WARC_VERSION = /^WARC\/(?:0\.1[78]|1\.[01])$/;

/** Whether the end of a block is followed by what the format says: CRLF CRLF, or the end of the file. */
async function endsCleanly(src: ByteSource, blockEnd: number, trailer: Buffer): Promise<'yes' | 'no' | 'cut'> {
  // The last byte of the block (or of the header, for an empty block) and what follows.
  const after = await src.bytes(blockEnd - 1, 1 + trailer.length);
  if (after.length === 0) return 'cut';
  const tail = after.subarray(1);
  if (tail.length === trailer.length) return tail.equals(trailer) ? 'yes' : 'no';
  // At the end of the file: the closing line ends may be missing, not replaced by something else.
  return trailer.subarray(0, tail.length).equals(tail) ? 'yes' : 'no';
}

/** Reads the kept part of a block (a copy: the source moves on). */
async function keptBlock(src: ByteSource, start: number, keep: number): Promise<Buffer | null> {
  if (keep <= 0) return null;
  return Buffer.from(await src.bytes(start, keep));
}

/** Skips the line ends between records; the position of the next byte that is not one. */
export async function skipLineEnds(src: ByteSource, pos: number): Promise<number> {
  for (;;) {
    const bytes = await src.bytes(pos, 256);
    let i = 0;
    while (i < bytes.length && (bytes[i] === 0x0d || bytes[i] === 0x0a)) i++;
    pos += i;
    if (i < bytes.length || bytes.length < 256) return pos;
  }
}

/** The WARC record at `pos`. */
export async function readWarcRecord(src: ByteSource, pos: number, want: Want): Promise<RecordRead> {
  const start = await src.bytes(pos, MAX_HEADER);
  if (start.length === 0) return { ok: 'end' };
  const headerEnd = start.indexOf(CRLF2);
  if (headerEnd === -1) {
    return { ok: false, reason: start.length < MAX_HEADER ? 'record cut short in its header' : 'header too long' };
  }
  const lines = start.subarray(0, headerEnd).toString('latin1').split('\r\n');
  if (!WARC_VERSION.test(lines[0] ?? '')) return { ok: false, reason: 'no WARC version line where a record starts' };
  const fields = headerFields(lines.slice(1));
  const length = Number(fields.get('content-length') ?? NaN);
  if (!Number.isSafeInteger(length) || length < 0) return { ok: false, reason: 'record without a Content-Length' };
  const head: RecordHead = {
    type: (fields.get('warc-type') ?? '').toLowerCase(),
    targetUri: fields.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1') ?? null,
    date: warcDateIso(fields.get('warc-date')),
    fields,
    length,
  };
  const blockStart = pos + headerEnd + 4;
  const block = await keptBlock(src, blockStart, Math.min(want(head), length));
  const ends = await endsCleanly(src, blockStart + length, CRLF2);
  if (ends === 'cut') return { ok: false, reason: 'record cut short: the file ends inside it' };
  if (ends === 'no') return { ok: false, reason: 'record does not end where its Content-Length says' };
  return { ok: true, record: { head, block, next: blockStart + length + 4 } };
}

/** What an ARC file's version block says about its header lines: how many fields, and which is which. */
export type ArcLayout = { fields: readonly string[] };

/** Version 1's header line (ARC file format, "Version 1"): the layout when a file does not say. */
export const ARC_V1: ArcLayout = { fields: ['url', 'ip-address', 'archive-date', 'content-type', 'archive-length'] };

/** Version 2's header line (ARC file format, "Version 2"). */
export const ARC_V2: ArcLayout = {
  fields: [
    'url',
    'ip-address',
    'archive-date',
    'content-type',
    'result-code',
    'checksum',
    'location',
    'offset',
    'filename',
    'archive-length',
  ],
};

/** The fields of an ARC header line, matched against the layout (an address may hold spaces: they go to it). */
export function arcHeaderFields(line: string, layout: ArcLayout): Map<string, string> | null {
  const parts = line.split(' ');
  const count = layout.fields.length;
  if (parts.length < count) return null;
  const url = parts.slice(0, parts.length - count + 1).join(' ');
  const values = [url, ...parts.slice(parts.length - count + 1)];
  const fields = new Map(layout.fields.map((name, i) => [name, values[i] ?? '']));
  const length = fields.get('archive-length') ?? '';
  const date = fields.get('archive-date') ?? '';
  if (!/^\d+$/.test(length) || !/^\d{12,14}$/.test(date) || !/^[a-z][\w+.-]*:/i.test(url)) return null;
  return fields;
}

/** The layout a version block declares (its second line names the fields of every header line). */
export function arcLayoutOf(block: Buffer): ArcLayout | null {
  const lines = block.toString('latin1').split('\n');
  const names = (lines[1] ?? '').trim().toLowerCase().split(/\s+/);
  return names.length >= 5 && names[0] === 'url' && names.at(-1) === 'archive-length' ? { fields: names } : null;
}

/** The ARC record at `pos`: a header line, a block of the length it gives, a line end. */
export async function readArcRecord(src: ByteSource, pos: number, layout: ArcLayout, want: Want): Promise<RecordRead> {
  const start = await src.bytes(pos, 16 * 1024);
  if (start.length === 0) return { ok: 'end' };
  const lineEnd = start.indexOf(0x0a);
  if (lineEnd === -1) return { ok: false, reason: 'record cut short in its header' };
  const line = start.subarray(0, lineEnd).toString('latin1').trimEnd();
  // The version block's own header line is written in its version's layout: told apart by its field count.
  const own = line.startsWith('filedesc:')
    ? line.split(' ').length >= ARC_V2.fields.length
      ? ARC_V2
      : ARC_V1
    : layout;
  const fields = arcHeaderFields(line, own);
  if (!fields) return { ok: false, reason: 'no ARC header line where a record starts' };
  const url = fields.get('url') ?? '';
  const length = Number(fields.get('archive-length'));
  const stamp = fields.get('archive-date') ?? '';
  const head: RecordHead = {
    type: url.startsWith('filedesc:') ? 'filedesc' : /^https?:/i.test(url) ? 'response' : 'resource',
    targetUri: url,
    date: archiveTimestampToIso(stamp.length === 12 ? `${stamp}00` : stamp),
    fields,
    length,
  };
  const blockStart = pos + lineEnd + 1;
  const block = await keptBlock(
    src,
    blockStart,
    head.type === 'filedesc' ? Math.min(length, 4096) : Math.min(want(head), length),
  );
  const ends = await endsCleanly(src, blockStart + length, Buffer.from('\n'));
  if (ends === 'cut') return { ok: false, reason: 'record cut short: the file ends inside it' };
  if (ends === 'no') return { ok: false, reason: 'record does not end where its length says' };
  return { ok: true, record: { head, block, next: blockStart + length + 1 } };
}
