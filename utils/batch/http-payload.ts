/**
 * The HTTP response inside a WARC or ARC record (docs/warc-and-arc.md, "The HTTP message"): the status line and
 * headers, then the body as the server meant it: de-chunked (`Transfer-Encoding: chunked`, RFC 9112 §7.1),
 * decompressed (`Content-Encoding: gzip`, `deflate`, `br`) within a size cap, and decoded with its charset.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

export type HttpHead = {
  status: number;
  /** Header names in lower case; a repeated header's values joined with `, `. */
  headers: ReadonlyMap<string, string>;
  /** Where the body starts in the block. */
  bodyStart: number;
};

/** `HTTP/1.1 200 OK`, `HTTP/1.0 302 ` (no reason phrase: valid), `HTTP/2 200`. */
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?:[ \t].*)?$/;

/** The status line and headers at the start of a block, or `null` when the block is not an HTTP response. */
export function parseHttpHead(block: Uint8Array): HttpHead | null {
  const head = Buffer.from(block.buffer, block.byteOffset, Math.min(block.length, 64 * 1024));
  const crlf = head.indexOf('\r\n\r\n');
  const lf = head.indexOf('\n\n');
  const end = crlf !== -1 && (lf === -1 || crlf < lf) ? crlf + 4 : lf !== -1 ? lf + 2 : block.length;
  if (crlf === -1 && lf === -1 && block.length > head.length) return null;
  const lines = head.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = STATUS_LINE.exec((lines[0] ?? '').trimEnd());
  if (!status) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const known = headers.get(name);
    headers.set(name, known === undefined ? value : `${known}, ${value}`);
  }
  return { status: Number(status[1]), headers, bodyStart: end };
}

/** The body of a chunked message, or `null` when it is not validly chunked (then it is used as it is). */
export function dechunk(body: Buffer, limit: number): Buffer | 'over-cap' | null {
  const parts: Buffer[] = [];
  let size = 0;
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\n', at);
    if (lineEnd === -1) return parts.length > 0 ? Buffer.concat(parts) : null; // cut short: what came
    const sizeText = body.subarray(at, lineEnd).toString('latin1').split(';')[0]?.trim() ?? '';
    if (!/^[0-9a-f]{1,8}$/i.test(sizeText)) return null;
    const length = parseInt(sizeText, 16);
    if (length === 0) return Buffer.concat(parts);
    size += length;
    if (size > limit) return 'over-cap';
    parts.push(body.subarray(lineEnd + 1, lineEnd + 1 + length));
    at = lineEnd + 1 + length;
    if (body[at] === 0x0d) at++;
    if (body[at] === 0x0a) at++;
  }
}

export type Body = { ok: true; body: Buffer } | { ok: false; reason: 'over-size-cap' | 'undecodable' };

const isText = (bytes: Buffer) => !bytes.subarray(0, 1024).includes(0);

/** Decompresses a body by its Content-Encoding, giving at most `limit` bytes. */
function decodeContent(body: Buffer, encoding: string, limit: number): Body {
  const options = { maxOutputLength: limit };
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return { ok: true, body: gunzipSync(body, options) };
    if (encoding === 'br') return { ok: true, body: brotliDecompressSync(body, options) };
    if (encoding === 'deflate') {
      // Servers send zlib-wrapped or raw deflate under the same name (RFC 9110 §8.4.1.2).
      try {
        return { ok: true, body: inflateSync(body, options) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw err;
        return { ok: true, body: inflateRawSync(body, options) };
      }
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'over-size-cap' };
    // A body labelled compressed that is not (servers do mislabel, and some crawlers store it decoded).
    return isText(body) ? { ok: true, body } : { ok: false, reason: 'undecodable' };
  }
  return encoding === '' || encoding === 'identity' || isText(body)
    ? { ok: true, body }
    : { ok: false, reason: 'undecodable' };
}

/** The body as the server meant it: de-chunked, then decompressed, within `limit` bytes. */
export function decodeBody(body: Buffer, headers: ReadonlyMap<string, string>, limit: number): Body {
  let bytes = body;
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) {
    const plain = dechunk(body, limit);
    if (plain === 'over-cap') return { ok: false, reason: 'over-size-cap' };
    if (plain) bytes = plain;
  }
  // Several codings apply in the order listed: undo them from the last.
  const codings = (headers.get('content-encoding') ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .reverse();
  for (const coding of codings) {
    const decoded = decodeContent(bytes, coding, limit);
    if (!decoded.ok) return decoded;
    bytes = decoded.body;
  }
  return bytes.length > limit ? { ok: false, reason: 'over-size-cap' } : { ok: true, body: bytes };
}

const CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/** The page's text: the charset from the response header, else from the first 2 KB of the page, else UTF-8. */
export function decodeHtml(body: Uint8Array, contentType: string | null): string {
  const declared =
    CHARSET.exec(contentType ?? '')?.[1] ?? CHARSET.exec(new TextDecoder('latin1').decode(body.slice(0, 2048)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
